package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.model.Partial;
import org.forcestat.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile or broken file lands in a drop folder next to a good calls workbook: the run gives one
 * clear error finding for it (exit 2), still counts the good file, prints no stack trace, and leaves
 * every input byte-identical.
 */
class HostileInputsTest {
    static final Path GOOD = Path.of("samples", "calls-per-day-2014-15.xlsx");

    @TempDir
    Path tmp;

    /** A drop folder (with a space and non-ASCII letters in its name) holding the good calls workbook. */
    private Path dropFolder() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("Drop folder – Kent é"));
        Files.copy(GOOD, in.resolve("calls per day 2014-15.xlsx"));
        return in;
    }

    /** Runs on the folder and checks everything common to every hostile case; returns the finding. */
    private CommandRun.Row3 assertOneErrorFor(Path in, String file, String rule, String... says) throws Exception {
        Map<String, String> before = SamplesEndToEndTest.hashes(in);
        Path out = tmp.resolve("out put");
        CommandRun r = CommandRun.of("run", in.toString(), "-o", out.toString(), "--quiet");
        assertEquals(Main.UNREADABLE_INPUTS, r.exitCode(), r.printed());
        List<CommandRun.Row3> errors = r.findings().stream().filter(f -> f.severity().equals("Error")).toList();
        assertEquals(1, errors.size(), errors.toString());
        CommandRun.Row3 f = errors.get(0);
        assertEquals(rule, f.rule(), f.toString());
        assertEquals(file, f.file());
        assertTrue(f.message().contains(file), f.message());
        for (String s : says) {
            assertTrue(f.message().contains(s), "'" + s + "' in: " + f.message());
        }
        assertEquals(827_000, r.metrics().get("calls.total"), 1, "the good file was still counted");
        assertNoStackTrace(r.printed());
        assertEquals(before, SamplesEndToEndTest.hashes(in), "inputs unchanged");
        return f;
    }

    static void assertNoStackTrace(String printed) {
        assertFalse(printed.contains("\tat ") || printed.contains("Exception"), printed);
    }

    @Test
    void anEmptyFileIsReportedAsEmptyWithAdviceToCopyItAgain() throws Exception {
        Path in = dropFolder();
        Files.createFile(in.resolve("empty.xlsx"));
        assertOneErrorFor(in, "empty.xlsx", "FILE_EMPTY", "0 bytes", "copy or save it again");
    }

    @Test
    void aTruncatedZipIsReportedAsDamagedOrIncomplete() throws Exception {
        Path in = dropFolder();
        byte[] whole = Files.readAllBytes(GOOD);
        Files.write(in.resolve("half copied.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertOneErrorFor(in, "half copied.xlsx", "FILE_DAMAGED", "not a complete Excel workbook", "copy it again");
    }

    @Test
    void aTextFileNamedXlsxIsNotAWorkbook() throws Exception {
        Path in = dropFolder();
        Files.writeString(in.resolve("calls.xlsx"), "Date,Total calls\n01/04/2015,2266\n");
        assertOneErrorFor(in, "calls.xlsx", "FILE_NOT_A_WORKBOOK", "not an Excel workbook", "plain text",
                "save it as an Excel Workbook (.xlsx)");
    }

    @Test
    void aPasswordProtectedWorkbookSaysToRemoveThePassword() throws Exception {
        Path in = dropFolder();
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
            wb.createSheet("Calls").createRow(0).createCell(0).setCellValue("Date");
            wb.write(os);
        }
        try (OutputStream os = Files.newOutputStream(in.resolve("budget (locked).xlsx"))) {
            fs.writeFilesystem(os);
        }
        fs.close();
        assertOneErrorFor(in, "budget (locked).xlsx", "FILE_PASSWORD_PROTECTED", "password-protected",
                "Remove the password (File > Info > Protect Workbook");
    }

    @Test
    void aPasswordProtectedXlsSaysToRemoveThePassword() throws Exception {
        Path in = dropFolder();
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream os = Files.newOutputStream(in.resolve("budget.xls"))) {
            wb.createSheet("Budget").createRow(0).createCell(0).setCellValue("Category");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                wb.write(os);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertOneErrorFor(in, "budget.xls", "FILE_PASSWORD_PROTECTED", "password-protected", "Remove the password");
    }

    /** "Export to Excel" in many web systems saves an HTML table under an .xls name. */
    @Test
    void aWebPageSavedAsXlsIsNotAWorkbookAndTheMessageNamesItsOwnExtension() throws Exception {
        Path in = dropFolder();
        Files.writeString(in.resolve("web export.xls"), "<html><body><table><tr><td>Date</td></tr></table></body></html>");
        CommandRun.Row3 f = assertOneErrorFor(in, "web export.xls", "FILE_NOT_A_WORKBOOK",
                "although its name ends in .xls (it holds a web page)", "save it as an Excel Workbook (.xlsx)");
        assertFalse(f.message().contains("ends in .xlsx"), f.message());
    }

    @Test
    void aWordDocumentNamedXlsIsNotAWorkbook() throws Exception {
        Path in = dropFolder();
        writeOle2(in.resolve("notes.xls"), "WordDocument", new byte[600]);
        assertOneErrorFor(in, "notes.xls", "FILE_NOT_A_WORKBOOK", "ends in .xls (it holds a Word document)");
    }

    /** Excel 5.0/95 (BIFF5) keeps its records in a "Book" stream and says version 0x0500 in its first record. */
    @Test
    void anExcel95WorkbookIsUnsupportedWithAdviceToSaveItAsXlsx() throws Exception {
        Path in = dropFolder();
        writeOle2(in.resolve("old template.xls"), "Book", biff(0x0500, 8));
        assertOneErrorFor(in, "old template.xls", "FILE_UNSUPPORTED", "older than Excel 97",
                "File > Save As > Excel Workbook (.xlsx)");
    }

    /** Excel 2.x to 4.0 wrote a bare BIFF stream, not a compound file: a BOF record first (here BIFF4's). */
    @Test
    void anExcel4WorkbookIsUnsupportedToo() throws Exception {
        Path in = dropFolder();
        Files.write(in.resolve("1993.xls"), new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x0A, 0x00, 0x00, 0x00});
        assertOneErrorFor(in, "1993.xls", "FILE_UNSUPPORTED", "older than Excel 97");
    }

    /** A workbook stream that lists no sheet is broken, never a file read with nothing in it. */
    @Test
    void anXlsWhoseWorkbookStreamListsNoSheetIsDamaged() throws Exception {
        Path in = dropFolder();
        writeOle2(in.resolve("cut.xls"), "Workbook", biff(0x0600, 16));
        assertOneErrorFor(in, "cut.xls", "FILE_DAMAGED", "no sheet is listed in the workbook stream");
    }

    /** A compound (OLE2) file holding one stream. */
    private static void writeOle2(Path file, String stream, byte[] content) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream os = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(content), stream);
            fs.writeFilesystem(os);
        }
    }

    /**
     * Workbook globals that list no sheet: a BOF record of the given version and length, a CODEPAGE
     * record (Windows-1252), then EOF.
     */
    private static byte[] biff(int version, int bofLength) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + bofLength + 6 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x0809).putShort((short) bofLength).putShort((short) version).putShort((short) 0x0005);
        b.position(4 + bofLength);
        b.putShort((short) 0x0042).putShort((short) 2).putShort((short) 1252);
        b.putShort((short) 0x000A).putShort((short) 0);
        return b.array();
    }

    @Test
    void aZipBombIsRefusedQuicklyAndInLittleMemory() throws Exception {
        Path in = dropFolder();
        // 200 MB of spaces inflate from ~200 KB: far past the 1:100 ratio the limits allow.
        MinimalXlsx.write(in.resolve("bomb.xlsx"), w -> {
            w.write(MinimalXlsx.HEAD + "<worksheet xmlns=\"" + MinimalXlsx.MAIN + "\"><sheetData>");
            char[] spaces = new char[1 << 20];
            java.util.Arrays.fill(spaces, ' ');
            for (int i = 0; i < 200; i++) {
                w.write(spaces);
            }
            w.write("</sheetData></worksheet>");
        });
        assertTrue(Files.size(in.resolve("bomb.xlsx")) < 2_000_000);
        long t0 = System.nanoTime();
        assertOneErrorFor(in, "bomb.xlsx", "FILE_ZIP_BOMB", "zip bomb", "refused");
        assertTrue(System.nanoTime() - t0 < 60_000_000_000L);
    }

    @Test
    void externalEntitiesAreNeverFetchedNorExpanded() throws Exception {
        Path in = dropFolder();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-42");
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        server.accept().close();
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            listener.start();
            String sheet = "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [\n"
                    + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/steal\">\n"
                    + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                    + "<worksheet xmlns=\"" + MinimalXlsx.MAIN + "\"><sheetData>"
                    + MinimalXlsx.row(1, "Date", "Total calls") + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&file;&net;</t></is></c></row>"
                    + "</sheetData></worksheet>";
            MinimalXlsx.write(in.resolve("xxe.xlsx"), sheet);
            CommandRun.Row3 f = assertOneErrorFor(in, "xxe.xlsx", "FILE_UNSAFE_XML", "DOCTYPE",
                    "nothing in it was expanded or fetched", "tell IT security");
            assertFalse(f.message().contains("TOP-SECRET"));
            server.close();
            listener.join(2000);
            assertEquals(0, connections.get(), "no connection was made to the entity's URL");
        }
    }

    @Test
    void billionLaughsEntityExpansionIsRefusedInLittleTimeAndMemory() throws Exception {
        Path in = dropFolder();
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String sheet = "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<worksheet xmlns=\"" + MinimalXlsx.MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
        MinimalXlsx.write(in.resolve("laughs.xlsx"), sheet);
        Runtime rt = Runtime.getRuntime();
        long usedBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        assertOneErrorFor(in, "laughs.xlsx", "FILE_UNSAFE_XML", "DOCTYPE");
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "refused quickly");
        // A billion "lol"s would be gigabytes; the heap stays far below that.
        assertTrue(rt.totalMemory() - rt.freeMemory() - usedBefore < 512L * 1024 * 1024);
    }

    @Test
    void anXlsbWorkbookIsNotSupportedAndSaysToSaveAsXlsx() throws Exception {
        Path in = dropFolder();
        Files.write(in.resolve("binary.xlsb"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertOneErrorFor(in, "binary.xlsb", "FILE_UNSUPPORTED", "save it as .xlsx");
    }

    @Test
    void aCellOfTheMaximum32767CharactersIsReadWhole() throws Exception {
        Path in = dropFolder();
        String gaps = "Intelligence gap: county lines dealing in rural areas. ".repeat(600).substring(0, 32_766) + "!";
        Path register = in.resolve("threats.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sh = wb.createSheet("Threats");
            String[] head = {"Threat", "Harm", "Likelihood", "Confidence", "Intelligence gaps"};
            var r0 = sh.createRow(0);
            for (int c = 0; c < head.length; c++) {
                r0.createCell(c).setCellValue(head[c]);
            }
            var r1 = sh.createRow(1);
            r1.createCell(0).setCellValue("Gangs and county lines");
            r1.createCell(1).setCellValue(4);
            r1.createCell(2).setCellValue(4);
            r1.createCell(3).setCellValue("High");
            r1.createCell(4).setCellValue(gaps);
            try (OutputStream os = Files.newOutputStream(register)) {
                wb.write(os);
            }
        }
        Partial p = new WorkbookReader(new HeaderMatcher()).read(register);
        assertEquals(SourceInfo.Status.READ, p.sources().get(0).status());
        assertTrue(p.threats().get(0).text().containsValue(gaps), "the whole 32,767-character text was read");
        Map<String, String> before = SamplesEndToEndTest.hashes(in);
        CommandRun r = CommandRun.of("run", in.toString(), "-o", tmp.resolve("out").toString(), "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.printed());
        assertTrue(r.findings().stream().noneMatch(f -> f.file().equals("threats.xlsx") && f.severity().equals("Error")));
        assertEquals(before, SamplesEndToEndTest.hashes(in));
    }

    @Test
    void anXlsmWorkbookIsReadAndLeftByteIdentical() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path xlsm = in.resolve("calls macro.xlsm");
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            WatchEngineTest.oneDay(wb, java.time.LocalDate.of(2015, 4, 1), 2266);
            try (OutputStream os = Files.newOutputStream(xlsm)) {
                wb.write(os);
            }
        }
        Map<String, String> before = SamplesEndToEndTest.hashes(in);
        CommandRun r = CommandRun.of("run", in.toString(), "-o", tmp.resolve("out").toString(), "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.printed());
        assertEquals(2266, r.metrics().get("calls.total"), 0.5);
        assertEquals(before, SamplesEndToEndTest.hashes(in));
    }

    @Test
    void withVerboseTheCauseIsShownForDiagnosis() throws Exception {
        Path in = dropFolder();
        Files.copy(GOOD, in.resolve("other.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(in.resolve("notes.xlsx"), "not a workbook");
        CommandRun r = CommandRun.of("run", in.toString(), "-o", tmp.resolve("out").toString(), "--verbose");
        assertEquals(Main.UNREADABLE_INPUTS, r.exitCode());
        assertTrue(r.printed().contains("Exception"), "verbose shows the cause");
    }
}
