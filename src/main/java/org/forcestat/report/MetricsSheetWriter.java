package org.forcestat.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.format.xlsx.BookModel;
import org.forcestat.format.xlsx.Cells;
import org.forcestat.format.xlsx.SheetModel;
import org.forcestat.model.Formula;
import org.forcestat.model.Metric;
import org.forcestat.model.MetricId;
import org.forcestat.report.HouseStyle.Kind;

/**
 * The Metrics sheet: {@code Id | Label | Value | Unit | Period | Source}, one row per metric in the
 * order given, in the number format its {@link org.forcestat.model.Unit} owns. A figure that derives
 * from others (per day = total / days, a share, a change) is a live formula over their cells, written
 * from the {@link Formula} its {@link MetricId} declares (the same declaration statistics computed it
 * from), with its value cached so readers that do not recalculate (openpyxl, previewers) still show
 * it. Outside readers rely on this layout.
 */
final class MetricsSheetWriter {
    static final String SHEET = "Metrics";
    /** 0-based column of Value. */
    static final int VALUE_COL = 2;
    private static final int FIRST_ROW = 1;
    private static final int MOST_SOURCES = 4;

    private MetricsSheetWriter() {
    }

    /** Writes the sheet and returns where each metric landed, for the live links elsewhere. */
    static MetricLinks write(BookModel book, Grid g, List<Metric> metrics, String marking) {
        return write(book, g, metrics, List.of(), marking);
    }

    /**
     * As above, with the figures the inputs cannot give listed after the others: their Value is the
     * text "not in these inputs" (never a 0 an outside reader would take for a count) and their
     * Label says why.
     */
    static MetricLinks write(BookModel book, Grid g, List<Metric> metrics, List<Metric.Absent> absent,
                             String marking) {
        g.header(0, 0, "Id", "Label", "Value", "Unit", "Period", "Source");
        int row = FIRST_ROW;
        for (Metric m : metrics) {
            g.text(row, 0, m.id());
            g.text(row, 1, m.label());
            g.number(row, VALUE_COL, m.value(), MetricFormats.kindFor(m));
            g.text(row, 3, m.unit().text());
            g.text(row, 4, m.period());
            g.text(row, 5, shownSource(m.source()), Kind.TEXT);
            row++;
        }
        for (Metric.Absent a : absent) {
            g.text(row, 0, a.id());
            g.text(row, 1, a.label() + " (" + Metric.NOT_IN_INPUTS + ": " + a.reason() + ")");
            g.text(row, VALUE_COL, Metric.NOT_IN_INPUTS, Kind.MISSING);
            g.text(row, 3, a.unit().text());
            g.text(row, 4, a.period());
            g.text(row, 5, shownSource(a.source()), Kind.TEXT);
            row++;
        }
        if (metrics.isEmpty() && absent.isEmpty()) {
            g.text(row, 0, "(none)");
            g.text(row, 1, "No figures could be computed from the inputs");
            row++;
        }
        liveFormulas(g, metrics);
        names(book, metrics);
        Tables.create(g.sheet(), "MetricList", 0, 0, row - 1, 5);
        g.freeze(1);
        g.minWidth(2, 14);
        // printed one page wide: long labels, periods and sources wrap rather than widen the sheet
        g.wrap(1, 24);
        g.wrap(3, 12);
        g.wrap(4, 34);
        g.wrap(5, 24);
        g.finish(marking);
        return new MetricLinks(metrics, FIRST_ROW, absent);
    }

    /**
     * The Source of a figure made from more than {@value #MOST_SOURCES} files: the first two and how many more,
     * all of them named on the Sources sheet. police.uk's download is a file a month; 16 file names in a cell
     * wrapped each crime figure's row to 16 lines, and the Metrics sheet of 15 months of it printed on 18 pages.
     */
    static String shownSource(String source) {
        String[] files = source.split(", ");
        if (files.length <= MOST_SOURCES) {
            return source;
        }
        return files[0] + ", " + files[1] + " and " + (files.length - 2) + " more files (listed on the Sources sheet)";
    }

    /**
     * A defined name per figure ({@code calls_per_day} for {@code calls.per_day}), so other
     * workbooks and formulas can refer to a headline figure by name.
     */
    private static void names(BookModel book, List<Metric> metrics) {
        for (int i = 0; i < metrics.size(); i++) {
            String name = metrics.get(i).id().replaceAll("[^A-Za-z0-9_]", "_");
            if (!book.hasName(name)) {
                book.names.add(new BookModel.Name(name, -1, SHEET + "!$C$" + (FIRST_ROW + i + 1)));
            }
        }
    }

    /**
     * Writes each derived figure as the live formula its {@link MetricId} declares, over the cells of
     * its inputs, where every input is on the sheet and the formula, worked out over those cells'
     * values, gives the value written (so Excel's recalculation can never show a different number);
     * otherwise the plain value stays.
     */
    private static void liveFormulas(Grid g, List<Metric> metrics) {
        Map<MetricId.Key, Integer> rowOf = new HashMap<>();
        Map<MetricId.Key, Double> valueOf = new HashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            rowOf.putIfAbsent(metrics.get(i).key(), FIRST_ROW + i);
            valueOf.putIfAbsent(metrics.get(i).key(), metrics.get(i).value());
        }
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            Formula f = m.key().formula();
            if (f == null) {
                continue;
            }
            String formula = f.render(m.key().part(),
                    k -> rowOf.containsKey(k) ? Cells.absolute(rowOf.get(k), VALUE_COL) : null);
            double result = f.evaluate(m.key().part(), k -> valueOf.getOrDefault(k, Double.NaN));
            SheetModel.CellData cell = g.sheet().find(FIRST_ROW + i, VALUE_COL);
            if (formula != null && cell != null && cell.isNumber()
                    && Math.abs(result - cell.number) <= 1e-9 * Math.max(1, Math.abs(cell.number))) {
                cell.formula = formula;
            }
        }
    }
}
