package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forcestat run --into BOOK}: the copy beside BOOK, BOOK unchanged, refusals as usage errors. */
class IntoCommandTest {
    @TempDir
    Path dir;

    @Test
    void addsTheSamplesSummaryToACopyOfTheAnalystsWorkbook() throws Exception {
        Path book = dir.resolve("Returns.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(book)) {
            wb.createSheet("My returns").createRow(0).createCell(0).setCellValue("Kept as it was");
            wb.write(out);
        }
        byte[] before = Files.readAllBytes(book);
        CommandRun run = CommandRun.of("run", "--into", book.toString(), "samples");
        assertEquals(0, run.exitCode(), run.printed());
        Path copy = dir.resolve("Returns.forcestat.xlsx");
        assertEquals(copy.toAbsolutePath(), run.summary());
        assertTrue(MessageDigest.isEqual(sha(before), sha(Files.readAllBytes(book))), "BOOK changed");
        try (XSSFWorkbook wb = new XSSFWorkbook(copy.toFile())) {
            assertEquals("My returns", wb.getSheetName(0));
            assertEquals("Kept as it was", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("Summary", wb.getSheetName(1));
            // The seed's 827,000 calls (SPEC §8) on the added Metrics sheet.
            var metrics = wb.getSheet("Metrics");
            double calls = -1;
            for (var row : metrics) {
                if (row.getCell(0) != null && "calls.total".equals(row.getCell(0).toString())) {
                    calls = row.getCell(2).getNumericCellValue();
                }
            }
            assertEquals(827_000, calls, 0.0);
        }
        // Again, on the copy: the same sheets, not a second set.
        CommandRun again = CommandRun.of("run", "--into", copy.toString(), "samples");
        assertEquals(0, again.exitCode(), again.printed());
        try (XSSFWorkbook wb = new XSSFWorkbook(copy.toFile())) {
            assertEquals(1 + org.forcestat.report.SummaryWorkbookWriter.SHEETS.size(), wb.getNumberOfSheets());
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".forcestat-tmp")), "temp left");
        }
    }

    @Test
    void refusesAnOldExcelFileWithWhatToDo() throws Exception {
        Path xls = dir.resolve("Plan.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        CommandRun run = CommandRun.of("run", "--into", xls.toString(), "samples");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.printed().contains("save it as .xlsx"), run.printed());
        assertFalse(Files.exists(dir.resolve("Plan.forcestat.xls")));
    }

    private static byte[] sha(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

}
