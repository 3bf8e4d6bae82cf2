package org.forcestat.format.xlsx;

import static org.forcestat.format.xlsx.PackageParts.MAIN;
import static org.forcestat.format.xlsx.PackageParts.PKG_REL;
import static org.forcestat.format.xlsx.PackageParts.REL;
import static org.forcestat.format.xlsx.PackageParts.XML_HEAD;
import static org.forcestat.format.xlsx.PackageParts.override;
import static org.forcestat.format.xlsx.PackageParts.rel;
import static org.forcestat.format.xlsx.PackageParts.rels;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.forcestat.format.CellAddress;

/**
 * The summary workbook as it is built, and its writer: the SpreadsheetML parts (workbook, sheets,
 * shared strings, styles, tables, drawings, charts, properties and the package's relationships)
 * written straight to a zip stream. It holds only what the summary uses. Writing through POI's
 * object model took about 2 seconds in a fresh JVM (thousands of classes loaded and compiled for
 * a few thousand cells); this takes a tenth of that.
 */
public final class BookModel {
    /** Size of a chart frame per column and row, in EMU (Excel sizes the frame from its anchor cells anyway). */
    private static final long EMU_PER_COL = 609_600;
    private static final long EMU_PER_ROW = 190_500;
    /** How much of a sheet part is built up before it is written out. */
    private static final int FLUSH_CHARS = 1 << 16;

    /** A defined name; {@code sheet} is the index of the sheet it belongs to, or -1 for the workbook. */
    public record Name(String name, int sheet, String formula) {
    }

    public final StyleTable styles = new StyleTable();
    public final List<SheetModel> sheets = new ArrayList<>();
    public final List<Name> names = new ArrayList<>();
    public String title = "";
    public String creator = "";
    public int activeSheet;

    public SheetModel add(String name) {
        SheetModel s = new SheetModel(name, styles);
        sheets.add(s);
        return s;
    }

    public SheetModel sheet(String name) {
        for (SheetModel s : sheets) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sheet " + name);
    }

    public boolean hasName(String name) {
        return names.stream().anyMatch(n -> n.sheet() < 0 && n.name().equalsIgnoreCase(name));
    }

    /** Writes the package to {@code out} (not closed). */
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // The content types and the package relationships first, where streaming readers look for them.
        put(zip, "[Content_Types].xml", contentTypes());
        put(zip, "_rels/.rels", XML_HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + PKG_REL + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>");
        SharedStrings strings = new SharedStrings();
        int tableCount = 0;
        int chartCount = 0;
        int drawingCount = 0;
        for (int i = 0; i < sheets.size(); i++) {
            SheetModel s = sheets.get(i);
            List<String> rels = new ArrayList<>();
            String drawingRel = null;
            if (!s.charts.isEmpty()) {
                drawingCount++;
                drawingRel = "rId" + (rels.size() + 1);
                rels.add(rel(drawingRel, "drawing", "../drawings/drawing" + drawingCount + ".xml"));
                List<String> chartRels = new ArrayList<>();
                StringBuilder d = new StringBuilder(XML_HEAD).append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/")
                        .append("drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
                        .append(" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"").append(REL).append("\">");
                for (int c = 0; c < s.charts.size(); c++) {
                    ChartModel chart = s.charts.get(c);
                    chartCount++;
                    String part = "xl/charts/chart" + chartCount + ".xml";
                    put(zip, part, ChartXml.write(chart));
                    chartRels.add(rel("rId" + (c + 1), "chart", "../charts/chart" + chartCount + ".xml"));
                    anchor(d, chart.place, c, "rId" + (c + 1));
                }
                d.append("</xdr:wsDr>");
                String part = "xl/drawings/drawing" + drawingCount + ".xml";
                put(zip, part, d.toString());
                put(zip, "xl/drawings/_rels/drawing" + drawingCount + ".xml.rels", rels(chartRels));
            }
            List<String> tableRels = new ArrayList<>();
            for (SheetModel.Table t : s.tables) {
                tableCount++;
                String id = "rId" + (rels.size() + 1);
                rels.add(rel(id, "table", "../tables/table" + tableCount + ".xml"));
                tableRels.add(id);
                String part = "xl/tables/table" + tableCount + ".xml";
                put(zip, part, table(s, t, tableCount));
            }
            String part = "xl/worksheets/sheet" + (i + 1) + ".xml";
            zip.putNextEntry(new ZipEntry(part));
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheetXml(text, s, i, strings, drawingRel, tableRels);
            text.flush();
            zip.closeEntry();
            if (!rels.isEmpty()) {
                put(zip, "xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels", rels(rels));
            }
        }
        put(zip, "xl/sharedStrings.xml", strings.xml());
        put(zip, "xl/styles.xml", styles.xml());
        put(zip, "xl/workbook.xml", workbookXml());
        List<String> bookRels = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            bookRels.add(rel("rId" + (i + 1), "worksheet", "worksheets/sheet" + (i + 1) + ".xml"));
        }
        bookRels.add(rel("rId" + (sheets.size() + 1), "styles", "styles.xml"));
        bookRels.add(rel("rId" + (sheets.size() + 2), "sharedStrings", "sharedStrings.xml"));
        put(zip, "xl/_rels/workbook.xml.rels", rels(bookRels));
        put(zip, "docProps/core.xml", coreXml());
        put(zip, "docProps/app.xml", XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "extended-properties\"><Application>forcestat</Application></Properties>");
        zip.finish();
    }

    /** {@code [Content_Types].xml}: every part the package will hold, numbered as {@link #write} numbers them. */
    private String contentTypes() {
        StringBuilder b = PackageParts.contentTypes();
        override(b, "/xl/workbook.xml", PackageParts.WORKBOOK_TYPE);
        override(b, "/xl/styles.xml", PackageParts.STYLES_TYPE);
        override(b, "/xl/sharedStrings.xml", PackageParts.SHARED_STRINGS_TYPE);
        override(b, "/docProps/core.xml", PackageParts.CORE_TYPE);
        override(b, "/docProps/app.xml", PackageParts.APP_TYPE);
        int charts = 0;
        int drawings = 0;
        int tables = 0;
        for (int i = 0; i < sheets.size(); i++) {
            SheetModel s = sheets.get(i);
            override(b, "/xl/worksheets/sheet" + (i + 1) + ".xml", PackageParts.WORKSHEET_TYPE);
            if (!s.charts.isEmpty()) {
                override(b, "/xl/drawings/drawing" + ++drawings + ".xml", PackageParts.DRAWING_TYPE);
            }
            for (int c = 0; c < s.charts.size(); c++) {
                override(b, "/xl/charts/chart" + ++charts + ".xml", PackageParts.CHART_TYPE);
            }
            for (int t = 0; t < s.tables.size(); t++) {
                override(b, "/xl/tables/table" + ++tables + ".xml", PackageParts.TABLE_TYPE);
            }
        }
        return PackageParts.endTypes(b);
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        PackageParts.put(zip, name, xml, null);
    }

    private static void anchor(StringBuilder d, ChartModel.Place p, int index, String relId) {
        d.append("<xdr:twoCellAnchor editAs=\"twoCell\"><xdr:from><xdr:col>").append(p.col1())
                .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(p.row1())
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(p.col2())
                .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(p.row2())
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>")
                .append("<xdr:cNvPr id=\"").append(index + 2).append("\" name=\"Chart ").append(index + 1)
                .append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
                .append((p.col2() - p.col1()) * EMU_PER_COL).append("\" cy=\"").append((p.row2() - p.row1()) * EMU_PER_ROW)
                .append("\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
                .append("<c:chart r:id=\"").append(relId).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame>")
                .append("<xdr:clientData/></xdr:twoCellAnchor>");
    }

    /** Writes a sheet part to {@code out}, a few rows at a time, so a long sheet is never one string in memory. */
    private void sheetXml(Writer out, SheetModel s, int index, SharedStrings strings, String drawingRel,
                          List<String> tableRels) throws IOException {
        StringBuilder b = new StringBuilder(64 * 1024).append(XML_HEAD).append("<worksheet xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(REL).append("\"><sheetPr><pageSetUpPr fitToPage=\"")
                .append(s.fitToPage ? 1 : 0).append("\"/></sheetPr>");
        b.append("<dimension ref=\"").append(dimension(s)).append("\"/><sheetViews><sheetView workbookViewId=\"0\"");
        if (index == activeSheet) {
            b.append(" tabSelected=\"1\"");
        }
        if (s.frozenRows > 0 || s.frozenCols > 0) {
            String pane = s.frozenCols > 0 ? (s.frozenRows > 0 ? "bottomRight" : "topRight") : "bottomLeft";
            b.append("><pane");
            if (s.frozenCols > 0) {
                b.append(" xSplit=\"").append(s.frozenCols).append('"');
            }
            if (s.frozenRows > 0) {
                b.append(" ySplit=\"").append(s.frozenRows).append('"');
            }
            b.append(" topLeftCell=\"").append(CellAddress.a1(s.frozenRows, s.frozenCols)).append("\" activePane=\"").append(pane)
                    .append("\" state=\"frozen\"/><selection pane=\"").append(pane).append("\"/></sheetView>");
        } else {
            b.append("/>");
        }
        b.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!s.widths.isEmpty()) {
            b.append("<cols>");
            s.widths.forEach((col, w) -> b.append("<col min=\"").append(col + 1).append("\" max=\"").append(col + 1)
                    .append("\" width=\"").append(Cells.number(w / 256.0)).append("\" customWidth=\"1\"/>"));
            b.append("</cols>");
        }
        b.append("<sheetData>");
        TreeMap<Integer, Object> rowNumbers = new TreeMap<>();
        s.rows.keySet().forEach(r -> rowNumbers.put(r, r));
        s.heights.keySet().forEach(r -> rowNumbers.put(r, r));
        for (int r : rowNumbers.keySet()) {
            b.append("<row r=\"").append(r + 1).append('"');
            Float h = s.heights.get(r);
            if (h != null) {
                b.append(" ht=\"").append(Cells.number(h)).append("\" customHeight=\"1\"");
            }
            TreeMap<Integer, SheetModel.CellData> cells = s.rows.get(r);
            if (cells == null || cells.isEmpty()) {
                b.append("/>");
                continue;
            }
            b.append('>');
            cells.forEach((col, c) -> cell(b, r, col, c, strings));
            b.append("</row>");
            if (b.length() > FLUSH_CHARS) {
                out.append(b);
                b.setLength(0);
            }
        }
        b.append("</sheetData>");
        if (!s.merges.isEmpty()) {
            b.append("<mergeCells count=\"").append(s.merges.size()).append("\">");
            for (int[] m : s.merges) {
                b.append("<mergeCell ref=\"").append(Cells.range(m[0], m[1], m[2], m[3])).append("\"/>");
            }
            b.append("</mergeCells>");
        }
        s.conditionalFormats.forEach(b::append);
        if (!s.links.isEmpty()) {
            b.append("<hyperlinks>");
            s.links.forEach((key, location) -> Cells.escape(b.append("<hyperlink ref=\"")
                    .append(CellAddress.a1((int) (key >>> 20), (int) (key & 0xFFFFF))).append("\" location=\""), location).append("\"/>"));
            b.append("</hyperlinks>");
        }
        if (s.centredHorizontally) {
            b.append("<printOptions horizontalCentered=\"1\"/>");
        }
        double[] m = s.margins;
        b.append("<pageMargins left=\"").append(m[0]).append("\" right=\"").append(m[1]).append("\" top=\"").append(m[2])
                .append("\" bottom=\"").append(m[3]).append("\" header=\"").append(m[4]).append("\" footer=\"").append(m[5])
                .append("\"/><pageSetup paperSize=\"").append(s.paperSize).append('"');
        if (s.fitToPage) {
            b.append(" fitToWidth=\"").append(s.fitWidth).append("\" fitToHeight=\"").append(s.fitHeight).append('"');
        } else {
            b.append(" scale=\"").append(s.scale).append('"');
        }
        if (s.overThenDown) {
            b.append(" pageOrder=\"overThenDown\"");
        }
        b.append(" orientation=\"landscape\"/>");
        Cells.escape(Cells.escape(b.append("<headerFooter><oddHeader>"), s.header).append("</oddHeader><oddFooter>"), s.footer)
                .append("</oddFooter></headerFooter>");
        if (!s.rowBreaks.isEmpty()) {
            b.append("<rowBreaks count=\"").append(s.rowBreaks.size()).append("\" manualBreakCount=\"")
                    .append(s.rowBreaks.size()).append("\">");
            s.rowBreaks.forEach(r -> b.append("<brk id=\"").append(r + 1).append("\" max=\"16383\" man=\"1\"/>"));
            b.append("</rowBreaks>");
        }
        if (!s.columnBreaks.isEmpty()) {
            b.append("<colBreaks count=\"").append(s.columnBreaks.size()).append("\" manualBreakCount=\"")
                    .append(s.columnBreaks.size()).append("\">");
            s.columnBreaks.forEach(c -> b.append("<brk id=\"").append(c).append("\" max=\"1048575\" man=\"1\"/>"));
            b.append("</colBreaks>");
        }
        if (drawingRel != null) {
            b.append("<drawing r:id=\"").append(drawingRel).append("\"/>");
        }
        if (!tableRels.isEmpty()) {
            b.append("<tableParts count=\"").append(tableRels.size()).append("\">");
            tableRels.forEach(id -> b.append("<tablePart r:id=\"").append(id).append("\"/>"));
            b.append("</tableParts>");
        }
        out.append(b.append("</worksheet>"));
    }

    private static String dimension(SheetModel s) {
        if (s.rows.isEmpty()) {
            return "A1";
        }
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (TreeMap<Integer, SheetModel.CellData> r : s.rows.values()) {
            if (!r.isEmpty()) {
                first = Math.min(first, r.firstKey());
                last = Math.max(last, r.lastKey());
            }
        }
        return first == Integer.MAX_VALUE ? "A1" : Cells.range(s.rows.firstKey(), first, s.rows.lastKey(), last);
    }

    private static void cell(StringBuilder b, int row, int col, SheetModel.CellData c, SharedStrings strings) {
        b.append("<c r=\"").append(CellAddress.a1(row, col)).append('"');
        if (c.style != 0) {
            b.append(" s=\"").append(c.style).append('"');
        }
        if (c.runs != null) {
            b.append(" t=\"s\"><v>").append(strings.rich(c.runs)).append("</v></c>");
        } else if (c.text != null) {
            b.append(" t=\"s\"><v>").append(strings.plain(c.text)).append("</v></c>");
        } else if (Double.isNaN(c.number) || Double.isInfinite(c.number)) {
            b.append(" t=\"e\"><v>").append(Double.isNaN(c.number) ? "#NUM!" : "#DIV/0!").append("</v></c>");
        } else if (c.formula != null) {
            Cells.escape(b.append("><f>"), c.formula).append("</f><v>").append(Cells.number(c.number)).append("</v></c>");
        } else {
            b.append("><v>").append(Cells.number(c.number)).append("</v></c>");
        }
    }

    /** The shared strings part as it fills: each distinct plain text once, each rich text on its own. */
    private static final class SharedStrings {
        private final Map<String, Integer> index = new HashMap<>();
        private final StringBuilder items = new StringBuilder(64 * 1024);
        private int count;

        int plain(String s) {
            Integer i = index.get(s);
            if (i != null) {
                return i;
            }
            items.append("<si><t");
            if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                items.append(" xml:space=\"preserve\"");
            }
            Cells.escape(items.append('>'), s).append("</t></si>");
            index.put(s, count);
            return count++;
        }

        int rich(List<SheetModel.Run> runs) {
            items.append("<si>");
            for (SheetModel.Run run : runs) {
                items.append("<r>");
                StyleTable.runFont(items, run.font());
                Cells.escape(items.append("<t xml:space=\"preserve\">"), run.text()).append("</t></r>");
            }
            items.append("</si>");
            return count++;
        }

        String xml() {
            return XML_HEAD + "<sst xmlns=\"" + MAIN + "\" count=\"" + count + "\" uniqueCount=\"" + count + "\">" + items + "</sst>";
        }
    }

    private String table(SheetModel s, SheetModel.Table t, int id) {
        String ref = Cells.range(t.firstRow(), t.firstCol(), t.lastRow(), t.lastCol());
        StringBuilder b = new StringBuilder(XML_HEAD).append("<table xmlns=\"").append(MAIN).append("\" id=\"").append(id)
                .append("\" name=\"").append(t.name()).append("\" displayName=\"").append(t.name()).append("\" ref=\"")
                .append(ref).append("\"><autoFilter ref=\"").append(ref).append("\"/><tableColumns count=\"")
                .append(t.lastCol() - t.firstCol() + 1).append("\">");
        List<String> used = new ArrayList<>();
        for (int c = t.firstCol(); c <= t.lastCol(); c++) {
            SheetModel.CellData head = s.find(t.firstRow(), c);
            String name = head == null || head.shownText() == null ? "" : head.shownText();
            if (name.isBlank() || used.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                name = name.isBlank() ? "Column" + (c - t.firstCol() + 1) : name + (c - t.firstCol() + 1);
            }
            used.add(name.toLowerCase(java.util.Locale.ROOT));
            Cells.escape(b.append("<tableColumn id=\"").append(c - t.firstCol() + 1).append("\" name=\""), name).append("\"/>");
        }
        return b.append("</tableColumns><tableStyleInfo name=\"TableStyleLight9\" showFirstColumn=\"0\" showLastColumn=\"0\"")
                .append(" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>").toString();
    }

    private String workbookXml() {
        StringBuilder b = PackageParts.workbook(sheets.stream().map(s -> s.name).toList(), activeSheet);
        List<Name> all = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            int[] t = sheets.get(i).printTitles;
            int[] tc = sheets.get(i).printTitleColumns;
            if (t != null || tc != null) {
                String prefix = Cells.sheetPrefix(sheets.get(i).name);
                // columns first, then rows, as Excel writes them
                String cols = tc == null ? null : prefix + "$" + CellAddress.column(tc[0]) + ":$" + CellAddress.column(tc[1]);
                String rows = t == null ? null : prefix + "$" + (t[0] + 1) + ":$" + (t[1] + 1);
                all.add(new Name("_xlnm.Print_Titles", i, cols == null ? rows : rows == null ? cols : cols + "," + rows));
            }
            String area = sheets.get(i).printArea;
            if (area != null) {
                all.add(new Name("_xlnm.Print_Area", i, Cells.sheetPrefix(sheets.get(i).name) + area));
            }
        }
        all.addAll(names);
        if (!all.isEmpty()) {
            b.append("<definedNames>");
            for (Name n : all) {
                b.append("<definedName name=\"").append(n.name()).append('"');
                if (n.sheet() >= 0) {
                    b.append(" localSheetId=\"").append(n.sheet()).append('"');
                }
                Cells.escape(b.append('>'), n.formula()).append("</definedName>");
            }
            b.append("</definedNames>");
        }
        return b.append("</workbook>").toString();
    }

    private String coreXml() {
        StringBuilder b = new StringBuilder(XML_HEAD).append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/")
                .append("package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=")
                .append("\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        Cells.escape(b.append("<dc:title>"), title).append("</dc:title>");
        Cells.escape(b.append("<dc:creator>"), creator).append("</dc:creator>");
        b.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append("</dcterms:created>");
        return b.append("</cp:coreProperties>").toString();
    }
}
