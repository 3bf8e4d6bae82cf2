package org.forcestat.model;

import java.util.Objects;

/**
 * One problem found in an input: where it is (file, sheet, A1 cell), what was seen, what was
 * expected, and a sentence saying what to do. Sheet and cell may be empty for file-level findings.
 */
public record Finding(Severity severity, String rule, String file, String sheet, String cell,
                      String seen, String expected, String message, String suppressedReason) {

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
        this(severity, rule, file, sheet, cell, seen, expected, message, null);
    }

    public boolean suppressed() {
        return suppressedReason != null;
    }

    public Finding suppress(String reason) {
        return new Finding(severity, rule, file, sheet, cell, seen, expected, message, reason);
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
