package org.forcestat.model;

import java.util.Locale;

/**
 * Each finding's rule id in a few plain words ("Combined crime category" for MERGED_CATEGORY), from
 * {@link RuleId#words()}: a reader of the Validation sheet sees what a finding is about, and the id
 * beside it for a suppress line.
 */
public final class RuleWords {
    private RuleWords() {
    }

    /** The rule's words; for an id not listed, the id itself in sentence case ("FILE_X" is "File x"). */
    public static String of(String rule) {
        if (rule == null || rule.isBlank()) {
            return "";
        }
        RuleId r = RuleId.byId(rule);
        if (r != null) {
            return r.words();
        }
        String s = rule.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether the rule has words of its own (not the sentence-case fallback). */
    public static boolean listed(String rule) {
        return RuleId.byId(rule) != null;
    }

    /** "Combined crime category (MERGED_CATEGORY)": the words, then the id a suppress line names. */
    public static String shown(String rule) {
        return rule == null || rule.isBlank() ? "" : of(rule) + " (" + rule + ")";
    }
}
