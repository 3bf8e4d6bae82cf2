package org.forcestat.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.model.Severity;

/**
 * AUDIT_TYPED_TOTAL: a total typed in as a number. Either its neighbours in the same total row
 * or column are aggregate formulas copied from one another (the typed cell will not follow the
 * lines when they change), or it sits in a row labelled "Total" and differs by more than £1 from
 * the block of lines directly above it.
 */
final class TypedTotal implements AuditRule {
    static final String ID = "AUDIT_TYPED_TOTAL";

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
        }
    }

    /** How far along its row or column a typed number is compared with its neighbours (as in {@link InconsistentFormula}). */
    static final int REACH = InconsistentFormula.REACH;

    /** A typed number where its run's copied formula is expected. */
    private static void amongFormulas(AuditWorkbook wb, AuditSheet s, Lines.Odd o, AuditFindings out) {
        AuditCell x = o.cell();
        AuditCell model = o.model();
        String moved = model.formula().moved(model.row(), model.col(), x.row(), x.col());
        Formula expected = Formula.parse(moved);
        double sum = Blocks.value(wb, s, expected);
        String where = o.across() ? "row" : "column";
        String what = Blocks.hasAggregate(model.formula()) ? "total" : "number";
        if (!Double.isNaN(sum) && !Blocks.samePounds(sum, x.number())) {
            out.add(Severity.ERROR, ID, s, x.a1(), x.display(), moved,
                    "the " + what + " " + s.amount(x.number()) + " is typed in, while the rest of this " + where
                            + " is the formula =" + moved + " copied along, which here gives "
                            + s.amount(sum) + ". Replace it with the formula =" + moved + ".");
        } else {
            out.add(Severity.WARNING, ID, s, x.a1(), x.display(), moved,
                    "the " + what + " " + s.amount(x.number()) + " is typed in, while the rest of this " + where
                            + " is one formula copied along (like " + model.a1() + ": " + model.shown()
                            + "); it will not change when the cells it depends on do. Replace it with the formula ="
                            + moved + ".");
        }
    }

    /** A typed number in a "Total" row against the contiguous lines above it (one blank row allowed between). */
    private void labelledTotal(AuditSheet s, AuditCell x, AuditFindings out) {
        if (!Blocks.isTotalLabel(Blocks.rowLabel(s, x.row()))) {
            return;
        }
        for (int c = 0; c < 6; c++) {
            AuditCell cell = s.get(x.row(), c);
            if (cell != null && cell.isFormula()) {
                return;
            }
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
            if (c == null || !c.isNumber()) {
                break;
            }
            if (Blocks.isTotalLabel(Blocks.rowLabel(s, row))) {
                return;
            }
            sum += c.number();
            n++;
        }
        if (n < 2 || Blocks.samePounds(sum, x.number())) {
            return;
        }
        String range = "SUM(" + org.forcestat.format.CellAddress.a1(row + 1, x.col()) + ":"
                + org.forcestat.format.CellAddress.a1(bottom, x.col()) + ")";
        out.add(Severity.ERROR, ID, s, x.a1(), x.display(), Amounts.plain(sum),
                "the typed total " + s.amount(x.number()) + " differs from the sum of the " + n + " lines above it ("
                        + range + " = " + s.amount(sum) + "). Correct it, or better, replace it with =" + range
                        + ".");
    }
}
