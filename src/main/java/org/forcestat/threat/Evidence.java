package org.forcestat.threat;

import java.util.Optional;
import org.forcestat.model.CrimeCategory;

/**
 * The caller's source of trend evidence per crime category (the statistics stage's year-on-year
 * tests), so the threat engine knows nothing of how trends are computed.
 */
@FunctionalInterface
public interface Evidence {
    /** No data: every area keeps its register likelihood. */
    Evidence NONE = c -> Optional.empty();

    Optional<TrendEvidence> forCategory(CrimeCategory category);

    /** Evidence from a fixed map, for tests and simple callers. */
    static Evidence of(java.util.Map<CrimeCategory, TrendEvidence> map) {
        java.util.Map<CrimeCategory, TrendEvidence> copy = java.util.Map.copyOf(map);
        return c -> Optional.ofNullable(copy.get(c));
    }
}
