package org.forcestat.report;

import java.util.List;
import org.forcestat.model.Metric;
import org.forcestat.report.HouseStyle.Kind;

/**
 * The Metrics sheet: {@code Id | Label | Value | Unit | Period | Source}, one row per metric in the
 * order given, values as plain numbers formatted by unit. Outside readers (openpyxl) rely on this layout.
 */
final class MetricsSheetWriter {
    static final String SHEET = "Metrics";
    /** 0-based column of Value. */
    static final int VALUE_COL = 2;
    private static final int FIRST_ROW = 1;

    private MetricsSheetWriter() {
    }

    /** Writes the sheet and returns where each metric landed, for the live links elsewhere. */
    static MetricLinks write(Grid g, List<Metric> metrics, String marking) {
        g.header(0, 0, "Id", "Label", "Value", "Unit", "Period", "Source");
        int row = FIRST_ROW;
        for (Metric m : metrics) {
            g.text(row, 0, m.id());
            g.text(row, 1, m.label());
            g.number(row, VALUE_COL, m.value(), MetricFormats.kindFor(m));
            g.text(row, 3, m.unit());
            g.text(row, 4, m.period());
            g.text(row, 5, m.source(), Kind.TEXT);
            row++;
        }
        if (metrics.isEmpty()) {
            g.text(row, 0, "(none)");
            g.text(row, 1, "No figures could be computed from the inputs");
            row++;
        }
        Tables.create(g.sheet(), "MetricList", 0, 0, row - 1, 5);
        g.freeze(1);
        g.minWidth(2, 14);
        g.finish(marking);
        return new MetricLinks(metrics, FIRST_ROW);
    }
}
