package org.forcestat.samples.templates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One column of a template (or, in the facts template, one labelled row): the header forcestat
 * recognises, what to enter (shown as the header's input message), what forcestat does with it,
 * its format, drop-down list (or null), width in characters, and the example row's value (or null).
 */
public record Column(String header, String enter, String use, Format format, DropDown list, int width,
                     Object example) {
    /** Excel refuses input messages longer than 255 characters. */
    static final int MAX_MESSAGE = 255;

    public Column {
        Objects.requireNonNull(header);
        Objects.requireNonNull(enter);
        Objects.requireNonNull(use);
        Objects.requireNonNull(format);
        if (enter.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("input message for '" + header + "' is " + enter.length()
                    + " characters; Excel allows " + MAX_MESSAGE);
        }
        if (width < 4 || width > 100) {
            throw new IllegalArgumentException("width of '" + header + "' must be 4-100 characters: " + width);
        }
        if (example != null && !(example instanceof String || example instanceof Number
                || example instanceof LocalDate || example instanceof LocalDateTime)) {
            throw new IllegalArgumentException("example for '" + header + "' must be text, a number or a date");
        }
    }
}
