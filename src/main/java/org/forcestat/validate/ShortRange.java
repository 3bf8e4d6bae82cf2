package org.forcestat.validate;

import java.util.List;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_SHORT_RANGE: a SUM/AVERAGE/... range that stops short of numbers right next to it in the
 * same column or row (the Reinhart–Rogoff error). Numbers already covered by another aggregate
 * (a separate block with its own total) and year-like numbers heading a column do not count.
 */
final class ShortRange implements AuditRule {
    static final String ID = RuleId.AUDIT_SHORT_RANGE.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        java.util.Map<AuditSheet, List<Blocks.AggregateUse>> all = Blocks.aggregatesByTarget(wb);
        for (AuditSheet target : wb.sheets()) {
            if (!target.complete()) {
                continue;
            }
            List<Blocks.AggregateUse> uses = all.getOrDefault(target, List.of());
            for (Blocks.AggregateUse u : uses) {
                Formula.Ref r = u.ref();
                // =SUM(C4:C9)+#REF!: the cell the range stopped short of was deleted from the formula, and
                // AUDIT_ERROR_VALUE already says so on this cell; one error for one broken cell
                if (r.wholeColumns() || r.wholeRows() || r.isCell() || !u.cell().formula().errors().isEmpty()) {
                    continue;
                }
                if (r.singleColumn() && r.r2() > r.r1()) {
                    vertical(wb, target, u, uses, out);
                } else if (r.singleRow() && r.c2() > r.c1()) {
                    horizontal(wb, target, u, uses, out);
                }
            }
        }
    }

    private void vertical(AuditWorkbook wb, AuditSheet t, Blocks.AggregateUse u, List<Blocks.AggregateUse> uses,
                          AuditFindings out) {
        Formula.Ref r = u.ref();
        int col = r.c1();
        boolean sameCol = u.sheet() == t && u.cell().col() == col;
        boolean totalAbove = sameCol && u.cell().row() == r.r1() - 1;
        int down = totalAbove ? r.r2() : reach(wb, t, u, uses, r.r2(), col, 1, true, sameCol ? u.cell().row() : -1);
        int up = reach(wb, t, u, uses, r.r1(), col, -1, true, sameCol ? u.cell().row() : -1);
        if (up < r.r1() && yearLike(t.get(up, col)) && !Blocks.isLine(t.get(up - 1, col), true)) {
            up++;
        }
        if (yearRow(t, r.r1()) && yearRow(t, r.r2())) {
            return; // rows of a time series: the range is a chosen period (1946-2009), not a block cut short
        }
        report(wb, u, up, col, down, col, out);
    }

    private void horizontal(AuditWorkbook wb, AuditSheet t, Blocks.AggregateUse u, List<Blocks.AggregateUse> uses,
                            AuditFindings out) {
        Formula.Ref r = u.ref();
        int row = r.r1();
        boolean sameRow = u.sheet() == t && u.cell().row() == row;
        if (sameRow && copiedDown(t, u.cell())) {
            return; // one row total copied down its column: a chosen subset of columns, the same on every line
        }
        boolean totalLeft = sameRow && u.cell().col() == r.c1() - 1;
        int right = totalLeft ? r.c2() : reach(wb, t, u, uses, r.c2(), row, 1, false, sameRow ? u.cell().col() : -1);
        int left = reach(wb, t, u, uses, r.c1(), row, -1, false, sameRow ? u.cell().col() : -1);
        if (left < r.c1() && yearLike(t.get(row, left))) {
            left++;
        }
        report(wb, u, row, left, row, right, out);
    }

    /**
     * How far the range's block goes from {@code from} in one direction (step -1 or 1) along a column
     * (down) or a row: over the lines (numbers) and over what an aggregate skips inside a block (a
     * placeholder such as "n.a.", a formula showing text or an error), to the block's last cell, but
     * only if at least one more number lies that way. {@code self} is the aggregate's own position on
     * the line (-1 when it is elsewhere): the block never runs into or past it.
     */
    private static int reach(AuditWorkbook wb, AuditSheet t, Blocks.AggregateUse u, List<Blocks.AggregateUse> uses,
                             int from, int line, int step, boolean down, int self) {
        int end = from;
        boolean number = false;
        for (int p = from + step; p >= 0 && Math.abs(p - from) <= MAX_REACH; p += step) {
            if (self >= 0 && (step > 0 ? p >= self && self > from : p <= self && self < from)) {
                break;
            }
            int row = down ? p : line;
            int col = down ? line : p;
            AuditCell c = t.get(row, col);
            boolean line_ = down ? extends_(t, row, col, u, uses) : extendsAcross(t, row, col, u, uses);
            boolean skipped = c != null && (Lines.placeholder(c) || c.isFormula() && !c.isNumber()
                    && !Blocks.hasAggregate(c.formula()));
            if (!line_ && !skipped || line_ && !belongs(wb, t, u, c, down)) {
                break;
            }
            end = p;
            number |= line_;
        }
        if (!number) {
            return from;
        }
        // a block ends on its last number or placeholder, not on a formula showing an error
        while (end != from) {
            AuditCell c = t.get(down ? end : line, down ? line : end);
            if (c != null && (c.isNumber() || Lines.placeholder(c))) {
                break;
            }
            end -= step;
        }
        return end;
    }

    private static boolean extends_(AuditSheet t, int row, int col, Blocks.AggregateUse u,
                                    List<Blocks.AggregateUse> uses) {
        return row >= 0 && Blocks.isLine(t.get(row, col), true) && !coveredElsewhere(row, col, u, uses);
    }

    private static boolean extendsAcross(AuditSheet t, int row, int col, Blocks.AggregateUse u,
                                         List<Blocks.AggregateUse> uses) {
        return col >= 0 && Blocks.isLine(t.get(row, col), false) && !coveredElsewhere(row, col, u, uses)
                && !formulaColumn(t, row, col) && !coveredInNeighbourRows(row, col, u, uses);
    }

    /** How many copies of a row total down its column make its choice of columns a pattern, not a slip. */
    static final int COPIES = Lines.MIN_PATTERN;

    /**
     * True when the row total's formula is copied to at least {@link #COPIES} cells of its column
     * (itself included, within {@link #NEIGHBOURS} rows each way): every line totals the same chosen
     * columns (=SUM(E5:H5) down a "Total planned" column that leaves out "Achieved 2015/16"), which is
     * the sheet's design. A copy that stops shorter than its neighbours is an inconsistent formula.
     */
    private static boolean copiedDown(AuditSheet t, AuditCell total) {
        String form = total.formula().r1c1(total.row(), total.col());
        int copies = 0;
        for (AuditCell c : t.formulasIn(Math.max(0, total.row() - NEIGHBOURS), total.col(), total.row() + NEIGHBOURS,
                total.col(), 4 * NEIGHBOURS)) {
            if (form.equals(c.formula().r1c1(c.row(), c.col())) && ++copies >= COPIES) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when the headers say a column is not one more line of a row total: a planned total (or a
     * range of planned columns) never takes in an achieved or actual column, and the reverse; a total
     * whose header names a span of years ("2016/17 to 2019/20") never takes in a year outside it.
     */
    private static boolean sameKind(AuditSheet t, Formula.Ref r, AuditCell total, AuditCell c) {
        String mine = columnHeader(t, c.col(), c.row());
        TableWords.Stage stage = TableWords.stage(mine);
        String totalHead = total.row() == r.r1() ? columnHeader(t, total.col(), total.row()) : "";
        if (TableWords.outsideSpan(totalHead, mine)) {
            return false;
        }
        if (stage == null) {
            return true;
        }
        TableWords.Stage first = TableWords.stage(columnHeader(t, r.c1(), r.r1()));
        TableWords.Stage last = TableWords.stage(columnHeader(t, r.c2(), r.r1()));
        TableWords.Stage of = TableWords.stage(totalHead);
        return !(first != null && first == last && first != stage || of != null && of != stage);
    }

    /** How far past its range an aggregate's block is looked for. */
    private static final int MAX_REACH = 500;

    /**
     * False for a number next to the range that is not one more line of it: a cell whose formula uses
     * the aggregate itself (adding it in would go round in a circle), a cell already counted through a
     * formula inside the range, a cell the aggregate's own formula names apart (a total of a chosen
     * subset, such as =E6+SUM(G6:J6) leaving out an Achieved column), and a count, year, percentage or
     * ratio line beside amounts.
     */
    private static boolean belongs(AuditWorkbook wb, AuditSheet t, Blocks.AggregateUse u, AuditCell c, boolean down) {
        Formula.Ref r = u.ref();
        if (c.isFormula()) {
            for (Formula.Ref x : c.formula().refs()) {
                if (wb.target(t, x) == u.sheet() && x.contains(u.cell().row(), u.cell().col())) {
                    return false;
                }
            }
        }
        for (AuditCell f : t.formulasIn(r.r1(), r.c1(), r.r2(), r.c2(), 200)) {
            for (Formula.Ref x : f.formula().refs()) {
                if (wb.target(t, x) == t && x.contains(c.row(), c.col())) {
                    return false;
                }
            }
        }
        if (u.sheet() == t) {
            for (Formula.Ref x : u.cell().formula().refs()) {
                if (x != r && wb.target(t, x) == t && !x.area() && (down
                        ? x.c1() == c.col() && Math.abs(x.r1() - c.row()) <= 1
                        : x.r1() == c.row() && Math.abs(x.c1() - c.col()) <= 1)) {
                    return false;
                }
            }
        }
        if (!down && u.sheet() == t && !sameKind(t, r, u.cell(), c)) {
            return false;
        }
        String label = down ? Blocks.rowLabel(t, c.row()) : columnHeader(t, c.col(), c.row());
        String first = down ? Blocks.rowLabel(t, r.r1()) : columnHeader(t, r.c1(), r.r1());
        if (down && TableWords.totalRowIn(t, c.row()) && !TableWords.totalRowIn(t, r.r1())) {
            return false; // "Gross expenditure" above the income lines is the total before them, not one of them
        }
        return !(Amounts.nonAdditive(label) && !Amounts.nonAdditive(first));
    }

    /** The nearest text above a cell in its column (within 40 rows), lower-cased: the column's header. */
    static String columnHeader(AuditSheet t, int col, int row) {
        for (int r = row - 1; r >= 0 && r >= row - 40; r--) {
            AuditCell c = t.get(r, col);
            if (c != null && c.isText() && !Lines.placeholder(c)) {
                return c.text().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * A cell that the neighbouring rows' own row totals (in another column) add up belongs to that
     * other block, even where this row's copy of that total was typed over (reported by its own rule).
     */
    private static boolean coveredInNeighbourRows(int row, int col, Blocks.AggregateUse u,
                                                  List<Blocks.AggregateUse> uses) {
        for (Blocks.AggregateUse o : uses) {
            Formula.Ref r = o.ref();
            int at = o.cell().row();
            if (o.sheet() == u.sheet() && at != row && Math.abs(at - row) <= NEIGHBOURS && r.singleRow()
                    && r.r1() == at && o.cell().col() != u.cell().col() && col >= r.c1() && col <= r.c2()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A column whose neighbouring rows hold formulas is a column of totals: a number typed into it
     * (a typed-over total, reported by its own rule) is not a line the row's other totals missed.
     */
    private static boolean formulaColumn(AuditSheet t, int row, int col) {
        int formulas = 0;
        for (int r = Math.max(0, row - NEIGHBOURS); r <= row + NEIGHBOURS; r++) {
            AuditCell c = r == row ? null : t.get(r, col);
            if (c != null && c.isFormula() && ++formulas >= 2) {
                return true;
            }
        }
        return false;
    }

    /** How many rows above and below are looked at to tell a column of totals. */
    private static final int NEIGHBOURS = 10;

    /** A cell another aggregate in the same direction already adds up belongs to another block. */
    private static boolean coveredElsewhere(int row, int col, Blocks.AggregateUse u, List<Blocks.AggregateUse> uses) {
        for (Blocks.AggregateUse o : uses) {
            Formula.Ref r = o.ref();
            if (o != u && r.contains(row, col) && !r.wholeColumns() && !r.wholeRows()
                    && r.singleColumn() == u.ref().singleColumn() && disjoint(r, u.ref())) {
                return true;
            }
        }
        return false;
    }

    private static boolean disjoint(Formula.Ref a, Formula.Ref b) {
        return a.r2() < b.r1() || b.r2() < a.r1() || a.c2() < b.c1() || b.c2() < a.c1();
    }

    /** A row keyed by a year or a date in one of its first three cells: a line of a time series. */
    private static boolean yearRow(AuditSheet t, int row) {
        for (int c = 0; c < 3; c++) {
            AuditCell x = t.get(row, c);
            if (x != null && (yearLike(x) || x.type() == AuditCell.Type.DATE && !x.isFormula())) {
                return true;
            }
        }
        return false;
    }

    private static boolean yearLike(AuditCell c) {
        return c != null && c.isNumber() && c.number() == Math.rint(c.number())
                && c.number() >= 1800 && c.number() <= 2100;
    }

    private void report(AuditWorkbook wb, Blocks.AggregateUse u, int r1, int c1, int r2, int c2, AuditFindings out) {
        Formula.Ref r = u.ref();
        if (r1 == r.r1() && c1 == r.c1() && r2 == r.r2() && c2 == r.c2()) {
            return;
        }
        Formula.Ref full = new Formula.Ref(r.start(), r.end(), r.prefix(), r.sheet(), false, r1, c1, r2, c2,
                r.absR1(), r.absC1(), r.absR2(), r.absC2(), true, false, false, r.function());
        String seen = r.function() + "(" + r.a1() + ")";
        String expected = r.function() + "(" + full.a1() + ")";
        int missing = (int) (full.cellCount() - r.cellCount());
        String unit = r.singleColumn() ? (missing == 1 ? "row" : "rows") : (missing == 1 ? "column" : "columns");
        out.add(Severity.ERROR, ID, u.sheet(), u.cell().a1(), seen, expected,
                "the formula " + u.cell().shown() + " " + verb(r.function()) + " " + r.a1() + " but stops " + missing + " " + unit
                        + " short of the numbers next to it, so they are left out of the result" + fullSum(wb, u, r, full)
                        + ". If they belong in it, change the range to " + expected + ".");
    }

    /**
     * For a SUM whose value was saved: what it gives and what the full range gives ("; it gives £2,140,
     * the full range £2,340"), so the amount at stake is in the message. Empty when either is unknown.
     */
    private static String fullSum(AuditWorkbook wb, Blocks.AggregateUse u, Formula.Ref r, Formula.Ref full) {
        if (!"SUM".equalsIgnoreCase(r.function()) || !u.cell().isNumber() || full.cellCount() > 100_000) {
            return "";
        }
        AuditSheet t = wb.target(u.sheet(), r);
        if (t == null) {
            return "";
        }
        double extra = 0;
        for (int row = full.r1(); row <= full.r2(); row++) {
            for (int col = full.c1(); col <= full.c2(); col++) {
                boolean inside = row >= r.r1() && row <= r.r2() && col >= r.c1() && col <= r.c2();
                AuditCell c = inside ? null : t.get(row, col);
                if (c != null && c.isNumber()) {
                    extra += c.number();
                }
            }
        }
        double now = u.cell().number();
        return "; it gives " + u.sheet().amount(now) + ", the full range " + u.sheet().amount(now + extra);
    }

    /** What the function does with its range, in words: "adds up", "averages", "takes the lowest of". */
    static String verb(String function) {
        return switch (function == null ? "" : function.toUpperCase(java.util.Locale.ROOT)) {
            case "AVERAGE" -> "averages";
            case "MIN" -> "takes the lowest of";
            case "MAX" -> "takes the highest of";
            case "MEDIAN" -> "takes the median of";
            case "COUNT", "COUNTA" -> "counts";
            default -> "adds up";
        };
    }
}
