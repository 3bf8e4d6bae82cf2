package org.forcestat.model;

import java.util.Optional;

/** The line a call came in on (SPEC §2.2). */
public enum Channel {
    EMERGENCY("999", "999", "999", "Emergency", "999 calls", "Emergency line", "999 call", "999 emergency",
            "Emergency call", "Emergency calls", "112", "999/112", "Emergency telephone", "BT 999", "999 line", "999 mobile", "999 landline", "999 BT", "999 text"),
    NON_EMERGENCY("101", "101", "101", "Non-emergency", "Non emergency", "101 calls", "101 call", "101 non-emergency",
            "Non-emergency call", "Non-emergency calls", "Non-emergency telephone", "101 line"),
    ONLINE("online", "Online", "Online", "Web", "Online reports", "Online report", "Online reporting", "Website",
            "Web form", "Webform", "Internet", "Single Online Home", "Web chat", "Webchat", "Live chat", "Social media",
            "Digital", "Digital contact", "Online digital", "Online crime report"),
    // SPEC §2.3: email, alarms and officer-generated incidents are "other".
    OTHER("other", "Other", "Other", "Other calls", "Email", "E-mail", "Alarm", "Alarms", "Intruder alarm",
            "Alarm company", "Alarm activation", "Officer generated", "Officer-generated", "Police generated",
            "Self generated", "Self-generated", "Officer", "Radio", "Front counter", "Front desk", "Walk in",
            "Walk-in", "Counter", "Station enquiry office", "Enquiry office", "Letter", "Fax", "Text relay", "Partner agency", "Other agency", "Other police force");

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

    /** A bracketed note and the spaces round it: "Resolution without deployment (RWD)". */
    static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*");

    /** The channel a value names; a bracketed note ({@code 999 (BT)}) is ignored. */
    public static Optional<Channel> parse(String text) {
        Optional<Channel> c = WORDS.findAnyOrder(text);
        if (c.isPresent() || text == null) {
            return c;
        }
        if (text.indexOf('/') > 0 && !text.trim().endsWith("/")) {
            // "Online / Digital", "Walk-in / Front counter": two names of one channel.
            Channel both = null;
            for (String part : text.split("/")) {
                Channel p = WORDS.findAnyOrder(part).orElse(null);
                if (p == null || (both != null && both != p)) {
                    both = null;
                    break;
                }
                both = p;
            }
            if (both != null) {
                return Optional.of(both);
            }
        }
        if (text.indexOf('(') < 0 && text.indexOf('[') < 0) {
            return Optional.empty(); // no bracketed note to drop
        }
        String plain = BRACKETED.matcher(text).replaceAll(" ").trim();
        return plain.equals(text.trim()) || plain.isEmpty() ? Optional.empty() : WORDS.find(plain);
    }
}
