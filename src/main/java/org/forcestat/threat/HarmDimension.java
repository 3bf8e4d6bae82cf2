package org.forcestat.threat;

/** The dimensions of harm a threat is scored on, each 1–5, weighted by {@link ScoringModel}. */
public enum HarmDimension {
    PHYSICAL("physical", "Physical"),
    PSYCHOLOGICAL("psychological", "Psychological"),
    FINANCIAL("financial", "Financial"),
    COMMUNITY("community", "Community"),
    VULNERABILITY("vulnerability", "Victim vulnerability");

    private final String id;
    private final String label;

    HarmDimension(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The part of property keys and THREATS score keys naming this dimension, e.g. {@code physical}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
