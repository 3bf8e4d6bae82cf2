package org.forcestat.ingest;

import java.util.Locale;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/** Reading numbers and text out of cells, with the findings a wrong type deserves. */
final class Values {
    private Values() {
    }

    /** Text of a cell (numbers as shown), trimmed; empty for blanks. */
    static String text(Cell c) {
        return c.isBlank() ? "" : c.display().trim();
    }

    /**
     * A count or amount. Text that is a number is used, with a warning that it is stored as text;
     * other text and error values are findings and give NaN.
     */
    static double number(SheetContext ctx, SheetRow row, int col, String what) {
        if (col < 0) {
            return Double.NaN;
        }
        Cell c = row.get(col);
        String ref = row.ref(col);
        switch (c.type()) {
            case NUMBER:
                return c.number();
            case BLANK:
                return Double.NaN;
            case ERROR:
                ctx.finding(Severity.ERROR, "FORMULA_ERROR", ref, c.text(), "a number",
                        "Cell " + ref + " shows the error " + c.text() + " instead of a " + what
                                + "; fix the formula or the cells it uses.");
                return Double.NaN;
            default:
                String s = text(c);
                if (s.isEmpty()) {
                    return Double.NaN;
                }
                Double parsed = parseNumber(s);
                if (parsed != null) {
                    ctx.finding(Severity.WARNING, "NUMBER_AS_TEXT", ref, s, "a number",
                            "Cell " + ref + " holds the " + what + " " + s + " as text; it was read as a number, "
                                    + "but Excel's SUM ignores it. Convert it to a number.");
                    return parsed;
                }
                ctx.finding(Severity.ERROR, "TYPE_TEXT_IN_NUMBER", ref, s, "a number",
                        "Cell " + ref + " should hold a " + what + " but holds the text \"" + s
                                + "\"; the row was not counted. Enter a number.");
                return Double.NaN;
        }
    }

    /**
     * A count of 0 or more as a whole number: one that is not whole (3.5 calls) is rounded, with a
     * warning naming the cell, as counts of calls and crimes never have fractions.
     */
    static long wholeCount(SheetContext ctx, SheetRow row, int col, double v, String what) {
        long n = Math.round(v);
        if (n != v) {
            String ref = row.ref(col);
            ctx.finding(Severity.WARNING, "COUNT_NOT_WHOLE", ref, Values.text(row.get(col)), "a whole number",
                    "Cell " + ref + " holds " + row.get(col).display() + " as a " + what + "; counts are whole numbers, "
                            + "so it was counted as " + n + ". Check the cell (a decimal point or comma typed by mistake?).");
        }
        return n;
    }

    /** "1,234", "£61m"-free plain numbers with optional thousands separators and £; null otherwise. */
    static Double parseNumber(String s) {
        String t = s.replace(",", "").replace("£", "").trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True for rows such as "Total", "Grand total", "Sum": summaries under the data, not data. */
    static boolean isTotalRow(SheetRow row) {
        int seen = 0;
        for (Cell c : row.cells()) {
            if (c.isText()) {
                // Cheap first-letter test before normalising: this runs on every data row.
                String t = c.text();
                int i = 0;
                while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                    i++;
                }
                char first = i < t.length() ? Character.toLowerCase(t.charAt(i)) : ' ';
                if (first != 't' && first != 'g' && first != 's') {
                    return false;
                }
                return Text.isTotalLabel(c.text());
            }
            if (++seen > 3) {
                break;
            }
        }
        return false;
    }

    /** A STORM flag: a reference, Y/Yes/True/1 mean a record was created; blank, N, No, False, 0 mean none. */
    static boolean stormFlag(Cell c) {
        if (c.isBlank()) {
            return false;
        }
        if (c.isNumber()) {
            return c.number() != 0;
        }
        if (c.type() == Cell.Type.BOOLEAN) {
            return c.number() != 0;
        }
        String s = c.display().trim();
        if (s.length() > 5) {
            // A reference such as "ST-20140401-0001": longer than any of the words for "none".
            return true;
        }
        s = s.toLowerCase(Locale.ROOT);
        return !(s.equals("n") || s.equals("no") || s.equals("false") || s.equals("0") || s.equals("none")
                || s.equals("-"));
    }
}
