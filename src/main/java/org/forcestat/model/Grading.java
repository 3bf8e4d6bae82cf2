package org.forcestat.model;

import java.util.Optional;

/** The grading a call receives (SPEC §2.2), each with the words analysts use for it. */
public enum Grading {
    IMMEDIATE("immediate", "Immediate", "Immediate", "I", "P1", "Grade 1", "Emergency"),
    HIGH("high", "High", "High", "H", "P2", "Priority", "Grade 2"),
    APPOINTMENT("appointment", "Appointment", "Appointment", "A", "P3", "Scheduled", "Grade 3"),
    ADVICE("advice", "Advice", "Advice", "P4", "Advice/Information", "Information", "Resolved", "Grade 4"),
    CRIME_REPORT("crime_report", "Crime report", "Crime report", "Crime", "CR", "Report a crime", "Crime reports");

    private static final Vocabulary<Grading> WORDS = new Vocabulary<>(Grading.class, g -> g.synonyms);

    private final String id;
    private final String label;
    private final String[] synonyms;

    Grading(String id, String label, String... synonyms) {
        this.id = id;
        this.label = label;
        this.synonyms = synonyms;
    }

    /** The part of metric ids naming this grading, e.g. {@code crime_report}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Grading> parse(String text) {
        return WORDS.find(text);
    }
}
