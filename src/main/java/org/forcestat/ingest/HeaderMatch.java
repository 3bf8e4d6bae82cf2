package org.forcestat.ingest;

import java.util.Map;

/**
 * A header row matched to a layout: the 0-based column of each field found, the count columns of a
 * per-day calls sheet (by header text), and the row it was found on (0-based).
 */
public record HeaderMatch(Layout layout, int headerRow, Map<String, Integer> columns,
                          Map<Integer, String> extraColumns, int score) {
    public HeaderMatch {
        columns = Map.copyOf(columns);
        extraColumns = Map.copyOf(extraColumns);
    }

    /** The column of a field, or -1 when the sheet has none. */
    public int col(String field) {
        return columns.getOrDefault(field, -1);
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }
}
