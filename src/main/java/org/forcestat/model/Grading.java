package org.forcestat.model;

import java.util.Optional;

/** The grading a call receives (SPEC §2.2), each with the words analysts use for it. */
public enum Grading {
    IMMEDIATE("immediate", "Immediate", "Immediate", "I", "P1", "Grade 1", "Emergency", "G1", "Priority 1",
            "Pri 1", "Emergency response", "Immediate response", "Emergency attendance"),
    HIGH("high", "High", "High", "H", "P2", "Priority", "Grade 2", "G2", "Priority 2", "Pri 2", "Priority response",
            "Prompt", "Prompt response", "Urgent", "Priority attendance"),
    APPOINTMENT("appointment", "Appointment", "Appointment", "A", "P3", "Scheduled", "Grade 3", "G3", "Priority 3",
            "Pri 3", "Scheduled response", "Scheduled appointment", "Scheduled attendance", "Planned response",
            "Appointment made"),
    ADVICE("advice", "Advice", "Advice", "P4", "Advice/Information", "Information", "Resolved", "Grade 4", "G4",
            "Priority 4", "Pri 4", "Resolution without deployment", "Resolved without deployment", "RWD",
            "Telephone resolution", "Resolved by telephone", "Telephone investigation", "Telephone response", "No deployment", "Non-deployment", "Desk based resolution"),
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

    /**
     * A value of a grading column: as {@link #parse}, and a bare code 1 to 4, which in a column of
     * gradings can only be the grade (elsewhere a bare digit names nothing).
     */
    public static Optional<Grading> parseValue(String text) {
        Optional<Grading> g = parse(text);
        if (g.isPresent() || text == null) {
            return g;
        }
        String t = text.trim();
        return t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '4' ? Optional.of(values()[t.charAt(0) - '1'])
                : Optional.empty();
    }

    /** Whether the text has a digit 1 to 4, without which it cannot be a coded grading. */
    private static boolean codeDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '1' && t.charAt(i) <= '4') {
                return true;
            }
        }
        return false;
    }

    /** "P1 - Emergency", "Grade 2: Priority", "G3", "1 - Emergency", "4. Resolution without deployment". */
    private static final java.util.regex.Pattern CODED = java.util.regex.Pattern.compile(
            "^\\s*((?:p|g|grade|priority|pri|pr)?\\s*[1-4])(?![0-9])\\s*[-:.,/\u2013\u2014]?\\s*(.*)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The grading a value names: a word of the seed or of the national contact management categories,
     * with or without a leading code ({@code P1 - Emergency}, {@code Grade 2}, {@code G3}) or a
     * bracketed note ({@code Resolution without deployment (RWD)}). Where a code and a word disagree
     * the code wins, as it is what the system graded.
     */
    public static Optional<Grading> parse(String text) {
        Optional<Grading> g = WORDS.find(text);
        if (g.isPresent() || text == null) {
            return g;
        }
        String t = text.trim();
        // CODED needs a digit 1 to 4: most texts tried (every header cell of every sheet) have none
        java.util.regex.Matcher m = codeDigit(t) ? CODED.matcher(t) : null;
        if (m != null && m.matches()) {
            String code = m.group(1).replaceAll("\\s+", "");
            Optional<Grading> byCode = code.length() == 1 ? Optional.of(values()[code.charAt(0) - '1'])
                    : WORDS.find(code.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(grade|priority|pri|pr)", "p")
                            .replaceFirst("^g", "p"));
            // A bare digit is a code only with words after it ("1 - Emergency"), never alone.
            if (byCode.isPresent() && (code.length() > 1 || !m.group(2).isBlank())) {
                return byCode;
            }
        }
        if (t.indexOf('(') < 0 && t.indexOf('[') < 0) {
            return Optional.empty(); // no bracketed note to drop
        }
        String plain = Channel.BRACKETED.matcher(t).replaceAll(" ").trim();
        if (!plain.equals(t) && !plain.isEmpty()) {
            return parse(plain);
        }
        return Optional.empty();
    }
}
