package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the inputs hold 24 months of recorded crime but --from/--to leaves too few of them before the
 * period's end, the reason given is the period, not "no rolling 12-month totals in these inputs".
 *
 * <p>The return, by hand: January 2014 to December 2015 (24 months), each month 100 violence with
 * injury, 50 shoplifting and 30 criminal damage (180 crimes): 2,160 in each 12 months.
 */
class RollingCutByPeriodTest {
    @TempDir
    Path dir;

    private Path folder() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        StringBuilder k = new StringBuilder("Month,Crime type,Count\n");
        for (int m = 0; m < 24; m++) {
            String month = String.format("%d-%02d", 2014 + m / 12, m % 12 + 1);
            k.append(month).append(",Violence with injury,100\n").append(month).append(",Shoplifting,50\n")
                    .append(month).append(",Criminal damage,30\n");
        }
        Files.writeString(in.resolve("recorded crime 2014-15.csv"), k);
        return in;
    }

    /** The text of the first cell of a sheet that starts with {@code start}, or null. */
    private static String line(Path summary, String sheet, String start) throws Exception {
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet(sheet)) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(start)) {
                        return c.getStringCellValue();
                    }
                }
            }
        }
        return null;
    }

    @Test
    void aPeriodThatCutsTheMonthsIsSaidToBeTheReason() throws Exception {
        Path in = folder();
        CommandRun r = CommandRun.of("run", in.toString(), "-o", dir.resolve("cut").toString(), "--from", "01/01/2015",
                "--to", "30/06/2015");
        assertNull(r.metrics().get("crimes.rolling12.current"), r.printed());
        String why = "the inputs give 12-month totals to Dec 2015, but the period asked for (01/01/2015 to 30/06/2015) "
                + "leaves them out";
        String words = line(r.summary(), "Summary", "Recorded crime:");
        assertTrue(words.startsWith("Recorded crime: no rolling 12-month totals for this period: " + why), words);
        String note = line(r.summary(), "Crime", "No rolling 12-month totals");
        assertTrue(note.startsWith("No rolling 12-month totals for this period: " + why), note);
        assertTrue(line(r.summary(), "Metrics", "Recorded crime, 12 months to the period's end (not in these inputs: "
                + why) != null);
        // The year-on-year comparison and the forecast: Jan 2014 to Jun 2015 is 18 months, the inputs 24.
        String yoy = line(r.summary(), "Summary", "Crime by category:");
        assertEquals("Crime by category: year-on-year change by category needs 24 months of crime data; found 18 up to "
                + "the end of the period asked for (up to 30/06/2015); the inputs have 24, which a period ending later "
                + "would use.", yoy);
        String forecast = line(r.summary(), "Crime", "No forecast:");
        assertTrue(forecast.startsWith("No forecast: a forecast needs at least 24 months of data; found 18 up to the end "
                + "of the period asked for (up to 30/06/2015);"), forecast);
        // Half a year of the 180 a month.
        assertEquals(1080.0, r.metrics().get("crimes.total"), r.printed());
    }

    @Test
    void withoutThePeriodTheTotalsAreThereAndTooFewMonthsAreStillSaidSo() throws Exception {
        Path in = folder();
        CommandRun r = CommandRun.of("run", in.toString(), "-o", dir.resolve("whole").toString());
        assertEquals(2160.0, r.metrics().get("crimes.rolling12.current"), r.printed());
        assertEquals(2160.0, r.metrics().get("crimes.rolling12.previous"), r.printed());
        // A period inside the only 12 months of a shorter return: the inputs never had 24 months.
        Path short12 = Files.createDirectory(dir.resolve("short"));
        StringBuilder k = new StringBuilder("Month,Crime type,Count\n");
        for (int m = 1; m <= 12; m++) {
            k.append(String.format("2015-%02d", m)).append(",Violence with injury,100\n")
                    .append(String.format("2015-%02d", m)).append(",Shoplifting,50\n");
        }
        Files.writeString(short12.resolve("recorded crime 2015.csv"), k);
        CommandRun s = CommandRun.of("run", short12.toString(), "-o", dir.resolve("short-out").toString(), "--from",
                "01/01/2015", "--to", "30/06/2015");
        assertEquals("Recorded crime: no rolling 12-month totals in these inputs.",
                line(s.summary(), "Summary", "Recorded crime:"));
        assertEquals("Crime by category: year-on-year change by category needs 24 months of crime data; found 6.",
                line(s.summary(), "Summary", "Crime by category:"));
    }
}
