package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A full disk is no internal error: exit 73 and what to do (README, exit codes). */
class DiskFullTest {
    /** The failure a full disk really gives: Linux's /dev/full refuses every write with ENOSPC. */
    private static IOException realDiskFull() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system");
        return assertThrows(IOException.class, () -> Files.write(full, new byte[1 << 16]));
    }

    @Test
    void aFullDiskExitsWith73AndSaysWhatToDo() throws Exception {
        IOException e = realDiskFull();
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.getExecutionExceptionHandler().handleExecutionException(
                new IllegalStateException("writing the summary failed", e), cl, null);
        assertEquals(73, code);
        assertEquals(Main.DISK_FULL, code);
        String said = err.toString();
        assertTrue(said.startsWith("forcestat: the disk is full"), said);
        assertTrue(said.contains("-o OUTDIR"), said);
        assertTrue(!said.contains("internal error") && !said.contains("report it"), said);
    }

    @Test
    void otherFailuresAreNotCalledADiskFull() {
        assertNull(Main.diskFull(new IOException("Permission denied")));
        assertNull(Main.diskFull(new IllegalStateException("x")));
    }
}
