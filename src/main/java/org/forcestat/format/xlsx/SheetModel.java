package org.forcestat.format.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One sheet of the summary as it is built: its cells and their formats, and everything around
 * them that the sheet part holds (column widths, row heights, merged cells, frozen rows, page
 * breaks, links, conditional formats, print setup) or points at (tables, charts). Rows and
 * columns are 0-based. {@link BookModel} writes it out.
 */
public final class SheetModel {

    /** A cell: text, a number, or a formula with its number cached; {@code style} indexes the style table. */
    public static final class CellData {
        public String text;
        public double number;
        public String formula;
        /** Rich text: runs of (font, text), or null. */
        public List<Run> runs;
        public int style;

        public boolean isNumber() {
            return text == null && runs == null;
        }

        /** The text shown (rich text without its fonts), or null for a number. */
        public String shownText() {
            if (runs == null) {
                return text;
            }
            StringBuilder b = new StringBuilder();
            runs.forEach(r -> b.append(r.text()));
            return b.toString();
        }
    }

    /** A run of rich text in one font. */
    public record Run(StyleTable.Font font, String text) {
    }

    /** A table (ListObject) over a block whose first row holds the column names. */
    public record Table(String name, int firstRow, int firstCol, int lastRow, int lastCol) {
    }

    /** The most characters Excel holds in a cell. */
    public static final int MAX_TEXT = 32_767;

    public final String name;
    public final StyleTable styles;
    public final TreeMap<Integer, TreeMap<Integer, CellData>> rows = new TreeMap<>();
    /** Column widths in 1/256 of a character, as POI and Excel's binary format count them. */
    public final TreeMap<Integer, Integer> widths = new TreeMap<>();
    public final TreeMap<Integer, Float> heights = new TreeMap<>();
    public final List<int[]> merges = new ArrayList<>();
    public final TreeSet<Integer> rowBreaks = new TreeSet<>();
    /** Hyperlinks to a place in the workbook: cell (row, col) to location text such as {@code 'Calls'!A1}. */
    public final Map<Long, String> links = new TreeMap<>();
    /** Conditional formatting blocks, each a complete {@code <conditionalFormatting>} element. */
    public final List<String> conditionalFormats = new ArrayList<>();
    public final List<Table> tables = new ArrayList<>();
    public final List<ChartModel> charts = new ArrayList<>();
    public int frozenRows;
    public int frozenCols;
    /** Rows repeated at the top of each printed page (first, last), or null. */
    public int[] printTitles;
    /** Columns repeated at the left of each printed page (first, last), or null. */
    public int[] printTitleColumns;
    /** Columns that start a new printed page (0-based), for a sheet printed at a {@link #scale}. */
    public final TreeSet<Integer> columnBreaks = new TreeSet<>();
    /** Pages numbered across, then down (a row's columns on pages side by side), rather than down, then across. */
    public boolean overThenDown;
    /** The print area as an A1 range on this sheet ({@code D1:F9}), or null for the whole sheet. */
    public String printArea;
    /** Page margins in inches: left, right, top, bottom, header, footer. */
    public double[] margins = {0.7, 0.7, 0.75, 0.75, 0.3, 0.3};
    public boolean centredHorizontally;
    /**
     * How the sheet prints. Fitted: scaled down to {@code fitWidth} pages across and
     * {@code fitHeight} down (0 = as many as it takes). Not fitted: at {@code scale} percent, across
     * as many pages as it takes, so a wide table stays readable (with {@link #printTitles} repeated).
     */
    public boolean fitToPage = true;
    public int fitWidth = 1;
    public int fitHeight = 0;
    public int scale = 100;
    /** 9 = A4, 8 = A3 (the SpreadsheetML paper size codes). */
    public int paperSize = 9;
    public String header = "";
    public String footer = "";
    private int priority;

    public SheetModel(String name, StyleTable styles) {
        this.name = name;
        this.styles = styles;
    }

    /** The number format code of a cell's style. */
    public String format(CellData c) {
        return styles.get(c.style).numberFormat();
    }

    /** The cell at (row, col), made empty (style 0, no value) if new. */
    public CellData cell(int row, int col) {
        return rows.computeIfAbsent(row, r -> new TreeMap<>()).computeIfAbsent(col, c -> new CellData());
    }

    /** The cell at (row, col), or null when none was written. */
    public CellData find(int row, int col) {
        TreeMap<Integer, CellData> r = rows.get(row);
        return r == null ? null : r.get(col);
    }

    /** Text in a cell; beyond the 32,767 characters Excel holds, cut short with an ellipsis rather than refused. */
    public void text(int row, int col, String value, int style) {
        CellData c = cell(row, col);
        String v = value == null ? "" : value;
        c.text = v.length() <= MAX_TEXT ? v : v.substring(0, MAX_TEXT - 1) + "\u2026";
        c.runs = null;
        c.formula = null;
        c.style = style;
    }

    public void number(int row, int col, double value, int style) {
        CellData c = cell(row, col);
        c.text = null;
        c.runs = null;
        c.number = value;
        c.style = style;
    }

    public void rich(int row, int col, List<Run> runs, int style) {
        CellData c = cell(row, col);
        c.text = null;
        c.runs = List.copyOf(runs);
        c.formula = null;
        c.style = style;
    }

    public void link(int row, int col, String location) {
        links.put(((long) row << 20) | col, location);
    }

    public void merge(int firstRow, int firstCol, int lastRow, int lastCol) {
        merges.add(new int[] {firstRow, firstCol, lastRow, lastCol});
    }

    /** Width of a column in 1/256 of a character. */
    public void width(int col, int width256) {
        widths.put(col, width256);
    }

    /** Width of a column in 1/256 of a character, 2,048 (8 characters) when not set. */
    public int width(int col) {
        return widths.getOrDefault(col, 8 * 256);
    }

    public void height(int row, float points) {
        heights.put(row, points);
    }

    public float height(int row) {
        return heights.getOrDefault(row, 15f);
    }

    public void freeze(int rowsAbove, int colsLeft) {
        frozenRows = rowsAbove;
        frozenCols = colsLeft;
    }

    /** A conditional format's rule: cells equal to {@code formula} take differential format {@code dxf}. */
    public record EqualRule(String formula, int dxf) {
    }

    /** Cell-value rules over one range, tried in order. */
    public void equalRules(String sqref, List<EqualRule> rules) {
        StringBuilder b = new StringBuilder("<conditionalFormatting sqref=\"").append(sqref).append("\">");
        for (EqualRule r : rules) {
            Cells.escape(b.append("<cfRule type=\"cellIs\" dxfId=\"").append(r.dxf()).append("\" priority=\"")
                    .append(++priority).append("\" operator=\"equal\"><formula>"), r.formula()).append("</formula></cfRule>");
        }
        conditionalFormats.add(b.append("</conditionalFormatting>").toString());
    }

    /** A three-colour scale: lowest, 50th percentile, highest (colours 0xRRGGBB). */
    public void colourScale(String sqref, int low, int mid, int high) {
        conditionalFormats.add("<conditionalFormatting sqref=\"" + sqref + "\"><cfRule type=\"colorScale\" priority=\""
                + ++priority + "\"><colorScale><cfvo type=\"min\"/><cfvo type=\"percentile\" val=\"50\"/><cfvo type=\"max\"/>"
                + "<color rgb=\"" + StyleTable.argb(low) + "\"/><color rgb=\"" + StyleTable.argb(mid) + "\"/><color rgb=\""
                + StyleTable.argb(high) + "\"/></colorScale></cfRule></conditionalFormatting>");
    }
}
