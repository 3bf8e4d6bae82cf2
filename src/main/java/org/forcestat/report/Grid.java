package org.forcestat.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.format.xlsx.Cells;
import org.forcestat.format.xlsx.ChartModel;
import org.forcestat.format.xlsx.SheetModel.CellData;
import org.forcestat.format.xlsx.SheetModel;
import org.forcestat.format.xlsx.StyleTable;
import org.forcestat.report.HouseStyle.Kind;

/**
 * A sheet being written: puts typed values into cells with a house style, and at the end sizes
 * the columns to their formatted contents and sets up printing (landscape, one page wide,
 * protective marking in the header, page numbers in the footer). Rows and columns are 0-based.
 */
final class Grid {
    private static final int MAX_CHARS = 70;
    /** The width given to a column that only a chart covers (Excel's default is 8.43). */
    private static final int CHART_COLUMN_CHARS = 9;
    /** The narrowest a chart-only column gets when the sheet is too wide to print at a readable size. */
    private static final int CHART_COLUMN_MIN_CHARS = 4;
    /**
     * The widest a sheet fitted to one A4 landscape page across may be, in characters of column width,
     * for its 9 pt notes to print at 8 pt or more (a scale of 87% or more). LibreOffice prints about 139
     * characters of column width across A4 landscape between 0.45" margins at 100% (measured), so 156
     * prints at about 89%.
     */
    static final int PAGE_CHARS = 156;
    private static final float LOOSE_LINE_POINTS = 13f;
    /** Characters of column width across A4 landscape at 100% between 0.45" margins, in LibreOffice (measured). */
    private static final double PRINTED_CHARS = 139;
    /** Points of rows down A4 landscape at 100% between 0.75" margins (595 - 108). */
    private static final double PRINTED_POINTS = 487;
    /** Points of doubt in where a page ends: a heading closer than this to the foot, with its rows, moves on. */
    private static final double SLACK = 20;
    /** Rows under a section heading kept on its page. */
    private static final int KEEP_ROWS = 3;

    private final SheetModel sheet;
    private final HouseStyle style;
    private final Map<Integer, Integer> minChars = new HashMap<>();
    private final Map<Integer, Integer> maxChars = new HashMap<>();
    /** Columns given a width by the writer ({@link #width}): never narrowed for a chart. */
    private final java.util.Set<Integer> fixed = new java.util.HashSet<>();
    /** Columns whose long plain text wraps ({@link #wrap}). */
    private final java.util.Set<Integer> wrapped = new java.util.HashSet<>();

    Grid(SheetModel sheet, HouseStyle style) {
        this.sheet = sheet;
        this.style = style;
    }

    SheetModel sheet() {
        return sheet;
    }

    HouseStyle style() {
        return style;
    }

    String name() {
        return sheet.name;
    }

    /** Text from inputs or labels; always a string cell, so "=..." is never a formula. */
    void text(int row, int col, String value, Kind kind) {
        sheet.text(row, col, value, style.get(kind));
    }

    void text(int row, int col, String value) {
        text(row, col, value, Kind.TEXT);
    }

    void number(int row, int col, double value, Kind kind) {
        sheet.number(row, col, value, style.get(kind));
    }

    /** A number that may be absent (NaN): absent shows {@code missing} as text rather than a guessed 0. */
    void numberOr(int row, int col, double value, Kind kind, String missing) {
        if (Double.isNaN(value)) {
            text(row, col, missing, Kind.MISSING);
        } else {
            number(row, col, value, kind);
        }
    }

    void date(int row, int col, LocalDate value) {
        number(row, col, NumberText.serial(value), Kind.DATE);
    }

    /** A month as the date of its first day, shown "Apr 2015". */
    void month(int row, int col, YearMonth value) {
        number(row, col, NumberText.serial(value.atDay(1)), Kind.MONTH);
    }

    void dateTime(int row, int col, LocalDateTime value) {
        double day = value.toLocalTime().toNanoOfDay() / 86_400e9;
        number(row, col, NumberText.serial(value.toLocalDate()) + day, Kind.DATETIME);
    }

    /** A live formula with its value cached, so readers that do not recalculate see the number. */
    void formula(int row, int col, String formula, double cached, Kind kind) {
        number(row, col, cached, kind);
        sheet.cell(row, col).formula = formula;
    }

    /** Header cells of a table, in one row. */
    void header(int row, int col, String... names) {
        for (int i = 0; i < names.length; i++) {
            text(row, col + i, names[i], Kind.HEADER);
        }
    }

    /** A hyperlink to a cell of another sheet of this workbook. */
    void link(int row, int col, String label, String sheetName, String a1) {
        text(row, col, label, Kind.LINK);
        hyperlink(row, col, sheetName, a1);
    }

    /** Makes an existing cell a link to a cell of another sheet, keeping its style. */
    void hyperlink(int row, int col, String sheetName, String a1) {
        sheet.link(row, col, "'" + sheetName.replace("'", "''") + "'!" + a1);
    }

    void minWidth(int col, int chars) {
        minChars.merge(col, chars, Math::max);
    }

    /**
     * Caps a column's width: its wrapped cells take more lines instead of widening the sheet, which
     * is fitted to one page wide when printed and so would print smaller.
     */
    void maxWidth(int col, int chars) {
        maxChars.merge(col, chars, Math::min);
    }

    /**
     * Caps column {@code col} at {@code chars} characters, and wraps its plain text cells that are
     * longer onto more lines (rows made tall enough by {@link #finish}).
     */
    void wrap(int col, int chars) {
        maxWidth(col, chars);
        wrapped.add(col);
    }

    /** Width of a column in characters. */
    void width(int col, int chars) {
        fixed.add(col);
        sheet.width(col, chars * 256);
    }

    void rowHeight(int row, float points) {
        sheet.height(row, points);
    }

    /** Starts a new printed page at {@code row}: the break goes under the row before it. */
    void pageBreakBefore(int row) {
        sheet.rowBreaks.add(row - 1);
    }

    /** Freezes the top rows on screen and repeats them at the top of every printed page. */
    void freeze(int rows) {
        sheet.freeze(rows, 0);
        sheet.printTitles = new int[] {0, rows - 1};
    }

    /** Sizes columns, and sets landscape printing one page wide with the marking and page numbers. */
    void finish(String marking) {
        alignNumericHeaders();
        wrapLongText();
        Map<Integer, Integer> widths = new HashMap<>(minChars);
        sheet.rows.forEach((r, cells) -> cells.forEach((col, c) -> {
            if (style.overflows(c.style)) {
                return;
            }
            int chars = chars(c);
            if (chars > 0) {
                widths.merge(col, chars, Math::max);
            }
        }));
        widths.forEach((col, chars) -> sheet.width(col, Math.min(255 * 256,
                (Math.min(Math.min(chars, MAX_CHARS), maxChars.getOrDefault(col, MAX_CHARS)) + 2) * 256)));
        chartColumns(widths.keySet());
        turnCrowdedLabels();
        heightenWrappedHeaders();
        sheet.centredHorizontally = true;
        // narrow side margins: a sheet fitted to one page wide then prints about 5% larger
        sheet.margins = new double[] {0.45, 0.45, 0.75, 0.75, 0.3, 0.3};
        if (!wrapped.isEmpty()) {
            heightenWrappedRows(0, Kind.WRAPPED, false);
        }
        keepHeadingsWithWhatFollows();
        String mark = marking == null || marking.isBlank() ? "OFFICIAL" : marking;
        sheet.header = "&C&B" + mark.replace("&", "&&") + "&R" + sheet.name.replace("&", "&&");
        sheet.footer = "&L" + mark.replace("&", "&&") + "&CPage &P of &N";
    }

    /**
     * Gives the columns that only a chart covers an explicit width: without one, LibreOffice and Excel
     * each use their own default, so the charts (anchored to columns) and the printed scale differed.
     * When the sheet would be wider than {@link #PAGE_CHARS}, those columns are narrowed (the charts
     * with them) so that the text still prints at a readable size.
     */
    private void chartColumns(java.util.Set<Integer> content) {
        int end = 0;
        for (ChartModel c : sheet.charts) {
            end = Math.max(end, c.place.col2());
        }
        java.util.List<Integer> free = new java.util.ArrayList<>();
        int used = 0;
        // LibreOffice prints the column a chart ends at (its anchor's left edge) too
        for (int col = 0; col <= end && end > 0; col++) {
            if (!content.contains(col) && !fixed.contains(col)) {
                free.add(col);
            } else {
                used += sheet.width(col) / 256;
            }
        }
        if (free.isEmpty()) {
            return;
        }
        int each = Math.max(CHART_COLUMN_MIN_CHARS, Math.min(CHART_COLUMN_CHARS, (PAGE_CHARS - used) / free.size()));
        free.forEach(col -> sheet.width(col, each * 256));
    }

    /**
     * Starts a new page before a section heading that would print at the foot of a page with what it heads
     * on the next ("Calls per month: 12-month forecast" alone under the Calls sheet's fifth page, its
     * sentence over the page). Works out where the printer breaks the pages, from the row heights and the
     * scale that fits the columns one page wide; a heading is kept with the {@value #KEEP_ROWS} rows under it.
     */
    private void keepHeadingsWithWhatFollows() {
        int section = style.get(Kind.SECTION);
        int lastCol = 0;
        for (var cells : sheet.rows.values()) {
            lastCol = Math.max(lastCol, cells.isEmpty() ? 0 : cells.lastKey());
        }
        for (ChartModel c : sheet.charts) {
            lastCol = Math.max(lastCol, c.place.col2());
        }
        double chars = 0;
        for (int col = 0; col <= lastCol; col++) {
            chars += sheet.width(col) / 256.0;
        }
        double scale = Math.min(1, PRINTED_CHARS / Math.max(1, chars));
        double titles = 0;
        if (sheet.printTitles != null) {
            for (int r = sheet.printTitles[0]; r <= sheet.printTitles[1]; r++) {
                titles += printedHeight(r);
            }
        }
        double page = PRINTED_POINTS / scale - titles;
        int last = sheet.rows.isEmpty() ? 0 : sheet.rows.lastKey();
        double used = 0;
        for (int r = 0; r <= last; r++) {
            double h = printedHeight(r);
            CellData first = sheet.find(r, 0);
            if (first != null && first.style == section && used > 0) {
                double block = 0;
                for (int k = r; k <= Math.min(last, r + KEEP_ROWS); k++) {
                    block += printedHeight(k);
                }
                if (used + block > page - SLACK && block < page) {
                    sheet.rowBreaks.add(r - 1);
                    used = 0;
                }
            }
            if (used + h > page) {
                used = 0;
            }
            used += h;
            if (sheet.rowBreaks.contains(r)) {
                used = 0;
            }
        }
    }

    /**
     * A row's printed height: its own; the file's default of 15 pt for a row written without one; Arial 10's
     * 12.75 pt for a row not written at all (LibreOffice's PDF of the samples' Calls sheet: 24 rows of the
     * first kind and 9 of the second printed 479 pt unscaled, against 475 by these heights).
     */
    private double printedHeight(int row) {
        Float h = sheet.heights.get(row);
        return h != null ? h : sheet.rows.containsKey(row) ? 15 : TextLines.LINE_POINTS;
    }

    /** Turns the text category labels of a chart too narrow for them level, now that its columns' widths are known. */
    private void turnCrowdedLabels() {
        for (ChartModel c : sheet.charts) {
            if (c.type == ChartModel.Type.PIE || c.dateAxis) {
                continue;
            }
            double px = 0;
            for (int col = c.place.col1(); col < c.place.col2(); col++) {
                px += sheet.width(col) / 256.0 * 7;
            }
            c.categoryLabelAngle = ChartFactory.labelAngle(px, c.categoryText);
        }
    }

    /**
     * Leaves a sheet of machine tables (Data_*) out of the printed workbook: its print area is one empty
     * cell right of its tables, which LibreOffice skips as a blank page (and Excel, when printing the
     * whole workbook, does not print). A table still prints when selected (File, Print, Selection): one
     * page wide, its header row on every page. docs/presentation.md says why.
     */
    void notPrinted() {
        int last = 0;
        for (var cells : sheet.rows.values()) {
            for (var e : cells.entrySet()) {
                int end = e.getKey();
                if (style.overflows(e.getValue().style) && e.getValue().shownText() != null) {
                    // a heading runs on into the empty cells to its right: "No crime data in the inputs" in A1
                    // printed on a page of its own when the empty cell was C1 (default columns, at 12 pt bold)
                    end += (int) Math.ceil(TextLines.digits(e.getValue().shownText()) * 1.4 / 8);
                }
                last = Math.max(last, end);
            }
        }
        sheet.printArea = Cells.absolute(0, last + 2);
        sheet.fitToPage = true;
        sheet.fitWidth = 1;
        sheet.fitHeight = 0;
    }

    /**
     * Gives rows whose wrapped text needs more than one line the height for it, from the column
     * widths: printed, a wrapped message in a row of default height overprints the next row. Tight rows
     * (the Validation sheet's findings) take Excel's 12.75 pt a line; the others keep 13 pt a line and 3 more:
     * LibreOffice chose a smaller print scale for the realistic folder's Metrics sheet with the tight heights
     * (its 10 pt text at 8.8 pt rather than 9.0, its 9 pt notes under 8 pt), for a reason not found yet.
     */
    void heightenWrappedRows(int firstRow, Kind wrapped, boolean tight) {
        int s = style.get(wrapped);
        sheet.rows.forEach((r, cells) -> {
            if (r < firstRow) {
                return;
            }
            int lines = 1;
            for (var e : cells.entrySet()) {
                if (e.getValue().style == s && e.getValue().shownText() != null) {
                    lines = Math.max(lines, TextLines.lines(e.getValue().shownText(), sheet.width(e.getKey()) / 256.0));
                }
            }
            if (lines > 1) {
                sheet.height(r, tight ? TextLines.rowPoints(lines) : LOOSE_LINE_POINTS * lines + 3);
            }
        });
    }

    /** LibreOffice does not grow a row for wrapped text on its own: give header rows the lines they need. */
    private void heightenWrappedHeaders() {
        sheet.rows.forEach((r, cells) -> {
            int lines = 1;
            for (Map.Entry<Integer, CellData> e : cells.entrySet()) {
                CellData c = e.getValue();
                if (isHeader(c.style) && c.text != null) {
                    int width = Math.max(1, sheet.width(e.getKey()) / 256 - 2);
                    lines = Math.max(lines, Math.min(3, (int) Math.ceil(c.text.length() * 1.1 / width)));
                }
            }
            if (lines > 1) {
                sheet.height(r, Math.max(sheet.height(r), 13f * lines + 2));
            }
        });
    }

    private boolean isHeader(int s) {
        return s == style.get(Kind.HEADER) || s == style.get(Kind.HEADER_RIGHT);
    }

    /** Plain text longer than its column's cap ({@link #wrap}) becomes wrapped text. */
    private void wrapLongText() {
        int plain = style.get(Kind.TEXT);
        int wrap = style.get(Kind.WRAPPED);
        sheet.rows.forEach((r, cells) -> cells.forEach((col, c) -> {
            if (c.style == plain && wrapped.contains(col) && c.shownText() != null
                    && c.shownText().length() > maxChars.get(col)) {
                c.style = wrap;
            }
        }));
    }

    /** Header cells over a column of numbers align right, like the numbers under them. */
    private void alignNumericHeaders() {
        int header = style.get(Kind.HEADER);
        sheet.rows.forEach((r, cells) -> {
            TreeMap<Integer, CellData> below = sheet.rows.get(r + 1);
            cells.forEach((col, c) -> {
                CellData under = below == null ? null : below.get(col);
                if (c.style == header && under != null && under.isNumber()) {
                    c.style = style.get(Kind.HEADER_RIGHT);
                }
            });
        });
    }

    /** Characters a cell needs to show without ####, at its font and wrapping. */
    private int chars(CellData c) {
        StyleTable.Format f = sheet.styles.get(c.style);
        String shown = c.isNumber() ? NumberText.shown(f.numberFormat(), c.number) : c.shownText();
        if (c.isNumber()) {
            double scale = (f.font().bold() ? 1.1 : 1.0) * Math.max(1.0, f.font().points() / 10.0);
            return (int) Math.ceil(shown.length() * scale);
        }
        // text by Arial's character widths, not one digit a character: most text is narrower, so the
        // columns (and a sheet printed one page wide) are no wider than their text needs
        double scale = (f.font().bold() ? 1.1 : 1.0) * f.font().points() / 10.0;
        double chars;
        if (f.wrap()) {
            chars = 0;
            for (String word : shown.split("\\s+")) {
                chars = Math.max(chars, TextLines.digits(word));
            }
            // headers wrap onto a second line rather than widen a column of short numbers
            chars = Math.max(chars, Math.min(TextLines.digits(shown), isHeader(c.style) ? 14 : 40));
        } else {
            chars = TextLines.digits(shown);
        }
        return (int) Math.ceil(chars * scale);
    }
}
