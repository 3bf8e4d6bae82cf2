package org.forcestat.report;

import org.forcestat.ingest.CellAddress;

/** Cell ranges and references as formulas write them (0-based row and column in), and XML escaping. */
final class Cells {
    private Cells() {
    }

    /** An absolute reference such as {@code $B$7}. */
    static String absolute(int row, int col) {
        return "$" + CellAddress.column(col) + "$" + (row + 1);
    }

    /** A range such as {@code A1:F77} (one cell when both corners are the same). */
    static String range(int firstRow, int firstCol, int lastRow, int lastCol) {
        return firstRow == lastRow && firstCol == lastCol ? CellAddress.a1(firstRow, firstCol)
                : CellAddress.a1(firstRow, firstCol) + ":" + CellAddress.a1(lastRow, lastCol);
    }

    /** {@code Name!} or {@code 'Name with spaces'!}, as a formula refers to a sheet. */
    static String sheetPrefix(String sheet) {
        boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
        for (int i = 0; i < sheet.length() && plain; i++) {
            char c = sheet.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_' || c == '.';
        }
        return plain ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!";
    }

    /** Appends {@code s} escaped for XML text or a double-quoted attribute; drops characters XML 1.0 cannot hold. */
    static StringBuilder escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append('\n');
                case '\t' -> b.append('\t');
                case '\r' -> b.append("&#13;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        b.append(c);
                    }
                }
            }
        }
        return b;
    }

    /** A number as the shortest text that reads back as the same double ({@code 3} not {@code 3.0}). */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
