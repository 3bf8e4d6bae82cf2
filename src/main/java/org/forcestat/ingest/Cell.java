package org.forcestat.ingest;

import org.forcestat.format.CellAddress;

/**
 * One cell as read from a sheet, with its raw value (never a formatted string). Columns are
 * 0-based here; users are shown A1 references via {@link #ref(int)}.
 */
public record Cell(int col, Type type, double number, String text, boolean dateFormatted, String formula) {

    /** What the cell holds. A formula cell holds its cached result's type. */
    public enum Type { NUMBER, TEXT, BOOLEAN, ERROR, BLANK }

    public static Cell number(int col, double v, boolean dateFormatted, String formula) {
        return new Cell(col, Type.NUMBER, v, null, dateFormatted, formula);
    }

    public static Cell text(int col, String s, String formula) {
        return new Cell(col, Type.TEXT, Double.NaN, s, false, formula);
    }

    public boolean isBlank() {
        return type == Type.BLANK || (type == Type.TEXT && text.isBlank());
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean isText() {
        return type == Type.TEXT && !text.isBlank();
    }

    /** A formula saved without its result, as programs that do not calculate write them: read as empty. */
    public boolean isUncalculatedFormula() {
        return type == Type.BLANK && formula != null;
    }

    /** The value as users would read it, for findings. */
    public String display() {
        return switch (type) {
            case NUMBER -> number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString((long) number) : Double.toString(number);
            case TEXT, ERROR -> text;
            case BOOLEAN -> number != 0 ? "TRUE" : "FALSE";
            case BLANK -> "";
        };
    }

    /** The A1 reference of this cell in the given 0-based row. */
    public String ref(int row) {
        return CellAddress.a1(row, col);
    }
}
