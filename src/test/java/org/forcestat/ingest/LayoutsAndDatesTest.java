package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts (hidden sheets, total rows, forcestat.properties) and every date form, per reader. */
class LayoutsAndDatesTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());

    @Test
    void everyDateFormIsReadForCallRecords() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Calls", row("Received", "Grading"),
                    row(LocalDateTime.of(2015, 4, 6, 1, 30), "Immediate"),  // Excel date-time serial
                    row(42100.75, "Immediate"),                             // plain serial 2015-04-06 18:00
                    row("06/04/2015 13:05", "High"),                        // UK day-first text
                    row("2015-04-06T09:15:00", "High"),                     // ISO text
                    row("2015-04-06 22:10", "High"),
                    row("6.4.2015 07:00", "Advice"));
            f = Fixtures.save(wb, dir.resolve("dates.xlsx"));
        }
        Partial p = reader.read(f);
        LocalDate mon = LocalDate.of(2015, 4, 6);
        assertEquals(6, p.calls().total(mon), p.findings().toString());
        assertEquals(1, p.calls().hourCount(DayOfWeek.MONDAY, 1));
        assertEquals(1, p.calls().hourCount(DayOfWeek.MONDAY, 18));
        assertEquals(1, p.calls().hourCount(DayOfWeek.MONDAY, 13));
        assertEquals(1, p.calls().hourCount(DayOfWeek.MONDAY, 9));
        assertEquals(1, p.calls().hourCount(DayOfWeek.MONDAY, 22));
        assertEquals(1, p.calls().hourCount(DayOfWeek.MONDAY, 7));
    }

    @Test
    void aCallAtExactlyMidnightInADateTimeColumnIsInHourZero() throws Exception {
        // 2015-04-06 is a Monday. The first call is at 00:00:00, before the column has shown any time.
        Path f = Fixtures.workbook(dir, "midnight.xlsx", "Calls",
                row("Received", "Grading"),
                row(LocalDateTime.of(2015, 4, 6, 0, 0), "Immediate"),
                row(LocalDateTime.of(2015, 4, 6, 0, 0), "High"),
                row(LocalDateTime.of(2015, 4, 6, 0, 40), "High"),
                row(LocalDateTime.of(2015, 4, 7, 0, 0), "High"),    // Tuesday, after times have been seen
                row(LocalDateTime.of(2015, 4, 7, 13, 5), "Advice"));
        Partial p = reader.read(f);
        assertEquals(3, p.calls().total(LocalDate.of(2015, 4, 6)), p.findings().toString());
        assertEquals(3, p.calls().hourCount(DayOfWeek.MONDAY, 0));
        assertEquals(1, p.calls().hourCount(DayOfWeek.TUESDAY, 0));
        assertEquals(1, p.calls().hourCount(DayOfWeek.TUESDAY, 13));
        assertTrue(p.calls().measures().contains(org.forcestat.model.CallCounts.Measure.HOURS));
    }

    @Test
    void aDateOnlyReceivedColumnGivesNoHours() throws Exception {
        Path f = Fixtures.workbook(dir, "dates-only.xlsx", "Calls",
                row("Received", "Grading"),
                row(LocalDate.of(2015, 4, 6), "Immediate"),
                row(LocalDate.of(2015, 4, 6), "High"),
                row(LocalDate.of(2015, 4, 7), "High"));
        Partial p = reader.read(f);
        assertEquals(2, p.calls().total(LocalDate.of(2015, 4, 6)), p.findings().toString());
        assertEquals(0, p.calls().hourCount(DayOfWeek.MONDAY, 0));
        assertEquals(0, p.calls().hourCount(DayOfWeek.TUESDAY, 0));
        assertFalse(p.calls().measures().contains(org.forcestat.model.CallCounts.Measure.HOURS));
    }

    @Test
    void separateDateAndTimeColumnsGiveTheHour() throws Exception {
        Path f = Fixtures.workbook(dir, "split.xlsx", "Calls",
                row("Call Date", "Time", "Grade"),
                row(LocalDate.of(2015, 4, 11), 0.5625, "P1"),   // time as a day fraction: 13:30
                row("11/04/2015", "23:59", "P2"));
        Partial p = reader.read(f);
        assertEquals(2, p.calls().total(LocalDate.of(2015, 4, 11)));
        assertEquals(1, p.calls().hourCount(DayOfWeek.SATURDAY, 13));
        assertEquals(1, p.calls().hourCount(DayOfWeek.SATURDAY, 23));
    }

    @Test
    void serialsMatchPoiForBothDateSystemsAndTheLeapYearBug() {
        for (double v : new double[] {1, 59, 60.5, 61, 42095.999999, 42100.75, 42461.5 + 1e-9, 2958465.99}) {
            for (boolean b1904 : new boolean[] {false, true}) {
                java.time.LocalDateTime poi = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(v, b1904);
                assertEquals(poi, DateValues.serial(v, b1904), v + " 1904=" + b1904);
                // The arithmetic the call-record reader counts with gives the same instant, or leaves the serial alone.
                long ms = DateValues.epochMillis(v, b1904);
                if (!b1904 && v < 61 || v > 2958465) {
                    // DateUtil's phantom 29 Feb 1900; beyond 31/12/9999 fromCell reports no date.
                    assertEquals(DateValues.NOT_PLAIN, ms, v + " is left to fromCell");
                } else {
                    assertEquals(poi, java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000),
                            (int) Math.floorMod(ms, 1000) * 1_000_000, java.time.ZoneOffset.UTC), v + " 1904=" + b1904);
                }
            }
        }
        for (double notADate : new double[] {0, 0.5, -3, 2958466, Double.NaN}) {
            assertEquals(DateValues.NOT_PLAIN, DateValues.epochMillis(notADate, false), "" + notADate);
        }
    }

    @Test
    void anUnreadableDateIsAFindingWithItsCellInEveryDatedReader() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Daily", row("Date", "Immediate", "Total calls"),
                    row("32/04/2015", 1, 2), row(LocalDate.of(2015, 4, 2), 1, 2));
            Fixtures.fill(wb, "Crimes", row("Date", "Crime type", "Count"),
                    row("sometime", "Robbery", 1), row("2015-04-02", "Robbery", 1));
            Fixtures.fill(wb, "Returns", row("Area", "Month", "Recorded crimes"),
                    row("North", "Smarch 2016", 10), row("North", "May 2016", 10));
            Fixtures.fill(wb, "Records", row("Received", "Grading"),
                    row("yesterday", "High"), row("2015-04-02 10:00", "High"));
            f = Fixtures.save(wb, dir.resolve("bad-dates.xlsx"));
        }
        Partial p = reader.read(f);
        List<Finding> bad = p.findings().stream().filter(x -> x.rule().equals("DATE_UNREADABLE")).toList();
        assertEquals(List.of("Daily!A2", "Crimes!A2", "Returns!B2", "Records!A2"),
                bad.stream().map(x -> x.sheet() + "!" + x.cell()).toList());
        assertTrue(bad.stream().allMatch(x -> x.severity() == Severity.ERROR));
        assertEquals(List.of("32/04/2015", "sometime", "Smarch 2016", "yesterday"), bad.stream().map(Finding::seen).toList());
        p.sources().get(0).sheets().forEach(s -> assertEquals(1, s.rowsRejected(), s.name()));
    }

    @Test
    void totalRowsUnderTheDataAreNotCountedForAnyKind() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Calls per day", row("Date", "Immediate", "High", "Total calls"),
                    row(LocalDate.of(2015, 4, 1), 1, 2, 3), row(LocalDate.of(2015, 4, 2), 4, 5, 9),
                    row("Total", "=SUM(B2:B3)", "=SUM(C2:C3)", "=SUM(D2:D3)"));
            Fixtures.fill(wb, "Crimes per day", row("Date", "Crime type", "Count"),
                    row(LocalDate.of(2015, 4, 1), "Robbery", 2), row(LocalDate.of(2015, 4, 2), "Robbery", 3),
                    row("Grand total", null, "=SUM(C2:C3)"));
            Fixtures.fill(wb, "Returns", row("Area", "Month", "Recorded crimes"),
                    row("North", "2016-05", 100), row("East", "2016-05", 50), row("Total", null, "=SUM(C2:C3)"));
            Fixtures.fill(wb, "Records", row("Call ID", "Received", "Grading"),
                    row("C1", LocalDateTime.of(2015, 4, 3, 10, 0), "High"),
                    row("Totals", null, null));
            f = Fixtures.save(wb, dir.resolve("totals.xlsx"));
        }
        Partial p = reader.read(f);
        assertEquals(3, p.calls().total(LocalDate.of(2015, 4, 1)));
        assertEquals(9, p.calls().total(LocalDate.of(2015, 4, 2)));
        assertEquals(1, p.calls().total(LocalDate.of(2015, 4, 3)));
        assertEquals(3, p.calls().dates().size(), "no day made of the Total row");
        assertEquals(5, p.crimes().totals(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 4, 30))[CrimeCategory.ROBBERY.ordinal()]);
        assertEquals(150, p.crimeTotals().byArea().values().stream()
                .mapToLong(m -> m.getOrDefault(YearMonth.of(2016, 5), 0L)).sum());
        assertFalse(p.crimeTotals().byArea().containsKey("Total"));
        assertTrue(p.findings().stream().noneMatch(x -> x.severity() == Severity.ERROR), p.findings().toString());
        p.sources().get(0).sheets().forEach(s -> assertEquals(0, s.rowsRejected(), s.name()));
    }

    @Test
    void hiddenSheetsAreReadAndSaidSo() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Front", row("Nothing to see"));
            Fixtures.fill(wb, "Data", row("Date", "Crime type", "Count"), row(LocalDate.of(2015, 4, 1), "Robbery", 2));
            wb.setSheetHidden(1, true);
            f = Fixtures.save(wb, dir.resolve("hidden.xlsx"));
        }
        Partial p = reader.read(f);
        var data = p.sources().get(0).sheets().get(1);
        assertTrue(data.hidden());
        assertEquals(Kind.CRIMES, data.kind());
        assertEquals(2, p.crimes().count(LocalDate.of(2015, 4, 1), CrimeCategory.ROBBERY));
        assertFalse(p.sources().get(0).sheets().get(0).hidden());
    }

    @Test
    void propertiesMapHeadersAndForceKindsPerFileAndSheet() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // The file is forced to calls and its sheet "Odd one" to crimes (its "Total calls"-free header
        // would otherwise be left unread); "Urgency Band" (no word forcestat knows) is mapped to the grading.
        Fixtures.workbook(in, "calls-2015.xlsx", "Sheet1",
                row("Period", "Type", "Urgency Band", "Received"),
                row(LocalDate.of(2015, 4, 1), "Burglary", "P1", LocalDateTime.of(2015, 4, 1, 9, 0)));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Sheet1", row("Date", "Total calls"), row(LocalDate.of(2015, 4, 2), 7));
            Fixtures.fill(wb, "Odd one", row("Date", "Category", "Total", "Immediate"),
                    row(LocalDate.of(2015, 4, 3), "Robbery", 3, 1));
            Fixtures.save(wb, in.resolve("mixed.xlsx"));
        }
        Files.writeString(in.resolve("forcestat.properties"), """
                calls.grading = Urgency Band
                kind.calls-2015.xlsx = CALLS
                kind.MIXED.xlsx/Odd\\ one = crimes
                kind.other.xlsx = NONSENSE
                """);
        InputProperties props = InputProperties.load(List.of(in));
        assertEquals(List.of("kind.other.xlsx = NONSENSE"), props.problems());
        assertEquals(List.of("Urgency Band"), props.synonyms().get("calls.grading"));
        WorkbookReader r = new WorkbookReader(props);
        Partial calls = r.read(in.resolve("calls-2015.xlsx"));
        assertEquals(Kind.CALLS, calls.sources().get(0).sheets().get(0).kind());
        assertEquals(1, calls.calls().grading(LocalDate.of(2015, 4, 1), Grading.IMMEDIATE));
        Partial mixed = r.read(in.resolve("mixed.xlsx"));
        assertEquals(List.of(Kind.CALLS, Kind.CRIMES), mixed.sources().get(0).sheets().stream().map(s -> s.kind()).toList());
        assertEquals(3, mixed.crimes().count(LocalDate.of(2015, 4, 3), CrimeCategory.ROBBERY));
        assertEquals(List.of(Kind.CALLS, Kind.CALLS), reader.read(in.resolve("mixed.xlsx")).sources().get(0).sheets()
                .stream().map(s -> s.kind()).toList(), "unforced, the ambiguous header reads as per-day calls");
        assertEquals(7, mixed.calls().total(LocalDate.of(2015, 4, 2)));
        // Without the settings the custom grading header is not found and the sheet is not recognised.
        assertEquals(Kind.UNRECOGNISED, reader.read(in.resolve("calls-2015.xlsx")).sources().get(0).sheets().get(0).kind());
    }

    @Test
    void aForcedKindWithNoMatchingHeaderIsAWarning() throws Exception {
        Path f = Fixtures.workbook(dir, "notes.xlsx", "Notes", row("Date", "Crime type"), row("2015-04-01", "Robbery"));
        Properties p = new Properties();
        p.setProperty("kind.notes.xlsx", "BUDGET");
        Partial part = new WorkbookReader(InputProperties.of(p)).read(f);
        assertTrue(part.findings().stream().anyMatch(x -> x.rule().equals("FORCED_KIND_NOT_FOUND")
                && x.severity() == Severity.WARNING && x.sheet().equals("Notes")), part.findings().toString());
        assertTrue(part.crimes().isEmpty());
    }
}
