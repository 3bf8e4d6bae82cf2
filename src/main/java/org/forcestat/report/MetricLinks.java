package org.forcestat.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forcestat.format.xlsx.Cells;
import org.forcestat.model.Metric;
import org.forcestat.model.MetricId;
import org.forcestat.report.HouseStyle.Kind;

/**
 * Where each metric sits on the Metrics sheet. Other sheets show a metric as a live formula
 * pointing there (with the value cached), so Summary and Metrics can never disagree.
 */
final class MetricLinks {
    /** What a missing metric shows: a dash, never a guessed 0. */
    static final String MISSING = "–";

    private final Map<MetricId.Key, Metric> byKey = new HashMap<>();
    private final Map<MetricId.Key, Integer> rowByKey = new HashMap<>();
    private final Set<MetricId.Key> absent = new HashSet<>();
    private final Map<MetricId.Key, String> reasons = new HashMap<>();

    MetricLinks(List<Metric> metrics, int firstRow) {
        this(metrics, firstRow, List.of());
    }

    MetricLinks(List<Metric> metrics, int firstRow, List<Metric.Absent> absent) {
        absent.forEach(a -> this.absent.add(a.key()));
        absent.forEach(a -> reasons.putIfAbsent(a.key(), a.reason()));
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            if (byKey.putIfAbsent(m.key(), m) == null) {
                rowByKey.put(m.key(), firstRow + i);
            }
        }
    }

    Metric metric(MetricId.Key key) {
        return byKey.get(key);
    }

    /** Why the inputs cannot give this figure, or null when they give it. */
    String reason(MetricId.Key key) {
        return reasons.get(key);
    }

    /** Whether the inputs cannot give this figure (it is listed as "not in these inputs"). */
    boolean isAbsent(MetricId.Key key) {
        return absent.contains(key);
    }

    boolean has(MetricId.Key key) {
        return byKey.containsKey(key);
    }

    /** The metric's value or NaN when absent. */
    double value(MetricId.Key key) {
        Metric m = byKey.get(key);
        return m == null ? Double.NaN : m.value();
    }

    /** "Metrics!$C$5" for the metric's value cell. */
    String reference(MetricId.Key key) {
        Integer row = rowByKey.get(key);
        return row == null ? null
                : Cells.sheetPrefix(MetricsSheetWriter.SHEET) + Cells.absolute(row, MetricsSheetWriter.VALUE_COL);
    }

    /**
     * Writes the metric as a formula linked to the Metrics sheet, in {@code kind} or (when null) the
     * metric's own format; a missing metric shows {@link #MISSING} (or {@code missingText}), one the
     * inputs cannot give "not in these inputs".
     */
    void write(Grid g, int row, int col, MetricId.Key key, Kind kind, String missingText) {
        Metric m = byKey.get(key);
        if (m == null) {
            String text = missingText != null ? missingText : absent.contains(key) ? Metric.NOT_IN_INPUTS : MISSING;
            g.text(row, col, text,
                    kind != null && kind.name().startsWith("TILE") ? Kind.TILE_TEXT : Kind.MISSING);
            return;
        }
        g.formula(row, col, reference(key), m.value(), kind == null ? MetricFormats.kindFor(m) : kind);
    }

    /** Writes the metric as a big-number tile value in the style its unit asks for. */
    void tile(Grid g, int row, int col, MetricId.Key key) {
        Metric m = byKey.get(key);
        write(g, row, col, key, m == null ? Kind.TILE_TEXT : HouseStyle.tileFor(MetricFormats.kindFor(m)), null);
    }
}
