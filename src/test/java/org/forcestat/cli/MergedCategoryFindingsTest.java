package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * police.uk's street-level download is a file a month: the combined groups it cannot split (Burglary,
 * Vehicle crime) are one Validation finding each for the whole folder, with the rows, files and months
 * added up, not one a file and group.
 *
 * <p>The folder, by hand: four months, Feb to May 2013, one file each; in month i (0 to 3) 5 + i burglary
 * rows (5 + 6 + 7 + 8 = 26), 3 vehicle crime rows (12) and 2 robberies (a split category, no finding).
 */
class MergedCategoryFindingsTest {
    @TempDir
    Path dir;

    private static String month(String ym, int burglaries, int[] id) {
        StringBuilder s = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\r\n");
        String[][] rows = {{"Burglary", String.valueOf(burglaries)}, {"Vehicle crime", "3"}, {"Robbery", "2"}};
        for (String[] r : rows) {
            for (int i = 0; i < Integer.parseInt(r[1]); i++) {
                s.append(String.format("%064x,%s,Kent Police,Kent Police,0.522,51.27,On or near High Street,E01024001,"
                        + "Maidstone 001A,%s,Under investigation,\r\n", ++id[0], ym, r[0]));
            }
        }
        return s.toString();
    }

    @Test
    void aMonthlyDownloadGivesOneFindingACombinedGroupWithItsRowsFilesAndMonths() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String[] months = {"2013-02", "2013-03", "2013-04", "2013-05"};
        int[] id = {0};
        for (int i = 0; i < months.length; i++) {
            Files.writeString(in.resolve(months[i] + "-kent-street.csv"), month(months[i], 5 + i, id));
        }
        CommandRun r = CommandRun.of("run", in.toString(), "-o", dir.resolve("out").toString());
        List<CommandRun.Row3> merged = r.findings("MERGED_CATEGORY");
        assertEquals(2, merged.size(), merged.toString());
        CommandRun.Row3 burglary = merged.stream().filter(f -> f.message().contains("\"Burglary")).findFirst().orElseThrow();
        assertTrue(burglary.message().startsWith("26 row(s) in 4 files of Feb 2013 to May 2013 are of the combined type"),
                burglary.message());
        assertEquals("2013-02-kent-street.csv and 3 more", burglary.file());
        CommandRun.Row3 vehicle = merged.stream().filter(f -> f.message().contains("\"Vehicle crime")).findFirst().orElseThrow();
        assertTrue(vehicle.message().startsWith("12 row(s) in 4 files of Feb 2013 to May 2013 are"), vehicle.message());
    }

    @Test
    void oneFileKeepsItsOwnFindingWithItsMonth() throws Exception {
        Path in = Files.createDirectories(dir.resolve("one"));
        Files.writeString(in.resolve("2013-03-kent-street.csv"), month("2013-03", 6, new int[] {0}));
        CommandRun r = CommandRun.of("run", in.toString(), "-o", dir.resolve("out1").toString());
        List<CommandRun.Row3> merged = r.findings("MERGED_CATEGORY");
        assertEquals(2, merged.size(), merged.toString());
        assertTrue(merged.stream().anyMatch(f -> f.message().startsWith("6 row(s) of Mar 2013 are of the combined type "
                + "\"Burglary")), merged.toString());
        assertTrue(merged.stream().allMatch(f -> f.file().equals("2013-03-kent-street.csv")), merged.toString());
    }
}
