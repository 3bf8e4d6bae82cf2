package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Channel;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-and-control exports whatever their grading header is called, a calls export that cannot be
 * counted being an error, calls per month counted as months, and gradings a force does not use
 * (SPEC §2.3, §3).
 */
class CallExportsAndMonthsTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);
    private static final LocalDateTime AT = LocalDateTime.of(2015, 4, 1, 9, 30);
    private static final LocalDate DAY = AT.toLocalDate();

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private Path export(String name, String gradingHeader) throws Exception {
        return Fixtures.workbook(dir, name, "Calls Report",
                row("STORM Command & Control - Calls for Service Report"),
                row("Period: 01/04/2015 to 01/04/2015"),
                row(),
                row("Incident Number", "Date Time Received", gradingHeader, "Call Origin", "Incident Type", "Division"),
                row("CC150401-00001", AT, "P1 Emergency", "999", "Domestic", "North"),
                row("CC150401-00002", AT.plusMinutes(5), "P2 Priority", "101", "Theft", "East"),
                row("CC150401-00003", AT.plusMinutes(9), "P4 Resolution Without Deployment", "Email", "ASB", "West"),
                row("CC150401-00004", AT.plusMinutes(20), "P2 Priority", "999", "RTC", "West"),
                row("CC150401-00005", AT.plusMinutes(31), "P3 Scheduled", "Online", "Theft", "North"),
                row("Total", 5));
    }

    @Test
    void gradingHeadersAsForcesExportThemAreRead() throws Exception {
        for (String h : List.of("Priority Level", "Grade", "Call Grade", "Priority Code", "Response Grade",
                "Incident Grade", "Initial Grade", "Final Priority", "Priority Lvl", "Incident Grading (Initial)")) {
            Partial p = reader.read(export("calls " + h.replaceAll("[^A-Za-z]", "") + ".xlsx", h));
            assertEquals(Kind.CALLS, p.sources().get(0).sheets().get(0).kind(), h);
            CallCounts c = p.calls();
            assertEquals(5, c.total(DAY), h);
            assertEquals(1, c.grading(DAY, Grading.IMMEDIATE), h);
            assertEquals(2, c.grading(DAY, Grading.HIGH), h);
            assertEquals(1, c.grading(DAY, Grading.APPOINTMENT), h);
            assertEquals(1, c.grading(DAY, Grading.ADVICE), h);
            assertEquals(2, c.channel(DAY, Channel.EMERGENCY), h);
            assertEquals(List.of(), rule(p, "MISSING_COLUMN"), h);
        }
    }

    @Test
    void aCallsExportWhoseGradingIsNotFoundIsAnErrorNotAWarning() throws Exception {
        Partial p = reader.read(export("urgency.xlsx", "Urgency Band"));
        List<Finding> f = rule(p, "MISSING_COLUMN");
        assertEquals(1, f.size(), p.findings().toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("A4", f.get(0).cell());
        assertTrue(f.get(0).message().contains("5 row(s) of calls"), f.get(0).message());
        assertTrue(f.get(0).message().contains("calls.grading = "), f.get(0).message());
        assertTrue(p.calls().isEmpty());
        // A header row alone, with nothing under it, loses nothing: a warning.
        Partial empty = reader.read(Fixtures.workbook(dir, "blank-export.xlsx", "Calls",
                row("Incident Number", "Date Time Received", "Urgency Band", "Call Origin", "Division")));
        assertEquals(Severity.WARNING, rule(empty, "MISSING_COLUMN").get(0).severity());
        // A sheet of dates and areas is no calls export: still a warning.
        Partial areas = reader.read(Fixtures.workbook(dir, "areas.xlsx", "Areas",
                row("Date", "Area", "Note"), row(DAY, "North", "visit")));
        assertTrue(rule(areas, "MISSING_COLUMN").stream().allMatch(x -> x.severity() == Severity.WARNING));
    }

    @Test
    void gradingWordsInOtherHeadersAreNotTakenForTheGrading() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "threats.xlsx", "Register",
                row("Priority area", "Date reviewed", "Harm", "Likelihood"),
                row("Burglary", DAY, 3, 4)));
        assertFalse(p.sources().get(0).sheets().get(0).kind() == Kind.CALLS);
    }

    @Test
    void callsPerMonthByChannelAreCountedAsMonths() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "contact.xlsx", "Contact",
                row("Public contact by channel"),
                row(),
                row("Contact channel", "April 2015", "May 2015", "June 2015", "July 2015"),
                row("999", 500, 520, 540, null),
                row("101", 900, 950, 1000, null),
                row("Email", 40, 30, 20, null),
                row("Carrier pigeon", 1, 2, 3, null),
                row("Total", 1441, 1502, 1563, null)));
        assertEquals(Kind.CALLS, p.sources().get(0).sheets().get(0).kind());
        assertEquals(List.of(), rule(p, "MONTHLY_CALLS_NOT_COUNTED"));
        SortedMap<YearMonth, long[]> m = p.calls().monthOnly();
        // July has no figure in any row: a month to come, not a month of 0 calls.
        assertEquals(List.of(YearMonth.of(2015, 4), YearMonth.of(2015, 5), YearMonth.of(2015, 6)), List.copyOf(m.keySet()));
        long[] april = m.get(YearMonth.of(2015, 4));
        assertEquals(1441, CallCounts.total(april), "500 + 900 + 40 + 1 (the unknown line is in the total)");
        assertEquals(500, CallCounts.channel(april, Channel.EMERGENCY));
        assertEquals(40, CallCounts.channel(april, Channel.OTHER));
        assertTrue(CallCounts.has(april, CallCounts.Measure.CHANNEL));
        assertFalse(CallCounts.has(april, CallCounts.Measure.GRADING));
        assertEquals(1, rule(p, "UNKNOWN_VALUE").size(), "Carrier pigeon is named");
        assertTrue(p.calls().dates().isEmpty(), "monthly counts are never spread over days");
    }

    @Test
    void callsPerMonthByGradingUnderABlankCornerGiveTheGradingsTheyHave() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sh = Fixtures.fill(wb, "Sheet1", row("Calls by grade of response"),
                    row(null, LocalDate.of(2015, 4, 1), LocalDate.of(2015, 5, 1), LocalDate.of(2015, 6, 1)),
                    row("Grade 1", 100, 110, 120),
                    row("Grade 2", 200, 210, 220),
                    row("Grade 3", 0, 0, 0),
                    row("Grade 4", 300, 310, 320));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
            for (int c = 1; c <= 3; c++) {
                sh.getRow(1).getCell(c).setCellStyle(style);
            }
            Fixtures.save(wb, dir.resolve("grades.xlsx"));
        }
        Partial p = reader.read(dir.resolve("grades.xlsx"));
        long[] may = p.calls().monthOnly().get(YearMonth.of(2015, 5));
        assertEquals(630, CallCounts.total(may), "110 + 210 + 0 + 310");
        assertEquals(0, CallCounts.grading(may, Grading.APPOINTMENT));
        // Grade 3 has a line of zeros: the force uses it, so its 0 is a real 0; no line says crime reports.
        assertEquals(EnumSet.of(Grading.IMMEDIATE, Grading.HIGH, Grading.APPOINTMENT, Grading.ADVICE),
                p.calls().gradingsGiven());
    }

    @Test
    void aMonthThatADailySourceAlsoHasIsNotCountedTwice() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "By month", row("Grading", "Apr-15", "May-15", "Jun-15"),
                    row("Immediate", 300, 310, 320), row("High", 600, 610, 620));
            Object[][] days = new Object[31][];
            days[0] = row("Date", "Immediate", "High");
            for (int d = 1; d <= 30; d++) {
                days[d] = row(LocalDate.of(2015, 4, d), 10, 20);
            }
            Fixtures.fill(wb, "April daily", days);
            Fixtures.save(wb, dir.resolve("mixed.xlsx"));
        }
        Partial p = reader.read(dir.resolve("mixed.xlsx"));
        SortedMap<YearMonth, long[]> m = p.calls().monthOnly();
        assertEquals(Set.of(YearMonth.of(2015, 5), YearMonth.of(2015, 6)), m.keySet(), "April comes from the days");
        assertEquals(900, p.calls().dates().stream().mapToLong(p.calls()::total).sum(), "30 x 30");
        assertEquals(1, p.calls().monthOverlaps().size());
        OverlapCheck.report(p);
        assertEquals(1, rule(p, "SOURCE_OVERLAP").size(), p.findings().toString());
        // the month span in the crime warning's words (OverlapCheck.months), not "1 month(s), 2015-04 to 2015-04"
        Finding w = rule(p, "SOURCE_OVERLAP").get(0);
        assertEquals("Apr 2015", w.seen());
        // April's 300 + 600 by month are the days' 30 x (10 + 20): the monthly sheet repeats them, a note only
        // (MonthlySummaryOfDailyDataTest has a month that disagrees, still a warning).
        assertEquals(org.forcestat.model.Severity.INFO, w.severity());
        assertTrue(w.message().startsWith("The monthly figures (mixed.xlsx) for Apr 2015 agree with"), w.message());
    }

    @Test
    void callsWithMonthsDownAreMonthsWhetherNamedOrDatedTheFirst() throws Exception {
        Partial named = reader.read(Fixtures.workbook(dir, "monthly.xlsx", "Calls",
                row("Month", "Immediate", "High", "Appointment", "Advice", "999 calls", "Total calls"),
                row("Apr-15", 3000, 6000, 2000, 4000, 5000, 15000),
                row("May-15", 3100, 6100, 2100, 4100, 5100, 15400)));
        assertEquals(List.of(), rule(named, "DATE_UNREADABLE"), named.findings().toString());
        SortedMap<YearMonth, long[]> m = named.calls().monthOnly();
        assertEquals(15400, CallCounts.total(m.get(YearMonth.of(2015, 5))));
        assertEquals(5000, CallCounts.channel(m.get(YearMonth.of(2015, 4)), Channel.EMERGENCY));
        assertTrue(named.calls().dates().isEmpty(), "no day holds a month's calls");
        // The calls-per-day template filled with monthly totals dated the 1st, as analysts do.
        Partial firsts = reader.read(Fixtures.workbook(dir, "firsts.xlsx", "Calls per day",
                row("Date", "Immediate", "High", "Total calls"),
                row(LocalDate.of(2015, 4, 1), 3000, 6000, 9000),
                row(LocalDate.of(2015, 5, 1), 3100, 6100, 9200),
                row(LocalDate.of(2015, 6, 1), 3200, 6200, 9400)));
        assertEquals(Set.of(YearMonth.of(2015, 4), YearMonth.of(2015, 5), YearMonth.of(2015, 6)),
                firsts.calls().monthOnly().keySet());
        assertEquals(List.of(), rule(firsts, "SERIES_GAP"), "months have no missing days");
        // A daily sheet that happens to start on the 1st is still days.
        Partial daily = reader.read(Fixtures.workbook(dir, "days.xlsx", "Calls",
                row("Date", "Immediate", "Total calls"), row(LocalDate.of(2015, 4, 1), 10, 30),
                row(LocalDate.of(2015, 4, 2), 11, 31)));
        assertEquals(30, daily.calls().total(LocalDate.of(2015, 4, 1)));
        assertTrue(daily.calls().monthOnly().isEmpty());
        // Months down with crime types across and a bare Total is crime, never calls.
        Partial crime = reader.read(Fixtures.workbook(dir, "crime-months.xlsx", "Crime",
                row("Month", "Burglary", "Robbery", "Total"), row("Apr-15", 10, 2, 12), row("May-15", 9, 3, 12)));
        assertTrue(crime.calls().isEmpty());
    }

    @Test
    void gradingsACallExportNeverUsesAreNotGiven() throws Exception {
        Partial p = reader.read(export("p1-p4.xlsx", "Priority Level"));
        assertEquals(EnumSet.of(Grading.IMMEDIATE, Grading.HIGH, Grading.APPOINTMENT, Grading.ADVICE),
                p.calls().gradingsGiven());
        Partial daily = reader.read(Fixtures.workbook(dir, "daily.xlsx", "Calls",
                row("Date", "Immediate", "High", "Crime report"), row(DAY, 10, 20, 0)));
        assertTrue(daily.calls().gradingsGiven().contains(Grading.CRIME_REPORT), "a column of zeros is a real 0");
        assertFalse(daily.calls().gradingsGiven().contains(Grading.ADVICE));
    }

    @Test
    void settingsBesideANamedFileOrInTheWorkingDirectoryAreRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inputs"));
        Path file = export("inputs/named.xlsx", "Urgency Band");
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        Files.writeString(cwd.resolve(InputProperties.FILE), "calls.grading = Urgency Band\n");
        // Nothing beside the file: the working directory's settings are read.
        InputProperties fromCwd = InputProperties.load(List.of(file), cwd);
        assertEquals(List.of("Urgency Band"), fromCwd.synonyms().get("calls.grading"));
        assertEquals(5, new WorkbookReader(fromCwd).read(file).calls().total(DAY));
        // Settings beside the file win, and the working directory's are then not read.
        Files.writeString(folder.resolve(InputProperties.FILE), "calls.grading = Urgency\n");
        assertEquals(List.of("Urgency"), InputProperties.load(List.of(file), cwd).synonyms().get("calls.grading"));
        // A folder named on the command line never reads the working directory's.
        Files.delete(folder.resolve(InputProperties.FILE));
        assertEquals(null, InputProperties.load(List.of(folder), cwd).synonyms().get("calls.grading"));
    }
}
