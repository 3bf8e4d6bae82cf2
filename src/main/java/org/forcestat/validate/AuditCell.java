package org.forcestat.validate;

import org.forcestat.format.CellAddress;

/**
 * One cell kept for the audit: 0-based row and column, its raw value (a formula cell's cached
 * result) and, for formula cells, the formula as written (shared formulas already expanded).
 */
public record AuditCell(int row, int col, Type type, double number, String text, Formula formula) {

    /** What the cell holds. A DATE is a number shown as a date: never an amount to add up. */
    public enum Type { NUMBER, DATE, TEXT, BOOLEAN, ERROR, BLANK }

    public boolean isFormula() {
        return formula != null;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    /** A number typed in, not computed. */
    public boolean isNumberConstant() {
        return type == Type.NUMBER && formula == null;
    }

    public boolean isBlank() {
        return type == Type.BLANK && formula == null || type == Type.TEXT && text.isBlank() && formula == null;
    }

    public boolean isText() {
        return type == Type.TEXT && !text.isBlank();
    }

    public String a1() {
        return CellAddress.a1(row, col);
    }

    /** The value as users would read it. */
    public String display() {
        return switch (type) {
            case NUMBER, DATE -> Amounts.plain(number);
            case TEXT, ERROR -> text;
            case BOOLEAN -> number != 0 ? "TRUE" : "FALSE";
            case BLANK -> "";
        };
    }

    /** "=SUM(D5:D16)" for formula cells, else the value. */
    public String shown() {
        return formula != null ? "=" + formula.text() : display();
    }
}
