package org.forcestat.validate;

import java.util.List;
import org.forcestat.model.Severity;

/**
 * AUDIT_SHORT_RANGE: a SUM/AVERAGE/... range that stops short of numbers right next to it in the
 * same column or row (the Reinhart–Rogoff error). Numbers already covered by another aggregate
 * (a separate block with its own total) and year-like numbers heading a column do not count.
 */
final class ShortRange implements AuditRule {
    static final String ID = "AUDIT_SHORT_RANGE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet target : wb.sheets()) {
            if (!target.complete()) {
                continue;
            }
            List<Blocks.AggregateUse> uses = Blocks.aggregatesInto(wb, target);
            for (Blocks.AggregateUse u : uses) {
                Formula.Ref r = u.ref();
                if (r.wholeColumns() || r.wholeRows() || r.isCell()) {
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
        int down = r.r2();
        while (extends_(t, down + 1, col, u, uses) && !(sameCol && down + 1 >= u.cell().row() && u.cell().row() > r.r2())) {
            down++;
        }
        int up = r.r1();
        while (extends_(t, up - 1, col, u, uses) && !(sameCol && up - 1 <= u.cell().row() && u.cell().row() < r.r1())) {
            up--;
        }
        if (up < r.r1() && yearLike(t.get(up, col)) && !Blocks.isLine(t.get(up - 1, col), true)) {
            up++;
        }
        report(wb, u, up, col, down, col, out);
    }

    private void horizontal(AuditWorkbook wb, AuditSheet t, Blocks.AggregateUse u, List<Blocks.AggregateUse> uses,
                            AuditFindings out) {
        Formula.Ref r = u.ref();
        int row = r.r1();
        boolean sameRow = u.sheet() == t && u.cell().row() == row;
        int right = r.c2();
        while (extendsAcross(t, row, right + 1, u, uses)
                && !(sameRow && right + 1 >= u.cell().col() && u.cell().col() > r.c2())) {
            right++;
        }
        int left = r.c1();
        while (extendsAcross(t, row, left - 1, u, uses)
                && !(sameRow && left - 1 <= u.cell().col() && u.cell().col() < r.c1())) {
            left--;
        }
        report(wb, u, row, left, row, right, out);
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

    private static boolean yearLike(AuditCell c) {
        return c != null && c.isNumberConstant() && c.number() == Math.rint(c.number())
                && c.number() >= 1990 && c.number() <= 2100;
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
                "the formula " + u.cell().shown() + " adds up " + r.a1() + " but stops " + missing + " " + unit
                        + " short of the numbers next to it, so they are left out of the result. "
                        + "If they belong in it, change the range to " + expected + ".");
    }
}
