package org.forcestat.model;

import java.time.Instant;
import java.util.List;

/** One input file as the Sources sheet lists it. {@code status} is "read", "skipped" or "unreadable". */
public record SourceInfo(String file, String sha256, long size, Instant modified, String status,
                         List<SheetInfo> sheets) {
    public SourceInfo {
        sheets = List.copyOf(sheets);
    }
}
