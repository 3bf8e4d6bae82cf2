package org.forcestat.format.xlsx;

import org.forcestat.format.CellAddress;
import org.forcestat.format.XmlText;

/** Cell ranges and references as formulas write them (0-based row and column in), and XML escaping. */
public final class Cells {
    private Cells() {
    }

    /** An absolute reference such as {@code $B$7}. */
    public static String absolute(int row, int col) {
        return "$" + CellAddress.column(col) + "$" + (row + 1);
    }

    /** A range such as {@code A1:F77} (one cell when both corners are the same). */
    public static String range(int firstRow, int firstCol, int lastRow, int lastCol) {
        return firstRow == lastRow && firstCol == lastCol ? CellAddress.a1(firstRow, firstCol)
                : CellAddress.a1(firstRow, firstCol) + ":" + CellAddress.a1(lastRow, lastCol);
    }

    /** {@code Name!} or {@code 'Name with spaces'!}, as a formula refers to a sheet. */
    public static String sheetPrefix(String sheet) {
        boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
        for (int i = 0; i < sheet.length() && plain; i++) {
            char c = sheet.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_' || c == '.';
        }
        return plain ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!";
    }

    /** Appends {@code s} escaped for XML text or a double-quoted attribute (see {@link XmlText#escape}). */
    public static StringBuilder escape(StringBuilder b, String s) {
        return XmlText.escape(b, s);
    }

    /** A number as the shortest text that reads back as the same double ({@code 3} not {@code 3.0}). */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
