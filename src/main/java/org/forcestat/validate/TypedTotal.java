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
            for (AuditCell x : new ArrayList<>(s.cells())) {
                if (!x.isNumberConstant()) {
                    continue;
                }
                if (!amongFormulas(wb, s, x, true, out) && !amongFormulas(wb, s, x, false, out)) {
                    labelledTotal(s, x, out);
                }
            }
        }
    }

    /** How far along its row or column a typed number is compared with its neighbours (as in {@link InconsistentFormula}). */
    static final int REACH = InconsistentFormula.REACH;

    /** Looks along the row (across) or the column for copied aggregate formulas around a typed number. */
    private boolean amongFormulas(AuditWorkbook wb, AuditSheet s, AuditCell x, boolean across, AuditFindings out) {
        List<AuditCell> run = new ArrayList<>();
        for (int step : new int[] {-1, 1}) {
            for (int i = 1; i <= REACH; i++) {
                AuditCell c = across ? s.get(x.row(), x.col() + step * i) : s.get(x.row() + step * i, x.col());
                if (c == null || c.isBlank() || !c.isFormula() && !c.isNumber()) {
                    break;
                }
                run.add(c);
            }
        }
        Map<String, List<AuditCell>> forms = new HashMap<>();
        for (AuditCell c : run) {
            if (c.isFormula() && Blocks.hasAggregate(c.formula())) {
                forms.computeIfAbsent(c.formula().r1c1(c.row(), c.col()), k -> new ArrayList<>()).add(c);
            }
        }
        List<AuditCell> best = forms.values().stream().max((a, b) -> a.size() - b.size()).orElse(List.of());
        if (best.size() < 2) {
            return false;
        }
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (AuditCell c : best) {
            int p = across ? c.col() : c.row();
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
        }
        int px = across ? x.col() : x.row();
        if (px < lo - 1 || px > hi + 1) {
            return false;
        }
        AuditCell model = best.get(0);
        String moved = model.formula().moved(model.row(), model.col(), x.row(), x.col());
        Formula expected = Formula.parse(moved);
        for (Formula.Ref r : expected.refs()) {
            if (r.r1() < 0 || r.c1() < 0) {
                return false;
            }
        }
        double sum = Blocks.simpleSum(wb, s, expected);
        String where = across ? "row" : "column";
        if (!Double.isNaN(sum) && !Blocks.samePounds(sum, x.number())) {
            out.add(Severity.ERROR, ID, s, x.a1(), x.display(), moved,
                    "the total " + x.display() + " is typed in, while the other totals in this " + where
                            + " are formulas, and it differs from " + moved + " = " + Amounts.plain(sum)
                            + ". Replace it with the formula " + moved + ".");
        } else {
            out.add(Severity.WARNING, ID, s, x.a1(), x.display(), moved,
                    "the total " + x.display() + " is typed in, while the other totals in this " + where
                            + " are formulas; it will not change when its lines do. Replace it with the formula "
                            + moved + ".");
        }
        return true;
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
        String range = "SUM(" + org.forcestat.ingest.CellAddress.a1(row + 1, x.col()) + ":"
                + org.forcestat.ingest.CellAddress.a1(bottom, x.col()) + ")";
        out.add(Severity.ERROR, ID, s, x.a1(), x.display(), Amounts.plain(sum),
                "the typed total " + x.display() + " differs from the sum of the " + n + " lines above it ("
                        + range + " = " + Amounts.plain(sum) + "). Correct it, or better, replace it with =" + range
                        + ".");
    }
}
