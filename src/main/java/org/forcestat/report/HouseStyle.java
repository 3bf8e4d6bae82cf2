package org.forcestat.report;

import java.util.EnumMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;

/**
 * The one palette and the fixed set of cell styles every sheet of the summary workbook uses.
 * Styles are created once per workbook: Excel limits a file to 64,000 styles, so never one per cell.
 */
final class HouseStyle {

    /** Chart and fill colours, in the order series take them (a colour-blind-safe set). */
    static final int[] PALETTE = {
        0x1F4E79, 0xE07B00, 0x2E8B57, 0xC0392B, 0x7B3F99, 0x8C6D31, 0x2AA1B3, 0x6B6B6B, 0xD4A017, 0x4A90D9, 0x9B5DE5, 0x333333
    };
    static final int NAVY = 0x1F4E79;
    static final int PALE = 0xDDEBF7;
    static final int TILE = 0xF2F7FC;

    /** Every style a cell can take; each maps to exactly one CellStyle in the workbook. */
    enum Kind {
        TITLE, SUBTITLE, SECTION, NOTE, HEADER, HEADER_RIGHT, TEXT, TEXT_WRAP, TEXT_BOLD, LINK,
        INTEGER, DECIMAL1, SHARE, GBP, GBP_MILLIONS, PVALUE, DECIMAL3, DATE, DATETIME, MONTH,
        INTEGER_BOLD, SHARE_BOLD,
        TILE_LABEL, TILE_INTEGER, TILE_DECIMAL1, TILE_SHARE, TILE_GBP_MILLIONS, TILE_TEXT,
        MISSING,
        /** Text after a column of right-aligned numbers (a verdict beside a p-value): indented so they never touch. */
        TEXT_INDENT
    }

    private final XSSFWorkbook workbook;
    private final Map<Kind, XSSFCellStyle> styles = new EnumMap<>(Kind.class);

    HouseStyle(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont plain = font(false, 10, 0x000000, false);
        XSSFFont bold = font(true, 10, 0x000000, false);
        XSSFFont white = font(true, 10, 0xFFFFFF, false);
        XSSFFont title = font(true, 16, NAVY, false);
        XSSFFont section = font(true, 12, NAVY, false);
        XSSFFont note = font(false, 9, 0x595959, true);
        XSSFFont link = font(false, 10, 0x0563C1, false);
        link.setUnderline(XSSFFont.U_SINGLE);
        XSSFFont tileValue = font(true, 14, NAVY, false);
        XSSFFont tileLabel = font(false, 10, 0x404040, false);

        styles.put(Kind.TITLE, style(title, null, null));
        styles.put(Kind.SUBTITLE, style(plain, null, null));
        styles.put(Kind.SECTION, style(section, null, null));
        styles.put(Kind.NOTE, style(note, null, null));
        XSSFCellStyle header = style(white, null, NAVY);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        styles.put(Kind.HEADER, header);
        XSSFCellStyle headerRight = style(white, null, NAVY);
        headerRight.setWrapText(true);
        headerRight.setVerticalAlignment(VerticalAlignment.CENTER);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        styles.put(Kind.HEADER_RIGHT, headerRight);
        styles.put(Kind.TEXT, style(plain, null, null));
        XSSFCellStyle wrap = style(plain, null, null);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        styles.put(Kind.TEXT_WRAP, wrap);
        styles.put(Kind.TEXT_BOLD, style(bold, null, null));
        XSSFCellStyle indent = style(plain, null, null);
        indent.setIndention((short) 1);
        styles.put(Kind.TEXT_INDENT, indent);
        styles.put(Kind.LINK, style(link, null, null));
        styles.put(Kind.INTEGER, style(plain, "#,##0", null));
        styles.put(Kind.DECIMAL1, style(plain, "#,##0.0", null));
        styles.put(Kind.SHARE, style(plain, "0.0%", null));
        styles.put(Kind.GBP, style(plain, "£#,##0", null));
        styles.put(Kind.GBP_MILLIONS, style(plain, "£#,##0.0,,\"m\"", null));
        // A p-value of 4e-28 shown as 0.0000 reads as "exactly zero"; under 0.001 it shows as text-like "< 0.001".
        styles.put(Kind.PVALUE, style(plain, "[<0.001]\"< 0.001\";0.000", null));
        styles.put(Kind.DECIMAL3, style(plain, "#,##0.000", null));
        styles.put(Kind.DATE, style(plain, "dd/mm/yyyy", null));
        styles.put(Kind.DATETIME, style(plain, "dd/mm/yyyy hh:mm", null));
        styles.put(Kind.MONTH, style(plain, "mmm yyyy", null));
        styles.put(Kind.INTEGER_BOLD, style(bold, "#,##0", null));
        styles.put(Kind.SHARE_BOLD, style(bold, "0.0%", null));

        XSSFCellStyle tileLabelStyle = tile(style(tileLabel, null, TILE));
        tileLabelStyle.setWrapText(true);
        tileLabelStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        styles.put(Kind.TILE_LABEL, tileLabelStyle);
        styles.put(Kind.TILE_INTEGER, tile(style(tileValue, "#,##0", TILE)));
        styles.put(Kind.TILE_DECIMAL1, tile(style(tileValue, "#,##0.0", TILE)));
        styles.put(Kind.TILE_SHARE, tile(style(tileValue, "0.0%", TILE)));
        styles.put(Kind.TILE_GBP_MILLIONS, tile(style(tileValue, "£#,##0.0,,\"m\"", TILE)));
        XSSFCellStyle tileText = tile(style(tileValue, null, TILE));
        tileText.setAlignment(HorizontalAlignment.RIGHT);
        styles.put(Kind.TILE_TEXT, tileText);
        XSSFCellStyle missing = style(note, null, null);
        missing.setAlignment(HorizontalAlignment.RIGHT);
        styles.put(Kind.MISSING, missing);
        addNormalCellStyle(workbook);
    }

    /**
     * Names the base cell format "Normal", as Excel's own files do. POI writes no cell styles at all,
     * and openpyxl then warns on every summary that the workbook "contains no default style". The
     * schema classes POI ships have no type for the element, so it is built with a cursor; POI adds
     * the fonts, formats and the rest on saving, each in its place in the schema's order.
     */
    private static void addNormalCellStyle(XSSFWorkbook workbook) {
        try (XmlCursor c = workbook.getStylesSource().getCTStylesheet().newCursor()) {
            if (c.toChild(XSSFRelation.NS_SPREADSHEETML, "cellStyles")) {
                return;
            }
            c.toEndToken();
            c.beginElement(new QName(XSSFRelation.NS_SPREADSHEETML, "cellStyles"));
            c.insertAttributeWithValue("count", "1");
            c.beginElement(new QName(XSSFRelation.NS_SPREADSHEETML, "cellStyle"));
            c.insertAttributeWithValue("name", "Normal");
            c.insertAttributeWithValue("xfId", "0");
            c.insertAttributeWithValue("builtinId", "0");
        }
    }

    /** Styles of text that may run on into empty cells to its right (titles, notes): never sizes a column. */
    boolean overflows(XSSFCellStyle s) {
        for (Kind k : new Kind[] {Kind.TITLE, Kind.SUBTITLE, Kind.SECTION, Kind.NOTE}) {
            if (styles.get(k).getIndex() == s.getIndex()) {
                return true;
            }
        }
        return false;
    }

    XSSFCellStyle get(Kind kind) {
        return styles.get(kind);
    }

    /** The value style for a tile showing a number in the given plain style. */
    static Kind tileFor(Kind plain) {
        return switch (plain) {
            case DECIMAL1 -> Kind.TILE_DECIMAL1;
            case SHARE -> Kind.TILE_SHARE;
            case GBP, GBP_MILLIONS -> Kind.TILE_GBP_MILLIONS;
            default -> Kind.TILE_INTEGER;
        };
    }

    static XSSFColor color(int rgb) {
        return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }

    static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    private XSSFFont font(boolean bold, int points, int rgb, boolean italic) {
        XSSFFont f = workbook.createFont();
        f.setFontName("Arial");
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        f.setColor(color(rgb));
        return f;
    }

    private XSSFCellStyle style(XSSFFont font, String format, Integer fill) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setFont(font);
        if (format != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (fill != null) {
            s.setFillForegroundColor(color(fill));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private static XSSFCellStyle tile(XSSFCellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        XSSFColor border = color(0xBDD7EE);
        s.setBottomBorderColor(border);
        s.setTopBorderColor(border);
        s.setLeftBorderColor(border);
        s.setRightBorderColor(border);
        return s;
    }
}
