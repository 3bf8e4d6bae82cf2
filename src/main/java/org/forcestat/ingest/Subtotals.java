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
    enum Label { TOTAL, MAYBE, LINE }

    /** "SUM(B4:B9)", "SUBTOTAL(9,B4:B9)" (a single range, so a row's own SUM across columns is not taken). */
    private static final Pattern SUM = Pattern.compile(
            "^\\s*(?:SUM|SUBTOTAL\\s*\\(\\s*(?:9|109)\\s*,)\\s*\\(?\\s*\\$?([A-Z]{1,3})\\$?(\\d+)\\s*:\\s*\\$?([A-Z]{1,3})\\$?(\\d+)\\s*\\)");

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
                || k.startsWith("net") && (k.contains("budget") || k.contains("total") || k.contains("expenditure")
                        || k.contains("cost") || k.contains("requirement") || k.contains("spend"))) {
            return Label.TOTAL;
        }
        if (k.contains("total") || k.startsWith("sum")
                || text.trim().toLowerCase(Locale.ROOT).matches("^(all|overall|gross|net)\\b.*")) {
            return Label.MAYBE;
        }
        return Label.LINE;
    }

    /** True when a formula adds up cells of rows above {@code row} (0-based) in one column. */
    static boolean sumsRowsAbove(String formula, int row) {
        if (formula == null) {
            return false;
        }
        Matcher m = SUM.matcher(formula.toUpperCase(Locale.ROOT));
        if (!m.find()) {
            return false;
        }
        int from = Integer.parseInt(m.group(2)) - 1;
        int to = Integer.parseInt(m.group(4)) - 1;
        return m.group(1).equals(m.group(3)) && to > from && to < row;
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
        for (int i = 0; i < n; i++) {
            total[i] = labels.get(i) == Label.TOTAL || formulaTotals[i];
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
                boolean maybe = labels.get(i) == Label.MAYBE;
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
