package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.CellAddress;
import org.forcestat.format.SaxBridge;
import org.forcestat.format.SharedStrings;
import org.forcestat.format.XmlPull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The pull reader is checked against a second reader: the JDK's SAX parser with
 * {@link SheetXmlHandler}, which it replaced for speed. Both must give the same rows, cell for cell.
 */
class SheetPullReaderTest {
    private static final boolean[] DATE_STYLES = {false, true, false, true};

    private static List<SheetRow> pull(byte[] xml, SharedStrings strings) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        SheetPullReader.read(new XmlPull(new ByteArrayInputStream(xml)), strings, DATE_STYLES, rows::add);
        return rows;
    }

    private static List<SheetRow> sax(byte[] xml, SharedStrings strings) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(new SheetXmlHandler(strings, DATE_STYLES, rows::add));
        reader.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return rows;
    }

    /** Every part of a saved workbook, by name (read with ZipFile: SXSSF's zip trips ZipInputStream). */
    private static java.util.Map<String, byte[]> parts(Workbook wb) throws IOException {
        Path tmp = java.nio.file.Files.createTempFile("forcestat-pull-", ".xlsx");
        try {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            java.util.Map<String, byte[]> parts = new java.util.HashMap<>();
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            return parts;
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    private static void fill(Workbook wb) {
        Sheet sh = wb.createSheet("Mixed");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        Random r = new Random(42);
        double[] numbers = {0, -0.0, 1, -1, 0.1, 41730.00027777778, 1e20, 1.5e-7, 123456789012345678.0, Double.MIN_VALUE,
                -98765.4321, 2.0 / 3};
        for (int i = 0; i < 300; i++) {
            Row row = sh.createRow(i * 2 + (i % 7 == 0 ? 1 : 0));
            row.createCell(0).setCellValue("ID-" + i + (i % 5 == 0 ? " & <fish> \u00e9\uD83D\uDE00" : ""));
            row.createCell(1).setCellValue(LocalDateTime.of(2014, 4, 1, 0, 0).plusMinutes(r.nextInt(500_000)));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(numbers[i % numbers.length] * (i + 1));
            if (i % 3 == 0) {
                row.createCell(4).setCellValue(i % 2 == 0);
            }
            if (i % 4 == 0) {
                row.createCell(5).setCellFormula("C" + (row.getRowNum() + 1) + "*2");
            }
            if (i % 11 == 0) {
                row.createCell(6).setCellErrorValue(FormulaError.DIV0.getCode());
            }
            if (i % 13 == 0) {
                row.createCell(7).setCellStyle(date);
            }
            if (i % 17 == 0 && wb instanceof XSSFWorkbook x) {
                XSSFRichTextString rich = new XSSFRichTextString("Crime report");
                rich.applyFont(0, 5, x.createFont());
                row.createCell(8).setCellValue(rich);
            }
            row.createCell(30 + i % 3).setCellValue("   ");
        }
    }

    @Test
    void aWorkbookAsExcelSavesItReadsTheSameAsWithSax() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb);
            java.util.Map<String, byte[]> parts = parts(wb);
            try (SharedStrings strings = SharedStrings.read(new ByteArrayInputStream(parts.get("xl/sharedStrings.xml")))) {
                assertTrue(strings.size() > 250, "strings are shared: " + strings.size());
                byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
                List<SheetRow> rows = pull(sheet, strings);
                assertEquals(sax(sheet, strings), rows);
                assertEquals(300, rows.size());
                SheetRow first = rows.get(0);
                assertEquals(1, first.rowNumber(), "row 0 is written at sheet row 2 (0-based 1)");
                assertEquals("ID-0 & <fish> \u00e9\uD83D\uDE00", first.get(0).text());
                assertEquals(0.0, first.get(2).number());
            }
        }
    }

    @Test
    void aStreamedWorkbookWithInlineStringsReadsTheSameAsWithSax() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(50)) {
            fill(wb);
            byte[] sheet = parts(wb).get("xl/worksheets/sheet1.xml");
            assertTrue(new String(sheet, StandardCharsets.UTF_8).contains("t=\"inlineStr\""));
            try (SharedStrings none = SharedStrings.read(null)) {
                List<SheetRow> rows = pull(sheet, none);
                assertEquals(sax(sheet, none), rows);
                assertEquals(41730.00027777778 * 6, rows.get(5).get(2).number());
            }
            wb.dispose();
        }
    }

    @Test
    void handWrittenPartsWithoutReferencesAndWithUnusualTypesReadTheSameAsWithSax() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"urn:s\"><sheetData>\n"
                + "<row><c><v>1</v></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>1x</v></c><c s=\"1\"><v>41730.5</v></c></row>\n"
                + "<row r=\"5\"><c r=\"C5\" t=\"d\"><v>2016-05-01T00:00:00</v></c><c t=\"n\"><v> 12 </v></c>"
                + "<c t=\"e\"><v>#N/A</v></c><c t=\"b\"><v>0</v></c><c><v>1.5E+20</v></c><c s=\"3\"><v>-2.25e-3</v></c></row>\n"
                + "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><r><t>Grand </t></r><r><rPr><b/></rPr><t>total</t></r></is></c>"
                + "<c r=\"AB6\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> two\r\nlines </t></is></c><c r=\"AC6\"><v></v></c>"
                + "<c r=\"AD6\" s=\"2\"><f>SUM(A1:A2)</f></c><c r=\"ZZ6\"><v><![CDATA[7]]></v></c></row>\n"
                + "<row r=\"7\"/></sheetData></worksheet>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        try (SharedStrings none = SharedStrings.read(null)) {
            List<SheetRow> rows = pull(bytes, none);
            assertEquals(sax(bytes, none), rows);
            assertEquals(4, rows.size());
            assertEquals(List.of(0, 1, 2), rows.get(0).cells().stream().map(Cell::col).toList());
            assertEquals("1x", rows.get(0).get(1).text());
            assertEquals("A1&\"x\"", rows.get(0).get(1).formula());
            assertTrue(rows.get(0).get(2).dateFormatted());
            assertEquals(4, rows.get(1).rowNumber());
            assertEquals("2016-05-01T00:00:00", rows.get(1).get(2).text());
            assertEquals(12.0, rows.get(1).get(3).number());
            assertEquals(Cell.Type.ERROR, rows.get(1).get(4).type());
            assertEquals(1.5e20, rows.get(1).get(6).number());
            assertEquals("Grand total", rows.get(2).get(0).text());
            assertEquals(" two\nlines ", rows.get(2).get(27).text());
            assertEquals(Cell.Type.BLANK, rows.get(2).get(29).type());
            assertEquals("SUM(A1:A2)", rows.get(2).get(29).formula());
            assertEquals(7.0, rows.get(2).get(701).number());
            assertEquals(List.of(), rows.get(3).cells());
        }
    }

    @Test
    void aWholeFileIsReadThroughTheReadAheadThreadAsThroughSax(@TempDir Path dir) throws Exception {
        Path file = Fixtures.workbook(dir, "calls.xlsx", "Calls",
                new Object[] {"Call ID", "Received", "Grading"},
                new Object[] {"KC-1", LocalDateTime.of(2014, 4, 1, 0, 1), "Immediate"},
                new Object[] {"KC-2", LocalDateTime.of(2014, 4, 1, 0, 2), "Priority"});
        List<SheetRow> viaSource = new ArrayList<>();
        try (XlsxSource src = new XlsxSource(file)) {
            src.stream(src.sheets().get(0), viaSource::add);
        }
        assertEquals(3, viaSource.size());
        assertEquals("Priority", viaSource.get(2).get(2).text());
        assertEquals(41730 + 2 / 1440.0, viaSource.get(2).get(1).number(), 1e-9);
        assertTrue(viaSource.get(2).get(1).dateFormatted());
        try (InputStream in = ReadAhead.of(new ByteArrayInputStream(new byte[ReadAhead.CHUNK * 20 + 5]))) {
            assertEquals(ReadAhead.CHUNK * 20 + 5, in.readAllBytes().length);
        }
    }
    @Test
    void aSheetPartInAnotherEncodingIsTranscodedAndReadToTheSameText(@TempDir Path dir) throws Exception {
        Path utf8 = Fixtures.workbook(dir, "cafe.xlsx", "Notes", new Object[] {"Caf\u00e9 r\u00f4le", 12});
        List<Path> files = new ArrayList<>(List.of(utf8));
        for (String enc : List.of("ISO-8859-1", "windows-1252", "UTF-16", "UTF-16LE")) {
            Path copy = dir.resolve("cafe-" + enc + ".xlsx");
            try (ZipFile in = new ZipFile(utf8.toFile());
                 java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(copy))) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    byte[] b;
                    try (InputStream is = in.getInputStream(e)) {
                        b = is.readAllBytes();
                    }
                    if (e.getName().equals("xl/worksheets/sheet1.xml") || e.getName().equals("xl/sharedStrings.xml")) {
                        String xml = new String(b, StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"" + enc + "\"");
                        assertTrue(xml.contains(enc), e.getName());
                        // Java's UTF-16 writes big-endian with a byte-order mark; UTF-16LE gets its mark by hand
                        b = enc.equals("UTF-16LE") ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, xml.getBytes(enc))
                                : xml.getBytes(enc);
                    }
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(b);
                    out.closeEntry();
                }
            }
            files.add(copy);
        }
        for (Path f : files) {
            List<SheetRow> rows = new ArrayList<>();
            try (XlsxSource src = new XlsxSource(f)) {
                src.stream(src.sheets().get(0), rows::add);
            }
            assertEquals(1, rows.size(), f.toString());
            assertEquals("Caf\u00e9 r\u00f4le", rows.get(0).get(0).text(), f.toString());
            assertEquals(12.0, rows.get(0).get(1).number(), f.toString());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** A random but well-formed worksheet part: the kinds of markup Excel and other writers produce. */
    private static String randomSheet(Random r) {
        String[] texts = {"Immediate", "a &amp; b", "&lt;tag&gt;", "caf\u00e9 \u20ac5", "\uD83D\uDE00", " spaced ",
            "&#233;t&#xE9;", "line\r\nbreak", "quote &quot;x&apos;", "", "_x000D_"};
        String[] numbers = {"0", "-0", "1", "41730.00027777778", "41730.000601851854", "1E+20", "-2.5e-3", "007",
            "123456789012345678", " 12 ", "9007199254740993", "0.1", "5."};
        boolean prefix = r.nextInt(4) == 0;
        String p = prefix ? "x:" : "";
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        b.append('<').append(p).append("worksheet xmlns").append(prefix ? ":x" : "").append("=\"urn:s\"><")
                .append(p).append("sheetData>");
        int row = 0;
        for (int i = 0, n = r.nextInt(12); i < n; i++) {
            row += 1 + r.nextInt(3);
            b.append('<').append(p).append("row").append(r.nextBoolean() ? " r=\"" + row + "\"" : "")
                    .append(r.nextBoolean() ? " spans='1:4'" : "").append('>');
            if (r.nextInt(6) == 0) {
                b.append("<!-- a comment -->");
            }
            int col = 0;
            for (int k = 0, m = r.nextInt(6); k < m; k++) {
                col += 1 + r.nextInt(2);
                String ref = r.nextInt(5) == 0 ? "" : " r=\"" + CellAddress.a1(row - 1, col - 1) + "\"";
                String style = r.nextBoolean() ? " s=\"" + r.nextInt(4) + "\"" : "";
                b.append('<').append(p).append('c').append(ref).append(style);
                switch (r.nextInt(6)) {
                    case 0 -> b.append(" t=\"inlineStr\"><").append(p).append("is><").append(p).append("t>")
                            .append(texts[r.nextInt(texts.length)]).append("</").append(p).append("t></")
                            .append(p).append("is>");
                    case 1 -> b.append(" t=\"str\"><").append(p).append("f>A1&amp;\"x\"</").append(p).append("f><")
                            .append(p).append("v>").append(texts[r.nextInt(texts.length)]).append("</").append(p).append("v>");
                    case 2 -> b.append(" t='b'><").append(p).append("v>").append(r.nextInt(2)).append("</").append(p).append("v>");
                    case 3 -> b.append(" t=\"e\"><").append(p).append("v>#DIV/0!</").append(p).append("v>");
                    case 4 -> b.append("/");
                    default -> b.append("><").append(p).append("v>")
                            .append(r.nextInt(8) == 0 ? "<![CDATA[7]]>" : numbers[r.nextInt(numbers.length)])
                            .append("</").append(p).append("v>");
                }
                b.append(b.charAt(b.length() - 1) == '/' ? ">" : "</" + p + "c>");
            }
            b.append("</").append(p).append("row").append(r.nextBoolean() ? " " : "").append('>');
        }
        return b.append("</").append(p).append("sheetData></").append(p).append("worksheet>").toString();
    }

    @Test
    void fiveHundredRandomPartsReadTheSameAsWithSaxAndBrokenCopiesFailAsSaxDoes() throws Exception {
        Random r = new Random(1904);
        int broken = 0;
        long cells = 0;
        try (SharedStrings none = SharedStrings.read(null)) {
            for (int i = 0; i < 500; i++) {
                String xml = randomSheet(r);
                byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
                List<SheetRow> rows = pull(bytes, none);
                assertEquals(sax(bytes, none), rows, xml);
                cells += rows.stream().mapToInt(x -> x.cells().size()).sum();
                // Cut it anywhere: both readers refuse the rest.
                byte[] cut = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length));
                boolean saxFails;
                try {
                    sax(cut, none);
                    saxFails = false;
                } catch (Exception e) {
                    saxFails = true;
                }
                boolean pullFails;
                try {
                    pull(cut, none);
                    pullFails = false;
                } catch (IOException e) {
                    pullFails = true;
                }
                assertEquals(saxFails, pullFails, new String(cut, StandardCharsets.UTF_8));
                broken += pullFails ? 1 : 0;
            }
        }
        assertTrue(broken > 450, "almost every cut document is broken: " + broken);
        assertTrue(cells > 5_000, "the documents hold cells of every kind: " + cells);
    }

    /** Records SAX events as text, with adjacent character runs joined (SAX may split them). */
    private static final class Recorder extends org.xml.sax.helpers.DefaultHandler {
        final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        private void flush() {
            if (text.length() > 0) {
                events.add("T:" + text);
                text.setLength(0);
            }
        }

        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes a) {
            flush();
            StringBuilder b = new StringBuilder("S:" + local);
            for (int i = 0; i < a.getLength(); i++) {
                b.append(' ').append(a.getQName(i)).append('=').append(a.getValue(i));
            }
            b.append(" r=").append(a.getValue("r")).append(" t=").append(a.getValue("t"));
            events.add(b.toString());
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            flush();
            events.add("E:" + local);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }
    }

    @Test
    void theSaxBridgeGivesTheAuditTheEventsTheJdkParserGives() throws Exception {
        Random r = new Random(1900);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = randomSheet(r).getBytes(StandardCharsets.UTF_8);
            Recorder bridge = new Recorder();
            SaxBridge.parse(new ByteArrayInputStream(bytes), bridge);
            Recorder jdk = new Recorder();
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(jdk);
            reader.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
            // The JDK reports namespace declarations as no attributes; the bridge passes them on.
            List<String> expected = jdk.events;
            List<String> seen = bridge.events.stream().map(e -> e.replaceAll(" xmlns(:x)?=urn:s", "")).toList();
            assertEquals(expected, seen, new String(bytes, StandardCharsets.UTF_8));
        }
        assertThrows(org.xml.sax.SAXParseException.class, () -> SaxBridge.parse(new ByteArrayInputStream(
                "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>".getBytes(StandardCharsets.UTF_8)), new Recorder()));
    }
}
