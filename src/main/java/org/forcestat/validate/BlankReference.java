package org.forcestat.validate;

import java.util.Locale;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_BLANK_REFERENCE: a formula that points at a single empty cell, which Excel silently reads
 * as 0 (often a row or column that moved). Ranges with gaps are normal and not reported; nor are
 * formulas that test for blanks themselves (ISBLANK, ="", COUNTA ...).
 */
final class BlankReference implements AuditRule {
    static final String ID = RuleId.AUDIT_BLANK_REFERENCE.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                if (testsForBlanks(f.formula())) {
                    continue;
                }
                for (Formula.Ref r : f.formula().refs()) {
                    AuditSheet t = wb.target(s, r);
                    if (!r.isCell() || t == null || !t.complete() || r.r1() < 0 || r.c1() < 0) {
                        continue;
                    }
                    AuditCell c = t.get(r.r1(), r.c1());
                    if (c == null || c.isBlank()) {
                        String ref = r.a1().replace("$", "");
                        out.add(Severity.INFO, ID, s, f.a1(), ref + " is empty", "a value in " + ref,
                                "the formula " + f.shown() + " uses " + ref + ", which is empty, so Excel counts it as 0. "
                                        + "Enter the value there, or point the formula at the right cell.");
                        break;
                    }
                }
            }
        }
    }

    private static boolean testsForBlanks(Formula f) {
        String t = f.text().toUpperCase(Locale.ROOT);
        return t.contains("\"\"") || f.functions().stream().anyMatch(fn -> fn.equals("ISBLANK") || fn.equals("COUNTA")
                || fn.equals("COUNTBLANK") || fn.equals("ISNUMBER") || fn.equals("N") || fn.equals("LEN")
                || fn.equals("ISTEXT"));
    }
}
