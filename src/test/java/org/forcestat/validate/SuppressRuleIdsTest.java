package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Properties;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * A {@code suppress.<RULE>} line names a rule by its id as reports show it: every rule of the
 * vocabulary can be suppressed, in any case, and a line is matched by its text alone, so an id from
 * a later or earlier version is still read as before (never refused).
 */
class SuppressRuleIdsTest {
    private static Suppressions line(String rule) {
        Properties p = new Properties();
        p.setProperty("suppress." + rule + ".Data!C7", "checked with the force's analyst");
        return Suppressions.of(p);
    }

    private static Finding at(String rule, String cell) {
        return Finding.of(Severity.ERROR, rule).at("calls.xlsx", "Data", cell).message("calls.xlsx, sheet 'Data', cell " + cell + ": m");
    }

    @Test
    void everyRuleCanBeSuppressedByItsIdInAnyCase() {
        for (RuleId r : RuleId.values()) {
            assertEquals("checked with the force's analyst", line(r.id()).apply(at(r.id(), "C7")).suppressedReason(), r.id());
            assertTrue(line(r.id().toLowerCase(Locale.ROOT)).apply(at(r.id(), "C7")).suppressed(), r.id());
            assertFalse(line(r.id()).apply(at(r.id(), "C8")).suppressed(), "another cell: " + r.id());
        }
        // one rule's line leaves another rule's finding at the same cell alone
        assertFalse(line(RuleId.BLANK_ROWS.id()).apply(at(RuleId.BLANK_HEADER.id(), "C7")).suppressed());
    }

    @Test
    void aLineNamingAnIdNotInTheVocabularyIsStillMatchedByItsText() {
        assertTrue(line("MONTHLY_CALLS_NOT_COUNTED").apply(at("MONTHLY_CALLS_NOT_COUNTED", "C7")).suppressed());
        assertFalse(line("MONTHLY_CALLS_NOT_COUNTED").apply(at(RuleId.MISSING_COLUMN.id(), "C7")).suppressed());
    }
}
