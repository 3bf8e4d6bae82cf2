package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder as a hostile tester fills it: copies, pipes, links, forged names; every figure right or absent with a finding. */
class DropFolderTest {
    @TempDir
    Path dir;

    /** Two days of calls, 4,215 in all (the example). */
    static final String TWO_DAYS = "Date,Total calls\n01/04/2015,2000\n02/04/2015,2215\n";

    private CommandRun run(Path in) throws Exception {
        return assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> CommandRun.of("run", in.toString(), "-o", dir.resolve("out").toString()));
    }

    @Test
    void copiesOfAFileAreReadOnceAndNamed() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        for (int i = 1; i <= 40; i++) {
            Files.writeString(in.resolve("calls - Copy (" + i + ").csv"), TWO_DAYS);
        }
        CommandRun r = run(in);
        assertEquals(4215.0, r.metrics().get("calls.total"), r.printed());
        List<CommandRun.Row3> dup = r.findings("DUPLICATE_FILE");
        assertEquals(1, dup.size());
        assertEquals("WARNING", dup.get(0).severity().toUpperCase(java.util.Locale.ROOT));
        assertTrue(dup.get(0).message().contains("the same bytes as calls.csv"), dup.get(0).message());
        assertTrue(dup.get(0).message().contains("and 35 more"), dup.get(0).message());
        assertTrue(r.out().contains("1 file(s) read, 40 copies of another file not read again"), r.out());
        assertEquals(0, r.exitCode(), r.printed());
    }

    @Test
    void aFifoIsSkippedWithAWarningAndNeverOpened() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        Process p = new ProcessBuilder("mkfifo", in.resolve("x.csv").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        CommandRun r = run(in);
        assertEquals(4215.0, r.metrics().get("calls.total"));
        List<CommandRun.Row3> f = r.findings("FILE_NOT_REGULAR");
        assertEquals(1, f.size());
        assertEquals("x.csv", f.get(0).file());
        assertTrue(r.out().contains("1 file(s) read, 1 skipped"), r.out());
    }

    @Test
    void linksOutOfTheFolderAreNotFollowedAndALoopIsNamed() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        Files.writeString(elsewhere.resolve("more.csv"), "Date,Total calls\n03/04/2015,999\n");
        Files.createSymbolicLink(in.resolve("more.csv"), elsewhere.resolve("more.csv"));
        Files.createSymbolicLink(in.resolve("passwd.csv"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(in.resolve("a.csv"), in.resolve("b.csv"));
        Files.createSymbolicLink(in.resolve("b.csv"), in.resolve("a.csv"));
        // A link to a file inside the folder is followed: it is a copy of calls.csv, so it is read once.
        Files.createSymbolicLink(in.resolve("calls-link.csv"), Path.of("calls.csv"));
        CommandRun r = run(in);
        assertEquals(4215.0, r.metrics().get("calls.total"), r.printed());
        List<String> outside = r.findings("FILE_LINK_OUTSIDE").stream().map(CommandRun.Row3::file).toList();
        assertEquals(List.of("more.csv", "passwd.csv"), outside);
        List<String> loops = r.findings("FILE_LINK_LOOP").stream().map(CommandRun.Row3::file).toList();
        assertEquals(List.of("a.csv", "b.csv"), loops);
        assertTrue(r.findings("FILE_LINK_LOOP").get(0).message().contains("loops"));
        assertFalse(r.printed().contains("locked"), r.printed());
        assertEquals(1, r.findings("DUPLICATE_FILE").size());
    }

    @Test
    void aFileNameCannotForgeALineOnScreenOrInTheLog() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        String forged = "x\nSummary written to evil.xlsx\n\u001b[2Jy.xlsx";
        Files.write(in.resolve(forged), "not a zip".getBytes(StandardCharsets.US_ASCII));
        CommandRun r = run(in);
        assertEquals(2, r.exitCode(), r.printed());
        for (String line : r.printed().split("\n")) {
            assertFalse(line.startsWith("Summary written to evil"), r.printed());
        }
        assertFalse(r.printed().contains("\u001b"), r.printed());
        assertTrue(r.printed().contains("x\\nSummary written to evil.xlsx\\n\\x1b[2Jy.xlsx"), r.printed());
        assertTrue(r.out().contains("1 file(s) read, 1 unreadable"), r.out());
        String log = Files.readString(dir.resolve("out").resolve("forcestat.log"));
        for (String line : log.split("\n")) {
            assertFalse(line.startsWith("Summary written to evil"), log);
        }
        assertFalse(log.contains("\u001b"), log);
    }

    @Test
    void aSheetRepeatedInAnotherWorkbookIsCountedOnce() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.write(in.resolve("april.xlsx"), book(new String[] {"Calls"}, new int[][] {{1, 100, 2, 120}}));
        // Saved again under another name, with another sheet added: other bytes, one sheet the same.
        Files.write(in.resolve("resaved april and may.xlsx"), book(new String[] {"Copy of calls", "May"},
                new int[][] {{1, 100, 2, 120}, {31, 50}}));
        CommandRun r = run(in);
        assertEquals(270.0, r.metrics().get("calls.total"), r.printed());
        List<CommandRun.Row3> dup = r.findings("DUPLICATE_SHEET");
        assertEquals(1, dup.size(), r.findings().toString());
        assertEquals("resaved april and may.xlsx", dup.get(0).file());
        assertTrue(dup.get(0).message().contains("april.xlsx, sheet 'Calls'"), dup.get(0).message());
        assertEquals(0, r.findings("DUPLICATE_FILE").size());
        assertEquals(1, r.exitCode());
        // Read twice (the second time without the copied sheet), said once.
        assertEquals(1, r.printed().split("reading resaved april and may.xlsx", -1).length - 1, r.printed());
        assertEquals(1, r.printed().split("reading april.xlsx", -1).length - 1, r.printed());
    }

    @Test
    void anEmptyCsvIsReportedAsEmptyLikeAnEmptyWorkbook() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        Files.createFile(in.resolve("export 2015-04-03.csv"));
        CommandRun r = run(in);
        assertEquals(4215.0, r.metrics().get("calls.total"), r.printed());
        List<CommandRun.Row3> f = r.findings("FILE_EMPTY");
        assertEquals(1, f.size(), r.findings().toString());
        assertEquals("export 2015-04-03.csv", f.get(0).file());
        assertTrue(f.get(0).message().contains("is empty (0 bytes)"), f.get(0).message());
        assertEquals(List.of(), r.findings("FILE_NOT_COUNTED"), "not also 'nothing in it was counted'");
        assertEquals(2, r.exitCode(), r.printed());
    }

    /** A workbook of calls-per-day sheets; each sheet's days are pairs (day of April 2015 from 1, calls). */
    private static byte[] book(String[] names, int[][] days) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int s = 0; s < names.length; s++) {
                var sh = wb.createSheet(names[s]);
                sh.createRow(0).createCell(0).setCellValue("Date");
                sh.getRow(0).createCell(1).setCellValue("Total calls");
                for (int i = 0; i < days[s].length; i += 2) {
                    var row = sh.createRow(1 + i / 2);
                    row.createCell(0).setCellValue(java.time.LocalDate.of(2015, 4, 1).plusDays(days[s][i] - 1));
                    row.getCell(0).setCellStyle(style);
                    row.createCell(1).setCellValue(days[s][i + 1]);
                }
            }
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }
}
