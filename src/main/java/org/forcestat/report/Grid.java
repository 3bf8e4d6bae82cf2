package org.forcestat.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.forcestat.report.HouseStyle.Kind;

/**
 * A sheet being written: puts typed values into cells with a house style, and at the end sizes
 * the columns to their formatted contents and sets up printing (landscape, one page wide,
 * protective marking in the header, page numbers in the footer). Rows and columns are 0-based.
 */
final class Grid {
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.UK);
    private static final int MAX_CHARS = 70;

    private final XSSFSheet sheet;
    private final HouseStyle style;
    private final Map<Integer, Integer> minChars = new HashMap<>();
    /** What {@link #finish} needs of each cell style, read from the styles table once per style, not once per cell. */
    private final Map<Integer, StyleFacts> facts = new HashMap<>();

    private record StyleFacts(XSSFCellStyle style, boolean overflows, boolean header, boolean wrap, double scale) {
    }

    Grid(XSSFSheet sheet, HouseStyle style) {
        this.sheet = sheet;
        this.style = style;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    HouseStyle style() {
        return style;
    }

    String name() {
        return sheet.getSheetName();
    }

    XSSFCell cell(int row, int col) {
        XSSFRow r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        XSSFCell c = r.getCell(col);
        return c == null ? r.createCell(col) : c;
    }

    /** Text from inputs or labels; always a string cell, so "=..." is never a formula. */
    XSSFCell text(int row, int col, String value, Kind kind) {
        XSSFCell c = cell(row, col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style.get(kind));
        return c;
    }

    XSSFCell text(int row, int col, String value) {
        return text(row, col, value, Kind.TEXT);
    }

    XSSFCell number(int row, int col, double value, Kind kind) {
        XSSFCell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style.get(kind));
        return c;
    }

    /** A number that may be absent (NaN): absent shows {@code missing} as text rather than a guessed 0. */
    XSSFCell numberOr(int row, int col, double value, Kind kind, String missing) {
        if (Double.isNaN(value)) {
            return text(row, col, missing, Kind.MISSING);
        }
        return number(row, col, value, kind);
    }

    XSSFCell date(int row, int col, LocalDate value) {
        XSSFCell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style.get(Kind.DATE));
        return c;
    }

    /** A month as the date of its first day, shown "Apr 2015". */
    XSSFCell month(int row, int col, java.time.YearMonth value) {
        XSSFCell c = cell(row, col);
        c.setCellValue(value.atDay(1));
        c.setCellStyle(style.get(Kind.MONTH));
        return c;
    }

    XSSFCell dateTime(int row, int col, LocalDateTime value) {
        XSSFCell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style.get(Kind.DATETIME));
        return c;
    }

    /** A live formula with its value cached, so readers that do not recalculate see the number. */
    XSSFCell formula(int row, int col, String formula, double cached, Kind kind) {
        XSSFCell c = cell(row, col);
        c.setCellFormula(formula);
        c.setCellValue(cached);
        c.setCellStyle(style.get(kind));
        return c;
    }

    /** Header cells of a table, in one row. */
    void header(int row, int col, String... names) {
        for (int i = 0; i < names.length; i++) {
            text(row, col + i, names[i], Kind.HEADER);
        }
    }

    /** A hyperlink to a cell of another sheet of this workbook. */
    XSSFCell link(int row, int col, String label, String sheetName, String a1) {
        XSSFCell c = text(row, col, label, Kind.LINK);
        hyperlink(c, sheetName, a1);
        return c;
    }

    /** Makes an existing cell a link to a cell of another sheet, keeping its style. */
    void hyperlink(XSSFCell c, String sheetName, String a1) {
        XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheetName.replace("'", "''") + "'!" + a1);
        c.setHyperlink(link);
    }

    void minWidth(int col, int chars) {
        minChars.merge(col, chars, Math::max);
    }

    /** Freezes the top rows on screen and repeats them at the top of every printed page. */
    void freeze(int rows) {
        sheet.createFreezePane(0, rows);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, rows - 1, -1, -1));
    }

    /** Sizes columns, and sets landscape printing one page wide with the marking and page numbers. */
    void finish(String marking) {
        alignNumericHeaders();
        Map<Integer, Integer> widths = new HashMap<>(minChars);
        // Numbers are formatted only at the two ends of each column and style: every house number
        // format is fixed-decimal or a fixed-width date, so no value between the smallest and the
        // largest needs more characters (the p-value format's "< 0.001" is its smallest). Formatting
        // every cell of the daily tables was a fifth of the time taken to write a summary.
        Map<Long, double[]> ends = new HashMap<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                XSSFCell x = (XSSFCell) c;
                StyleFacts f = facts(x);
                if (f.overflows()) {
                    continue;
                }
                if (isNumeric(x)) {
                    double v = x.getNumericCellValue();
                    double[] e = ends.computeIfAbsent(((long) c.getColumnIndex() << 32) | f.style().getIndex(),
                            k -> new double[] {v, v});
                    e[0] = Math.min(e[0], v);
                    e[1] = Math.max(e[1], v);
                    continue;
                }
                int chars = displayChars(x, f);
                if (chars > 0) {
                    widths.merge(c.getColumnIndex(), chars, Math::max);
                }
            }
        }
        ends.forEach((key, e) -> {
            StyleFacts f = facts((int) (key & 0xFFFFFFFFL));
            int chars = Math.max(numberChars(f, e[0]), numberChars(f, e[1]));
            widths.merge((int) (key >>> 32), chars, Math::max);
        });
        widths.forEach((col, chars) -> sheet.setColumnWidth(col, Math.min(255 * 256, (Math.min(chars, MAX_CHARS) + 2) * 256)));
        heightenWrappedHeaders();
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        String mark = marking == null || marking.isBlank() ? "OFFICIAL" : marking;
        sheet.getHeader().setCenter("&B" + mark.replace("&", "&&"));
        sheet.getHeader().setRight(sheet.getSheetName().replace("&", "&&"));
        sheet.getFooter().setCenter("Page &P of &N");
        sheet.getFooter().setLeft(mark.replace("&", "&&"));
    }

    /** LibreOffice does not grow a row for wrapped text on its own: give header rows the lines they need. */
    private void heightenWrappedHeaders() {
        for (Row row : sheet) {
            int lines = 1;
            for (Cell c : row) {
                if (facts((XSSFCell) c).header() && c.getCellType() == CellType.STRING) {
                    int width = Math.max(1, sheet.getColumnWidth(c.getColumnIndex()) / 256 - 2);
                    lines = Math.max(lines, Math.min(3, (int) Math.ceil(c.getStringCellValue().length() * 1.1 / width)));
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), 13f * lines + 2));
            }
        }
    }

    private boolean header(XSSFCellStyle s) {
        return s.getIndex() == style.get(Kind.HEADER).getIndex() || s.getIndex() == style.get(Kind.HEADER_RIGHT).getIndex();
    }

    /** Header cells over a column of numbers align right, like the numbers under them. */
    private void alignNumericHeaders() {
        XSSFCellStyle header = style.get(Kind.HEADER);
        for (Row row : sheet) {
            for (Cell c : row) {
                if (styleIndex((XSSFCell) c) != header.getIndex()) {
                    continue;
                }
                Row below = sheet.getRow(row.getRowNum() + 1);
                Cell under = below == null ? null : below.getCell(c.getColumnIndex());
                if (under != null && (under.getCellType() == CellType.NUMERIC
                        || under.getCellType() == CellType.FORMULA && under.getCachedFormulaResultType() == CellType.NUMERIC)) {
                    c.setCellStyle(style.get(Kind.HEADER_RIGHT));
                }
            }
        }
    }

    /** Characters a cell needs to show without ####. */
    private int displayChars(XSSFCell c, StyleFacts f) {
        if (c.getSheet().getWorkbook() == null) {
            return 0;
        }
        String shown = c.getCellType() == CellType.FORMULA ? c.getStringCellValue() : FORMATTER.formatCellValue(c);
        return chars(f, shown);
    }

    /** A cell's style index, as XSSFCell.getCellStyle finds it (0 when none is set). */
    private static int styleIndex(XSSFCell c) {
        var ct = c.getCTCell();
        return ct.isSetS() ? (int) ct.getS() : 0;
    }

    private StyleFacts facts(XSSFCell c) {
        return facts(styleIndex(c));
    }

    private StyleFacts facts(int index) {
        StyleFacts f = facts.get(index);
        if (f == null) {
            XSSFCellStyle s = sheet.getWorkbook().getCellStyleAt(index);
            boolean bold = s.getFont().getBold();
            double scale = (bold ? 1.1 : 1.0) * Math.max(1.0, s.getFont().getFontHeightInPoints() / 10.0);
            f = new StyleFacts(s, style.overflows(s), header(s), s.getWrapText(), scale);
            facts.put(index, f);
        }
        return f;
    }

    private static boolean isNumeric(XSSFCell c) {
        return c.getCellType() == CellType.NUMERIC
                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC;
    }

    /** Characters a number needs in a style, as Excel would show it. */
    private int numberChars(StyleFacts f, double v) {
        XSSFCellStyle s = f.style();
        return chars(f, FORMATTER.formatRawCellContents(v, s.getDataFormat(), s.getDataFormatString()));
    }

    private static int chars(StyleFacts f, String shown) {
        int chars = 0;
        if (f.wrap()) {
            for (String word : shown.split("\\s+")) {
                chars = Math.max(chars, word.length());
            }
            // headers wrap onto a second line rather than widen a column of short numbers
            chars = Math.max(chars, Math.min(shown.length(), f.header() ? 14 : 40));
        } else {
            chars = shown.length();
        }
        return (int) Math.ceil(chars * f.scale());
    }
}
