package org.forcestat.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One native chart of the summary, as plain data: what it draws, from which cells, and how. The
 * sheet writers build it (through {@link ChartFactory} and {@link TrendCharts}); {@link ChartXml}
 * turns it into the DrawingML chart part. Every series points at cells of a Data_* sheet and
 * carries a copy of their values, so a reader that does not recalculate still draws the chart.
 */
final class ChartModel {

    enum Type { BAR, LINE, PIE }

    enum Legend { NONE, BOTTOM, RIGHT }

    /** A block of cells on a named sheet, 0-based and inclusive. */
    record Ref(String sheet, int firstRow, int firstCol, int lastRow, int lastCol) {
        int size() {
            return (lastRow - firstRow + 1) * (lastCol - firstCol + 1);
        }

        /** The absolute reference a chart formula uses, such as {@code Data_Calls!$E$2:$E$6}. */
        String formula() {
            String start = Cells.absolute(firstRow, firstCol);
            return Cells.sheetPrefix(sheet) + (firstRow == lastRow && firstCol == lastCol ? start
                    : start + ":" + Cells.absolute(lastRow, lastCol));
        }
    }

    /** One series: its name (a literal, or the text of {@code titleRef}), its values and how it is drawn. */
    static final class Series {
        final String title;
        /** The cell holding the name, or null when the name is a literal. */
        final Ref titleRef;
        final Ref values;
        /** The values' cells as written: NaN where a cell is empty (no point is drawn there). */
        final double[] cache;
        /** Line or fill colour, 0xRRGGBB. */
        int rgb;
        /** Line width in points (line charts). */
        double lineWidth = 1.25;
        /** A dashed line (line charts). */
        boolean dashed;

        Series(String title, Ref titleRef, Ref values, double[] cache, int rgb) {
            this.title = title;
            this.titleRef = titleRef;
            this.values = values;
            this.cache = cache;
            this.rgb = rgb;
        }
    }

    final Type type;
    final ChartFactory.Place place;
    final String title;
    final Legend legend;
    final List<Series> series = new ArrayList<>();

    /** The category labels' cells; with {@link #dateAxis}, the cells hold dates. */
    Ref categories;
    /** The labels as written, when they are text (null on a date axis). */
    String[] categoryText;
    /** The labels as written, when they are dates (Excel serial days; NaN for an empty cell). */
    double[] categoryNumbers;
    boolean dateAxis;
    /** Number format of the date axis labels. */
    String dateFormat = "dd/mm/yyyy";
    /** Days between date labels, or null to let the reader choose. */
    Double majorUnit;

    /** Axis titles (bar and line charts). */
    String categoryTitle;
    String valueTitle;
    /** Number format of the value axis, or null for the cells' own. */
    String valueFormat;
    /** Value axis bounds, or null for automatic. */
    Double min;
    Double max;
    /** Where the category axis crosses the value axis, in value units, or null for at zero. */
    Double crossesAt;

    ChartModel(Type type, ChartFactory.Place place, String title, Legend legend) {
        this.type = type;
        this.place = place;
        this.title = title;
        this.legend = legend;
    }
}
