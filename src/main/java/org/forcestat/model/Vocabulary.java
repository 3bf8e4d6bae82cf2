package org.forcestat.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Looks up an enum constant by any of its synonyms, compared with {@link Text#key}. */
final class Vocabulary<E extends Enum<E>> {
    private final Map<String, E> byKey = new HashMap<>();
    /** Each synonym's words in sorted order ({@link #words}); a bag two constants share names neither. */
    private final Map<String, E> byWords = new HashMap<>();

    Vocabulary(Class<E> type, java.util.function.Function<E, String[]> synonyms) {
        for (E e : type.getEnumConstants()) {
            for (String s : synonyms.apply(e)) {
                E clash = byKey.put(Text.key(s), e);
                if (clash != null && clash != e) {
                    throw new IllegalStateException("synonym '" + s + "' names both " + clash + " and " + e);
                }
                String w = words(s);
                if (byWords.containsKey(w) && byWords.get(w) != e) {
                    byWords.put(w, null);
                } else {
                    byWords.put(w, e);
                }
            }
        }
    }

    /**
     * As {@link #find}, the words in any order: "Non-Emergency 101" is "101 Non-emergency", "Emergency
     * 999" is "999 Emergency" (systems and people put the number first or last).
     */
    Optional<E> findAnyOrder(String text) {
        Optional<E> e = find(text);
        return e.isPresent() || text == null ? e : Optional.ofNullable(byWords.get(words(text)));
    }

    /** The text's words (letters and digits; "non-emergency" is two), lower case, sorted, one space apart. */
    static String words(String s) {
        String[] w = s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        java.util.Arrays.sort(w);
        return String.join(" ", w).trim();
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(byKey.get(Text.key(text)));
    }
}
