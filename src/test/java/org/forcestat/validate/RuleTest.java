package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;

/** The audit's rule vocabulary (issue 19): every rule that runs has one entry, and it owns what duplicates it. */
class RuleTest {
    @Test
    void everyAuditRuleHasOneEntry() {
        for (String id : new SpreadsheetAudit().ruleIds()) {
            assertNotNull(Rule.of(id), id);
        }
        assertEquals(Rule.values().length, new HashSet<>(Rule.ids()).size(), "ids are unique");
        assertEquals(Rule.SHORT_RANGE, Rule.of("AUDIT_SHORT_RANGE"));
        assertNull(Rule.of("NO_SUCH_RULE"));
        String table = Rule.markdown();
        for (Rule r : Rule.values()) {
            assertTrue(table.contains("| `" + r.id() + "` | "), r.id());
        }
        assertTrue(table.contains("| `AUDIT_CIRCULAR` | Error | Formulas that depend on themselves"), table);
    }

    private static Finding at(String rule, String cell) {
        return new Finding(Severity.WARNING, rule, "a.xlsx", "Plan", cell, "", "", rule + " at " + cell);
    }

    @Test
    void aFindingCoveredByAnotherRuleAtTheSameCellIsDropped() {
        Finding audit = at(NumberAsText.ID, "D5");
        Finding ingest = at("NUMBER_AS_TEXT", "D5");
        Finding ingestElsewhere = at("NUMBER_AS_TEXT", "D6");
        Finding shortRange = at(ShortRange.ID, "L17");
        Finding cross = at(CrossFooting.ID, "L17");
        Finding inconsistent = at(InconsistentFormula.ID, "L17");
        Finding typedCross = at(CrossFooting.ID, "K17");
        // the cross-footing finding at K17 stays: no rule that covers it is at K17
        assertEquals(List.of(audit, ingestElsewhere, shortRange, typedCross),
                ValidateEngine.dedupe(List.of(audit, ingest, ingestElsewhere, shortRange, cross, inconsistent, typedCross)));
        Finding typed = at(TypedTotal.ID, "K17");
        assertEquals(List.of(typed), ValidateEngine.dedupe(List.of(typedCross, typed)));
        // an error value found by ingest and by the audit: the audit's is kept
        assertEquals(List.of(at(ErrorValue.ID, "B2")), ValidateEngine.dedupe(List.of(at("FORMULA_ERROR", "B2"), at(ErrorValue.ID, "B2"))));
    }
}
