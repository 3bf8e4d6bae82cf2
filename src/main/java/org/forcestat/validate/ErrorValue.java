package org.forcestat.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_ERROR_VALUE: a cell showing #REF!, #DIV/0!, #N/A ... or a formula with a deleted reference
 * (#REF! written into it). Reported at the cell where the error starts, naming the cells whose
 * error only passes it on, so the fix is made once, where it belongs.
 */
final class ErrorValue implements AuditRule {
    static final String ID = RuleId.AUDIT_ERROR_VALUE.id();
    private static final int MAX_ERRORS = 5_000;

    private record Located(AuditSheet sheet, AuditCell cell) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        List<Located> errors = new ArrayList<>();
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell c : s.cells()) {
                if ((c.type() == AuditCell.Type.ERROR || c.isFormula() && !c.formula().errors().isEmpty())
                        && errors.size() < MAX_ERRORS) {
                    errors.add(new Located(s, c));
                }
            }
        }
        Map<AuditCell, List<Located>> dependents = new IdentityHashMap<>();
        Set<AuditCell> caused = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Located e : errors) {
            if (!e.cell().isFormula() || !e.cell().formula().errors().isEmpty()) {
                continue;
            }
            for (Formula.Ref r : e.cell().formula().refs()) {
                AuditSheet t = wb.target(e.sheet(), r);
                for (Located p : errors) {
                    if (p.sheet() == t && p.cell() != e.cell() && r.contains(p.cell().row(), p.cell().col())) {
                        dependents.computeIfAbsent(p.cell(), k -> new ArrayList<>()).add(e);
                        caused.add(e.cell());
                    }
                }
            }
        }
        for (Located root : errors) {
            if (caused.contains(root.cell())) {
                continue;
            }
            Set<String> downstream = new LinkedHashSet<>();
            Deque<AuditCell> todo = new ArrayDeque<>(List.of(root.cell()));
            Set<AuditCell> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            while (!todo.isEmpty()) {
                AuditCell c = todo.pop();
                if (!done.add(c)) {
                    continue;
                }
                for (Located d : dependents.getOrDefault(c, List.of())) {
                    downstream.add(d.sheet() == root.sheet() ? d.cell().a1() : "'" + d.sheet().name() + "'!" + d.cell().a1());
                    todo.push(d.cell());
                }
            }
            report(root, downstream, out);
        }
    }

    private static void report(Located root, Set<String> downstream, AuditFindings out) {
        AuditCell c = root.cell();
        String error = c.type() == AuditCell.Type.ERROR ? c.text() : c.formula().errors().get(0);
        String cause = !c.isFormula() ? "holds the error value " + error
                : !c.formula().errors().isEmpty() ? "has a formula " + c.shown() + " that points at a deleted cell ("
                + error + ")" : "shows " + error + " from its formula " + c.shown();
        String passes = downstream.isEmpty() ? ""
                : " " + downstream.size() + " cell(s) show the error because of it: "
                + String.join(", ", downstream.stream().limit(10).toList())
                + (downstream.size() > 10 ? " ..." : "") + ".";
        // #DIV/0! and #N/A are what a formula shows while its inputs are still empty (a blank form, a
        // lookup not filled in yet): worth knowing, not a broken formula. A deleted reference, a wrong
        // type or an unknown name is.
        boolean waiting = c.isFormula() && c.formula().errors().isEmpty() && !c.formula().refs().isEmpty()
                && (error.equals("#DIV/0!") || error.equals("#N/A"));
        out.add(waiting ? Severity.INFO : Severity.ERROR, ID, root.sheet(), c.a1(), error, "a value",
                cause + "." + passes + (waiting ? " It clears when its inputs are filled in; if they never "
                        + "will be, guard the formula (IFERROR) so the error does not spread."
                        : downstream.isEmpty() ? " Fix this cell." : " Fix this cell and they clear too."));
    }
}
