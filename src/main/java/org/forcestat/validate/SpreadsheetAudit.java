package org.forcestat.validate;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.Finding;

/**
 * The formula-aware audit of SPEC §4.2: runs every {@link AuditRule} over every sheet of a
 * workbook, recognised or not, and returns their findings.
 */
public final class SpreadsheetAudit {
    private final List<AuditRule> rules;

    public SpreadsheetAudit() {
        this(List.of(new ShortRange(), new TypedTotal(), new InconsistentFormula(), new FormulaAmongNumbers(), new MissingFormula(), new ConstantInFormula(),
                new BlankReference(), new ExternalLink(), new HiddenInput(), new NumberAsText(), new ErrorValue(),
                new Circular()));
    }

    SpreadsheetAudit(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The ids of the rules, in the order they run. */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.id()));
        return ids;
    }

    public List<Finding> audit(AuditWorkbook wb) {
        AuditFindings out = new AuditFindings(wb.file());
        wb.notes().forEach(n -> out.info("AUDIT_INCOMPLETE", "", n));
        for (AuditRule r : rules) {
            r.check(wb, out);
        }
        return out.findings();
    }
}
