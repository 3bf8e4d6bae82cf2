package org.forcestat.format.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary workbook's styles part ({@code xl/styles.xml}): fonts, fills, borders, number
 * formats and the cell formats (xf) made of them, plus the differential formats conditional
 * formatting uses. Equal parts are stored once; a cell refers to its format by index.
 */
public final class StyleTable {

    public enum Align { GENERAL, LEFT, CENTER, RIGHT }

    public enum VAlign { BOTTOM, CENTER, TOP }

    /** A font; {@code rgb} null for the automatic colour. */
    public record Font(String name, double points, boolean bold, boolean italic, boolean underline, Integer rgb) {
        public static Font of(String name, double points, boolean bold, Integer rgb) {
            return new Font(name, points, bold, false, false, rgb);
        }
    }

    /**
     * A cell format: font, number format code, solid fill colour (or null), a thin border of the
     * given colour on all four sides (or null for none), alignment, wrapping and indent.
     */
    public record Format(Font font, String numberFormat, Integer fill, Integer border, Align align, VAlign valign,
                  boolean wrap, int indent) {
        public static Format of(Font font) {
            return new Format(font, "General", null, null, Align.GENERAL, VAlign.BOTTOM, false, 0);
        }

        public Format withFormat(String code) {
            return new Format(font, code, fill, border, align, valign, wrap, indent);
        }

        public Format withFill(int rgb) {
            return new Format(font, numberFormat, rgb, border, align, valign, wrap, indent);
        }

        public Format withBorder(int rgb) {
            return new Format(font, numberFormat, fill, rgb, align, valign, wrap, indent);
        }

        public Format aligned(Align a, VAlign v) {
            return new Format(font, numberFormat, fill, border, a, v, wrap, indent);
        }

        public Format wrapped() {
            return new Format(font, numberFormat, fill, border, align, valign, true, indent);
        }

        public Format indented(int n) {
            return new Format(font, numberFormat, fill, border, align, valign, wrap, n);
        }
    }

    /** Excel's built-in number formats the summary uses, by code; others get ids from 164. */
    private static final Map<String, Integer> BUILT_IN = Map.of("General", 0, "0", 1, "0.00", 2, "#,##0", 3,
            "#,##0.00", 4, "0%", 9, "0.00%", 10, "@", 49);
    /**
     * The Normal style's font, which sets the unit of every column width (its digit). Arial 10, the font
     * of every cell we write: its digit is as wide as Calibri 11's in Excel (7 px), and LibreOffice, which
     * ships Arial's metric twin, then sizes columns as Excel does; with Calibri and no Carlito installed it
     * fell back to a wider font, so every column printed about 30% wider and fitted sheets smaller.
     */
    public static final Font DEFAULT_FONT = new Font("Arial", 10, false, false, false, null);

    private final Map<Font, Integer> fonts = new LinkedHashMap<>();
    private final Map<String, Integer> numberFormats = new LinkedHashMap<>();
    private final Map<Integer, Integer> fills = new LinkedHashMap<>();
    private final Map<Integer, Integer> borders = new LinkedHashMap<>();
    private final Map<Format, Integer> formats = new LinkedHashMap<>();
    private final List<Format> byIndex = new ArrayList<>();
    private final List<String> dxfs = new ArrayList<>();

    public StyleTable() {
        fonts.put(DEFAULT_FONT, 0);
        add(Format.of(DEFAULT_FONT));
    }

    /** The index of a cell format, added if new. */
    public int add(Format f) {
        Integer i = formats.get(f);
        return i != null ? i : addNew(f);
    }

    /**
     * Adds a cell format even if an equal one exists, so that cells of two kinds that look alike
     * (a subtitle and body text) can still be told apart by their format.
     */
    public int addNew(Format f) {
        fonts.putIfAbsent(f.font(), fonts.size());
        if (!BUILT_IN.containsKey(f.numberFormat())) {
            numberFormats.putIfAbsent(f.numberFormat(), 164 + numberFormats.size());
        }
        if (f.fill() != null) {
            fills.putIfAbsent(f.fill(), 2 + fills.size());
        }
        if (f.border() != null) {
            borders.putIfAbsent(f.border(), 1 + borders.size());
        }
        formats.putIfAbsent(f, byIndex.size());
        byIndex.add(f);
        return byIndex.size() - 1;
    }

    /** How many cell formats there are. */
    public int size() {
        return byIndex.size();
    }

    public Format get(int index) {
        return byIndex.get(index);
    }

    /** The id Excel gives a number format code (built-in, or 164 and up). */
    private int formatId(String code) {
        Integer b = BUILT_IN.get(code);
        return b != null ? b : numberFormats.get(code);
    }

    /** A differential format for conditional formatting: a solid fill and, unless null, a font colour. */
    public int dxf(int fill, Integer fontRgb) {
        StringBuilder b = new StringBuilder("<dxf>");
        if (fontRgb != null) {
            b.append("<font><color rgb=\"").append(argb(fontRgb)).append("\"/></font>");
        }
        b.append("<fill><patternFill patternType=\"solid\"><bgColor rgb=\"").append(argb(fill))
                .append("\"/></patternFill></fill></dxf>");
        String xml = b.toString();
        int i = dxfs.indexOf(xml);
        if (i >= 0) {
            return i;
        }
        dxfs.add(xml);
        return dxfs.size() - 1;
    }

    public static String argb(int rgb) {
        return String.format("FF%06X", rgb & 0xFFFFFF);
    }

    /** The rich-text run properties of a font (inside a shared string's {@code <r>}). */
    public static void runFont(StringBuilder b, Font f) {
        b.append("<rPr>");
        fontBody(b, f, "rFont");
        b.append("</rPr>");
    }

    public String xml() {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (!numberFormats.isEmpty()) {
            b.append("<numFmts count=\"").append(numberFormats.size()).append("\">");
            numberFormats.forEach((code, id) -> Cells.escape(b.append("<numFmt numFmtId=\"").append(id)
                    .append("\" formatCode=\""), code).append("\"/>"));
            b.append("</numFmts>");
        }
        b.append("<fonts count=\"").append(fonts.size()).append("\">");
        for (Font f : fonts.keySet()) {
            b.append("<font>");
            fontBody(b, f, "name");
            b.append("</font>");
        }
        b.append("</fonts><fills count=\"").append(fills.size() + 2).append("\">")
                .append("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
        for (int rgb : fills.keySet()) {
            b.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"").append(argb(rgb))
                    .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
        }
        b.append("</fills><borders count=\"").append(borders.size() + 1).append("\">")
                .append("<border><left/><right/><top/><bottom/><diagonal/></border>");
        for (int rgb : borders.keySet()) {
            b.append("<border>");
            for (String side : new String[] {"left", "right", "top", "bottom"}) {
                b.append('<').append(side).append(" style=\"thin\"><color rgb=\"").append(argb(rgb)).append("\"/></")
                        .append(side).append('>');
            }
            b.append("<diagonal/></border>");
        }
        b.append("</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
        b.append("<cellXfs count=\"").append(byIndex.size()).append("\">");
        for (Format f : byIndex) {
            xf(b, f);
        }
        b.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        b.append("<dxfs count=\"").append(dxfs.size()).append("\">");
        dxfs.forEach(b::append);
        b.append("</dxfs><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>")
                .append("</styleSheet>");
        return b.toString();
    }

    private void xf(StringBuilder b, Format f) {
        int numFmt = formatId(f.numberFormat());
        b.append("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"").append(fonts.get(f.font()))
                .append("\" fillId=\"").append(f.fill() == null ? 0 : fills.get(f.fill()))
                .append("\" borderId=\"").append(f.border() == null ? 0 : borders.get(f.border())).append("\" xfId=\"0\"");
        if (numFmt != 0) {
            b.append(" applyNumberFormat=\"1\"");
        }
        if (!f.font().equals(DEFAULT_FONT)) {
            b.append(" applyFont=\"1\"");
        }
        if (f.fill() != null) {
            b.append(" applyFill=\"1\"");
        }
        if (f.border() != null) {
            b.append(" applyBorder=\"1\"");
        }
        boolean aligned = f.align() != Align.GENERAL || f.valign() != VAlign.BOTTOM || f.wrap() || f.indent() > 0;
        if (!aligned) {
            b.append("/>");
            return;
        }
        b.append(" applyAlignment=\"1\"><alignment");
        if (f.align() != Align.GENERAL) {
            b.append(" horizontal=\"").append(f.align().name().toLowerCase(java.util.Locale.ROOT)).append('"');
        }
        if (f.valign() != VAlign.BOTTOM) {
            b.append(" vertical=\"").append(f.valign().name().toLowerCase(java.util.Locale.ROOT)).append('"');
        }
        if (f.wrap()) {
            b.append(" wrapText=\"1\"");
        }
        if (f.indent() > 0) {
            b.append(" indent=\"").append(f.indent()).append('"');
        }
        b.append("/></xf>");
    }

    /** The parts of a font in schema order; the name element is {@code name} in a font, {@code rFont} in a run. */
    private static void fontBody(StringBuilder b, Font f, String nameElement) {
        if (f.bold()) {
            b.append("<b/>");
        }
        if (f.italic()) {
            b.append("<i/>");
        }
        b.append("<sz val=\"").append(Cells.number(f.points())).append("\"/>");
        if (f.rgb() != null) {
            b.append("<color rgb=\"").append(argb(f.rgb())).append("\"/>");
        }
        Cells.escape(b.append('<').append(nameElement).append(" val=\""), f.name()).append("\"/>");
        if (f.underline()) {
            b.append("<u/>");
        }
        if (nameElement.equals("name")) {
            b.append("<family val=\"2\"/>");
        }
    }
}
