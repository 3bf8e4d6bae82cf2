package org.forcestat.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.format.CellAddress;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * CROSSFOOT_MISMATCH for SAVINGS and BUDGET sheets: every total recomputed from its lines, down
 * (each amount column of a total row: "Total", "Subtotal", "Total pay", "Net budget") and across
 * (a "Total" column against the amount columns of its row), with a tolerance of £1. Whether the
 * total is typed or a formula, its value as saved is compared.
 * <p>
 * Down, a total row may add the lines since the total row before it (a subtotal of its section),
 * every line above it, or the totals above it (a net budget of pay, non-pay and income subtotals):
 * it is a mismatch only when it matches none of them. Across, a total column adds the columns its
 * own formula adds on the other lines (=SUM(E5:H5) down a "Total planned" column leaves out the
 * achieved year on a typed-over line too); a typed total column is compared with all the year
 * columns, the planned ones and the achieved ones, and is a mismatch only when it matches none.
 * Columns whose header names a percentage, ratio, change, rate, average, count or year, and columns
 * of divisions, are not amounts and are never added up.
 */
public final class CrossFooting {
    public static final String ID = RuleId.CROSSFOOT_MISMATCH.id();

    private CrossFooting() {
    }

    /** Checks one sheet whose header is on the given 0-based row. */
    public static void check(AuditSheet s, int header, AuditFindings out) {
        Map<Integer, String> heads = new TreeMap<>();
        for (AuditCell c : s.cells()) {
            if (c.row() == header && c.isText()) {
                heads.put(c.col(), c.text());
            }
        }
        List<Integer> totalCols = new ArrayList<>();
        List<Integer> amounts = new ArrayList<>();
        Map<Integer, Boolean> achieved = new LinkedHashMap<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        int lastRow = header;
        for (AuditCell c : s.cells()) {
            lastRow = Math.max(lastRow, c.row());
        }
        for (int r = header + 1; r <= lastRow; r++) {
            String label = Blocks.rowLabel(s, r);
            if (TableWords.totalRow(label) || TableWords.totalWords(label) && !totals.isEmpty()) {
                totals.add(r);
            } else if (!label.isEmpty()) {
                lines.add(r);
            }
        }
        for (Map.Entry<Integer, String> h : heads.entrySet()) {
            String key = Text.key(h.getValue());
            if (Amounts.nonAdditive(h.getValue()) || ratios(s, h.getKey(), lines)) {
                continue; // a % change, a ratio, a count or a year column does not add up: never cross-footed
            }
            if (key.startsWith("total")) {
                // Every total column ("Total", "Total achieved", "Total planned"): none is an amount.
                totalCols.add(h.getKey());
            } else if (numericColumn(s, h.getKey(), lines) && !key.matches(".*(ref|id|code|no|number)$")) {
                amounts.add(h.getKey());
                HeaderMatcher.YearColumn y = HeaderMatcher.yearColumn(h.getValue());
                TableWords.Stage stage = TableWords.stage(h.getValue());
                achieved.put(h.getKey(), y != null ? y.achieved() : stage == TableWords.Stage.ACHIEVED);
            }
        }
        List<Integer> down = new ArrayList<>(amounts);
        down.addAll(totalCols);
        for (int col : down) {
            totalsDown(s, col, lines, totals, out);
        }
        if (totalCols.isEmpty() || amounts.isEmpty()) {
            return;
        }
        List<Integer> rows = new ArrayList<>(lines);
        rows.addAll(totals);
        for (int totalCol : totalCols) {
            AuditCell pattern = formulaOf(s, totalCol, lines);
            Choice typed = pattern == null ? typedChoice(s, totalCol, heads.get(totalCol), lines, amounts, achieved) : null;
            boolean lineOff = false;
            for (int r : rows) {
                AuditCell total = s.get(r, totalCol);
                if (total == null || !total.isNumber() || lineOff && totals.contains(r)) {
                    continue; // a total row is off by what its lines are off by: reported at the line
                }
                boolean off = pattern != null ? byFormula(s, pattern, r, total, out)
                        : byHeader(s, r, total, amounts, achieved, typed, out);
                lineOff |= off;
            }
        }
    }

    /** One figure still open in a column: a line, or a total not yet taken into a larger total. */
    private record Open(int row, double value, boolean total) {
    }

    /**
     * The total rows of one column, top to bottom, each against what it may add: the lines since the
     * total before it (a sub-total of its section), the figures still open above it (a total of totals:
     * "Gross expenditure" = Total employees + Total running costs; "Net budget requirement" = Gross
     * expenditure + Total income), or every line above it once. A total takes in what it adds, so a
     * total of totals never counts a line twice, and a wrong sub-total is reported once, at its own
     * cell, not again at every total above it.
     */
    private static void totalsDown(AuditSheet s, int col, List<Integer> lines, List<Integer> totals, AuditFindings out) {
        List<Integer> rows = new ArrayList<>(lines);
        rows.addAll(totals);
        java.util.Collections.sort(rows);
        List<Open> open = new ArrayList<>();
        double all = 0;
        int n = 0;
        for (int r : rows) {
            AuditCell c = s.get(r, col);
            if (c == null || !c.isNumber()) {
                continue;
            }
            if (!totals.contains(r)) {
                open.add(new Open(r, c.number(), false));
                all += c.number();
                n++;
                continue;
            }
            int sectionStart = open.size();
            while (sectionStart > 0 && !open.get(sectionStart - 1).total()) {
                sectionStart--;
            }
            double section = 0;
            for (Open o : open.subList(sectionStart, open.size())) {
                section += o.value();
            }
            int inSection = open.size() - sectionStart;
            double everything = 0;
            int subtotals = 0;
            for (Open o : open) {
                everything += o.value();
                subtotals += o.total() ? 1 : 0;
            }
            double income = 0; // income totals written as positive figures: a net total subtracts them
            for (Open o : open) {
                income += o.total() && TableWords.incomeRow(s, o.row()) ? o.value() : 0;
            }
            double v = c.number();
            if (n == 0) {
                open.add(new Open(r, v, true));
                continue;
            }
            String column = " in column " + CellAddress.column(col);
            boolean bottomLine = Text.key(Blocks.rowLabel(s, r)).matches("(net|gross|grand|overall).*");
            if (inSection > 0 && Blocks.samePounds(section, v)) {
                open.subList(sectionStart, open.size()).clear();
            } else if (Blocks.samePounds(everything, v) || Blocks.samePounds(all, v)
                    || bySigns(s, c, col, open) || income > 0 && Blocks.samePounds(Blocks.lessIncome(everything, income), v)) {
                open.clear();
            } else if (income > 0 && bottomLine) {
                report(s, c, Blocks.lessIncome(everything, income), "the totals above it less the income ("
                        + list(s, col, open, false) + " less " + list(s, col, open, true) + ")", out);
                open.clear();
            } else if (subtotals == 0) {
                report(s, c, everything, "the " + inSection + " lines above it" + column, out);
                open.clear();
            } else if (inSection > 0 && !bottomLine) {
                report(s, c, section, "the " + inSection + " lines above it since the total on row "
                        + (open.get(sectionStart - 1).row() + 1) + column, out);
                open.subList(sectionStart, open.size()).clear();
            } else {
                StringBuilder which = new StringBuilder();
                for (Open o : open) {
                    if (o.total()) {
                        which.append(which.length() == 0 ? "" : ", ").append(CellAddress.column(col)).append(o.row() + 1);
                    }
                }
                report(s, c, everything, "the " + (subtotals == 1 ? "total" : subtotals + " totals") + " above it ("
                        + which + ")" + (inSection > 0 ? " and the " + inSection + " lines since the last one" : ""),
                        out);
                open.clear();
            }
            open.add(new Open(r, v, true));
        }
    }

    /** The open figures' cells, the income totals or the others, as "C11, C13". */
    private static String list(AuditSheet s, int col, List<Open> open, boolean income) {
        StringBuilder out = new StringBuilder();
        for (Open o : open) {
            if (income == (o.total() && TableWords.incomeRow(s, o.row()))) {
                out.append(out.length() == 0 ? "" : ", ").append(CellAddress.column(col)).append(o.row() + 1);
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile(
            "\\s*[+-]?\\s*(R|SUM\\(R(\\s*,\\s*R)*\\))(\\s*[+-]\\s*(R|SUM\\(R(\\s*,\\s*R)*\\)))*\\s*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * True when the total is a formula that adds and subtracts cells of its own column ("Net budget"
     * =C11-C15: gross expenditure less income written as positive figures), takes in each figure still
     * open above it exactly once and nothing else, and its value as saved is what those signs give. A
     * figure is subtracted only by a net total or when it is income. A total typed over, or one that
     * leaves a figure out or counts one twice, is not accepted here.
     */
    private static boolean bySigns(AuditSheet s, AuditCell total, int col, List<Open> open) {
        if (!total.isFormula() || open.isEmpty()) {
            return false;
        }
        Formula f = total.formula();
        if (f.refs().isEmpty() || !f.constants().isEmpty() || !f.errors().isEmpty()) {
            return false;
        }
        for (String fn : f.functions()) {
            if (!fn.equalsIgnoreCase("SUM")) {
                return false;
            }
        }
        StringBuilder shape = new StringBuilder(f.text());
        for (int i = f.refs().size() - 1; i >= 0; i--) {
            Formula.Ref r = f.refs().get(i);
            if (r.sheet() != null || r.external() || r.c1() != col || r.c2() != col || r.r2() >= total.row()) {
                return false;
            }
            shape.replace(r.start(), r.end(), "R");
        }
        String text = shape.toString();
        if (text.startsWith("=")) {
            text = text.substring(1);
        }
        if (!TERM.matcher(text).matches()) {
            return false;
        }
        java.util.Map<Integer, Integer> sign = new java.util.HashMap<>();
        int current = 1;
        int depth = 0;
        int ref = 0;
        boolean negative = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (depth == 0 && (ch == '+' || ch == '-')) {
                current = ch == '-' ? -1 : 1;
            } else if (ch == 'R') {
                Formula.Ref r = f.refs().get(ref++);
                for (int row = r.r1(); row <= r.r2(); row++) {
                    AuditCell x = s.get(row, col);
                    if (x == null || !x.isNumber()) {
                        continue;
                    }
                    if (sign.put(row, current) != null) {
                        return false; // a figure counted twice
                    }
                    negative |= current < 0;
                }
            }
        }
        java.util.Set<Integer> rows = new java.util.HashSet<>();
        for (Open o : open) {
            rows.add(o.row());
        }
        if (!negative || !rows.equals(sign.keySet())) {
            return false;
        }
        boolean net = Text.key(Blocks.rowLabel(s, total.row())).startsWith("net");
        double sum = 0;
        for (Open o : open) {
            int g = sign.get(o.row());
            if (g < 0 && !net && !TableWords.incomeRow(s, o.row())) {
                return false;
            }
            sum += g * o.value();
        }
        return Blocks.samePounds(sum, total.number());
    }

    /** The nearest line's formula of a total column, when its lines hold formulas that only add cells up. */
    private static AuditCell formulaOf(AuditSheet s, int col, List<Integer> lines) {
        for (int r : lines) {
            AuditCell c = s.get(r, col);
            if (c != null && c.isFormula() && c.isNumber() && additive(c.formula())) {
                return c;
            }
        }
        return null;
    }

    /** A formula that only adds cells of its own row on its own sheet: =SUM(E5:H5), =E6+SUM(G6:J6). */
    private static boolean additive(Formula f) {
        if (f.refs().isEmpty() || !f.constants().isEmpty()) {
            return false;
        }
        for (String fn : f.functions()) {
            if (!fn.equals("SUM")) {
                return false;
            }
        }
        String rest = f.text();
        for (Formula.Ref r : f.refs()) {
            if (r.sheet() != null || r.external() || !r.singleRow()) {
                return false;
            }
        }
        for (int i = f.refs().size() - 1; i >= 0; i--) {
            Formula.Ref r = f.refs().get(i);
            rest = rest.substring(0, r.start()) + rest.substring(r.end());
        }
        return rest.replace("SUM", "").replace("sum", "").matches("[+(), ]*");
    }

    /** A row's total against what the column's own formula, copied to that row, adds up there. */
    private static boolean byFormula(AuditSheet s, AuditCell pattern, int r, AuditCell total, AuditFindings out) {
        Formula moved = pattern.formula().movedTo(pattern.row(), pattern.col(), r, pattern.col());
        double sum = 0;
        StringBuilder cols = new StringBuilder();
        for (Formula.Ref ref : moved.refs()) {
            if (ref.r1() < 0 || ref.c1() < 0) {
                return false;
            }
            for (int c = ref.c1(); c <= ref.c2(); c++) {
                AuditCell x = s.get(r, c);
                if (x != null && !x.isBlank() && !x.isNumber()) {
                    return false;
                }
                sum += x == null || x.isBlank() ? 0 : x.number();
            }
            cols.append(cols.length() == 0 ? "" : ", ").append(ref.a1());
        }
        if (Blocks.samePounds(sum, total.number())) {
            return false;
        }
        report(s, total, sum, "the cells its column's formula adds up on row " + (r + 1) + " (=" + moved.text() + ")", out);
        return true;
    }

    /** Which year columns a typed total column adds up. */
    private enum Choice { ALL, PLANNED, ACHIEVED }

    /**
     * The columns a typed total column adds: the ones its header names ("Total planned"), else the
     * set most of its lines add up to (all years, the planned ones or the achieved ones).
     */
    private static Choice typedChoice(AuditSheet s, int totalCol, String header, List<Integer> lines,
                                      List<Integer> amounts, Map<Integer, Boolean> achieved) {
        TableWords.Stage named = TableWords.stage(header);
        if (named != null) {
            return named == TableWords.Stage.ACHIEVED ? Choice.ACHIEVED : Choice.PLANNED;
        }
        int[] votes = new int[Choice.values().length];
        for (int r : lines) {
            AuditCell total = s.get(r, totalCol);
            if (total == null || !total.isNumber()) {
                continue;
            }
            double[] sums = sums(s, r, amounts, achieved);
            for (Choice c : Choice.values()) {
                if (Blocks.samePounds(sums[c.ordinal()], total.number())) {
                    votes[c.ordinal()]++;
                    break;
                }
            }
        }
        Choice best = Choice.ALL;
        for (Choice c : Choice.values()) {
            if (votes[c.ordinal()] > votes[best.ordinal()]) {
                best = c;
            }
        }
        return best;
    }

    /** A row's amounts added up: all of them, the planned ones, the achieved ones. */
    private static double[] sums(AuditSheet s, int r, List<Integer> amounts, Map<Integer, Boolean> achieved) {
        double[] out = new double[3];
        for (int col : amounts) {
            AuditCell c = s.get(r, col);
            double v = c != null && c.isNumber() ? c.number() : 0;
            out[Choice.ALL.ordinal()] += v;
            out[(achieved.get(col) ? Choice.ACHIEVED : Choice.PLANNED).ordinal()] += v;
        }
        return out;
    }

    private static boolean byHeader(AuditSheet s, int r, AuditCell total, List<Integer> amounts,
                                 Map<Integer, Boolean> achieved, Choice choice, AuditFindings out) {
        double[] sums = sums(s, r, amounts, achieved);
        double t = total.number();
        for (double v : sums) {
            if (Blocks.samePounds(v, t)) {
                return false;
            }
        }
        String which = switch (choice) {
            case ACHIEVED -> "the achieved amounts";
            case PLANNED -> "the planned amounts";
            case ALL -> "the amounts";
        };
        report(s, total, sums[choice.ordinal()], which + " across row " + (r + 1), out);
        return true;
    }

    private static boolean numericColumn(AuditSheet s, int col, List<Integer> lines) {
        int numbers = 0;
        for (int r : lines) {
            AuditCell c = s.get(r, col);
            if (c != null && c.isNumber()) {
                numbers++;
            }
        }
        return numbers > 0 && numbers * 2 >= lines.size();
    }

    /** A column whose lines are mostly divisions (=(G5-E5)/E5): ratios or percentages, whatever its header. */
    private static boolean ratios(AuditSheet s, int col, List<Integer> lines) {
        int formulas = 0;
        int divisions = 0;
        for (int r : lines) {
            AuditCell c = s.get(r, col);
            if (c != null && c.isFormula()) {
                formulas++;
                if (c.formula().text().contains("/") && !Blocks.hasAggregate(c.formula())) {
                    divisions++;
                }
            }
        }
        return formulas > 0 && divisions * 2 > formulas;
    }

    private static void report(AuditSheet s, AuditCell total, double sum, String what, AuditFindings out) {
        out.add(Severity.ERROR, ID, s, total.a1(), Amounts.pounds(total.number()), Amounts.pounds(sum),
                "the total " + s.amount(total.number()) + " does not add up: " + what + " come to "
                        + s.amount(sum) + " (a difference of " + s.amount(Math.abs(total.number() - sum))
                        + "). Correct the total or the lines.");
    }
}
