package org.forcestat.ingest;

import java.util.Locale;
import org.forcestat.model.RuleId;
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

    /** No count of calls or crimes can exceed this in one day (SPEC §4.1: a force takes a few thousand calls a day). */
    static final long MAX_PER_DAY = 10_000_000L;
    /** {@link #count} of a blank cell: the value is absent, which is not the same as 0. */
    static final long BLANK = -1;
    /** {@link #count} of a cell that holds no usable count; the finding is made. */
    static final long REJECTED = -2;

    /**
     * A count or amount. Text that is a number is used, with a warning that it is stored as text;
     * other text, error values and numbers that are not finite (Infinity, NaN, 1e400) are findings and give NaN.
     */
    static double number(SheetContext ctx, SheetRow row, int col, String what) {
        if (col < 0) {
            return Double.NaN;
        }
        Cell c = row.get(col);
        String ref = row.ref(col);
        switch (c.type()) {
            case NUMBER:
                return finite(ctx, ref, c.number(), c.display(), what);
            case BLANK:
                return Double.NaN;
            case ERROR:
                ctx.finding(Severity.ERROR, RuleId.FORMULA_ERROR, ref, c.text(), "a number",
                        "Cell " + ref + " shows the error " + c.text() + " instead of a " + what
                                + "; fix the formula or the cells it uses.");
                return Double.NaN;
            default:
                String s = text(c);
                if (s.isEmpty()) {
                    return Double.NaN;
                }
                Double parsed = parseNumber(s);
                if (parsed != null && !parsed.isInfinite()) {
                    ctx.finding(Severity.WARNING, RuleId.NUMBER_AS_TEXT, ref, s, "a number",
                            "Cell " + ref + " holds the " + what + " " + s + " as text; it was read as a number, "
                                    + "but Excel's SUM ignores it. Convert it to a number.");
                    return parsed;
                }
                if (parsed != null || isNonFiniteWord(s)) {
                    return finite(ctx, ref, Double.POSITIVE_INFINITY, s, what);
                }
                ctx.finding(Severity.ERROR, RuleId.TYPE_TEXT_IN_NUMBER, ref, s, "a number",
                        "Cell " + ref + " should hold a " + what + " but holds the text \"" + s
                                + "\"; the row was not counted. Enter a number.");
                return Double.NaN;
        }
    }

    /**
     * As {@link #number}, for an amount of money: a negative written in accounting brackets, "(0.3)" or
     * "(£1,250)", as Excel's "Save as CSV" writes a cell formatted that way, is read as -0.3. In a CSV the text
     * is all there is, so nothing is said; in a workbook the cell holds the brackets as text, which Excel's SUM
     * ignores, so a warning says so.
     */
    static double money(SheetContext ctx, SheetRow row, int col, String what) {
        if (col >= 0 && row.get(col).isText()) {
            Double v = bracketed(row.get(col).text());
            if (v != null) {
                String f = ctx.file().toLowerCase(java.util.Locale.ROOT);
                if (!f.endsWith(".csv") && !f.endsWith(".txt") && !f.endsWith(".tsv")) {
                    String ref = row.ref(col);
                    String s = row.get(col).text().trim();
                    ctx.finding(Severity.WARNING, RuleId.NUMBER_AS_TEXT, ref, s, "a number",
                            "Cell " + ref + " holds the " + what + " " + s + " as text; it was read as the negative "
                                    + "number " + java.math.BigDecimal.valueOf(-v).stripTrailingZeros().toPlainString() + ", but Excel's SUM "
                                    + "ignores it. Convert it to a number.");
                }
                return -v + 0.0; // "(0)" is 0, not -0
            }
        }
        return number(ctx, row, col, what);
    }

    /** The amount inside accounting brackets ("(0.3)", "(£1,250.00)", "£(12)"), or null when the text is not one. */
    static Double bracketed(String text) {
        String t = text.trim();
        if (t.startsWith("£")) {
            t = t.substring(1).trim();
        }
        if (t.length() < 3 || t.charAt(0) != '(' || t.charAt(t.length() - 1) != ')') {
            return null;
        }
        String inner = t.substring(1, t.length() - 1).trim();
        if (inner.isEmpty() || inner.charAt(0) == '-' || inner.charAt(0) == '+') {
            return null;
        }
        Double v = parseNumber(inner);
        return v == null || v.isInfinite() ? null : v;
    }

    /** {@code v}, or NaN with an error when it is not a finite number (a sheet written by a program can hold NaN or INF). */
    private static double finite(SheetContext ctx, String ref, double v, String shown, String what) {
        if (Double.isFinite(v)) {
            return v;
        }
        ctx.finding(Severity.ERROR, RuleId.NUMBER_NOT_FINITE, ref, shown, "a finite number",
                "Cell " + ref + " holds " + shown + " as a " + what + ", which is no number a count or amount can be; "
                        + "the row was not counted. Enter the real figure.");
        return Double.NaN;
    }

    private static boolean isNonFiniteWord(String s) {
        String t = s.replace("+", "").replace("-", "").trim().toLowerCase(Locale.ROOT);
        return t.equals("nan") || t.equals("infinity") || t.equals("inf") || t.equals("\u221e");
    }

    /**
     * A count of 0 or more as a whole number ({@link #wholeCount}), at most {@code days} x
     * {@link #MAX_PER_DAY}; {@link #BLANK} for an empty cell, {@link #REJECTED} (with its finding) for
     * text, an error value, a number that is not finite, a negative count, or one too large to be
     * true (1e19 calls in a day would overflow every total it joined).
     */
    static long count(SheetContext ctx, SheetRow row, int col, String what, long days) {
        double v = number(ctx, row, col, what);
        if (Double.isNaN(v)) {
            return row.get(col).isBlank() ? BLANK : REJECTED;
        }
        String ref = row.ref(col);
        if (v < 0) {
            ctx.finding(Severity.ERROR, RuleId.NEGATIVE_COUNT, ref, text(row.get(col)), "0 or more",
                    "Cell " + ref + " holds a negative " + what + "; the row was not counted.");
            return REJECTED;
        }
        if (tooLarge(ctx, row, col, v, what, days)) {
            return REJECTED;
        }
        return wholeCount(ctx, row, col, v, what);
    }

    /**
     * True, with an error, when a count of {@code v} is more than {@code days} x {@link #MAX_PER_DAY}:
     * no force records it, and added up it would overflow the totals it joined.
     */
    static boolean tooLarge(SheetContext ctx, SheetRow row, int col, double v, String what, long days) {
        long limit = MAX_PER_DAY * days;
        if (v <= limit) {
            return false;
        }
        String ref = row.ref(col);
        ctx.finding(Severity.ERROR, RuleId.COUNT_IMPLAUSIBLE, ref, row.get(col).display(),
                String.format("at most %,d", limit),
                String.format("Cell %s holds %s as a %s: more than %,d in %s, which no force records, so it was "
                        + "not counted. Check the cell (a value pasted into the wrong column, or digits typed "
                        + "twice?).", ref, row.get(col).display(), what, limit, days == 1 ? "a day" : days + " days"));
        return true;
    }

    /**
     * A count of 0 or more as a whole number: one that is not whole (3.5 calls) is rounded, with a
     * warning naming the cell, as counts of calls and crimes never have fractions.
     */
    static long wholeCount(SheetContext ctx, SheetRow row, int col, double v, String what) {
        long n = Math.round(v);
        if (n != v) {
            String ref = row.ref(col);
            ctx.finding(Severity.WARNING, RuleId.COUNT_NOT_WHOLE, ref, Values.text(row.get(col)), "a whole number",
                    "Cell " + ref + " holds " + row.get(col).display() + " as a " + what + "; counts are whole numbers, "
                            + "so it was counted as " + n + ". Check the cell (a decimal point or comma typed by mistake?).");
        }
        return n;
    }

    /** A plain decimal, with an optional exponent: no "Infinity", "NaN", hex or Java's "1d" and "1f". */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");

    /** "1,234", "£61m"-free plain numbers with optional thousands separators and £; null otherwise. */
    static Double parseNumber(String s) {
        String t = s.replace(",", "").replace("£", "").trim();
        if (t.isEmpty() || !DECIMAL.matcher(t).matches()) {
            return null;
        }
        return Double.parseDouble(t);
    }

    /**
     * A report's note under its data: one text cell alone on its row that says who made the report, when or
     * from what ("Produced by Command and Control Reporting on 03/04/2015", "Source: Niche RMS", "Data
     * extracted 01/04/2016", "Notes: figures are provisional", "Crown copyright", "Page 1 of 3"). Not data.
     */
    static boolean isNoteRow(SheetRow row) {
        Cell only = null;
        for (Cell c : row.cells()) {
            if (!c.isBlank()) {
                if (only != null) {
                    return false;
                }
                only = c;
            }
        }
        if (only == null || !only.isText()) {
            return false;
        }
        String t = only.text().trim().toLowerCase(Locale.ROOT);
        return NOTE.matcher(t).lookingAt() || LABELLED.matcher(t).lookingAt();
    }

    /** The words a report's footer line starts with. */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile(
            "(produced|generated|printed|created|extracted|downloaded|exported|compiled|prepared|published|run|"
                    + "report (run|produced|generated|created|printed)|data (extracted|as at|correct|downloaded)|"
                    + "(correct|accurate) as at|as at|end of (report|data)|crown copyright|copyright|©|please note|"
                    + "page \\d+( of \\d+)?\\b|\\*)(\\b|\\s|$)");

    /** A label and a colon, as notes under a table are written: "Source: ...", "Notes: ...", "Data: ...". */
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile(
            "(source|sources|note|notes|data source|footnote|caveat|caveats|produced by|prepared by|"
                    + "contact|author|owner|classification|protective marking|report|extract|printed)s?\\s*:");

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
