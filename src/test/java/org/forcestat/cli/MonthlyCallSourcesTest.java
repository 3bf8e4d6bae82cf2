package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two monthly calls sources for the same months (calls by channel and calls by grading, the same
 * calls counted two ways) are not added: SPEC §3, overlapping sources of the same kind are never
 * double-counted. Before, the realistic folder's calls came to 339,010, twice the real figure.
 * Expected figures from the files' own cells (src/test/resources/realistic, truth.tsv and plain
 * python over calls-by-channel-month.xlsx): channel months Jul 2015 to Mar 2016 hold 165,405 calls.
 */
class MonthlyCallSourcesTest {
    private static final Path REAL = Path.of("src/test/resources/realistic");

    private static CommandRun run(Path dir, String... files) throws Exception {
        Path in = DropFolders.in(dir);
        for (String f : files) {
            Files.copy(REAL.resolve(f), in.resolve(f));
        }
        return DropFolders.run(dir);
    }

    @Test
    void twoMonthlySourcesOfTheSameMonthsAreCountedOnce(@TempDir Path dir) throws Exception {
        CommandRun r = run(dir, "calls-by-channel-month.xlsx", "calls-by-grading-month.xlsx");
        Map<String, Object> m = RealisticInputsTest.metrics(r.summary());
        // the grading file has the 18 months Oct 2014 to Mar 2016 (B2:S2), all also in the channel file
        // the channel file alone gives 221,054 for Apr 2015 to Mar 2016 (truth.tsv); it is read first
        assertEquals(221_054.0, m.get("calls.total"), r.printed());
        List<CommandRun.Row3> overlap = r.findings("SOURCE_OVERLAP");
        assertEquals(1, overlap.size(), r.findings().toString());
        assertTrue(overlap.get(0).message().startsWith("Calls for the 18 months Oct 2014 to Mar 2016 are in two monthly "
                + "sources: calls-by-channel-month.xlsx"), overlap.get(0).message());
        assertTrue(overlap.get(0).message().contains("calls-by-grading-month.xlsx was not added"), overlap.get(0).message());
    }

    @Test
    void aDailyExportTakesItsMonthsAndOneMonthlySourceTheRest(@TempDir Path dir) throws Exception {
        CommandRun r = run(dir, "calls-by-channel-month.xlsx", "calls-by-grading-month.xlsx", "calls-export.xlsx");
        Map<String, Object> m = RealisticInputsTest.metrics(r.summary());
        // Apr to Jun 2015 from the export (3,655 calls, truth.tsv), Jul 2015 to Mar 2016 from the channel file
        assertEquals(3_655.0 + 165_405.0, m.get("calls.total"), r.printed());
    }
}
