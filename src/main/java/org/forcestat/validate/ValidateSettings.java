package org.forcestat.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The options of one {@code validate}: files, whether to write annotated copies and where, report format. */
public record ValidateSettings(List<Path> files, boolean annotate, Path annotateDir, Format format) {
    /** How the report is printed. */
    public enum Format { TEXT, CSV }

    public ValidateSettings {
        files = List.copyOf(files);
        Objects.requireNonNull(format, "format");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file given to validate");
        }
    }
}
