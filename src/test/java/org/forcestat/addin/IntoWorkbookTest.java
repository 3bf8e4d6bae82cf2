package org.forcestat.addin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.report.SummaryWorkbookWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Add-in mode on real workbooks: the user's parts byte for byte, the changed parts changed only by
 * additions, forcestat's sheets after the user's, and a second run replacing them.
 */
class IntoWorkbookTest {
    static final Path REAL = Path.of("..", "shared", "realbooks", "custodes-dev");
    static final Set<String> CHANGED = Set.of("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml");
    static Path summary;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSummary(@TempDir Path out) throws Exception {
        int code = org.forcestat.cli.Main.commandLine().execute("run", "-q", "-o", out.toString(), "samples");
        assertEquals(0, code);
        try (var files = Files.list(out)) {
            summary = files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
    }

    /** A real workbook from the shared benchmark set (beside the repository, or at /work/shared). */
    static Path real(String name) {
        for (Path base : List.of(Path.of("/work/shared/realbooks/custodes-dev"), REAL,
                Path.of("..", "..", "shared", "realbooks", "custodes-dev"))) {
            if (Files.exists(base.resolve(name))) {
                return base.resolve(name);
            }
        }
        org.junit.jupiter.api.Assumptions.abort("real workbook " + name + " not found beside the repository");
        return null;
    }

    /** Real workbooks with chart sheets, embedded charts, a LibreOffice pivot table, and a macro project. */
    static Stream<String> books() {
        return Stream.of("2003-4 budget.xlsx", "WCA_May2003.xlsx", "01-38-PK_tables-figures.xlsx", "pivot", "xlsm");
    }

    Path book(String which) throws Exception {
        return switch (which) {
            case "pivot" -> fixture("calls-with-pivot.xlsx");
            case "xlsm" -> withVbaProject(fixture("plan-with-macro.xlsm"));
            default -> copy(real(which));
        };
    }

    @ParameterizedTest
    @MethodSource("books")
    void keepsEveryPartOfTheUsersWorkbookAndAddsOurSheetsAfter(String which) throws Exception {
        Path book = book(which);
        String before = sha256(book);
        Path out = IntoWorkbook.target(book);
        IntoWorkbook.merge(book, summary, SummaryWorkbookWriter.SHEETS, out);
        assertEquals(before, sha256(book), "the user's workbook must not change");

        Map<String, byte[]> old = entries(book);
        Map<String, byte[]> now = entries(out);
        for (var e : old.entrySet()) {
            assertTrue(now.containsKey(e.getKey()), "lost " + e.getKey());
            if (!CHANGED.contains(e.getKey())) {
                assertArrayEquals(e.getValue(), now.get(e.getKey()), e.getKey() + " changed");
            }
        }
        // New parts are forcestat's only.
        for (String name : now.keySet()) {
            if (!old.containsKey(name)) {
                assertTrue(IntoWorkbook.fileName(name).startsWith("forcestat-"), "unexpected new part " + name);
            }
        }
        // The workbook: the user's sheets first, unchanged, then ours in order.
        List<String> oldSheets = sheetNames(old.get("xl/workbook.xml"));
        List<String> newSheets = sheetNames(now.get("xl/workbook.xml"));
        assertEquals(oldSheets, newSheets.subList(0, oldSheets.size()));
        assertEquals(SummaryWorkbookWriter.SHEETS, newSheets.subList(oldSheets.size(), newSheets.size()));
        // Styles: every list keeps the user's items first, unchanged.
        assertPrefix(old.get("xl/styles.xml"), now.get("xl/styles.xml"), "fonts", "fills", "borders", "cellXfs",
                "cellStyleXfs", "numFmts");
        assertPrefix(old.get("[Content_Types].xml"), now.get("[Content_Types].xml"));
        assertPrefix(old.get("xl/_rels/workbook.xml.rels"), now.get("xl/_rels/workbook.xml.rels"));

        // POI reads it back: the user's cells and ours.
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile()); XSSFWorkbook orig = new XSSFWorkbook(book.toFile())) {
            assertEquals(orig.getNumberOfSheets() + SummaryWorkbookWriter.SHEETS.size(), wb.getNumberOfSheets());
            var first = orig.getSheetAt(0);
            var copy = wb.getSheetAt(0);
            for (var row : first) {
                for (var cell : row) {
                    var c2 = copy.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                    assertEquals(cell.toString(), c2.toString(), cell.getAddress().toString());
                    assertEquals(cell.getCellStyle().getDataFormatString(), c2.getCellStyle().getDataFormatString());
                }
            }
            var metrics = wb.getSheet("Metrics");
            assertEquals("calls.total", metrics.getRow(metrics.getFirstRowNum() + 1).getCell(0).getStringCellValue());
            var ours = new XSSFWorkbook(summary.toFile());
            var theirMetrics = ours.getSheet("Metrics");
            for (int r = theirMetrics.getFirstRowNum(); r <= theirMetrics.getLastRowNum(); r++) {
                if (theirMetrics.getRow(r) == null) {
                    continue;
                }
                for (var cell : theirMetrics.getRow(r)) {
                    var c2 = metrics.getRow(r).getCell(cell.getColumnIndex());
                    assertEquals(cell.toString(), c2.toString(), "Metrics!" + cell.getAddress());
                    assertEquals(cell.getCellStyle().getDataFormatString(), c2.getCellStyle().getDataFormatString(),
                            "format of Metrics!" + cell.getAddress());
                    assertEquals(ours.getFontAt(cell.getCellStyle().getFontIndex()).getBold(),
                            wb.getFontAt(c2.getCellStyle().getFontIndex()).getBold(), "bold Metrics!" + cell.getAddress());
                }
            }
            ours.close();
        }
    }

    @Test
    void aSecondRunReplacesOurSheetsAndNothingElse() throws Exception {
        Path book = copy(real("WCA_May2003.xlsx"));
        Path once = dir.resolve("once.xlsx");
        IntoWorkbook.merge(book, summary, SummaryWorkbookWriter.SHEETS, once);
        Path twice = dir.resolve("twice.xlsx");
        IntoWorkbook.merge(once, summary, SummaryWorkbookWriter.SHEETS, twice);
        Map<String, byte[]> a = entries(once);
        Map<String, byte[]> b = entries(twice);
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            if (!name.startsWith("docProps/")) {
                assertEquals(new String(a.get(name), "UTF-8"), new String(b.get(name), "UTF-8"), name);
            }
        }
    }

    @Test
    void refusesWhatItCannotAddTo() throws Exception {
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {1, 2, 3});
        assertTrue(assertThrows(IntoWorkbook.Refused.class, () -> IntoWorkbook.check(xls, SummaryWorkbookWriter.SHEETS))
                .getMessage().contains("save it as .xlsx"));
        Path encrypted = dir.resolve("secret.xlsx");
        Files.write(encrypted, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0});
        assertTrue(assertThrows(IntoWorkbook.Refused.class,
                () -> IntoWorkbook.check(encrypted, SummaryWorkbookWriter.SHEETS)).getMessage().contains("password"));
        Path summaryNamed = dir.resolve("mine.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(summaryNamed)) {
            wb.createSheet("Data");
            wb.createSheet("summary");
            wb.write(o);
        }
        String clash = assertThrows(IntoWorkbook.Refused.class,
                () -> IntoWorkbook.check(summaryNamed, SummaryWorkbookWriter.SHEETS)).getMessage();
        assertTrue(clash.contains("already has a sheet called 'summary'"), clash);
        Path signed = withExtraEntry(real("WCA_May2003.xlsx"), "_xmlsignatures/sig1.xml");
        assertTrue(assertThrows(IntoWorkbook.Refused.class, () -> IntoWorkbook.check(signed, SummaryWorkbookWriter.SHEETS))
                .getMessage().contains("digitally signed"));
        Path locked = dir.resolve("locked.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(locked)) {
            wb.createSheet("Data");
            wb.lockStructure();
            wb.write(o);
        }
        assertTrue(assertThrows(IntoWorkbook.Refused.class, () -> IntoWorkbook.check(locked, SummaryWorkbookWriter.SHEETS))
                .getMessage().contains("structure protected"));
    }

    @Test
    void namesTheCopyBesideTheBook() {
        assertEquals(Path.of("a", "Returns.forcestat.xlsx"), IntoWorkbook.target(Path.of("a", "Returns.xlsx")));
        assertEquals(Path.of("Plan.forcestat.xlsm"), IntoWorkbook.target(Path.of("Plan.xlsm")));
        assertEquals(Path.of("Plan.forcestat.xlsx"), IntoWorkbook.target(Path.of("Plan.forcestat.xlsx")));
    }

    @Test
    void resolvesRelationshipTargets() {
        assertEquals("xl/charts/chart1.xml", IntoWorkbook.resolve("xl/drawings/", "../charts/chart1.xml"));
        assertEquals("xl/worksheets/sheet1.xml", IntoWorkbook.resolve("xl/", "/xl/worksheets/sheet1.xml"));
        assertEquals("xl/worksheets/sheet2.xml", IntoWorkbook.sourceOf("xl/worksheets/_rels/sheet2.xml.rels"));
    }

    /** Each list named (or the root's children) in {@code after} starts with the same elements as in {@code before}. */
    static void assertPrefix(byte[] before, byte[] after, String... lists) throws IOException {
        Document a = Xml.parse(new java.io.ByteArrayInputStream(before));
        Document b = Xml.parse(new java.io.ByteArrayInputStream(after));
        if (lists.length == 0) {
            assertElementsPrefix(a.getDocumentElement(), b.getDocumentElement());
        }
        for (String list : lists) {
            Element x = Xml.child(a.getDocumentElement(), list);
            if (x != null) {
                assertElementsPrefix(x, Xml.child(b.getDocumentElement(), list));
            }
        }
    }

    static void assertElementsPrefix(Element a, Element b) throws IOException {
        List<Element> x = Xml.elements(a);
        List<Element> y = Xml.elements(b);
        assertTrue(y.size() >= x.size(), Xml.local(a) + " lost elements");
        for (int i = 0; i < x.size(); i++) {
            assertTrue(x.get(i).isEqualNode(y.get(i)), Xml.local(a) + " item " + i + " changed");
        }
    }

    static List<String> sheetNames(byte[] workbook) throws IOException {
        Document d = Xml.parse(new java.io.ByteArrayInputStream(workbook));
        List<String> out = new ArrayList<>();
        for (Element s : Xml.children(Xml.child(d.getDocumentElement(), "sheets"), "sheet")) {
            out.add(s.getAttribute("name"));
        }
        return out;
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (var e = z.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = z.getInputStream(entry)) {
                    out.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    Path fixture(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = IntoWorkbookTest.class.getResourceAsStream("/addin/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    /**
     * LibreOffice keeps Basic modules but writes no VBA project into .xlsm, and no real .xlsm is to hand
     * offline: this adds an OLE2 {@code xl/vbaProject.bin} (made with POI, opaque to the merge) with its
     * relationship and content type, as Excel stores one. What matters is that the part is carried byte for byte.
     */
    Path withVbaProject(Path xlsm) throws IOException {
        Path p = dir.resolve("vba-" + xlsm.getFileName());
        java.io.ByteArrayOutputStream vba = new java.io.ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.getRoot().createDirectory("VBA").createDocument("dir",
                    new java.io.ByteArrayInputStream("Attribute VB_Name = \"Module1\"".getBytes()));
            fs.getRoot().createDocument("PROJECT", new java.io.ByteArrayInputStream("ID=\"{00000000}\"".getBytes()));
            fs.writeFilesystem(vba);
        }
        try (ZipFile z = new ZipFile(xlsm.toFile()); ZipOutputStream o = new ZipOutputStream(Files.newOutputStream(p))) {
            for (var e = z.entries(); e.hasMoreElements();) {
                ZipEntry x = e.nextElement();
                byte[] b;
                try (InputStream in = z.getInputStream(x)) {
                    b = in.readAllBytes();
                }
                String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                if (x.getName().equals("[Content_Types].xml")) {
                    b = text.replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office."
                            + "vbaProject\"/></Types>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                } else if (x.getName().equals("xl/_rels/workbook.xml.rels")) {
                    b = text.replace("</Relationships>", "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/"
                            + "office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                o.putNextEntry(new ZipEntry(x.getName()));
                o.write(b);
                o.closeEntry();
            }
            o.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            o.write(vba.toByteArray());
            o.closeEntry();
        }
        return p;
    }

    Path copy(Path real) throws IOException {
        Path p = dir.resolve(real.getFileName().toString());
        Files.copy(real, p);
        return p;
    }

    Path withExtraEntry(Path real, String entry) throws IOException {
        Path p = dir.resolve("extra-" + real.getFileName());
        try (ZipFile z = new ZipFile(real.toFile()); ZipOutputStream o = new ZipOutputStream(Files.newOutputStream(p))) {
            for (var e = z.entries(); e.hasMoreElements();) {
                ZipEntry x = e.nextElement();
                o.putNextEntry(new ZipEntry(x.getName()));
                try (InputStream in = z.getInputStream(x)) {
                    in.transferTo(o);
                }
                o.closeEntry();
            }
            o.putNextEntry(new ZipEntry(entry));
            o.write("<x/>".getBytes());
            o.closeEntry();
        }
        return p;
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
