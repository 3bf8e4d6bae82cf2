package org.forcestat.validate;

import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_FORMULA_AMONG_NUMBERS: one or two formulas in a run of typed numbers ({@link Lines}), that
 * are neither a total, an average or another summary, nor built from their own neighbours, nor a
 * plain link to a figure on another sheet. Either the figure should
 * have been typed like the rest (the formula is left over from a template, or points at the wrong
 * place), or its neighbours should have been formulas too; both are worth a look.
 */
final class FormulaAmongNumbers implements AuditRule {
    static final String ID = RuleId.AUDIT_FORMULA_AMONG_NUMBERS.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            for (Lines.Odd o : Lines.of(wb, s).formulasAmongNumbers()) {
                AuditCell x = o.cell();
                String where = o.across() ? "row" : "column";
                String sentence = "the formula " + x.shown() + " sits among figures typed in by hand (like "
                        + o.model().a1() + ": " + o.model().display() + ") in this " + where
                        + ", and is not a total of them. Check that it points at the right cells, or "
                        + "whether its neighbours should be formulas too.";
                out.add(Severity.WARNING, ID, s, x.a1(), x.shown(), "a typed figure like " + o.model().a1(), sentence);
                if (Lines.dual(o)) {
            out.addParts(ID, s, x.a1(), o.pattern(), sentence);
        }
            }
        }
    }
}
