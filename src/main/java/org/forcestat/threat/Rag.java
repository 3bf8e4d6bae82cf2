package org.forcestat.threat;

/**
 * The red/amber/green rating of a risk score, by the thresholds of {@link ScoringModel}; NOT_SCORED for
 * an area whose register leaves out a score the risk needs (it has no rating, and is not ranked).
 */
public enum Rag {
    RED("Red"), AMBER("Amber"), GREEN("Green"), NOT_SCORED("Not scored");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    /** The word written in the RAG column, which the sheet's conditional formatting matches. */
    public String label() {
        return label;
    }
}
