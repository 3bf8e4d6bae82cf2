package org.forcestat.threat;

import org.forcestat.stats.Summary;

/** The statistics stage's crime trends as the threat stage's evidence (SPEC §5). */
public final class StatsEvidence {
    private StatsEvidence() {
    }

    public static Evidence from(Summary s) {
        return Evidence.NONE;
    }
}
