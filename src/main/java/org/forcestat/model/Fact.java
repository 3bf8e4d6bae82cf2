package org.forcestat.model;

import java.util.Optional;

/** The labels of a FACTS block (SPEC §2.2), matched by synonyms like headers. */
public enum Fact {
    FORCE_NAME("Force name", "Force name", "Force", "Police force"),
    SAVINGS_TO_DATE("Total savings to date", "Total savings to date", "Total saving to date", "Savings to date",
            "Savings delivered to date"),
    SAVINGS_REQUIRED("Savings required (next 3 years)", "Savings required (next 3 years)", "Savings required",
            "Next 3 years need to save", "Savings required next three years", "Savings gap"),
    TOTAL_BUDGET("Total budget", "Total budget", "Total force budget", "Net revenue budget", "Budget"),
    OFFICERS("Police officer establishment", "Police officer establishment", "Officer establishment",
            "Police officers (FTE)"),
    STAFF("Police staff establishment", "Police staff establishment", "Staff establishment", "Police staff (FTE)");

    private static final Vocabulary<Fact> WORDS = new Vocabulary<>(Fact.class, f -> f.synonyms);

    private final String label;
    private final String[] synonyms;

    Fact(String label, String... synonyms) {
        this.label = label;
        this.synonyms = synonyms;
    }

    public String label() {
        return label;
    }

    public static Optional<Fact> parse(String text) {
        return WORDS.find(text);
    }
}
