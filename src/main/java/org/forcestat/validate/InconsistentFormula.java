package org.forcestat.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.model.Severity;

/**
 * AUDIT_INCONSISTENT_FORMULA: a formula that breaks from the block it sits in. Formulas are
 * compared in R1C1 form (copies of one formula read the same), along the unbroken run of formula
 * cells in the cell's row and in its column, so cells at the edge of a block are judged too
 * (Excel's own check only compares a cell with its two neighbours). A cell is flagged when at
 * least three cells of its run share another form, no other cell of the run shares its own, and
 * no neighbour in the other direction shares it either (a total row's corner cell is a copy of
 * its row, not of its column). A difference that only avoids pointing at a header or an empty
 * cell (the first line of a running total) is not flagged.
 */
final class InconsistentFormula implements AuditRule {
    static final String ID = "AUDIT_INCONSISTENT_FORMULA";
    private static final int MIN_BLOCK = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            Map<AuditCell, String> forms = new IdentityHashMap<>();
            for (AuditCell f : s.formulas()) {
                forms.put(f, f.formula().r1c1(f.row(), f.col()));
            }
            for (AuditCell x : s.formulas()) {
                for (boolean across : new boolean[] {true, false}) {
                    AuditCell model = outlier(s, x, across, forms);
                    if (model != null && !supported(s, x, !across, forms) && justified(s, x, model)) {
                        report(s, x, model, across, out);
                        break;
                    }
                }
            }
        }
    }

    /** The cell whose form dominates x's run, when x is the odd one out; null otherwise. */
    private static AuditCell outlier(AuditSheet s, AuditCell x, boolean across, Map<AuditCell, String> forms) {
        List<AuditCell> run = run(s, x, across);
        if (run.size() < MIN_BLOCK + 1) {
            return null;
        }
        Map<String, List<AuditCell>> byForm = new HashMap<>();
        for (AuditCell c : run) {
            byForm.computeIfAbsent(forms.get(c), k -> new ArrayList<>()).add(c);
        }
        String mine = forms.get(x);
        if (byForm.get(mine).size() > 1) {
            return null;
        }
        List<AuditCell> best = null;
        for (List<AuditCell> group : byForm.values()) {
            if (best == null || group.size() > best.size()) {
                best = group;
            }
        }
        return best.size() >= MIN_BLOCK ? best.get(0) : null;
    }

    /**
     * How far along its row or column a formula is compared with the run it sits in. Unbounded, each
     * of a column's formulas walked (and re-copied) the whole column: 20,000 formula rows in a data
     * sheet took minutes, a year of call records for ever. Fifty each way is more than any block of
     * copied formulas needs to show an odd one out.
     */
    static final int REACH = 50;

    /** The unbroken run of formula cells through x, in order, at most {@link #REACH} each side. */
    private static List<AuditCell> run(AuditSheet s, AuditCell x, boolean across) {
        List<AuditCell> run = new ArrayList<>();
        for (int i = 1; i <= REACH; i++) {
            AuditCell c = across ? s.get(x.row(), x.col() - i) : s.get(x.row() - i, x.col());
            if (c == null || !c.isFormula()) {
                break;
            }
            run.add(c);
        }
        Collections.reverse(run);
        run.add(x);
        for (int i = 1; i <= REACH; i++) {
            AuditCell c = across ? s.get(x.row(), x.col() + i) : s.get(x.row() + i, x.col());
            if (c == null || !c.isFormula()) {
                break;
            }
            run.add(c);
        }
        return run;
    }

    /** True when a neighbour in the given direction has the same form as x. */
    private static boolean supported(AuditSheet s, AuditCell x, boolean across, Map<AuditCell, String> forms) {
        String mine = forms.get(x);
        AuditCell a = across ? s.get(x.row(), x.col() - 1) : s.get(x.row() - 1, x.col());
        AuditCell b = across ? s.get(x.row(), x.col() + 1) : s.get(x.row() + 1, x.col());
        return a != null && a.isFormula() && mine.equals(forms.get(a))
                || b != null && b.isFormula() && mine.equals(forms.get(b));
    }

    /** False when the block's form, copied to x, would point at a header, an empty cell or off the sheet. */
    private static boolean justified(AuditSheet s, AuditCell x, AuditCell model) {
        Formula moved = Formula.parse(model.formula().moved(model.row(), model.col(), x.row(), x.col()));
        for (Formula.Ref r : moved.refs()) {
            if (r.r1() < 0 || r.c1() < 0) {
                return false;
            }
            if (r.isCell() && r.sameSheet(s.name())) {
                AuditCell c = s.get(r.r1(), r.c1());
                if (c == null || c.isBlank() || c.isText()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void report(AuditSheet s, AuditCell x, AuditCell model, boolean across, AuditFindings out) {
        String expected = model.formula().moved(model.row(), model.col(), x.row(), x.col());
        String block = across ? "row" : "column";
        out.add(Severity.WARNING, ID, s, x.a1(), x.formula().text(), expected,
                "the formula " + x.shown() + " differs from the rest of its " + block + " (like " + model.a1()
                        + ": " + model.shown() + "), which here would read =" + expected
                        + ". Check whether it should be =" + expected + ".");
    }
}
