package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlainLog} writes what log4j-core writes with forcestat's configuration ({@link LogConfiguration},
 * {@link Logging}): the same events sent through both, console and log file compared line for line
 * (the time stamps masked). This test JVM's log4j is log4j-core, so {@link Logging} drives it; PlainLog's
 * loggers are taken from its own context.
 */
class PlainLogTest {
    @TempDir
    Path dir;

    @Test
    void onlyValidateWithoutVerboseLogsToTheConsoleAlone() {
        assertTrue(Main.consoleOnly(new String[] {"validate", "a.xlsx"}));
        assertTrue(Main.consoleOnly(new String[] {"validate", "-q", "--format", "csv", "a.xlsx", "b.xlsx"}));
        assertTrue(Main.consoleOnly(new String[] {"validate", "--annotate", "-o", "out", "a.xlsx"}));
        assertFalse(Main.consoleOnly(new String[] {"validate", "--verbose", "a.xlsx"}));
        assertFalse(Main.consoleOnly(new String[] {"validate", "-v", "a.xlsx"}));
        assertFalse(Main.consoleOnly(new String[] {"validate", "-qv", "a.xlsx"}));
        // run and watch write a log file
        assertFalse(Main.consoleOnly(new String[] {"run", "validate"}));
        assertFalse(Main.consoleOnly(new String[] {"watch", "in"}));
        assertFalse(Main.consoleOnly(new String[] {"--help"}));
        assertFalse(Main.consoleOnly(new String[] {}));
    }

    /** As LogConfiguration.MSG: a file name cannot forge a line or send escape codes. */
    @Test
    void controlCharactersAreMadeVisible() {
        assertEquals("reading x\\nSummary written to y.xlsx", PlainLog.printable("reading x\nSummary written to y.xlsx"));
        assertEquals("a\\r\\nb", PlainLog.printable("a\r\nb"));
        assertEquals("?[31mred? ?x", PlainLog.printable("\u001b[31mred\u0007 \u202Ex"));
        assertEquals("tab\there £5", PlainLog.printable("tab\there £5"));
    }

    @Test
    void theLinesOfOneEventAreWrittenOutByHand() {
        long t = java.time.LocalDateTime.of(2026, 12, 6, 1, 2, 3, 45_000_000).atZone(java.time.ZoneId.systemDefault())
                .toInstant().toEpochMilli();
        String n = System.lineSeparator();
        assertEquals("2026-12-06 01:02:03 WARN  [reader] WorkbookReader - a\\nb" + n,
                LogFile.line(t, org.apache.logging.log4j.Level.WARN, "reader", "org.forcestat.ingest.WorkbookReader",
                        "a\nb", null));
        assertEquals("01:02:03.045 DEBUG Main$Version - x" + n, PlainLog.consoleLine(t,
                org.apache.logging.log4j.Level.DEBUG, "org.forcestat.cli.Main$Version", "x", null, true));
        assertEquals("x" + n, PlainLog.consoleLine(t, org.apache.logging.log4j.Level.ERROR, "a.B", "x",
                new IllegalStateException("not shown"), false));
    }

    /** Made once, so both loggers print the same stack traces. */
    private static final Exception FAILURE = new IllegalStateException("outer", new java.io.IOException("inner cause"));
    private static final Exception LAST_ARGUMENT = new RuntimeException("last argument");

    /** The events each case sends, through loggers named as forcestat's and POI's are. */
    private static void events(Function<String, Logger> loggers) {
        Logger reader = loggers.apply("org.forcestat.ingest.WorkbookReader");
        Logger poi = loggers.apply("org.apache.poi.openxml4j.opc.ZipPackage");
        Logger inner = loggers.apply("org.forcestat.cli.Main$Version");
        reader.info("reading {}", "calls £ x\u001b[31m.xlsx");
        reader.debug("{} / {}: CRIMES ({} rows read)", "a.csv", "a", 1);
        reader.warn("two lines\r\nin one");
        inner.trace("not shown anywhere");
        inner.error("failed", FAILURE);
        reader.info("with a parameter {} and a cause", "p", LAST_ARGUMENT);
        poi.warn("Error in zip file");
        poi.info("POI info");
        poi.debug("POI debug");
    }

    private record Output(String console, String file) {
    }

    /** What log4j-core (through Logging) writes for {@link #events}, after {@code setUp}. */
    private Output log4j(Runnable setUp, Path out) throws Exception {
        ((LoggerContext) org.apache.logging.log4j.LogManager.getContext(false)).reconfigure();
        return capture(() -> {
            setUp.run();
            events(org.apache.logging.log4j.LogManager::getLogger);
            Logging.closeFile();
        }, out);
    }

    /** What PlainLog writes for the same. */
    private Output plain(Runnable setUp, Path out) throws Exception {
        PlainLog factory = new PlainLog();
        var context = factory.getContext(PlainLogTest.class.getName(), null, null, false);
        return capture(() -> {
            setUp.run();
            events(context::getLogger);
            PlainLog.closeFile();
        }, out);
    }

    private static Output capture(Runnable r, Path out) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        synchronized (CommandRun.class) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                r.run();
            } finally {
                System.setErr(saved);
            }
        }
        Path log = out.resolve("forcestat.log");
        return new Output(masked(err.toString(StandardCharsets.UTF_8)),
                Files.exists(log) ? masked(Files.readString(log, StandardCharsets.UTF_8)) : null);
    }

    private static String masked(String s) {
        return s.replaceAll("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ", "DATE TIME ")
                .replaceAll("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ", "TIME ");
    }

    private void same(String name, boolean file, Runnable log4jSetUp, Runnable plainSetUp) throws Exception {
        Path a = Files.createDirectories(dir.resolve(name + "-log4j"));
        Path b = Files.createDirectories(dir.resolve(name + "-plain"));
        Output want = log4j(file ? () -> {
            log4jSetUp.run();
            Logging.file(a);
        } : log4jSetUp, a);
        Output got = plain(file ? () -> {
            plainSetUp.run();
            PlainLog.file(b);
        } : plainSetUp, b);
        assertFalse(want.console().isEmpty() && (want.file() == null || want.file().isEmpty()), name + ": nothing");
        assertEquals(want, got, name);
    }

    @Test
    void writesWhatLog4jCoreWritesWithForcestatsConfiguration() throws Exception {
        try {
            same("as started", false, () -> { }, () -> resetPlain());
            same("concise", true, () -> Logging.console(false, false), () -> {
                resetPlain();
                PlainLog.console(false, false);
            });
            same("quiet", true, () -> Logging.console(true, false), () -> {
                resetPlain();
                PlainLog.console(true, false);
            });
            same("verbose", true, () -> Logging.console(false, true), () -> {
                resetPlain();
                PlainLog.console(false, true);
            });
            same("file before console", true, () -> { }, () -> resetPlain());
        } finally {
            ((LoggerContext) org.apache.logging.log4j.LogManager.getContext(false)).reconfigure();
            Logging.console(false, false);
        }
    }

    @Test
    void aFailureGoesToTheFileAlone() throws Exception {
        Path a = Files.createDirectories(dir.resolve("log4j"));
        Path b = Files.createDirectories(dir.resolve("plain"));
        Output want = log4j(() -> {
            Logging.console(false, false);
            Logging.file(a);
            Logging.failureToFile("internal error", new IllegalStateException("boom"));
        }, a);
        Output got = plain(() -> {
            resetPlain();
            PlainLog.console(false, false);
            PlainLog.file(b);
            PlainLog.failureToFile("internal error", new IllegalStateException("boom"));
        }, b);
        Logging.console(false, false);
        assertTrue(got.file().startsWith("DATE TIME ERROR [" + Thread.currentThread().getName() + "] Logging - internal error"
                + System.lineSeparator() + "java.lang.IllegalStateException: boom" + System.lineSeparator() + "\tat "),
                got.file());
        assertEquals(want.file().lines().limit(2).toList(), got.file().lines().limit(2).toList());
        assertEquals(want.console(), got.console());
    }

    /** Past 5 MB the file becomes forcestat-1.log, then -2, -3; with three, the oldest goes and the others move down. */
    @Test
    void theFileRollsAsLog4jsRollsIt() throws Exception {
        String n = System.lineSeparator();
        try (LogFile f = LogFile.open(dir, 100)) {
            for (int i = 1; i <= 15; i++) {
                // each line is 44 bytes and the line end: three pass 100 bytes, so the fourth starts a new file
                f.write(0, org.apache.logging.log4j.Level.INFO, "main", "x.Y", "line " + (i < 10 ? "0" : "") + i, null);
            }
        }
        // lines 1-3, 4-6, 7-9, 10-12 and 13-15: five files, so the first is gone
        assertEquals(List.of("forcestat-1.log", "forcestat-2.log", "forcestat-3.log", "forcestat.log"),
                Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
        assertTrue(Files.readString(dir.resolve("forcestat-1.log")).contains("line 04" + n), "oldest kept");
        assertTrue(Files.readString(dir.resolve("forcestat-3.log")).contains("line 12" + n), "newest archive");
        assertTrue(Files.readString(dir.resolve("forcestat.log")).endsWith("line 15" + n));
        assertEquals(3, Files.readAllLines(dir.resolve("forcestat.log")).size());
    }

    /** The same as log4j-core at its real size: the first roll past 5 MB, and the file appended to across runs. */
    @Test
    void theFirstRollAndAppendingMatchLog4j() throws Exception {
        String text = "x".repeat(1000);
        Path a = Files.createDirectories(dir.resolve("log4j"));
        Path b = Files.createDirectories(dir.resolve("plain"));
        for (Path p : List.of(a, b)) {
            Files.writeString(p.resolve("forcestat.log"), "an earlier run" + System.lineSeparator());
        }
        int lines = (int) (LogFile.ROLL_AT / 1000) + 10;
        log4j(() -> {
            Logging.console(true, false);
            Logging.file(a);
            Logger l = org.apache.logging.log4j.LogManager.getLogger("org.forcestat.Big");
            for (int i = 0; i < lines; i++) {
                l.debug(text);
            }
        }, a);
        Logging.closeFile();
        Logging.console(false, false);
        plain(() -> {
            resetPlain();
            PlainLog.console(true, false);
            PlainLog.file(b);
            var l = new PlainLog().getContext("", null, null, false).getLogger("org.forcestat.Big");
            for (int i = 0; i < lines; i++) {
                l.debug(text);
            }
        }, b);
        for (String name : List.of("forcestat.log", "forcestat-1.log")) {
            assertEquals(Files.size(a.resolve(name)), Files.size(b.resolve(name)), name);
            assertEquals(Files.readAllLines(a.resolve(name)).get(0).replaceAll("^[-0-9: ]{20}", ""),
                    Files.readAllLines(b.resolve(name)).get(0).replaceAll("^[-0-9: ]{20}", ""), name);
        }
        assertEquals("an earlier run", Files.readAllLines(b.resolve("forcestat-1.log")).get(0));
        assertFalse(Files.exists(b.resolve("forcestat-2.log")));
    }

    private static void resetPlain() {
        PlainLog.closeFile();
        PlainLog.reset();
    }
}
