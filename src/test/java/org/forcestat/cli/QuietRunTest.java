package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --quiet ("warnings and errors only") still prints the errors; it only drops the progress and info lines. */
class QuietRunTest {
    @Test
    void quietRunStillSaysWhichFileFailed(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("samples/threat-register.xlsx"), in.resolve("threat-register.xlsx"));
        Files.writeString(in.resolve("broken.xlsx"), "incident,date\n1,01/01/2024\n");
        CommandRun quiet = CommandRun.of("run", in.toString(), "-o", dir.resolve("out").toString(), "--quiet");
        assertEquals(2, quiet.exitCode(), quiet.printed()); // SPEC §7: a file could not be read
        assertTrue(quiet.err().contains("error: broken.xlsx: The file broken.xlsx is not an Excel workbook"), quiet.printed());
        assertFalse(quiet.printed().contains("reading threat-register.xlsx"), quiet.printed());
    }
}
