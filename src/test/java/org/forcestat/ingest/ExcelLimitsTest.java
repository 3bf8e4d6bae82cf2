package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.SourceInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip-bomb limits refuse bombs but never what Excel itself writes: its limit of 64,000 cell
 * formats (a styles part that compresses several hundred times) and a workbook of 10,000 sheets.
 * Also a {@code <row r>} element given twice, which only a damaged or hand-made file holds.
 */
class ExcelLimitsTest {
    @TempDir
    Path dir;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Two days of calls, 4,215 in all; the dates use cell format {@code dateStyle}. */
    private static String twoDays(int dateStyle) {
        return HEAD + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Date</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Total calls</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"" + dateStyle + "\"><v>42095</v></c><c r=\"B2\"><v>2000</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"" + dateStyle + "\"><v>42096</v></c><c r=\"B3\"><v>2215</v></c></row>"
                + "</sheetData></worksheet>";
    }

    /** A workbook with the given sheet parts (sheet1 first) and styles part, written as Excel packs it. */
    private Path xlsx(String name, List<String> sheets, String styles) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            put(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            StringBuilder wb = new StringBuilder(HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
            StringBuilder rels = new StringBuilder(HEAD
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rIdS\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>");
            for (int i = 1; i <= sheets.size(); i++) {
                wb.append("<sheet name=\"Sheet").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId")
                        .append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            put(zip, "xl/styles.xml", styles);
            for (int i = 1; i <= sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + i + ".xml", sheets.get(i - 1));
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A styles part with {@code n} cell formats; the last shows a date (built-in format 14). */
    private static String styles(int n) {
        StringBuilder b = new StringBuilder(HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + n + "\">");
        for (int i = 0; i < n - 1; i++) {
            b.append("<xf numFmtId=\"").append(i % 4).append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
        }
        b.append("<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        return b.append("</cellXfs></styleSheet>").toString();
    }

    private static long calls(Partial p) {
        return p.calls().dates().stream().mapToLong(d -> p.calls().total(d)).sum();
    }

    private static List<Finding> errors(Partial p) {
        return p.findings().stream().filter(f -> f.severity() == org.forcestat.model.Severity.ERROR).toList();
    }

    @Tag("slow")
    @Test
    void aWorkbookWithExcelsLimitOf64000CellFormatsIsRead() throws Exception {
        Path f = xlsx("formats.xlsx", List.of(twoDays(63_999)), styles(64_000));
        assertTrue(Files.size(f) < 40_000, "the file is " + Files.size(f) + " bytes");
        Partial p = new WorkbookReader(new HeaderMatcher()).read(f);
        assertEquals(List.of(), errors(p));
        assertEquals(SourceInfo.Status.READ, p.sources().get(0).status());
        assertEquals(4215, calls(p));
        assertEquals(2000, p.calls().total(LocalDate.of(2015, 4, 1)));
    }

    @Tag("slow")
    @Test
    void aWorkbookOf10000SheetsIsRead() throws Exception {
        String empty = HEAD + "<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>";
        List<String> sheets = new java.util.ArrayList<>(java.util.Collections.nCopies(10_000, empty));
        sheets.set(0, twoDays(1));
        Path f = xlsx("sheets.xlsx", sheets, styles(2));
        Partial p = new WorkbookReader(new HeaderMatcher()).read(f);
        assertEquals(List.of(), errors(p));
        assertEquals(10_000, p.sources().get(0).sheets().size());
        assertEquals(4215, calls(p));
    }

    @Test
    void aRepeatedRowElementIsAnErrorAndTheFirstIsCounted() throws Exception {
        String sheet = twoDays(1).replace("</sheetData>",
                "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>42096</v></c><c r=\"B3\"><v>2215</v></c></row></sheetData>");
        Partial p = new WorkbookReader(new HeaderMatcher()).read(xlsx("rows.xlsx", List.of(sheet), styles(2)));
        List<Finding> e = errors(p);
        assertEquals(1, e.size(), p.findings().toString());
        assertEquals("ROW_REPEATED", e.get(0).rule());
        assertEquals("A3", e.get(0).cell());
        assertEquals(4215, calls(p));
    }
}
