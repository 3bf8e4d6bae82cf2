package org.forcestat.validate;

import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_INCONSISTENT_FORMULA: a formula that breaks from the block it sits in. Formulas are
 * compared in R1C1 form (copies of one formula read the same), along the unbroken run of formula
 * and number cells in the cell's row and in its column ({@link Lines}), so cells at the edge of a
 * block, and blocks with an "n.a." in them, are judged too (Excel's own check only compares a cell
 * with its two neighbours). A cell is flagged when at least three cells of its run share another
 * form and at most two share its own, no neighbour in the other direction shares it (a total
 * row's corner cell is a copy of its row, not of its column), and it is not a total of its own
 * run. A difference that only avoids pointing at a header or an empty cell (the first line of a
 * running total) is not flagged.
 */
final class InconsistentFormula implements AuditRule {
    static final String ID = RuleId.AUDIT_INCONSISTENT_FORMULA.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            for (Lines.Odd o : Lines.of(wb, s).inconsistent()) {
                report(s, o, out);
            }
        }
    }

    /**
     * How far along its row or column a formula is compared with the run it sits in (kept for the
     * rules that look at neighbours one by one).
     */
    static final int REACH = 50;

    private static void report(AuditSheet s, Lines.Odd o, AuditFindings out) {
        AuditCell x = o.cell();
        AuditCell model = o.model();
        String expected = model.formula().moved(model.row(), model.col(), x.row(), x.col());
        String block = o.across() ? "row" : "column";
        String sentence = "the formula " + x.shown() + " differs from the rest of its " + block + " (like " + model.a1()
                + ": " + model.shown() + "), which here would read =" + expected
                + ". Check whether it should be =" + expected + ".";
        out.add(Severity.WARNING, ID, s, x.a1(), x.formula().text(), expected, sentence);
    }
}
