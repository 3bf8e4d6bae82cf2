package org.forcestat.model;

import java.util.Optional;

/** The line a call came in on (SPEC §2.2). */
public enum Channel {
    EMERGENCY("999", "999", "999", "Emergency", "999 calls", "Emergency line"),
    NON_EMERGENCY("101", "101", "101", "Non-emergency", "Non emergency", "101 calls"),
    ONLINE("online", "Online", "Online", "Web", "Email", "Online reports"),
    OTHER("other", "Other", "Other", "Other calls");

    private static final Vocabulary<Channel> WORDS = new Vocabulary<>(Channel.class, c -> c.synonyms);

    private final String id;
    private final String label;
    private final String[] synonyms;

    Channel(String id, String label, String... synonyms) {
        this.id = id;
        this.label = label;
        this.synonyms = synonyms;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Channel> parse(String text) {
        return WORDS.find(text);
    }
}
