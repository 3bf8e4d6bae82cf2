package org.forcestat.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_CONSTANT_IN_FORMULA: a number typed into a formula (=D5*1.025), which hides an
 * assumption where no one can see or change it. Counting and scaling numbers (0, 1, 2, 12, 100,
 * 1000 ...) and the positional arguments of functions such as ROUND, INDEX and DATE are allowed.
 * A block of copied formulas is reported once, at its first cell.
 */
final class ConstantInFormula implements AuditRule {
    static final String ID = RuleId.AUDIT_CONSTANT_IN_FORMULA.id();
    static final Set<Double> ALLOWED = Set.of(0.0, 1.0, 2.0, 3.0, 4.0, 7.0, 10.0, 12.0, 24.0, 52.0, 60.0, 100.0,
            365.0, 366.0, 1000.0, 1_000_000.0);
    private static final Set<String> POSITIONAL = Set.of("ROUND", "ROUNDUP", "ROUNDDOWN", "MROUND", "INDEX",
            "VLOOKUP", "HLOOKUP", "XLOOKUP", "MATCH", "OFFSET", "CHOOSE", "DATE", "EDATE", "EOMONTH", "LEFT", "RIGHT",
            "MID", "SUBTOTAL", "AGGREGATE", "LARGE", "SMALL", "WEEKDAY", "WEEKNUM", "TEXT", "FIXED", "DATEDIF",
            "PERCENTILE", "QUARTILE", "RANK", "TRUNC", "INT", "MOD", "POWER");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                List<String> odd = constants(f.formula());
                if (odd.isEmpty() || continues(s, f, s.get(f.row() - 1, f.col()))
                        || continues(s, f, s.get(f.row(), f.col() - 1))) {
                    continue;
                }
                int copies = copies(s, f);
                String seen = String.join(", ", odd);
                out.add(Severity.INFO, ID, s, f.a1(), seen, "a reference to a labelled input cell",
                        "the formula " + f.shown() + " has the number " + seen + " typed into it"
                                + (copies > 1 ? " (as do the " + (copies - 1) + " copies of it next to it)" : "")
                                + ". Put the number in its own labelled cell and refer to that cell, so it can be "
                                + "seen and changed in one place.");
            }
        }
    }

    static List<String> constants(Formula f) {
        List<String> out = new ArrayList<>();
        for (Formula.Constant c : f.constants()) {
            if (!ALLOWED.contains(Math.abs(c.value())) && !POSITIONAL.contains(c.function())) {
                out.add(c.text());
            }
        }
        return out;
    }

    private static boolean continues(AuditSheet s, AuditCell f, AuditCell prev) {
        return prev != null && prev.isFormula()
                && prev.formula().r1c1(prev.row(), prev.col()).equals(f.formula().r1c1(f.row(), f.col()));
    }

    private static int copies(AuditSheet s, AuditCell f) {
        String form = f.formula().r1c1(f.row(), f.col());
        int down = 1;
        for (AuditCell c = s.get(f.row() + 1, f.col()); c != null && c.isFormula()
                && c.formula().r1c1(c.row(), c.col()).equals(form); c = s.get(c.row() + 1, c.col())) {
            down++;
        }
        int across = 1;
        for (AuditCell c = s.get(f.row(), f.col() + 1); c != null && c.isFormula()
                && c.formula().r1c1(c.row(), c.col()).equals(form); c = s.get(c.row(), c.col() + 1)) {
            across++;
        }
        return Math.max(down, across);
    }
}
