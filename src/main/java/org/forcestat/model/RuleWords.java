package org.forcestat.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Each finding's rule id in a few plain words ("Combined crime category" for MERGED_CATEGORY), from
 * {@code rule-words.properties}: a reader of the Validation sheet sees what a finding is about, and
 * the id beside it for a suppress line.
 */
public final class RuleWords {
    private static final Properties WORDS = load();

    private RuleWords() {
    }

    /** The rule's words; for an id not listed, the id itself in sentence case ("FILE_X" is "File x"). */
    public static String of(String rule) {
        if (rule == null || rule.isBlank()) {
            return "";
        }
        String w = WORDS.getProperty(rule);
        if (w != null) {
            return w;
        }
        String s = rule.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether the rule has words of its own (not the sentence-case fallback). */
    public static boolean listed(String rule) {
        return WORDS.containsKey(rule);
    }

    /** "Combined crime category (MERGED_CATEGORY)": the words, then the id a suppress line names. */
    public static String shown(String rule) {
        return rule == null || rule.isBlank() ? "" : of(rule) + " (" + rule + ")";
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = RuleWords.class.getResourceAsStream("rule-words.properties")) {
            if (in == null) {
                throw new IllegalStateException("rule-words.properties is missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
