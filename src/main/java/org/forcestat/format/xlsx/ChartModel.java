package org.forcestat.format.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * One native chart of the summary, as plain data: what it draws, from which cells, and how. The
 * summary's sheet writers build it (report's ChartFactory and TrendCharts); {@link ChartXml}
 * turns it into the DrawingML chart part. Every series points at cells of a Data_* sheet and
 * carries a copy of their values, so a reader that does not recalculate still draws the chart.
 */
public final class ChartModel {

    public enum Type { BAR, LINE, PIE }

    public enum Legend { NONE, BOTTOM, RIGHT }

    /** Where a chart sits on its host sheet: top-left cell and the (exclusive) bottom-right cell, 0-based. */
    public record Place(int col1, int row1, int col2, int row2) {
    }

    /** A block of cells on a named sheet, 0-based and inclusive. */
    public record Ref(String sheet, int firstRow, int firstCol, int lastRow, int lastCol) {
        public int size() {
            return (lastRow - firstRow + 1) * (lastCol - firstCol + 1);
        }

        /** The absolute reference a chart formula uses, such as {@code Data_Calls!$E$2:$E$6}. */
        public String formula() {
            String start = Cells.absolute(firstRow, firstCol);
            return Cells.sheetPrefix(sheet) + (firstRow == lastRow && firstCol == lastCol ? start
                    : start + ":" + Cells.absolute(lastRow, lastCol));
        }
    }

    /** One series: its name (a literal, or the text of {@code titleRef}), its values and how it is drawn. */
    public static final class Series {
        public final String title;
        /** The cell holding the name, or null when the name is a literal. */
        public final Ref titleRef;
        public final Ref values;
        /** The values' cells as written: NaN where a cell is empty (no point is drawn there). */
        public final double[] cache;
        /** Line or fill colour, 0xRRGGBB. */
        public int rgb;
        /** Line width in points (line charts). */
        public double lineWidth = 1.25;
        /** A dashed line (line charts). */
        public boolean dashed;

        public Series(String title, Ref titleRef, Ref values, double[] cache, int rgb) {
            this.title = title;
            this.titleRef = titleRef;
            this.values = values;
            this.cache = cache;
            this.rgb = rgb;
        }
    }

    public final Type type;
    public final Place place;
    public final String title;
    public final Legend legend;
    public final List<Series> series = new ArrayList<>();

    /** The category labels' cells; with {@link #dateAxis}, the cells hold dates. */
    public Ref categories;
    /** The labels as written, when they are text (null on a date axis). */
    public String[] categoryText;
    /** The labels as written, when they are dates (Excel serial days; NaN for an empty cell). */
    public double[] categoryNumbers;
    public boolean dateAxis;
    /** Number format of the date axis labels. */
    public String dateFormat = "dd/mm/yyyy";
    /**
     * Angle of the category labels in degrees (negative: rising to the right), or 0 to leave them level.
     * Set when level labels would not fit their places: LibreOffice then printed "2011/122012/13".
     */
    public int categoryLabelAngle;
    /** Days between date labels, or null to let the reader choose. */
    public Double majorUnit;

    /** Axis titles (bar and line charts). */
    public String categoryTitle;
    public String valueTitle;
    /** Number format of the value axis, or null for the cells' own. */
    public String valueFormat;
    /** Value axis bounds, or null for automatic. */
    public Double min;
    public Double max;
    /** Where the category axis crosses the value axis, in value units, or null for at zero. */
    public Double crossesAt;
    /** Fill colours of a pie's slices (0xRRGGBB), used in turn: the caller's palette (a pie needs it). */
    public int[] sliceColours;

    public ChartModel(Type type, Place place, String title, Legend legend) {
        this.type = type;
        this.place = place;
        this.title = title;
        this.legend = legend;
    }
}
