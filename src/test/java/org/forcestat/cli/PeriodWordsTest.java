package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --from and --to as UK users type them, and the days they were taken to mean, said in the run's log. */
class PeriodWordsTest {
    @TempDir
    Path dir;

    @Test
    void theRunSaysWhichDaysItTookInWords() throws Exception {
        Path in = DropFolders.in(dir);
        // 29 Feb to 2 Apr 2016, 10 calls a day; March alone is 31 days, 310 calls.
        StringBuilder s = new StringBuilder("Date,Total calls\n");
        for (var d = java.time.LocalDate.of(2016, 2, 29); !d.isAfter(java.time.LocalDate.of(2016, 4, 2)); d = d.plusDays(1)) {
            s.append(d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).append(",10\n");
        }
        Files.writeString(in.resolve("calls.csv"), s.toString());
        CommandRun r = CommandRun.of("run", in.toString(), "-o", dir.resolve("out").toString(), "--from", "01/03/16",
                "--to", "2016-03");
        assertEquals(0, r.exitCode(), r.printed());
        assertTrue(r.printed().contains("reporting period from 1 March 2016 to 31 March 2016"), r.printed());
        assertEquals(310.0, r.metrics().get("calls.total"), r.printed());
        assertTrue(Files.readString(dir.resolve("out/forcestat.log")).contains("reporting period from 1 March 2016"));
    }
}
