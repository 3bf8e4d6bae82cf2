package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with nothing to read writes no summary (an empty one, with the example threat register, could
 * pass for the force's own) and exits with the usage code, saying which folder and what forcestat reads;
 * a run that has a workbook is untouched. And a run with no force name gets the neutral title.
 */
class NothingToSummariseTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderIsAUsageMistakeThatNamesTheFolderAndWritesNoSummary() throws Exception {
        Path in = Files.createDirectories(dir.resolve("empty"));
        Path out = dir.resolve("out");
        CommandRun r = CommandRun.of("run", in.toString(), "-o", out.toString());
        assertEquals(Main.USAGE, r.exitCode(), r.printed());
        assertNull(r.summary(), r.printed());
        assertTrue(r.err().contains("nothing to summarise in " + in.toAbsolutePath().normalize()), r.err());
        assertTrue(r.err().contains(".xlsx, .xlsm, .xls") && r.err().contains(".csv"), r.err());
        assertTrue(r.err().contains("No summary was written."), r.err());
        assertEquals(0, summaries(out), "no summary file");
    }

    @Test
    void aFolderOfDocumentsOnlyNamesWhatWasPassedOver() throws Exception {
        Path in = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(in.resolve("notes.txt"), "minutes of the meeting");
        Files.writeString(in.resolve("forcestat.properties"), "");
        Path out = dir.resolve("out2");
        CommandRun r = CommandRun.of("run", in.toString(), "-o", out.toString());
        assertEquals(Main.USAGE, r.exitCode(), r.printed());
        assertTrue(r.err().contains("notes.txt (not a workbook)"), r.err());
        assertFalse(r.err().contains("forcestat.properties ("), "the product's own settings file is not a skipped input");
        assertEquals(0, summaries(out));
    }

    @Test
    void watchOnceOnAnEmptyFolderSaysSoToo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("drop"));
        CommandRun r = CommandRun.of("watch", in.toString(), "-o", dir.resolve("out3").toString(), "--once",
                "--interval", "100ms");
        assertEquals(Main.USAGE, r.exitCode(), r.printed());
        assertTrue(r.err().contains("nothing to summarise in " + in.toAbsolutePath().normalize()), r.err());
    }

    @Test
    void aFolderWithOneWorkbookIsSummarisedUnderTheNeutralTitle() throws Exception {
        // the calls sample names no force (only the finance sample's facts block does)
        Path in = Files.createDirectories(dir.resolve("calls"));
        Files.copy(Path.of("samples/calls-per-day-2014-15.xlsx"), in.resolve("calls.xlsx"));
        CommandRun r = CommandRun.of("run", in.toString(), "-o", dir.resolve("out4").toString());
        assertEquals(Main.OK, r.exitCode(), r.printed());
        assertNotNull(r.summary());
        try (InputStream s = Files.newInputStream(r.summary()); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertEquals("Demand, crime and finance summary",
                    wb.getSheet("Summary").getRow(0).getCell(1).getStringCellValue());
            assertEquals("Demand, crime and finance summary", wb.getProperties().getCoreProperties().getTitle());
        }
    }

    private static long summaries(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlsx")).count();
        }
    }
}
