package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every rule a finding can carry has plain words for the Validation sheet (the words live in {@link RuleId}). */
class RuleWordsTest {
    @Test
    void everyRuleHasWordsOfItsOwn() {
        for (RuleId r : RuleId.values()) {
            assertTrue(RuleWords.listed(r.id()), r.id());
            assertEquals(r.words() + " (" + r.id() + ")", RuleWords.shown(r.id()));
        }
        assertFalse(RuleWords.listed("SOME_NEW_RULE"));
    }

    @Test
    void aRuleIsShownInWordsWithItsIdForSuppressLines() {
        assertEquals("Combined crime category (MERGED_CATEGORY)", RuleWords.shown("MERGED_CATEGORY"));
        assertEquals("Incomplete workbook", RuleWords.of("FILE_DAMAGED"));
        // an id not listed still reads as words, never as a bare code
        assertEquals("Some new rule (SOME_NEW_RULE)", RuleWords.shown("SOME_NEW_RULE"));
        assertEquals("", RuleWords.shown(""));
    }
}
