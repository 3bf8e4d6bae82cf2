package org.forcestat.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The options of one {@code run}, checked against each other; defaults live in {@link RunCommand}. */
public record RunSettings(List<Path> inputs, Path outDir, String forceName, String marking,
                          LocalDate from, LocalDate to, int threads) {
    public RunSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(outDir, "outDir");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input folder or file given");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        marking = marking == null || marking.isBlank() ? "OFFICIAL" : marking;
    }
}
