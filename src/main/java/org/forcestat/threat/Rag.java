package org.forcestat.threat;

/** The red/amber/green rating of a risk score, by the thresholds of {@link ScoringModel}. */
public enum Rag {
    RED("Red"), AMBER("Amber"), GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    /** The word written in the RAG column, which the sheet's conditional formatting matches. */
    public String label() {
        return label;
    }
}
