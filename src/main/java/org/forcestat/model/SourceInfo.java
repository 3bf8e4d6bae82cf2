package org.forcestat.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One input file as the Sources sheet lists it, with what became of it ({@link Status}). */
public record SourceInfo(String file, String sha256, long size, Instant modified, Status status,
                         List<SheetInfo> sheets) {
    /** What became of an input file. */
    public enum Status {
        /** Read and counted (some sheets may still have been left out, each with a finding). */
        READ,
        /** Not read: not settled yet in watch mode, or outside what this run reads. */
        SKIPPED,
        /** Could not be read at all; one error finding says why (exit code 2). */
        UNREADABLE,
        /** A byte-for-byte copy of another input, not read again. */
        DUPLICATE;

        /** The word on the Sources sheet: "read", "skipped", "unreadable", "duplicate". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SourceInfo {
        sheets = List.copyOf(sheets);
    }
}
