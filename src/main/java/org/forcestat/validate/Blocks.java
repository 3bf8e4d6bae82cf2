package org.forcestat.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forcestat.model.Text;

/** Helpers the audit rules share: what counts as a line value, which formulas aggregate, simple sums. */
final class Blocks {
    private Blocks() {
    }

    /** A formula's aggregate reference and where the formula is. */
    record AggregateUse(AuditSheet sheet, AuditCell cell, Formula.Ref ref) {
    }

    static boolean hasAggregate(Formula f) {
        for (String fn : f.functions()) {
            if (Formula.AGGREGATES.contains(fn) || fn.equals("SUBTOTAL") || fn.equals("AGGREGATE")) {
                return true;
            }
        }
        return false;
    }

    /** A number that is one of the lines of a block: typed, or computed by a formula that is not itself a total. */
    static boolean isLine(AuditCell c) {
        return c != null && c.isNumber() && !(c.isFormula() && hasAggregate(c.formula()));
    }

    /**
     * A line of a column (down = true) or row block: as {@link #isLine}, but a row total
     * (=SUM(D5:K5), adding across) is a line of its column, and a column total one of its row.
     */
    static boolean isLine(AuditCell c, boolean down) {
        if (c == null || !c.isNumber()) {
            return false;
        }
        if (!c.isFormula() || !hasAggregate(c.formula())) {
            return true;
        }
        for (Formula.Ref r : c.formula().refs()) {
            if (isAggregateArg(r) && (down ? !r.singleRow() : !r.singleColumn())) {
                return false;
            }
        }
        return true;
    }

    /** Every aggregate reference (SUM(...) etc.) of the workbook that points into {@code target}. */
    static List<AggregateUse> aggregatesInto(AuditWorkbook wb, AuditSheet target) {
        List<AggregateUse> out = new ArrayList<>();
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                for (Formula.Ref r : f.formula().refs()) {
                    if (isAggregateArg(r) && wb.target(s, r) == target) {
                        out.add(new AggregateUse(s, f, r));
                    }
                }
            }
        }
        return out;
    }

    static boolean isAggregateArg(Formula.Ref r) {
        return Formula.AGGREGATES.contains(r.function()) || r.function().equals("SUBTOTAL");
    }

    /** The value of a formula that is one SUM over one range of kept cells; NaN for anything else. */
    static double simpleSum(AuditWorkbook wb, AuditSheet on, Formula f) {
        if (!f.isSingleAggregate() || !f.functions().get(0).equals("SUM")) {
            return Double.NaN;
        }
        Formula.Ref r = f.refs().get(0);
        AuditSheet t = wb.target(on, r);
        if (t == null || !t.complete() || r.r1() < 0 || r.c1() < 0 || r.cellCount() > 100_000) {
            return Double.NaN;
        }
        double sum = 0;
        for (AuditCell c : t.area(r.r1(), r.c1(), r.r2(), r.c2())) {
            if (c.isNumber()) {
                sum += c.number();
            }
        }
        return sum;
    }

    /** True for labels such as "Total", "Grand total", "Totals": a row of totals, not of lines. */
    static boolean isTotalLabel(String text) {
        return org.forcestat.model.Text.isTotalLabel(text);
    }

    /** The first text cell of a row among its first few cells, lower-cased; "" when there is none. */
    static String rowLabel(AuditSheet s, int row) {
        for (int c = 0; c < 6; c++) {
            AuditCell cell = s.get(row, c);
            if (cell != null && cell.isText()) {
                return cell.text().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** Excel's own tolerance for "the same amount" in these checks: a pound. */
    static boolean samePounds(double a, double b) {
        return Math.abs(a - b) <= 1.0;
    }
}
