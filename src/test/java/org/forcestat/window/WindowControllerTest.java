package org.forcestat.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.forcestat.pipeline.RunEngine;
import org.forcestat.cli.WindowHost;
import org.forcestat.report.SummaryWorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's controller without a display: the same engines, results and exit codes as the command line. */
class WindowControllerTest {
    static final Path SAMPLES = Path.of("samples");
    private static final Pattern CLOSING = Pattern.compile("(\\d+) file\\(s\\) read.*?, (\\d+) error\\(s\\), (\\d+) warning\\(s\\)");

    @TempDir
    Path tmp;

    /** Records what the controller tells the window. */
    static final class Events implements WindowController.Listener {
        final List<String> started = new CopyOnWriteArrayList<>();
        final List<Long> rows = new CopyOnWriteArrayList<>();
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Path> summaries = new CopyOnWriteArrayList<>();
        final CountDownLatch built = new CountDownLatch(1);

        @Override
        public void started(WindowController.Job job, String line) {
            started.add(job + ": " + line);
        }

        @Override
        public void progress(String file, long rows) {
            this.rows.add(rows);
        }

        @Override
        public void line(String text) {
            lines.add(text);
        }

        @Override
        public void summaryWritten(Path summary) {
            summaries.add(summary);
            built.countDown();
        }

        @Override
        public void finished(WindowController.Outcome outcome) {
        }
    }

    private static WindowController.Outcome await(java.util.concurrent.CompletableFuture<WindowController.Outcome> f)
            throws Exception {
        return f.get(3, TimeUnit.MINUTES);
    }

    /** forcestat ARGS on the real command line: exit code and what it printed. */
    static String[] cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), o.toString(), e.toString()};
    }

    @Test
    void runOnTheSamplesWritesTheSummaryAndSaysWhatTheCommandLineSays() throws Exception {
        Map<String, String> before = hashes(SAMPLES);
        Events events = new Events();
        WindowController c = new WindowController(new WindowHost(), events, SummaryWorkbookWriter::write);
        Path out = tmp.resolve("window-out");
        WindowController.Outcome o = await(c.run(SAMPLES, out));

        assertEquals(WindowController.Status.DONE, o.status(), String.join("\n", o.lines()));
        assertEquals(0, o.exitCode());
        assertTrue(Files.isRegularFile(o.summary()) && o.summary().getParent().equals(out.toAbsolutePath().normalize()),
                o.summary().toString());
        assertTrue(o.summary().getFileName().toString().startsWith("forcestat-summary-"));
        // SPEC §8: the samples give 827,000 calls in 2014/15.
        assertEquals(827_000.0, metric(o.summary(), "calls.total"), 0.5);
        assertEquals(before, hashes(SAMPLES), "the inputs are never changed");

        String[] cli = cli("run", SAMPLES.toString(), "-o", tmp.resolve("cli-out").toString(), "--quiet");
        assertEquals("0", cli[0], cli[2]);
        String cliClosing = cli[1].lines().filter(l -> CLOSING.matcher(l).find()).findFirst().orElseThrow();
        assertTrue(o.lines().contains(cliClosing), "the window shows the CLI's closing line: " + o.lines());
        Matcher m = CLOSING.matcher(cliClosing);
        assertTrue(m.find());
        assertEquals("5", m.group(1), "five sample workbooks are read");
        assertEquals(Long.parseLong(m.group(2)), o.errors());
        assertEquals(Long.parseLong(m.group(3)), o.warnings());
        // The one warning of the samples: csr-finance's plan falls £3.6m short of the £33m required.
        assertEquals(1, o.warnings());
        assertTrue(o.lines().stream().anyMatch(l -> l.startsWith("warning: ") && l.contains("a gap of £3,600,000")),
                o.lines().toString());
        assertEquals(o.log(), out.toAbsolutePath().normalize().resolve("forcestat.log"));
        assertTrue(Files.readString(o.log()).contains("run finished with exit code 0"));
        assertTrue(events.started.get(0).startsWith("RUN: Reading "));
        assertFalse(c.busy());
    }

    @Test
    void anUnreadableFileGivesExitTwoAndIsListedWithTheReasonAsTheCommandLineCountsIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SAMPLES.resolve("threat-register.xlsx"), in.resolve("threat-register.xlsx"));
        Files.writeString(in.resolve("broken.xlsx"), "this is not a workbook");
        WindowController c = new WindowController(new WindowHost(), new Events(), SummaryWorkbookWriter::write);
        WindowController.Outcome o = await(c.run(in, tmp.resolve("out")));

        String[] cli = cli("run", in.toString(), "-o", tmp.resolve("cli").toString(), "--quiet");
        assertEquals("2", cli[0]);
        assertEquals(2, o.exitCode());
        String cliClosing = cli[1].lines().filter(l -> CLOSING.matcher(l).find()).findFirst().orElseThrow();
        assertTrue(cliClosing.startsWith("1 file(s) read, 1 unreadable"), cliClosing);
        assertTrue(o.lines().contains(cliClosing), o.lines().toString());
        Matcher m = CLOSING.matcher(cliClosing);
        assertTrue(m.find());
        assertEquals(Long.parseLong(m.group(2)), o.errors());
        assertEquals(Long.parseLong(m.group(3)), o.warnings());
        assertTrue(o.lines().stream().anyMatch(l -> l.startsWith("Not read (unreadable): broken.xlsx - ")),
                o.lines().toString());
        assertNotNull(o.summary());
    }

    @Test
    void aCancelledRunWritesNoSummaryAndLeavesNoTempFileAndTheInputsAlone() throws Exception {
        Map<String, String> before = hashes(SAMPLES);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        RunEngine.SummaryWriter slow = (summary, threats, target) -> {
            writing.countDown();
            try {
                assertTrue(cancelled.await(1, TimeUnit.MINUTES));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            SummaryWorkbookWriter.write(summary, threats, target);
            assertTrue(Files.size(target) > 0, "the temp file was written before the cancel took effect");
        };
        WindowController c = new WindowController(new WindowHost(), new Events(), slow);
        Path out = tmp.resolve("out");
        var job = c.run(SAMPLES, out);
        assertTrue(writing.await(2, TimeUnit.MINUTES));
        assertTrue(c.busy());
        assertThrows(IllegalStateException.class, () -> c.run(SAMPLES, out), "one job at a time");
        c.cancel();
        cancelled.countDown();
        WindowController.Outcome o = await(job);

        assertEquals(WindowController.Status.CANCELLED, o.status(), o.lines().toString());
        assertNull(o.summary());
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("forcestat.log"), names, "no summary and no temp file: " + names);
        }
        assertTrue(Files.readString(out.resolve("forcestat.log")).contains("run cancelled"));
        assertEquals(before, hashes(SAMPLES));
        // The next run is not cancelled by the last one's Cancel.
        WindowController again = c;
        WindowController.Outcome next = await(again.run(SAMPLES, out));
        assertEquals(WindowController.Status.DONE, next.status());
    }

    @Test
    void anInternalErrorIsOneFriendlyLineWithTheLogAndTheTraceGoesToTheLogOnly() throws Exception {
        RunEngine.SummaryWriter broken = (summary, threats, target) -> {
            throw new IllegalStateException("writer exploded");
        };
        WindowController c = new WindowController(new WindowHost(), new Events(), broken);
        Path out = tmp.resolve("out");
        WindowController.Outcome o = await(c.run(SAMPLES, out));

        assertEquals(WindowController.Status.FAILED, o.status());
        assertEquals(70, o.exitCode());
        assertTrue(o.lines().get(0).startsWith("forcestat: internal error: "), o.lines().get(0));
        assertTrue(o.lines().get(0).contains("writer exploded"));
        assertTrue(o.lines().get(0).endsWith("(please report it with the log file)"), o.lines().get(0));
        assertEquals("The log is " + out.toAbsolutePath().normalize().resolve("forcestat.log") + ".", o.lines().get(1));
        assertFalse(String.join("\n", o.lines()).contains("\tat "), "no stack trace on screen");
        String log = Files.readString(out.resolve("forcestat.log"));
        assertTrue(log.contains("java.lang.IllegalStateException: writer exploded") && log.contains("\tat "), log);
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("forcestat-summary")));
        }
    }

    @Test
    void aMissingFolderIsSaidPlainlyWithExit64() throws Exception {
        WindowController c = new WindowController(new WindowHost(), new Events(), SummaryWorkbookWriter::write);
        WindowController.Outcome o = await(c.run(tmp.resolve("no-such-folder"), tmp.resolve("out")));
        assertEquals(WindowController.Status.FAILED, o.status());
        assertEquals(64, o.exitCode());
        assertEquals(List.of("There is no folder " + tmp.resolve("no-such-folder").toAbsolutePath()
                + ". Choose the folder that holds the workbooks."), o.lines());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is created for a folder that is not there");
    }

    @Test
    void anOutputFolderThatCannotBeWrittenSaysWhichFieldToChangeWithExit64() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("report.txt"), "a file where the output folder should be");
        WindowController c = new WindowController(new WindowHost(), new Events(), SummaryWorkbookWriter::write);
        WindowController.Outcome o = await(c.run(SAMPLES, notAFolder));
        assertEquals(WindowController.Status.FAILED, o.status());
        assertEquals(64, o.exitCode());
        assertEquals(List.of("forcestat: cannot create the output folder " + notAFolder.toAbsolutePath()
                + " (on a read-only shared drive?). Choose a folder you can write to under \"Write the summary to\", "
                + "for example " + Path.of(System.getProperty("user.home"), "forcestat-out") + "."), o.lines());
    }

    @Test
    void checkAWorkbookWritesTheCheckedCopyToTheOutputFolderAndCountsAsValidateDoes() throws Exception {
        Map<String, String> before = hashes(SAMPLES);
        WindowController c = new WindowController(new WindowHost(), new Events(), SummaryWorkbookWriter::write);
        Path out = tmp.resolve("out");
        WindowController.Outcome o = await(c.check(SAMPLES.resolve("csr-finance.xlsx"), out));

        String[] cli = cli("validate", SAMPLES.resolve("csr-finance.xlsx").toString());
        assertEquals(cli[0], String.valueOf(o.exitCode()));
        Matcher m = Pattern.compile("(\\d+) error\\(s\\), (\\d+) warning\\(s\\)").matcher(cli[1]);
        assertTrue(m.find(), cli[1]);
        assertEquals(Long.parseLong(m.group(1)), o.errors());
        assertEquals(Long.parseLong(m.group(2)), o.warnings());
        // The plan shortfall of csr-finance (£29.4m planned of £33m): one warning, no error.
        assertEquals(0, o.exitCode());
        assertEquals(1, o.warnings());
        assertEquals(out.toAbsolutePath().normalize().resolve("csr-finance.checked.xlsx"), o.checkedCopy());
        assertTrue(Files.isRegularFile(o.checkedCopy()));
        try (InputStream in = Files.newInputStream(o.checkedCopy()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNotNull(wb.getSheet("Findings"), "the checked copy has its Findings sheet");
        }
        assertEquals("Checked copy written to " + o.checkedCopy(), o.lines().get(0));
        assertTrue(o.lines().stream().anyMatch(l -> l.contains("PLAN_SHORTFALL (1)")), o.lines().toString());
        assertEquals(before, hashes(SAMPLES));
    }

    @Test
    void watchWritesASummaryAndLatestAndStopsWhenAsked() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("drop"));
        Files.copy(SAMPLES.resolve("threat-register.xlsx"), in.resolve("threat-register.xlsx"));
        Events events = new Events();
        WindowController c = new WindowController(new WindowHost(), events, SummaryWorkbookWriter::write);
        Path out = tmp.resolve("out");
        var job = c.watch(in, out, Duration.ofMillis(100));
        assertTrue(events.built.await(2, TimeUnit.MINUTES), "a summary within two minutes");
        assertTrue(c.busy());
        c.stopWatch();
        WindowController.Outcome o = await(job);

        assertEquals(WindowController.Status.DONE, o.status(), o.lines().toString());
        assertEquals(0, o.exitCode());
        assertEquals(events.summaries.get(events.summaries.size() - 1), o.summary());
        assertTrue(Files.isRegularFile(o.summary()));
        assertTrue(Files.isRegularFile(out.resolve("latest.xlsx")));
        assertTrue(events.lines.stream().anyMatch(l -> l.startsWith("1 file(s) read, 0 error(s)")), events.lines.toString());
        assertTrue(o.lines().get(0).startsWith("Stopped watching "));
    }

    @Test
    void theWindowRemembersTheFoldersAndFallsBackToWorkbooksBesideTheJar() throws Exception {
        Path file = tmp.resolve("home/.forcestat/window.properties");
        Path dflt = tmp.resolve("app/workbooks");
        WindowPreferences prefs = new WindowPreferences(file, dflt);
        assertEquals(dflt.toAbsolutePath().normalize(), prefs.input());
        assertEquals(dflt.toAbsolutePath().normalize().resolve("out"), prefs.output(prefs.input()));

        Path chosen = Files.createDirectories(tmp.resolve("share/drop"));
        prefs.save(chosen, chosen.resolve("out"));
        WindowPreferences again = new WindowPreferences(file, dflt);
        assertEquals(chosen.toAbsolutePath().normalize(), again.input());
        assertEquals(chosen.toAbsolutePath().normalize().resolve("out"), again.output(again.input()));
        assertFalse(Files.readString(file).contains("output="), "a default output is not stored");

        Path reports = tmp.resolve("reports");
        again.save(chosen, reports);
        assertEquals(reports.toAbsolutePath().normalize(), new WindowPreferences(file, dflt).output(chosen));
        Files.delete(chosen);
        assertEquals(dflt.toAbsolutePath().normalize(), new WindowPreferences(file, dflt).input(),
                "a folder that has gone is not offered again");
    }

    static double metric(Path summary, String id) throws Exception {
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet("Metrics")) {
                if (r.getCell(0) != null && id.equals(r.getCell(0).toString()) && r.getCell(2) != null) {
                    return r.getCell(2).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no metric " + id);
    }

    static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(p.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
