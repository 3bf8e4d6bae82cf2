package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monthly figures that repeat the daily data (a workbook's summary sheet over its month sheets) are a note,
 * not a warning; monthly figures that disagree with it are still a warning. Either way the daily data alone
 * is counted.
 */
class MonthlySummaryOfDailyDataTest {
    @TempDir
    Path dir;

    /** April 2015, 101 calls on the 1st up to 130 on the 30th: 30 x 100 + (1 + ... + 30) = 3,465. */
    private Path april(String monthlyTotal) throws Exception {
        Path in = DropFolders.in(dir);
        StringBuilder b = new StringBuilder("Date,Total calls\n");
        for (int d = 1; d <= 30; d++) {
            b.append(String.format("%02d/04/2015,%d%n", d, 100 + d));
        }
        Files.writeString(in.resolve("daily.csv"), b);
        Files.writeString(in.resolve("monthly.csv"), "Month,Total calls\n2015-04," + monthlyTotal + "\n");
        return in;
    }

    @Test
    void monthlyFiguresThatAgreeWithTheDaysAreANote() throws Exception {
        april("3465");
        CommandRun r = DropFolders.run(dir);
        assertEquals(3465.0, r.metrics().get("calls.total"), r.printed());
        List<CommandRun.Row3> f = r.findings("SOURCE_OVERLAP");
        assertEquals(1, f.size(), f.toString());
        assertEquals("Info", f.get(0).severity());
        assertTrue(f.get(0).message().contains("agree with the per-day"), f.get(0).message());
        assertTrue(r.out().contains("0 warning(s)"), r.out());
    }

    @Test
    void monthlyFiguresThatDisagreeAreStillAWarning() throws Exception {
        april("3500");
        CommandRun r = DropFolders.run(dir);
        assertEquals(3465.0, r.metrics().get("calls.total"), r.printed());
        List<CommandRun.Row3> f = r.findings("SOURCE_OVERLAP");
        assertEquals(1, f.size(), f.toString());
        assertEquals("Warning", f.get(0).severity());
    }
}
