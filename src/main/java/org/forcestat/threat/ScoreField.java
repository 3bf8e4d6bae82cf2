package org.forcestat.threat;

import java.util.Optional;

/**
 * A score a THREATS row may give, by the lower-case key the ingest stage uses in
 * {@code ThreatInput.scores()}. {@code harm} sets all five harm dimensions at once; a
 * {@code harm_<dimension>} key then overrides its own dimension.
 */
public enum ScoreField {
    HARM("harm", "Harm", null),
    HARM_PHYSICAL("harm_physical", "Physical harm", HarmDimension.PHYSICAL),
    HARM_PSYCHOLOGICAL("harm_psychological", "Psychological harm", HarmDimension.PSYCHOLOGICAL),
    HARM_FINANCIAL("harm_financial", "Financial harm", HarmDimension.FINANCIAL),
    HARM_COMMUNITY("harm_community", "Community harm", HarmDimension.COMMUNITY),
    HARM_VULNERABILITY("harm_vulnerability", "Victim vulnerability", HarmDimension.VULNERABILITY),
    LIKELIHOOD("likelihood", "Likelihood", null),
    CONFIDENCE("confidence", "Confidence", null),
    CAPACITY("capacity", "Capacity", null),
    CAPABILITY("capability", "Capability", null);

    /** The fields every THREATS row is expected to give (harm may come as its dimensions instead). */
    public static final java.util.List<ScoreField> EXPECTED = java.util.List.of(HARM, LIKELIHOOD, CONFIDENCE, CAPACITY, CAPABILITY);

    private final String key;
    private final String label;
    private final HarmDimension dimension;

    ScoreField(String key, String label, HarmDimension dimension) {
        this.key = key;
        this.label = label;
        this.dimension = dimension;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The harm dimension this field scores, or null for the others (and for overall harm). */
    public HarmDimension dimension() {
        return dimension;
    }

    public boolean isHarm() {
        return this == HARM || dimension != null;
    }

    public static Optional<ScoreField> ofKey(String key) {
        for (ScoreField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public static ScoreField of(HarmDimension d) {
        for (ScoreField f : values()) {
            if (f.dimension == d) {
                return f;
            }
        }
        throw new IllegalArgumentException(d.name());
    }
}
