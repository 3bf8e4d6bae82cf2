package org.forcestat.model;

import java.util.Objects;

/**
 * One problem found in an input: where it is (file, sheet, A1 cell), what was seen, what was
 * expected, and a sentence saying what to do. Sheet and cell may be empty for file-level findings.
 * A finding that a run makes one of several (a file's each, the run's one) carries what it counted as
 * a {@link Tally}, so that its message is only ever written, never read back.
 */
public record Finding(Severity severity, String rule, String file, String sheet, String cell,
                      String seen, String expected, String message, String suppressedReason, Tally tally) {

    /** What a finding counted (rows, months, sheets), for adding up with others of its kind; null for most. */
    public interface Tally {
    }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        seen = seen == null ? "" : seen;
        expected = expected == null ? "" : expected;
    }

    /** A finding that is not suppressed. */
    public Finding(Severity severity, String rule, String file, String sheet, String cell,
                   String seen, String expected, String message) {
        this(severity, rule, file, sheet, cell, seen, expected, message, null, null);
    }

    /** A finding with no tally. */
    public Finding(Severity severity, String rule, String file, String sheet, String cell,
                   String seen, String expected, String message, String suppressedReason) {
        this(severity, rule, file, sheet, cell, seen, expected, message, suppressedReason, null);
    }

    /**
     * Starts a finding, named part by part instead of eight strings in a row:
     * {@code Finding.of(Severity.ERROR, RuleId.TOTAL_MISMATCH).at(file, sheet, cell).seen(s).expected(e).message(m)}.
     */
    public static Builder of(Severity severity, RuleId rule) {
        return new Builder(severity, rule.id());
    }

    /**
     * Starts a finding under a rule given by its id: for ids handed on from another finding (the
     * count of those not listed) and for tests. Code that makes a finding names a {@link RuleId}.
     */
    public static Builder of(Severity severity, String rule) {
        return new Builder(severity, rule);
    }

    /** A finding under construction; {@link #message} finishes it. Parts not given are empty. */
    public static final class Builder {
        private final Severity severity;
        private final String rule;
        private String file = "";
        private String sheet = "";
        private String cell = "";
        private String seen = "";
        private String expected = "";
        private Tally tally;

        private Builder(Severity severity, String rule) {
            this.severity = severity;
            this.rule = rule;
        }

        /** Where: the file, the sheet and the A1 cell (either may be empty). */
        public Builder at(String file, String sheet, String cell) {
            this.file = file;
            this.sheet = sheet;
            this.cell = cell;
            return this;
        }

        /** What was found in the cell or file. */
        public Builder seen(String seen) {
            this.seen = seen;
            return this;
        }

        /** What was expected instead. */
        public Builder expected(String expected) {
            this.expected = expected;
            return this;
        }

        /** What the finding counted, for adding up with others of its kind. */
        public Builder tally(Tally tally) {
            this.tally = tally;
            return this;
        }

        /** The finding, with the sentence that says what to do. */
        public Finding message(String message) {
            return new Finding(severity, rule, file, sheet, cell, seen, expected, message, null, tally);
        }
    }

    public boolean suppressed() {
        return suppressedReason != null;
    }

    public Finding suppress(String reason) {
        return new Finding(severity, rule, file, sheet, cell, seen, expected, message, reason, tally);
    }

    /** "file, sheet!cell" as users read it. */
    public String location() {
        StringBuilder b = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append(sheet);
            if (!cell.isEmpty()) {
                b.append('!').append(cell);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return severity.label() + " " + rule + " at " + location() + ": " + message;
    }
}
