package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder whose workbooks are all of no known kind is refused like an empty folder (exit 64, no summary),
 * naming each file with why it was not read as any kind and what to do; the hint names the kind a file's
 * headers come closest to, or none when nothing fits. A refused run leaves no output folder and no log.
 */
class NoKnownKindTest {
    @TempDir
    Path dir;

    /** A pension forecast: headers like no kind forcestat reads. */
    private static Path pensions(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Employer");
            String[][] rows = {{"Pension scheme", "Employer rate", "Members"}, {"Police (1987)", "0.213", "2100"},
                {"Police (2015)", "0.213", "1200"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** A call export that lost its grading column: its headers come closest to calls. */
    private static Path callsWithoutGrading(Path file) throws Exception {
        Files.writeString(file, "Call Date,Division,Call Ref\n01/04/2015 10:00,North,C1\n01/04/2015 11:00,East,C2\n");
        return file;
    }

    @Test
    void workbooksOfNoKnownKindAreRefusedFileByFileAndLeaveNothingBehind() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        pensions(in.resolve("pensions-forecast.xlsx"));
        callsWithoutGrading(in.resolve("cfs-export.csv"));
        Path out = dir.resolve("reports").resolve("out");
        CommandRun r = CommandRun.of("run", in.toString(), "-o", out.toString());

        assertEquals(Main.USAGE, r.exitCode(), r.printed());
        assertNull(r.summary(), r.printed());
        String err = r.err();
        assertTrue(err.contains("nothing to summarise in " + in.toAbsolutePath().normalize()), err);
        assertTrue(err.contains("its 2 files were read, but none holds a sheet of a kind forcestat reads"), err);
        // each file, with why: the calls export comes closest to calls and lacks its grading column ...
        assertTrue(err.contains("cfs-export.csv: its sheet 'cfs-export' comes closest to a calls for service sheet "
                + "(row 1 has Call Date, Division, Call Ref) but has no grading column"), err);
        assertTrue(err.contains("calls.grading = Your Grading Header"), err);
        // ... and the pension forecast comes close to nothing, so no kind is suggested for it
        assertTrue(err.contains("pensions-forecast.xlsx: its sheet (Employer) has no header row in its first 30 rows "
                + "like that of any kind forcestat reads"), err);
        assertFalse(err.contains("kind.pensions"), err);
        assertFalse(err.contains("= CRIMES"), err);
        assertTrue(err.contains("No summary was written."), err);
        // refused: neither the output folder nor its parent was left, nor a log
        assertFalse(Files.exists(dir.resolve("reports")), "a refused run leaves no output folder");
    }

    @Test
    void theDefaultOutputFolderOfARefusedRunIsNotLeftEither() throws Exception {
        Path in = Files.createDirectories(dir.resolve("drop"));
        pensions(in.resolve("pensions.xlsx"));
        CommandRun r = CommandRun.of("run", in.toString());
        assertEquals(Main.USAGE, r.exitCode(), r.printed());
        assertFalse(Files.exists(in.resolve("out")), "no FOLDER/out after a refused run");
        try (var files = Files.list(in)) {
            assertEquals(List.of("pensions.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aRefusedRunIntoAnExistingFolderLeavesItsLogAsItWas() throws Exception {
        Path in = Files.createDirectories(dir.resolve("empty"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("forcestat.log"), "2016-06-14 09:30:00 INFO  [main] RunEngine - an earlier run\n");
        Files.writeString(out.resolve("forcestat-summary-earlier.xlsx"), "kept");
        CommandRun r = CommandRun.of("run", in.toString(), "-o", out.toString());
        assertEquals(Main.USAGE, r.exitCode(), r.printed());
        assertEquals("2016-06-14 09:30:00 INFO  [main] RunEngine - an earlier run\n",
                Files.readString(out.resolve("forcestat.log")));
        assertEquals("kept", Files.readString(out.resolve("forcestat-summary-earlier.xlsx")));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count());
        }
        // and a new folder with no log before it: none after
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        assertEquals(Main.USAGE, CommandRun.of("run", in.toString(), "-o", fresh.toString()).exitCode());
        try (var files = Files.list(fresh)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aBadOptionCreatesNoOutputFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in2"));
        Path out = dir.resolve("never");
        CommandRun r = CommandRun.of("run", in.toString(), "-o", out.toString(), "--from", "2015-04-01");
        assertEquals(Main.USAGE, r.exitCode(), r.printed());
        assertFalse(Files.exists(out), r.printed());
        CommandRun bogus = CommandRun.of("run", in.toString(), "-o", out.toString(), "--bogus");
        assertEquals(Main.USAGE, bogus.exitCode(), bogus.printed());
        assertFalse(Files.exists(out), bogus.printed());
    }

    @Test
    void aKnownWorkbookBesideOneOfNoKindIsSummarisedAndTheOtherIsNamedWithoutAGuessedKind() throws Exception {
        Path in = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(Path.of("samples/calls-per-day-2014-15.xlsx"), in.resolve("calls.xlsx"));
        pensions(in.resolve("pensions.xlsx"));
        CommandRun r = CommandRun.of("run", in.toString(), "-o", dir.resolve("out5").toString());
        assertEquals(Main.OK, r.exitCode(), r.printed());
        assertNotNull(r.summary());
        List<CommandRun.Row3> notCounted = r.findings().stream().filter(f -> f.rule().equals("FILE_NOT_COUNTED")).toList();
        assertEquals(1, notCounted.size(), r.findings().toString());
        String m = notCounted.get(0).message();
        assertTrue(m.startsWith("Nothing in pensions.xlsx was counted: its sheet (Employer) has no header row"), m);
        assertFalse(m.contains("kind.pensions") || m.contains("CRIMES"), m);
        // said on screen too, in the run's last lines
        assertTrue(r.out().contains("warning: Nothing in pensions.xlsx was counted"), r.printed());
    }
}
