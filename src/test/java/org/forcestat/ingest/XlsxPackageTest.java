package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.InputLimits;
import org.forcestat.format.XlsxPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package reader ingest and the audit share: part names, relationships, styles, limits. */
class XlsxPackageTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    @TempDir
    Path dir;

    private static String rels(String... idTypeTarget) {
        StringBuilder b = new StringBuilder("<Relationships xmlns=\"" + RELS + "\">");
        for (int i = 0; i < idTypeTarget.length; i += 3) {
            String target = idTypeTarget[i + 2];
            boolean external = target.startsWith("file:");
            b.append("<Relationship Id=\"").append(idTypeTarget[i]).append("\" Type=\"").append(idTypeTarget[i + 1])
                    .append("\" Target=\"").append(target).append('"').append(external ? " TargetMode=\"External\"" : "")
                    .append("/>");
        }
        return b.append("</Relationships>").toString();
    }

    private Path zip(String name, Map<String, String> parts) throws IOException {
        Path f = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 16))) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return f;
    }

    private static String sheet(String rows) {
        return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    private static List<String> rows(XlsxSource src, int sheet) throws IOException {
        List<String> out = new ArrayList<>();
        src.stream(src.sheets().get(sheet), r -> {
            StringBuilder b = new StringBuilder();
            for (Cell c : r.cells()) {
                b.append(c.display()).append('|');
            }
            out.add(b.toString());
        });
        return out;
    }

    @Test
    void aStrictPackageWithAbsoluteParentAndEscapedTargetsInOtherCaseIsRead() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("_rels/.rels", rels("rId1", STRICT + "officeDocument", "/xl/workbook.xml"));
        p.put("xl/workbook.xml", "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" "
                + "xmlns:x=\"" + STRICT + "\"><workbookPr date1904=\"true\"/><sheets>"
                + "<sheet name=\"Calls\" sheetId=\"1\" x:id=\"rId7\"/>"
                + "<sheet name=\"Lists\" sheetId=\"2\" state=\"veryHidden\" x:id=\"rId8\"/></sheets></workbook>");
        p.put("xl/_rels/workbook.xml.rels", rels(
                "rId7", STRICT + "worksheet", "../xl/worksheets/Sheet%201.xml",
                "rId8", STRICT + "worksheet", "/xl/worksheets/./lists.xml",
                "rId9", STRICT + "sharedStrings", "sharedStrings.xml"));
        p.put("XL/Worksheets/sheet 1.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\"><v>4</v></c></row>"));
        p.put("xl/worksheets/lists.xml", sheet("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>0</v></c></row>"));
        p.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\"><si><t>Immediate</t></si><si><t>Total calls</t></si></sst>");
        Path f = zip("strict.xlsx", p);

        try (XlsxPackage pkg = new XlsxPackage(f)) {
            assertTrue(pkg.date1904());
            assertEquals(List.of(new XlsxPackage.Sheet("Calls", false, "xl/worksheets/Sheet 1.xml"),
                    new XlsxPackage.Sheet("Lists", true, "xl/worksheets/lists.xml")), pkg.sheets());
            assertArrayEquals(new boolean[0], pkg.dateStyles(), "no styles part: no date styles");
            assertNull(pkg.part("xl/styles.xml"));
        }
        try (XlsxSource src = new XlsxSource(f)) {
            assertEquals(List.of("Total calls|4|"), rows(src, 0));
            assertEquals(List.of("Immediate|"), rows(src, 1));
            assertTrue(src.sheets().get(1).hidden());
        }
    }

    @Test
    void isoDateCellsOfStrictFilesAreCountedWithTheirTimes() throws Exception {
        // t="d" holds an ISO 8601 date or date-time as text (ECMA-376 18.18.11); 2015-04-06 is a Monday.
        Map<String, String> p = minimal();
        p.put("xl/worksheets/sheet1.xml", sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Received</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Grading</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"d\"><v>2015-04-06T13:05:00</v></c>"
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>Immediate</t></is></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"d\"><v>2015-04-06T00:00:00</v></c>"
                        + "<c r=\"B3\" t=\"inlineStr\"><is><t>High</t></is></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"d\"><v>2015-04-07</v></c>"
                        + "<c r=\"B4\" t=\"inlineStr\"><is><t>High</t></is></c></row>"));
        Path f = zip("iso-dates.xlsx", p);
        org.forcestat.model.Partial read = new WorkbookReader(new HeaderMatcher()).read(f);
        var calls = read.calls();
        assertEquals(2, calls.total(java.time.LocalDate.of(2015, 4, 6)), read.findings().toString());
        assertEquals(1, calls.total(java.time.LocalDate.of(2015, 4, 7)));
        assertEquals(1, calls.hourCount(java.time.DayOfWeek.MONDAY, 13));
        assertEquals(1, calls.hourCount(java.time.DayOfWeek.MONDAY, 0), "an explicit 00:00:00 is a time");
        assertEquals(0, calls.hourCount(java.time.DayOfWeek.TUESDAY, 0), "a date alone has no hour");
        assertTrue(read.findings().stream().noneMatch(x -> x.rule().equals("DATE_UNREADABLE")), read.findings().toString());
    }

    @Test
    void dateStylesAreTheCellFormatsWithADateFormatAsPoiReadsThem() throws Exception {
        Path f = dir.resolve("styles.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var fmt = wb.createDataFormat();
            String[] formats = {"General", "dd/mm/yyyy hh:mm", "0.00%", "d-mmm-yy", "@", "[$-F800]dddd, mmmm dd, yyyy",
                "#,##0", "h:mm", "yyyy-mm"};
            for (String s : formats) {
                XSSFCellStyle st = wb.createCellStyle();
                st.setDataFormat(fmt.getFormat(s));
            }
            wb.createSheet("Calls").createRow(0).createCell(0).setCellValue(1);
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        boolean[] poi;
        try (XSSFWorkbook wb = new XSSFWorkbook(f.toFile())) {
            poi = new boolean[wb.getNumCellStyles()];
            for (int i = 0; i < poi.length; i++) {
                XSSFCellStyle s = wb.getCellStyleAt(i);
                poi[i] = DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            }
        }
        try (XlsxPackage pkg = new XlsxPackage(f)) {
            boolean[] ours = pkg.dateStyles();
            // Style 0 is the default; then the nine formats above, in order.
            assertArrayEquals(new boolean[] {false, false, true, false, true, false, true, false, true, true}, ours);
            assertArrayEquals(poi, ours, "the same answer as POI's own StylesTable");
        }
    }

    @Test
    void cellStyleXfsAreNotCellStyles() throws Exception {
        String styles = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                + "<cellStyleXfs count=\"2\"><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" xfId=\"1\"/><xf numFmtId=\"164\"/><xf/></cellXfs></styleSheet>";
        Map<String, String> p = minimal();
        p.put("xl/_rels/workbook.xml.rels", rels("rId1", TRANSITIONAL + "worksheet", "worksheets/sheet1.xml",
                "rId2", TRANSITIONAL + "styles", "styles.xml"));
        p.put("xl/styles.xml", styles);
        try (XlsxPackage pkg = new XlsxPackage(zip("xfs.xlsx", p))) {
            assertArrayEquals(new boolean[] {false, true, false}, pkg.dateStyles());
        }
    }

    private static Map<String, String> minimal() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("_rels/.rels", rels("rId1", TRANSITIONAL + "officeDocument", "xl/workbook.xml"));
        p.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + TRANSITIONAL + "\"><sheets>"
                + "<sheet name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        p.put("xl/_rels/workbook.xml.rels", rels("rId1", TRANSITIONAL + "worksheet", "worksheets/sheet1.xml"));
        p.put("xl/worksheets/sheet1.xml", sheet(""));
        return p;
    }

    @Test
    void externalLinksAreNamedByTheirLinkPartsTargets() throws Exception {
        Map<String, String> p = minimal();
        p.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + TRANSITIONAL + "\"><sheets>"
                + "<sheet name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets><externalReferences>"
                + "<externalReference r:id=\"rId5\"/><externalReference r:id=\"rId6\"/></externalReferences></workbook>");
        p.put("xl/_rels/workbook.xml.rels", rels("rId1", TRANSITIONAL + "worksheet", "worksheets/sheet1.xml",
                "rId5", TRANSITIONAL + "externalLink", "externalLinks/externalLink1.xml",
                "rId6", TRANSITIONAL + "externalLink", "externalLinks/externalLink2.xml"));
        p.put("xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"" + MAIN + "\"/>");
        p.put("xl/externalLinks/_rels/externalLink1.xml.rels",
                rels("rId1", TRANSITIONAL + "externalLinkPath", "file:///C:/Budgets/Rates%202015.xlsx"));
        try (XlsxPackage pkg = new XlsxPackage(zip("links.xlsx", p))) {
            // The second link part is missing: its formulas are still flagged, without a file name.
            assertEquals(List.of("file:///C:/Budgets/Rates%202015.xlsx", ""), pkg.externalLinkTargets());
        }
    }

    @Test
    void aPartThatInflatesPastTheRatioStopsSoonAfterTheGraceSize() throws Exception {
        Map<String, String> p = minimal();
        p.put("xl/worksheets/sheet1.xml", sheet(" ".repeat(80 << 20)));
        StringBuilder digits = new StringBuilder("<a>");
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 300_000; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        p.put("xl/ok.xml", digits.append("</a>").toString());
        Path f = zip("bomb.xlsx", p);
        try (XlsxPackage pkg = new XlsxPackage(f)) {
            long compressed;
            try (var z = new java.util.zip.ZipFile(f.toFile())) {
                compressed = z.getEntry("xl/worksheets/sheet1.xml").getCompressedSize();
            }
            long[] read = {0};
            try (InputStream in = pkg.part("xl/worksheets/sheet1.xml")) {
                IOException e = assertThrows(XlsxPackage.ZipBombException.class, () -> {
                    byte[] buf = new byte[8192];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        read[0] += n;
                    }
                });
                assertTrue(e.getMessage().contains("100 times its compressed size"), e.getMessage());
            }
            // 100 x the compressed size is long passed at the grace size, so it stops within one buffer of it,
            // short of the 80 MB.
            assertTrue(compressed * 100 < InputLimits.GRACE_ENTRY_SIZE, compressed + " bytes compressed");
            assertTrue(read[0] <= InputLimits.GRACE_ENTRY_SIZE && read[0] > InputLimits.GRACE_ENTRY_SIZE - 8192,
                    read[0] + " / " + compressed);
            // A part under the ratio (300 KB of random digits) reads whole.
            try (InputStream in = pkg.part("xl/ok.xml")) {
                assertEquals(300_007, in.readAllBytes().length);
            }
        }
        assertEquals(FailureExplainer.Cause.ZIP_BOMB,
                FailureExplainer.classify(f, new XlsxPackage.ZipBombException("test")));
    }

    @Test
    void aPackageWithMorePartsThanTheLimitIsRefused() throws Exception {
        Map<String, String> p = minimal();
        for (int i = 0; i < InputLimits.MAX_FILE_COUNT; i++) {
            p.put("xl/media/p" + i + ".xml", "");
        }
        Path f = zip("many.xlsx", p);
        IOException e = assertThrows(XlsxPackage.ZipBombException.class, () -> new XlsxPackage(f));
        assertTrue(e.getMessage().contains("more than the " + InputLimits.MAX_FILE_COUNT), e.getMessage());
    }

    @Test
    void aFileThatIsNotAZipOrHasNoWorkbookIsNotReadable() throws Exception {
        Path text = Files.writeString(dir.resolve("calls.xlsx"), "Date,Total calls\n");
        IOException e = assertThrows(IOException.class, () -> new XlsxPackage(text));
        assertTrue(e.getMessage().startsWith("not a readable .xlsx file"), e.getMessage());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("word/document.xml", "<document/>");
        e = assertThrows(IOException.class, () -> new XlsxPackage(zip("doc.xlsx", p)));
        assertEquals("not a readable .xlsx file: it has no workbook part", e.getMessage());
    }

    @Test
    void relationshipTargetsResolveLikePartNames() {
        assertEquals("xl/worksheets/sheet1.xml", XlsxPackage.resolve("xl/", "worksheets/sheet1.xml"));
        assertEquals("xl/styles.xml", XlsxPackage.resolve("xl/", "/xl/styles.xml"));
        assertEquals("xl/drawings/drawing1.xml", XlsxPackage.resolve("xl/worksheets/", "../drawings/drawing1.xml"));
        assertEquals("xl/Budget 2015 (£).xml", XlsxPackage.resolve("xl/", "./Budget%202015%20(%C2%A3).xml"));
        assertEquals("xl/a+b.xml", XlsxPackage.resolve("xl/", "a+b.xml"));
        assertFalse(XlsxPackage.resolve("", "../../x.xml").startsWith("."));
    }
}
