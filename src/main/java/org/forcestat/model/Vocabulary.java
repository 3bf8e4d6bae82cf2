package org.forcestat.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Looks up an enum constant by any of its synonyms, compared with {@link Text#key}. */
final class Vocabulary<E extends Enum<E>> {
    private final Map<String, E> byKey = new HashMap<>();

    Vocabulary(Class<E> type, java.util.function.Function<E, String[]> synonyms) {
        for (E e : type.getEnumConstants()) {
            for (String s : synonyms.apply(e)) {
                E clash = byKey.put(Text.key(s), e);
                if (clash != null && clash != e) {
                    throw new IllegalStateException("synonym '" + s + "' names both " + clash + " and " + e);
                }
            }
        }
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(byKey.get(Text.key(text)));
    }
}
