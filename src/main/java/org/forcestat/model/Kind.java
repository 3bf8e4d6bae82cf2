package org.forcestat.model;

/** What an input sheet holds, as SPEC §2.2 defines the kinds. */
public enum Kind {
    CALLS("Calls for service"),
    CRIMES("Recorded crime"),
    CRIME_TOTALS("Recorded crime totals per area and month"),
    SAVINGS("CSR savings plan"),
    BUDGET("Budget"),
    FACTS("Facts block"),
    THREATS("Threat register"),
    UNRECOGNISED("Not recognised");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
