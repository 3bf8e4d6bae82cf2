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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An internal error's stack trace goes to forcestat.log, which the screen asks users to send: the
 * run closes that file before Main's handler prints its one line, so the run writes it there first.
 */
class FailureLogTest {
    @TempDir
    Path dir;

    @Test
    void anInternalErrorReachesTheLogFileWithItsTraceAndNotTheScreen() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Logging.console(false, false);
        Logging.file(dir);
        System.setErr(new PrintStream(screen, true, StandardCharsets.UTF_8));
        try {
            Logging.failureToFile("internal error", new IllegalStateException("boom while writing the summary"));
        } finally {
            System.setErr(err);
            Logging.closeFile();
        }
        String log = Files.readString(dir.resolve("forcestat.log"));
        assertTrue(log.contains("ERROR") && log.contains("internal error"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: boom while writing the summary"), log);
        assertTrue(log.contains("at org.forcestat.cli.FailureLogTest."), "the stack trace: " + log);
        assertFalse(screen.toString(StandardCharsets.UTF_8).contains("boom"), "the screen has Main's one line only");
    }

    @Test
    void runningOutOfMemoryNamesTheFileAndSaysHowToGiveJavaMore() {
        Throwable failure = new IllegalStateException("reading calls-records.xlsx failed unexpectedly",
                new OutOfMemoryError("Java heap space"));
        assertEquals("forcestat: ran out of memory (reading calls-records.xlsx): Java allowed it 256 MB. Give it more,"
                + " for example java -Xmx2g -jar forcestat.jar ..., or move some files out of the folder and run again.",
                Main.internalError(failure, 256L * 1024 * 1024));
        assertTrue(Main.internalError(new OutOfMemoryError("Java heap space"), 64L * 1024 * 1024)
                .startsWith("forcestat: ran out of memory: Java allowed it 64 MB."), "out of memory outside a reader");
        assertEquals("forcestat: internal error: java.lang.IllegalStateException: boom (run again with --verbose for details,"
                + " and report it with the log file)", Main.internalError(new IllegalStateException("boom"), 1L << 30),
                "any other failure is still a bug to report");
    }

    @Test
    void withNoLogFileOpenNothingIsWritten() {
        Logging.closeFile();
        Logging.failureToFile("internal error", new IllegalStateException("nowhere to go"));
        assertFalse(Files.exists(dir.resolve("forcestat.log")));
    }

    /** watch runs again and again in one process: each run's log file must really be closed after it. */
    @Test
    void everyLogFileIsClosedNotOnlyTheFirst() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc (Linux)");
        for (String run : new String[] {"first", "second", "third"}) {
            Path out = Files.createDirectories(dir.resolve(run));
            Logging.file(out);
            org.apache.logging.log4j.LogManager.getLogger(FailureLogTest.class).info("run {}", run);
            Logging.closeFile();
            assertTrue(Files.readString(out.resolve("forcestat.log")).contains("run " + run));
        }
        try (var links = Files.list(fds)) {
            List<String> open = links.map(l -> {
                try {
                    return Files.readSymbolicLink(l).toString();
                } catch (java.io.IOException e) {
                    return "";
                }
            }).filter(t -> t.startsWith(dir.toString())).toList();
            assertEquals(List.of(), open, "log files still open");
        }
    }
}
