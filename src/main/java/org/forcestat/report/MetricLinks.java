package org.forcestat.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.model.Metric;
import org.forcestat.report.HouseStyle.Kind;

/**
 * Where each metric sits on the Metrics sheet. Other sheets show a metric as a live formula
 * pointing there (with the value cached), so Summary and Metrics can never disagree.
 */
final class MetricLinks {
    /** What a missing metric shows: a dash, never a guessed 0. */
    static final String MISSING = "–";

    private final Map<String, Metric> byId = new HashMap<>();
    private final Map<String, Integer> rowById = new HashMap<>();
    private final java.util.Set<String> absent = new java.util.HashSet<>();

    MetricLinks(List<Metric> metrics, int firstRow) {
        this(metrics, firstRow, List.of());
    }

    MetricLinks(List<Metric> metrics, int firstRow, List<Metric.Absent> absent) {
        absent.forEach(a -> this.absent.add(a.id()));
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            if (byId.putIfAbsent(m.id(), m) == null) {
                rowById.put(m.id(), firstRow + i);
            }
        }
    }

    Metric metric(String id) {
        return byId.get(id);
    }

    /** Whether the inputs cannot give this figure (it is listed as "not in these inputs"). */
    boolean isAbsent(String id) {
        return absent.contains(id);
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The metric's value or NaN when absent. */
    double value(String id) {
        Metric m = byId.get(id);
        return m == null ? Double.NaN : m.value();
    }

    /** "Metrics!$C$5" for the metric's value cell. */
    String reference(String id) {
        Integer row = rowById.get(id);
        return row == null ? null
                : Cells.sheetPrefix(MetricsSheetWriter.SHEET) + Cells.absolute(row, MetricsSheetWriter.VALUE_COL);
    }

    /**
     * Writes the metric as a formula linked to the Metrics sheet, in {@code kind} or (when null) the
     * metric's own format; a missing metric shows {@link #MISSING} (or {@code missingText}), one the
     * inputs cannot give "not in these inputs".
     */
    void write(Grid g, int row, int col, String id, Kind kind, String missingText) {
        Metric m = byId.get(id);
        if (m == null) {
            String text = missingText != null ? missingText : absent.contains(id) ? Metric.NOT_IN_INPUTS : MISSING;
            g.text(row, col, text,
                    kind != null && kind.name().startsWith("TILE") ? Kind.TILE_TEXT : Kind.MISSING);
            return;
        }
        g.formula(row, col, reference(id), m.value(), kind == null ? MetricFormats.kindFor(m) : kind);
    }

    /** Writes the metric as a big-number tile value in the style its unit asks for. */
    void tile(Grid g, int row, int col, String id) {
        Metric m = byId.get(id);
        write(g, row, col, id, m == null ? Kind.TILE_TEXT : HouseStyle.tileFor(MetricFormats.kindFor(m)), null);
    }
}
