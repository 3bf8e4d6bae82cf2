package org.forcestat.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * AUDIT_TYPED_TOTAL: a total typed in as a number. Either its neighbours in the same total row
 * or column are aggregate formulas copied from one another (the typed cell will not follow the
 * lines when they change), or it sits in a row labelled "Total" and differs by more than £1 from
 * the block of lines directly above it.
 */
final class TypedTotal implements AuditRule {
    static final String ID = RuleId.AUDIT_TYPED_TOTAL.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            if (!s.complete()) {
                continue;
            }
            java.util.Set<AuditCell> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Lines.Odd o : Lines.of(wb, s).typed()) {
                if (done.add(o.cell())) {
                    amongFormulas(wb, s, o, out);
                }
            }
            for (AuditCell x : new ArrayList<>(s.cells())) {
                if (x.isNumberConstant() && !done.contains(x)) {
                    labelledTotal(s, x, out);
                }
            }
            for (AuditCell x : new ArrayList<>(s.cells())) {
                if (x.isNumberConstant() && !done.contains(x) && !out.has(ID, s, x.a1())) {
                    typedResult(wb, s, x, out);
                }
            }
        }
    }

    /** How many empty cells a neighbour formula may be past (a table with spacer columns between figures). */
    private static final int GAP = 2;

    /**
     * A typed number that is exactly what the formula of a near neighbour in its row or column works
     * out when copied to it (Gross profit typed as 726 beside =D9-D10, where F9-F10 is 726): the result
     * was typed over the formula, and will not follow its lines. Spacer cells between are skipped. Only
     * formulas that work on two or more cells count (a typed figure equal to one linked cell proves
     * nothing), no division (a typed rate equal to a ratio of its neighbours is usually the published
     * figure), and the number must not be 0.
     */
    private static void typedResult(AuditWorkbook wb, AuditSheet s, AuditCell x, AuditFindings out) {
        if (Math.abs(x.number()) < 1e-9) {
            return;
        }
        int[][] steps = {{0, -1}, {0, 1}, {-1, 0}, {1, 0}};
        for (int[] d : steps) {
            AuditCell f = neighbourFormula(s, x, d[0], d[1]);
            if (f == null || f.formula().refs().size() < 2 || !f.formula().errors().isEmpty()
                    || f.formula().text().contains("/")) {
                continue; // a typed rate equal to a division of its neighbours is often the published figure
            }
            Formula m = f.formula().movedTo(f.row(), f.col(), x.row(), x.col());
            String moved = m.text();
            if (moved.contains("#REF!")) {
                continue;
            }
            boolean self = false;
            java.util.Set<String> used = new java.util.HashSet<>();
            for (Formula.Ref r : m.refs()) {
                self |= r.sheet() == null && r.contains(x.row(), x.col());
                used.add((r.sheet() == null ? "" : r.sheet()) + "!" + r.r1() + "," + r.c1() + ":" + r.r2() + "," + r.c2());
            }
            int cells = used.size() == 1 ? (int) Math.min(m.refs().get(0).cellCount(), 2) : used.size();
            double v = Blocks.value(wb, s, m);
            if (self || cells < 2 || Double.isNaN(v) || Math.abs(v - x.number()) > Math.max(0.005, 1e-9 * Math.abs(v))) {
                continue;
            }
            boolean across = d[0] == 0;
            String where = across ? "row" : "column";
            String sentence = "the number " + s.amount(x.number()) + " is typed in, and is exactly what the formula "
                    + "beside it in this " + where + " (" + f.a1() + ": " + f.shown() + ") works out here: =" + moved
                    + ". Typed in, it will not change when those cells do. Replace it with the formula =" + moved + ".";
            out.add(Severity.WARNING, ID, s, x.a1(), x.display(), moved, sentence);
            List<AuditCell> parts = sameForm(s, x, f, d[0], d[1]);
            if (across || !totalUnderLines(s, x, parts)) {
                out.addParts(ID, s, x.a1(), parts, sentence);
            }
            return;
        }
    }

    /**
     * True when the typed cell is a total row's figure below the lines whose copied formula it
     * breaks (a "Total savings" row typed over at the foot of a "Total" column of =SUM(E6:G6)): the
     * typed-over total is the mistake, and the lines above it, each right for its own row, are not
     * part of it.
     */
    static boolean totalUnderLines(AuditSheet s, AuditCell x, List<AuditCell> pattern) {
        if (!TableWords.totalRowIn(s, x.row())) {
            return false;
        }
        for (AuditCell c : pattern) {
            if (c.col() != x.col() || c.row() > x.row() || TableWords.totalRowIn(s, c.row())) {
                return false;
            }
        }
        return true;
    }

    /** The first formula from x in direction (dr, dc), past typed numbers and at most {@link #GAP} empty cells; null at text. */
    private static AuditCell neighbourFormula(AuditSheet s, AuditCell x, int dr, int dc) {
        int gap = 0;
        for (int i = 1, r = x.row() + dr, c = x.col() + dc; r >= 0 && c >= 0 && i <= 6; i++, r += dr, c += dc) {
            AuditCell n = s.get(r, c);
            if (n == null || n.isBlank()) {
                if (++gap > GAP) {
                    return null;
                }
                continue;
            }
            gap = 0;
            if (n.isFormula()) {
                return n.isNumber() ? n : null;
            }
            if (!n.isNumber()) {
                return null;
            }
        }
        return null;
    }

    /** The copies of f's formula along the line through x (both ways, past empty cells and typed numbers). */
    private static List<AuditCell> sameForm(AuditSheet s, AuditCell x, AuditCell f, int dr, int dc) {
        String form = f.formula().r1c1(f.row(), f.col());
        List<AuditCell> out = new ArrayList<>();
        for (int sign : new int[] {-1, 1}) {
            int gap = 0;
            for (int r = x.row() + sign * dr, c = x.col() + sign * dc; r >= 0 && c >= 0; r += sign * dr, c += sign * dc) {
                AuditCell n = s.get(r, c);
                if (n == null || n.isBlank()) {
                    if (++gap > GAP) {
                        break;
                    }
                    continue;
                }
                gap = 0;
                if (n.isFormula() && form.equals(n.formula().r1c1(n.row(), n.col()))) {
                    out.add(n);
                } else if (!n.isNumber()) {
                    break;
                }
            }
        }
        return out;
    }

    /** How far along its row or column a typed number is compared with its neighbours (as in {@link InconsistentFormula}). */
    static final int REACH = InconsistentFormula.REACH;

    /**
     * A formula that steps on from the cell before it (=A87+1, =B4+7): the years, dates or numbers
     * that key a table, not a total.
     */
    private static boolean counter(AuditCell model) {
        Formula f = model.formula();
        if (f.refs().size() != 1 || f.constants().size() != 1 || !f.functions().isEmpty()) {
            return false;
        }
        Formula.Ref r = f.refs().get(0);
        int rows = Math.abs(model.row() - r.r1());
        int cols = Math.abs(model.col() - r.c1());
        return r.isCell() && r.sheet() == null && rows + cols == 1 && f.text().matches("[^*/^]*");
    }

    /**
     * A ratio, rate or percentage (=100*(F122/F121-1), =G18/E18): a typed figure that differs from it
     * is often the published figure of another source, so it is not called a wrong total.
     */
    private static boolean ratio(Formula f) {
        return f.text().contains("/") && !Blocks.hasAggregate(f);
    }

    /** A typed number where its run's copied formula is expected. */
    private static void amongFormulas(AuditWorkbook wb, AuditSheet s, Lines.Odd o, AuditFindings out) {
        AuditCell x = o.cell();
        AuditCell model = o.model();
        Formula expected = model.formula().movedTo(model.row(), model.col(), x.row(), x.col());
        String moved = expected.text();
        double sum = Blocks.value(wb, s, expected);
        String where = o.across() ? "row" : "column";
        String what = Blocks.hasAggregate(model.formula()) ? "total" : "number";
        boolean same = !Double.isNaN(sum) && Blocks.samePounds(sum, x.number());
        if (same && counter(model)) {
            return; // a typed year or number in a column of =A87+1: a key of the table, and the right one
        }
        String sentence;
        if (!Double.isNaN(sum) && !same && !ratio(model.formula())) {
            sentence = "the " + what + " " + s.amount(x.number()) + " is typed in, while the rest of this " + where
                    + " is the formula =" + moved + " copied along, which here gives "
                    + s.amount(sum) + ". Replace it with the formula =" + moved + ".";
            out.add(Severity.ERROR, ID, s, x.a1(), x.display(), moved, sentence);
        } else {
            sentence = "the " + what + " " + s.amount(x.number()) + " is typed in, while the rest of this " + where
                    + " is one formula copied along (like " + model.a1() + ": " + model.shown()
                    + "); it will not change when the cells it depends on do. Replace it with the formula ="
                    + moved + ".";
            out.add(Severity.WARNING, ID, s, x.a1(), x.display(), moved, sentence);
        }
        if (Lines.dual(o) && !totalUnderLines(s, x, o.pattern())) {
            out.addParts(ID, s, x.a1(), o.pattern(), sentence);
        }
    }

    /**
     * A typed number in a total row ("Total", "Total pay", "Net budget", "Net expenditure") that
     * adds up to none of what such a row adds: the lines directly above it (one blank row allowed
     * between), every line of the table above it, or the totals above it with the lines since the
     * last of them (a net budget of pay, non-pay and income subtotals). Not in a column of
     * percentages, ratios, counts or years.
     */
    private static void labelledTotal(AuditSheet s, AuditCell x, AuditFindings out) {
        String label = Blocks.rowLabel(s, x.row());
        if (!TableWords.totalRowIn(s, x.row()) || Amounts.nonAdditive(ShortRange.columnHeader(s, x.col(), x.row()))) {
            return;
        }
        int row = x.row() - 1;
        if (s.get(row, x.col()) == null) {
            row--;
        }
        int bottom = row;
        double sum = 0;
        int n = 0;
        for (; row >= 0; row--) {
            AuditCell c = s.get(row, x.col());
            if (c == null || !c.isNumber() || TableWords.totalRowIn(s, row)) {
                break;
            }
            sum += c.number();
            n++;
        }
        if (n >= 2 && yearLike(s.get(row + 1, x.col())) && !yearLike(s.get(row + 2, x.col()))) {
            row++; // a year heading the column (1993 over its figures) is not one of its lines
            n--;
            sum -= s.get(row, x.col()).number();
        }
        if (n >= 2 && Blocks.samePounds(sum, x.number())) {
            return;
        }
        Table above = Table.above(s, x);
        if (above.lines >= 2 && Blocks.samePounds(above.all, x.number())
                || above.totals > 0 && Blocks.samePounds(above.totalSum + above.section, x.number())
                || above.income > 0 && Blocks.samePounds(Blocks.lessIncome(above.totalSum, above.income) + above.section, x.number())
                || above.income > 0 && Blocks.samePounds(above.netOfIncome() + above.section, x.number())
                || above.someRunOfTotals(x.number())) {
            return;
        }
        boolean bottomLine = above.totals >= 2 && bottomLine(label);
        if (bottomLine) {
            // a net total subtracts an income total written as a positive figure ("Net budget" = gross - income)
            boolean less = above.income > 0 && Text.key(label).startsWith("net");
            double expected = (less ? above.netOfIncome() : above.totalSum) + above.section;
            String what = (less ? "the totals above it (rows " + above.netRows() + ") less the income total"
                    : "the " + above.totals + " totals above it (rows " + above.rows + ")")
                    + (above.sectionLines > 0 ? " and the " + above.sectionLines + " lines since the last one" : "");
            out.add(Severity.ERROR, ID, s, x.a1(), x.display(), Amounts.plain(expected),
                    "the typed total " + s.amount(x.number()) + " differs from " + what + ", which come to "
                            + s.amount(expected) + ". Correct it, or better, replace it with a formula that adds them up.");
            return;
        }
        if (n < 2) {
            return;
        }
        String range = "SUM(" + org.forcestat.format.CellAddress.a1(row + 1, x.col()) + ":"
                + org.forcestat.format.CellAddress.a1(bottom, x.col()) + ")";
        out.add(Severity.ERROR, ID, s, x.a1(), x.display(), Amounts.plain(sum),
                "the typed total " + s.amount(x.number()) + " differs from the sum of the " + n + " lines above it ("
                        + range + " = " + s.amount(sum) + "). Correct it, or better, replace it with =" + range
                        + ".");
    }

    /**
     * The label of a table's bottom line, which adds the totals above it: "Total", "Grand total",
     * "Net budget", "Total expenditure", "Budget requirement" (not "Total pay" or "Total 68", a total
     * beside its siblings).
     */
    private static boolean bottomLine(String label) {
        String k = Text.key(label);
        return k.equals("total") || k.equals("totals") || k.startsWith("net") || k.startsWith("grandtotal")
                || k.startsWith("overall") || k.matches(".*(expenditure|requirement|budget|costs?|spend(ing)?)");
    }

    private static boolean yearLike(AuditCell c) {
        return c != null && c.isNumber() && c.number() == Math.rint(c.number()) && c.number() >= 1800
                && c.number() <= 2100;
    }

    /**
     * The table above a total row, in the total's column: its lines and its total rows, read upwards
     * over section headings and blank rows (at most {@link #GAPS} in a row) to the column's header.
     */
    private record Table(int lines, double all, int totals, double totalSum, String rows, int sectionLines,
                         double section, List<Double> totalValues, double income, List<Boolean> incomeTotals,
                         List<Integer> totalRows) {
        /**
         * The totals above from the last back to the nearest spending total, income subtracted: a net
         * budget of gross expenditure less the income total (income written as positive figures).
         */
        double netOfIncome() {
            double sum = 0;
            for (int i = totalValues.size() - 1; i >= 0; i--) {
                boolean in = incomeTotals.get(i);
                sum += in ? -totalValues.get(i) : totalValues.get(i);
                if (!in) {
                    break;
                }
            }
            return sum;
        }

        /** The rows {@link #netOfIncome} takes, as "13, 18". */
        String netRows() {
            java.util.Deque<String> out = new java.util.ArrayDeque<>();
            for (int i = totalValues.size() - 1; i >= 0; i--) {
                out.addFirst(Integer.toString(totalRows.get(i) + 1));
                if (!incomeTotals.get(i)) {
                    break;
                }
            }
            return String.join(", ", out);
        }

        /**
         * True when two or more totals next to each other above add up to {@code v}: the same lines cut two
         * ways ("Total 67" + "Total 68" = "Total industrial" + "Total tertiary" = "TOTAL"), or a gross of
         * the sub-totals above it with the totals of an earlier table higher up.
         */
        boolean someRunOfTotals(double v) {
            for (int i = 0; i < totalValues.size(); i++) {
                double sum = totalValues.get(i);
                for (int j = i + 1; j < totalValues.size(); j++) {
                    sum += totalValues.get(j);
                    if (Blocks.samePounds(sum, v)) {
                        return true;
                    }
                }
            }
            return false;
        }

        static Table above(AuditSheet s, AuditCell x) {
            int lines = 0;
            double all = 0;
            int totals = 0;
            double totalSum = 0;
            java.util.Deque<String> rows = new java.util.ArrayDeque<>();
            java.util.List<Double> values = new java.util.ArrayList<>();
            int sectionLines = 0;
            double section = 0;
            double income = 0;
            java.util.List<Boolean> incomes = new java.util.ArrayList<>();
            java.util.List<Integer> totalRows = new java.util.ArrayList<>();
            int gap = 0;
            for (int r = x.row() - 1; r >= 0 && gap <= GAPS; r--) {
                AuditCell c = s.get(r, x.col());
                if (c != null && c.isText() && !Lines.placeholder(c)) {
                    break; // the column's header
                }
                if (c == null || !c.isNumber()) {
                    gap++;
                    continue;
                }
                gap = 0;
                if (TableWords.totalRowIn(s, r)) {
                    totals++;
                    totalSum += c.number();
                    rows.addFirst(Integer.toString(r + 1));
                    values.add(0, c.number());
                    income += TableWords.incomeRow(s, r) && c.number() > 0 ? c.number() : 0;
                    incomes.add(0, TableWords.incomeRow(s, r) && c.number() > 0);
                    totalRows.add(0, r);
                } else {
                    lines++;
                    all += c.number();
                    if (totals == 0) {
                        sectionLines++;
                        section += c.number();
                    }
                }
            }
            return new Table(lines, all, totals, totalSum, String.join(", ", rows), sectionLines, section, values,
                    income, incomes, totalRows);
        }
    }

    /** Rows without a figure (blank rows, section headings) a table may have between its lines. */
    private static final int GAPS = 2;
}
