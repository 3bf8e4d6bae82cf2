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

    /** The Findings sheet {@link Annotator} writes: its header row, word for word. */
    static boolean findingsSheet(AuditSheet s) {
        String[] heads = {"Severity", "Rule", "Sheet", "Cell", "Seen", "Expected", "Message"};
        if (!s.name().startsWith("Findings")) {
            return false;
        }
        for (int i = 0; i < heads.length; i++) {
            AuditCell c = s.get(0, i);
            if (c == null || !c.isText() || !c.text().equals(heads[i])) {
                return false;
            }
        }
        return true;
    }

    public List<Finding> audit(AuditWorkbook wb) {
        AuditFindings out = new AuditFindings(wb.file());
        wb.notes().forEach(n -> out.info(Rule.AUDIT_INCOMPLETE.id(), "", n));
        for (AuditSheet s : wb.sheets()) {
            if (findingsSheet(s)) {
                // a copy written by validate --annotate: its list of findings is not a sheet to audit
                wb.drop(s);
                out.info(Rule.AUDIT_CHECKED_COPY.id(), s.name(), "sheet '" + s.name() + "' is the list of findings of an "
                        + "annotated copy (validate --annotate); it was not audited.");
            }
        }
        for (AuditRule r : rules) {
            r.check(wb, out);
        }
        return out.findings();
    }
}
