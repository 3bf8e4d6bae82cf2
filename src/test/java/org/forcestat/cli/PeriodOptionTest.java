package org.forcestat.cli;

import static org.forcestat.cli.SummarySheets.rightOf;
import static org.forcestat.cli.SummarySheets.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --from/--to} on periods inside, partly outside and wholly outside the data, on a calls-only,
 * a crime-only and a combined folder (found by a new-user test: an internal error, "0 days", trends of
 * other months). The fixtures are generated here:
 * <ul>
 * <li>calls.csv: one row per call, 01/01/2016 to 30/04/2016 (121 days), each day of month m holding m calls
 * (January 1, February 2, March 3, April 4): 31 + 58 + 93 + 120 = 302 calls.
 * <li>crime.csv: recorded crime by month, Jan 2014 to Mar 2016 (27 months); month k (0 = Jan 2014) has
 * 100 + k shoplifting and 10 robberies.
 * </ul>
 * Expected figures are worked out by hand in each test.
 */
class PeriodOptionTest {
    @TempDir
    static Path dir;

    static Path calls;
    static Path crime;
    static Path both;

    @BeforeAll
    static void folders() throws Exception {
        StringBuilder c = new StringBuilder("Call ID,Received,Grading,Channel\n");
        int n = 0;
        for (LocalDate d = LocalDate.of(2016, 1, 1); !d.isAfter(LocalDate.of(2016, 4, 30)); d = d.plusDays(1)) {
            for (int i = 0; i < d.getMonthValue(); i++) {
                n++;
                c.append(String.format("C%05d,%s %02d:00,%s,%s%n", n, d, 10 + i, i % 2 == 0 ? "Immediate" : "Advice",
                        i % 2 == 0 ? "999" : "101"));
            }
        }
        StringBuilder k = new StringBuilder("Month,Crime type,Count\n");
        for (int m = 0; m < 27; m++) {
            String month = String.format("%d-%02d", 2014 + m / 12, m % 12 + 1);
            k.append(month).append(",Shoplifting,").append(100 + m).append('\n');
            k.append(month).append(",Robbery of personal property,10\n");
            // A return of all recorded crime lists violence too (here none): without it, shoplifting and
            // robbery alone would be an extract of some offences, with no crime total (SPEC §3).
            k.append(month).append(",Violence with injury,0\n");
        }
        calls = Files.createDirectories(dir.resolve("calls"));
        crime = Files.createDirectories(dir.resolve("crime"));
        both = Files.createDirectories(dir.resolve("both"));
        for (Path p : List.of(calls, both)) {
            Files.writeString(p.resolve("calls.csv"), c, StandardCharsets.UTF_8);
        }
        for (Path p : List.of(crime, both)) {
            Files.writeString(p.resolve("crime.csv"), k, StandardCharsets.UTF_8);
        }
    }

    private static CommandRun run(Path in, String name, String... period) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", in.toString(), "-o", dir.resolve("out-" + name).toString(),
                "--quiet"));
        args.addAll(List.of(period));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void aPeriodWithNoneOfTheDataIsAUsageErrorThatSaysWhatTheDataCovers() throws Exception {
        CommandRun r = run(both, "outside-both", "--from", "01/04/2017", "--to", "31/03/2018");
        assertEquals(64, r.exitCode(), r.printed());
        assertNull(r.summary(), r.printed());
        assertTrue(r.err().contains("forcestat: the period 01/04/2017 to 31/03/2018 (--from/--to) holds none of the data: "
                + "the calls cover 01/01/2016 to 30/04/2016; the recorded crime covers 01/01/2014 to 31/03/2016."),
                r.printed());
        assertFalse(r.printed().contains("internal error"), r.printed());
        assertFalse(r.printed().contains("Exception"), r.printed());

        CommandRun c = run(calls, "outside-calls", "--from", "01/04/2017", "--to", "31/03/2018");
        assertEquals(64, c.exitCode(), c.printed());
        assertNull(c.summary());
        assertTrue(c.err().contains("holds none of the data: the calls cover 01/01/2016 to 30/04/2016. Choose dates"),
                c.printed());

        CommandRun k = run(crime, "outside-crime", "--from", "01/04/2017", "--to", "31/03/2018");
        assertEquals(64, k.exitCode(), k.printed());
        assertNull(k.summary());
        assertTrue(k.err().contains("holds none of the data: the recorded crime covers 01/01/2014 to 31/03/2016."),
                k.printed());
    }

    @Test
    void rollingTotalsAloneAreSummarisedAndAPeriodAfterThemIsAUsageError() throws Exception {
        // Recorded crime totals by area, Apr 2014 to Mar 2016: North 1,000 + k in month k, South 500 a month.
        StringBuilder t = new StringBuilder("Area,Month,Count\n");
        for (int k = 0; k < 24; k++) {
            String month = String.format("%d-%02d", 2014 + (k + 3) / 12, (k + 3) % 12 + 1);
            t.append("North,").append(month).append(',').append(1000 + k).append('\n');
            t.append("South,").append(month).append(",500\n");
        }
        Path totals = Files.createDirectories(dir.resolve("totals"));
        Files.writeString(totals.resolve("totals.csv"), t, StandardCharsets.UTF_8);
        // Before: "Invalid cell range" (exit 70) writing the Crime sheet's per-day chart over no rows.
        CommandRun r = run(totals, "totals");
        assertEquals(0, r.exitCode(), r.printed());
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(r.summary());
        // 12 x 1,000 + (0 + ... + 11) + 12 x 500 = 18,066; 12 x 1,000 + (12 + ... + 23) + 6,000 = 18,210
        assertEquals(18066.0, m.get("crimes.rolling12.previous"));
        assertEquals(18210.0, m.get("crimes.rolling12.current"));
        try (InputStream in = Files.newInputStream(r.summary()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(textOf(wb.getSheet("Crime")).contains("No crimes by category for this period"));
        }
        CommandRun later = run(totals, "totals-later", "--from", "2017-01-01");
        assertEquals(64, later.exitCode(), later.printed());
        assertTrue(later.err().contains("the period from 01/01/2017 (--from/--to) holds none of the data: the crime "
                + "totals cover Apr 2014 to Mar 2016."), later.printed());
    }

    @Test
    void watchOnceOnAPeriodWithNoneOfTheDataIsTheSameUsageError() throws Exception {
        CommandRun r = CommandRun.of("watch", calls.toString(), "-o", dir.resolve("out-watch").toString(), "--once",
                "--interval", "100ms", "--from", "01/04/2017", "--to", "31/03/2018");
        assertEquals(64, r.exitCode(), r.printed());
        assertTrue(r.err().contains("holds none of the data: the calls cover 01/01/2016 to 30/04/2016."), r.printed());
        assertFalse(r.printed().contains("internal error"), r.printed());
    }

    @Test
    void aPeriodWithNoneOfTheCallsLeavesTheCallFiguresAbsentAndTheCrimeFiguresOfThePeriod() throws Exception {
        CommandRun r = run(both, "crime-year", "--from", "2015-01-01", "--to", "2015-12-31");
        assertEquals(0, r.exitCode(), r.printed());
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(r.summary());
        for (String id : List.of("calls.total", "calls.per_day", "calls.999.per_day", "calls.grading.immediate.total")) {
            assertEquals("not in these inputs", m.get(id), id);
        }
        // Jan to Dec 2015 = months 12..23: shoplifting 12 x 100 + (12 + ... + 23) = 1,410, robbery 120.
        assertEquals(1530.0, m.get("crimes.total"));
        assertEquals(1530.0 / 365, (Double) m.get("crimes.per_day"), 1e-12);
        // Rolling 12 months to the period's end, Dec 2015, against the 12 to Dec 2014 (1,266 + 120).
        assertEquals(1530.0, m.get("crimes.rolling12.current"));
        assertEquals(1386.0, m.get("crimes.rolling12.previous"));
        assertEquals(144.0, m.get("crimes.rolling12.change"));
        assertEquals("Jan 2014 to Dec 2015 (24 months)", period(r.summary(), "crimes.trend.slope_per_month"));
        assertEquals("Jan 2016 to Dec 2016 (forecast)", period(r.summary(), "crimes.forecast.next12"));
        assertEquals("01/01/2015 to 31/12/2015", period(r.summary(), "calls.per_day"));

        var outside = r.findings("PERIOD_OUTSIDE_DATA");
        assertEquals(1, outside.size(), r.findings().toString());
        assertEquals("Warning", outside.get(0).severity());
        assertEquals("The period 01/01/2015 to 31/12/2015 holds none of the calls data, which covers 01/01/2016 to "
                + "30/04/2016. The calls figures are left out (\"not in these inputs\"). To see them, choose --from and "
                + "--to within 01/01/2016 to 30/04/2016.", outside.get(0).message());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("PERIOD_PARTLY_COVERED")), r.findings().toString());

        try (InputStream in = Files.newInputStream(r.summary()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Summary");
            assertEquals("not in these inputs", rightOf(s, "Calls"));
            assertTrue(textOf(s).contains("No calls in the period: the calls data covers 01/01/2016 to 30/04/2016, none of "
                    + "the period 01/01/2015 to 31/12/2015."), textOf(s));
            assertTrue(s.getRow(1).getCell(1).getStringCellValue().startsWith("Period: Crime 01/01/2015 to 31/12/2015 (365 days)"),
                    s.getRow(1).getCell(1).getStringCellValue());
            assertFalse(textOf(s).contains("0 days"), textOf(s));
            assertTrue(textOf(s).contains("Recorded crime: 1,530 in the 12 months to Dec 2015, up 10.4% (+144) on the 12 "
                    + "months before"), textOf(s));
            // shoplifting 1,266 -> 1,410 (+11.4%) over the 24 months to Dec 2015; robbery unchanged
            assertTrue(textOf(s).contains("Crime by category, real changes in the 12 months to Dec 2015 on the 12 months "
                    + "before: theft up 11.4%."), textOf(s));
            assertFalse(textOf(s).contains("Calls per month"), "no calls trend for a period without calls: " + textOf(s));
            assertEquals("No calls in the period: the calls data covers 01/01/2016 to 30/04/2016, none of the period "
                    + "01/01/2015 to 31/12/2015", wb.getSheet("Calls").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aPeriodReachingPastTheCallsGivesTheFiguresOfTheDaysWithDataAndSaysSo() throws Exception {
        CommandRun r = run(calls, "calls-partly", "--from", "01/03/2016", "--to", "30/06/2016");
        assertEquals(0, r.exitCode(), r.printed());
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(r.summary());
        // March 31 x 3 + April 30 x 4 = 213 calls over 61 days; 999 calls: the even-numbered of each day's,
        // 2 a day in both months = 122.
        assertEquals(213.0, m.get("calls.total"));
        assertEquals(61.0, m.get("calls.days"));
        assertEquals(213.0 / 61, (Double) m.get("calls.per_day"), 1e-12);
        assertEquals(122.0 / 61, (Double) m.get("calls.999.per_day"), 1e-12);
        var partly = r.findings("PERIOD_PARTLY_COVERED");
        assertEquals(1, partly.size(), r.findings().toString());
        assertEquals("The period asked for is 01/03/2016 to 30/06/2016, but the calls data covers 01/01/2016 to "
                + "30/04/2016, so the calls figures are for 01/03/2016 to 30/04/2016 (61 days) only.", partly.get(0).message());
        try (InputStream in = Files.newInputStream(r.summary()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(213.0 / 61, Double.parseDouble(rightOf(wb.getSheet("Summary"), "Calls")), 1e-12);
            // the hour-by-weekday profile is of all the calls, not per date: under a period that cuts them, none
            assertFalse(textOf(wb.getSheet("Calls")).contains("Calls by hour and weekday"), textOf(wb.getSheet("Calls")));
        }
    }

    @Test
    void aPeriodInsideTheCallsHasItsOwnFiguresAndNoPeriodFinding() throws Exception {
        CommandRun r = run(calls, "calls-inside", "--from", "2016-02-01", "--to", "2016-03-31");
        assertEquals(0, r.exitCode(), r.printed());
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(r.summary());
        // February 29 x 2 + March 31 x 3 = 151 calls over 60 days
        assertEquals(151.0, m.get("calls.total"));
        assertEquals(151.0 / 60, (Double) m.get("calls.per_day"), 1e-12);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().startsWith("PERIOD_")), r.findings().toString());
    }

    @Test
    void aPeriodCuttingMonthsOfAMonthlyCrimeSourceCountsItsWholeMonthsOnly() throws Exception {
        CommandRun r = run(crime, "crime-cut", "--from", "15/03/2015", "--to", "15/12/2015");
        assertEquals(0, r.exitCode(), r.printed());
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(r.summary());
        // April to November 2015 = months 15..22 (244 days): shoplifting 800 + 148 = 948, robbery 80.
        assertEquals(1028.0, m.get("crimes.total"));
        assertEquals(244.0, m.get("crimes.days"));
        assertEquals(1028.0 / 244, (Double) m.get("crimes.per_day"), 1e-12);
        var partly = r.findings("PERIOD_PARTLY_COVERED");
        assertEquals(1, partly.size(), r.findings().toString());
        assertEquals("The period asked for is 15/03/2015 to 15/12/2015, but the recorded crime data is by month, and a "
                + "month the period cuts is left out, so the crime figures are for 01/04/2015 to 30/11/2015 (244 days) "
                + "only.", partly.get(0).message());
        // 24 months to Nov 2015 would start in Dec 2013, before the data: no rolling totals, rather than the data's
        // own (to Mar 2016), and the Metrics say the period is why.
        assertEquals("not in these inputs", m.get("crimes.rolling12.current"));
    }

    @Test
    void theCrimeSheetSaysWhichMonthsItsTrendsUseAndTheBarAxesStartAtZero() throws Exception {
        CommandRun r = run(both, "from-october", "--from", "2015-10-01");
        assertEquals(0, r.exitCode(), r.printed());
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(r.summary());
        // October 2015 to March 2016 = months 21..26 (183 days): shoplifting 600 + 141, robbery 60.
        assertEquals(801.0, m.get("crimes.total"));
        assertEquals(801.0 / 183, (Double) m.get("crimes.per_day"), 1e-12);
        // months 15..26 against 3..14: 1,446 + 120 and 1,302 + 120
        assertEquals(1566.0, m.get("crimes.rolling12.current"));
        assertEquals(1422.0, m.get("crimes.rolling12.previous"));
        assertEquals(302.0, m.get("calls.total"));
        try (InputStream in = Files.newInputStream(r.summary()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Period: 01/10/2015 to 31/03/2016 (183 days); monthly trends, comparisons and forecast: Jan 2014 "
                    + "to Mar 2016 (27 months), the whole months up to the period's end",
                    wb.getSheet("Crime").getRow(1).getCell(0).getStringCellValue());
            assertEquals("Period: 01/01/2016 to 30/04/2016 (121 days)",
                    wb.getSheet("Calls").getRow(1).getCell(0).getStringCellValue());
            assertTrue(textOf(wb.getSheet("Calls")).contains("Calls by hour and weekday"), "all the calls are in the period");
            assertTrue(textOf(wb.getSheet("Summary")).contains("Recorded crime: 1,566 in the 12 months to Mar 2016 (a rolling "
                    + "total to the period's end), up 10.1% (+144) on the 12 months before"), textOf(wb.getSheet("Summary")));
            // notes wrap over rows: read them as one text
            assertTrue(textOf(wb.getSheet("Crime")).replace('\n', ' ').contains("trend after allowing for the season +1.0 crimes per month "
                    + "(the straight-line trend above, +1.0, does not allow for the season)"), textOf(wb.getSheet("Crime")));
        }
        List<String> bars = barCharts(r.summary());
        assertFalse(bars.isEmpty());
        for (String chart : bars) {
            // an index chart re-bases its bars at 1.00 and says so; every other bar starts at 0
            if (!chart.contains("<c:crossesAt ")) {
                Matcher min = Pattern.compile("<c:min val=\"([^\"]+)\"/>").matcher(chart);
                assertTrue(min.find(), chart);
                assertEquals(0.0, Double.parseDouble(min.group(1)));
            }
        }
    }

    /** The Period column of a metric (or of a figure not in these inputs). */
    private static String period(Path summary, String id) throws Exception {
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet("Metrics")) {
                Cell c = r.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
                    return r.getCell(4).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no " + id + " on the Metrics sheet");
    }


    /** The XML of every chart part that draws bars. */
    private static List<String> barCharts(Path summary) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(summary))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/charts/chart")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    if (xml.contains("<c:barChart>")) {
                        out.add(xml);
                    }
                }
            }
        }
        return out;
    }
}
