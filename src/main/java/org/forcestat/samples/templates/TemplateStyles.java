package org.forcestat.samples.templates;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.NormalCellStyle;

/**
 * The few cell styles a template uses, created once per workbook, in the summary workbook's palette
 * (navy header, pale blue table heads) so templates and summary look like one product.
 */
final class TemplateStyles {
    static final int NAVY = 0x1F4E79;
    static final int PALE = 0xDDEBF7;

    final XSSFCellStyle title;
    final XSSFCellStyle section;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    /** The header over a number column, aligned with its numbers. */
    final XSSFCellStyle headerRight;
    final XSSFCellStyle tableHead;
    final XSSFCellStyle wrap;
    final XSSFCellStyle label;
    private final Map<Format, XSSFCellStyle> data = new EnumMap<>(Format.class);
    private final XSSFWorkbook workbook;

    TemplateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont plain = font(false, 10, 0x000000);
        XSSFFont bold = font(true, 10, 0x000000);
        title = style(font(true, 14, NAVY), null);
        section = style(font(true, 12, NAVY), null);
        note = style(font(false, 9, 0x595959), null);
        header = style(font(true, 10, 0xFFFFFF), NAVY);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        headerRight = workbook.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        tableHead = style(bold, PALE);
        tableHead.setVerticalAlignment(VerticalAlignment.TOP);
        tableHead.setBorderBottom(BorderStyle.THIN);
        wrap = style(plain, null);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        label = style(bold, PALE);
        label.setBorderBottom(BorderStyle.HAIR);
        for (Format f : Format.values()) {
            XSSFCellStyle s = style(plain, null);
            s.setDataFormat(workbook.createDataFormat().getFormat(f.pattern()));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(f == Format.LONG_TEXT);
            data.put(f, s);
        }
        NormalCellStyle.add(workbook);
    }

    /** The style of a data cell of this format. */
    XSSFCellStyle data(Format f) {
        return data.get(f);
    }

    private XSSFFont font(boolean bold, int points, int rgb) {
        XSSFFont f = workbook.createFont();
        f.setFontName("Arial");
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        f.setColor(color(rgb));
        return f;
    }

    private XSSFCellStyle style(XSSFFont font, Integer fill) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setFont(font);
        if (fill != null) {
            s.setFillForegroundColor(color(fill));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    /**
     * An opaque ARGB colour: the schema's ST_UnsignedIntHex wants 8 hex digits ({@code FF1F4E79}); with
     * three bytes POI writes 6, which Gnumeric rejects (it drops the fill, leaving white on white).
     */
    static XSSFColor color(int rgb) {
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }
}
