package org.forcestat.ingest;

import java.util.List;
import java.util.Map;

/**
 * A header row matched to a layout: the 0-based column of each field found, the count columns of a
 * per-day calls sheet (by header text; for {@link Layout#MONTH_COLUMNS} each month column as
 * {@code yyyy-MM}), the row it was found on (0-based), and for each field every column whose header
 * names it (so a column whose values do not fit can give way to the next, see {@link ColumnCheck}).
 */
public record HeaderMatch(Layout layout, int headerRow, Map<String, Integer> columns,
                          Map<Integer, String> extraColumns, int score, Map<String, List<Integer>> candidates,
                          Map<Integer, String> headers) {
    public HeaderMatch {
        columns = Map.copyOf(columns);
        extraColumns = Map.copyOf(extraColumns);
        candidates = Map.copyOf(candidates);
        headers = Map.copyOf(headers);
    }

    public HeaderMatch(Layout layout, int headerRow, Map<String, Integer> columns, Map<Integer, String> extraColumns,
                       int score) {
        this(layout, headerRow, columns, extraColumns, score, Map.of(), Map.of());
    }

    /** The same match with other field columns. */
    public HeaderMatch withColumns(Map<String, Integer> cols) {
        return new HeaderMatch(layout, headerRow, cols, extraColumns, score, candidates, headers);
    }

    /** The header text of a 0-based column, or empty. */
    public String header(int col) {
        return headers.getOrDefault(col, "");
    }

    /** The column of a field, or -1 when the sheet has none. */
    public int col(String field) {
        return columns.getOrDefault(field, -1);
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }
}
