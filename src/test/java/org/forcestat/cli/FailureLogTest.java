package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void withNoLogFileOpenNothingIsWritten() {
        Logging.closeFile();
        Logging.failureToFile("internal error", new IllegalStateException("nowhere to go"));
        assertFalse(Files.exists(dir.resolve("forcestat.log")));
    }
}
