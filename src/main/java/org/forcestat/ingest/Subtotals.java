package org.forcestat.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.model.Text;

/**
 * Finds the subtotal and total rows of a small block of lines (a budget, a savings plan, a
 * month-by-column pivot) so they are never counted as lines (SPEC §2.3): rows labelled as totals,
 * rows whose cells are SUMs of the rows above, and rows whose figures equal the sum of a run of
 * the lines directly above or below them in every column.
 */
final class Subtotals {
    /** How strongly a label says "total": never a line, a total if its figures add up, or a line. */
    enum Label {
        TOTAL,
        /** A longer label starting or ending with "total": a total below another total, else as {@link #MAYBE}. */
        WORDS,
        MAYBE,
        LINE
    }

    private Subtotals() {
    }

    /** What a row label says about the row. */
    static Label label(String text) {
        if (text == null || text.isBlank()) {
            return Label.LINE;
        }
        String k = Text.key(text);
        if (Text.isTotalLabel(text) || k.equals("totalbudget") || k.equals("allcrime") || k.equals("allcrimes")
                || k.equals("alloffences") || k.equals("totalrecordedcrime") || k.equals("totalcrime")
                || k.equals("allcrimeexcludingfraud") || k.startsWith("totalrecordedcrime") || k.equals("totalcalls")
                || k.equals("allcalls") || k.startsWith("grandtotal") || k.startsWith("subtotal")
                || (k.startsWith("net") || k.startsWith("gross")) && (k.contains("budget") || k.contains("total") || k.contains("expenditure")
                        || k.contains("cost") || k.contains("requirement") || k.contains("spend"))) {
            return Label.TOTAL;
        }
        if (k.startsWith("total") || k.endsWith("total") || k.endsWith("totals")) {
            return Label.WORDS;
        }
        if (k.contains("total") || k.startsWith("sum")
                || text.trim().toLowerCase(Locale.ROOT).matches("^(all|overall|gross|net)\\b.*")) {
            return Label.MAYBE;
        }
        return Label.LINE;
    }

    /** A cell or a range in a formula: "D8", "$D$5:$D$7". */
    private static final Pattern REF = Pattern.compile(
            "\\$?([A-Z]{1,3})\\$?(\\d+)(?:\\s*:\\s*\\$?([A-Z]{1,3})\\$?(\\d+))?");
    /** What may stand between the cells a total adds: SUM( or SUBTOTAL(9, , + and brackets. */
    private static final Pattern GLUE = Pattern.compile("(?:SUM\\s*\\(|SUBTOTAL\\s*\\(\\s*(?:9|109)\\s*,|[+(),\\s])*");

    /**
     * True when a formula only adds up cells of rows above {@code row} (0-based) in one column:
     * "=SUM(B4:B9)", "=SUBTOTAL(9,B4:B9)", a total of sub-totals "=D8+D12" or "=SUM(D8,D12)". A row's
     * own SUM across its columns, a product or a difference is not a total.
     */
    static boolean sumsRowsAbove(String formula, int row) {
        if (formula == null) {
            return false;
        }
        String f = formula.toUpperCase(Locale.ROOT).trim();
        if (f.startsWith("=")) {
            f = f.substring(1);
        }
        Matcher m = REF.matcher(f);
        String column = null;
        int cells = 0;
        int at = 0;
        while (m.find()) {
            if (!GLUE.matcher(f.substring(at, m.start())).matches()) {
                return false;
            }
            at = m.end();
            int from = Integer.parseInt(m.group(2)) - 1;
            int to = m.group(4) == null ? from : Integer.parseInt(m.group(4)) - 1;
            String c2 = m.group(3) == null ? m.group(1) : m.group(3);
            if (!m.group(1).equals(c2) || column != null && !column.equals(c2) || to < from || to >= row) {
                return false;
            }
            column = c2;
            cells += to - from + 1;
        }
        return column != null && cells >= 2 && GLUE.matcher(f.substring(at)).matches();
    }

    /**
     * Which rows are totals. {@code labels} says what each row's label is; {@code values} holds each
     * row's figures (NaN or 0 for blanks); {@code byValue} allows an unlabelled row to be a total
     * when it equals the sum of two or more lines above or below it in every column (safe only with
     * many columns, as in a pivot: one column of round amounts can add up by chance).
     */
    static boolean[] find(List<double[]> values, List<Label> labels, boolean[] formulaTotals, boolean byValue,
                          double tolerance) {
        return find(values, labels, formulaTotals, byValue, tolerance, null);
    }

    /**
     * As {@link #find(List, List, boolean[], boolean, double)}, with each row's name ({@code names}, null:
     * none known): a group row directly above a single row of the same name with the same figures in
     * every column ("Criminal damage and arson" over its one offence "Criminal damage and arson") is
     * that row's subtotal. One row under a group cannot be told from a subtotal by its figures alone
     * (two different offences of a few crimes can match by chance), so its name must say so too.
     */
    static boolean[] find(List<double[]> values, List<Label> labels, boolean[] formulaTotals, boolean byValue,
                          double tolerance, List<String> names) {
        int n = values.size();
        boolean[] total = new boolean[n];
        boolean above = false;
        for (int i = 0; i < n; i++) {
            // "Total savings - all directorates" under sub-totals is a total whatever its figures add up to
            // (a sub-total's SUM that stops short would otherwise leave it counted as a line)
            total[i] = labels.get(i) == Label.TOTAL || formulaTotals[i] || labels.get(i) == Label.WORDS && above;
            above |= total[i];
        }
        if (names != null) {
            for (int i = 0; i + 1 < n; i++) {
                if (!total[i] && !total[i + 1] && !names.get(i).isEmpty() && names.get(i).equals(names.get(i + 1))
                        && nonZero(values.get(i)) > 0 && equal(values.get(i + 1), values.get(i), tolerance)) {
                    total[i] = true;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (total[i] || nonZero(values.get(i)) == 0) {
                    continue;
                }
                boolean maybe = labels.get(i) == Label.MAYBE || labels.get(i) == Label.WORDS;
                if (!maybe && !byValue) {
                    continue;
                }
                int minRows = maybe ? 1 : 2;
                if (sumOfRun(values, total, i, -1, minRows, tolerance) || sumOfRun(values, total, i, 1, minRows, tolerance)) {
                    total[i] = true;
                    changed = true;
                }
            }
        }
        return total;
    }

    private static int nonZero(double[] v) {
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x) && x != 0) {
                n++;
            }
        }
        return n;
    }

    /** True when some run of lines next to row {@code i} (going {@code step}) adds up to it in every column. */
    private static boolean sumOfRun(List<double[]> values, boolean[] total, int i, int step, int minRows, double tol) {
        double[] target = values.get(i);
        double[] sum = new double[target.length];
        int rows = 0;
        for (int j = i + step; j >= 0 && j < values.size(); j += step) {
            if (total[j]) {
                continue;
            }
            double[] v = values.get(j);
            for (int c = 0; c < sum.length && c < v.length; c++) {
                sum[c] += Double.isNaN(v[c]) ? 0 : v[c];
            }
            rows++;
            if (rows >= minRows && equal(sum, target, tol)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(double[] sum, double[] target, double tol) {
        for (int c = 0; c < target.length; c++) {
            double t = Double.isNaN(target[c]) ? 0 : target[c];
            if (Math.abs(sum[c] - t) > Math.max(tol, Math.abs(t) * 1e-9)) {
                return false;
            }
        }
        return true;
    }
}
