package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Partial;
import org.forcestat.stats.RunInfo;
import org.forcestat.stats.Summary;
import org.forcestat.stats.SummaryCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls for service counted as a control room counts them: calls, incidents, grades, channels. */
class ControlRoomCallsTest {
    private static final RunInfo RUN = new RunInfo("Northshire", "OFFICIAL", LocalDateTime.of(2016, 6, 1, 9, 0),
            "test", List.of(), "in");
    private static final LocalDate D1 = LocalDate.of(2016, 3, 1);
    private static final LocalDate D2 = LocalDate.of(2016, 3, 2);
    private static final LocalDate D3 = LocalDate.of(2016, 3, 3);

    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());

    private static LocalDateTime at(LocalDate d, int h, int m) {
        return d.atTime(h, m);
    }

    /**
     * A command-and-control export: one row per call, its own Call ID, and the incident it was attached to.
     * 1 Mar: 5 calls, INC-101 three times (a crash reported by three drivers), INC-102, INC-103: 3 incidents.
     * 2 Mar: 4 calls, INC-104 twice, INC-105, and a further call at 00:20 about 1 March's INC-103: 2 incidents.
     * 3 Mar: 3 calls, INC-106, INC-107, and one closed with no incident (blank): 2 incidents.
     * So 12 calls, 11 with an incident record, 7 incidents over 3 days.
     */
    @Test
    void severalCallsAboutOneIncidentAreSeveralCallsAndOneIncident() throws Exception {
        Path f = Fixtures.workbook(dir, "CAD_calls_Mar16.xlsx", "Calls",
                row("Northshire Police - calls for service, March 2016"),
                row("Call ID", "Incident URN", "Date/Time Received", "Priority", "Call Source"),
                row("C0001", "NS-20160301-101", at(D1, 8, 5), "P1", "999"),
                row("C0002", "NS-20160301-101", at(D1, 8, 6), "P1", "999"),
                row("C0003", "NS-20160301-102", at(D1, 9, 40), "P3", "101"),
                row("C0004", "NS-20160301-101", at(D1, 8, 9), "P1", "999"),
                row("C0005", "NS-20160301-103", at(D1, 23, 50), "P2", "999"),
                row("C0006", "NS-20160301-103", at(D2, 0, 20), "P2", "101"),
                row("C0007", "NS-20160302-104", at(D2, 10, 0), "P2", "999"),
                row("C0008", "NS-20160302-104", at(D2, 10, 3), "P2", "999"),
                row("C0009", "NS-20160302-105", at(D2, 14, 30), "P4", "Online"),
                row("C0010", "NS-20160303-106", at(D3, 7, 15), "P3", "101"),
                row("C0011", null, at(D3, 11, 0), "P4", "101"),
                row("C0012", "NS-20160303-107", at(D3, 18, 45), "P1", "999"));
        Partial p = reader.read(f);
        CallCounts calls = p.calls();
        assertEquals(5, calls.total(D1));
        assertEquals(5, calls.storm(D1));
        assertEquals(3, calls.incidents(D1));
        assertEquals(4, calls.storm(D2));
        assertEquals(2, calls.incidents(D2), "INC-103 was opened on 1 March: its further caller is no new incident");
        assertEquals(2, calls.storm(D3));
        assertEquals(2, calls.incidents(D3));
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(12.0 / 3, s.metric("calls.per_day").value(), 1e-12);
        assertEquals(7.0 / 3, s.metric("incidents.per_day").value(), 1e-12);
        assertEquals(7.0, s.metric("incidents.total").value(), 1e-12);
        assertEquals(11.0, s.metric("calls.storm.total").value(), 1e-12);
        assertEquals(1.0 / 12, s.metric("calls.no_storm.share").value(), 1e-12);
    }

    /**
     * STORM serials numbered afresh each day: serial 0001 of 1 March and serial 0001 of 2 March are two
     * incidents; two calls about serial 0002 of 2 March are one. 1 Mar: 0001, 0001, 0002 (2 incidents);
     * 2 Mar: 0001, 0002, 0002 (2 incidents).
     */
    @Test
    void serialsThatStartAgainEachDayAreIncidentsOfTheirDay() throws Exception {
        Path f = Fixtures.workbook(dir, "storm_log.xlsx", "Sheet1",
                row("Call Ref", "STORM Log No", "Created Date/Time", "Final Grade"),
                row("A1", "0001", at(D1, 0, 30), "Grade 1"),
                row("A2", "0001", at(D1, 0, 35), "Grade 1"),
                row("A3", "0002", at(D1, 6, 10), "Grade 2"),
                row("A4", "0001", at(D2, 0, 5), "Grade 3"),
                row("A5", "0002", at(D2, 1, 15), "Grade 2"),
                row("A6", "0002", at(D2, 1, 25), "Grade 2"));
        CallCounts calls = reader.read(f).calls();
        assertEquals(3, calls.storm(D1));
        assertEquals(2, calls.incidents(D1));
        assertEquals(3, calls.storm(D2));
        assertEquals(2, calls.incidents(D2));
    }

    /**
     * One day's serials written with and without their leading zeros (a log typed partly by hand, partly
     * pasted from STORM): "0012" and "12" are one incident number, as a calls sheet's incident numbers are.
     * 1 Mar: 0012, 12, 0013 (2 incidents); 2 Mar: 12 (1 incident: another day's serial 12).
     */
    @Test
    void oneDaysSerialWithAndWithoutLeadingZerosIsOneIncident() throws Exception {
        Path f = Fixtures.workbook(dir, "storm_log.xlsx", "Sheet1",
                row("Call Ref", "STORM Log No", "Created Date/Time", "Final Grade"),
                row("A1", "0012", at(D1, 0, 30), "Grade 1"),
                row("A2", "12", at(D1, 0, 41), "Grade 1"),
                row("A3", "0013", at(D1, 6, 10), "Grade 2"),
                row("A4", "12", at(D2, 3, 5), "Grade 3"));
        CallCounts calls = reader.read(f).calls();
        assertEquals(3, calls.storm(D1));
        assertEquals(2, calls.incidents(D1));
        assertEquals(1, calls.incidents(D2));
    }

    /** A Y/N STORM flag names no incident: each flagged call is one (as before). 1 Mar: Y, Y, N. */
    @Test
    void aYesNoFlagCountsEachFlaggedCall() throws Exception {
        Path f = Fixtures.workbook(dir, "calls.xlsx", "Calls",
                row("Call ID", "STORM Record", "Received", "Grading"),
                row("X1", "Y", at(D1, 9, 0), "Immediate"),
                row("X2", "Y", at(D1, 9, 5), "High"),
                row("X3", "N", at(D1, 9, 10), "Advice"));
        Partial p = reader.read(f);
        assertEquals(2, p.calls().incidents(D1));
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(2.0, s.metric("incidents.per_day").value(), 1e-12);
        assertNull(s.metric("incidents.total"), "each flagged call is one incident: no separate count");
    }

    /**
     * Calls per day kept by hand, one sheet per month, a Total and an Average row under each month's
     * days (formulas, as Excel keeps them). March: 3 days of 100, 120, 110 calls; April: 2 days of 90, 95.
     * So 515 calls over 5 days, 103.0 a day; the Average rows (110 and 92.5) are no days and no errors.
     */
    @Test
    void averageAndTotalRowsUnderADailyTableAreNotDays() throws Exception {
        Path f;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Fixtures.fill(wb, "Mar-16",
                    row("Calls for service per day - March 2016"),
                    row("Date", "999 calls", "101 calls", "Total calls"),
                    row(D1, 40, 60, "=SUM(B3:C3)"),
                    row(D2, 50, 70, "=SUM(B4:C4)"),
                    row(D3, 45, 65, "=SUM(B5:C5)"),
                    row("Total", "=SUM(B3:B5)", "=SUM(C3:C5)", "=SUM(D3:D5)"),
                    row("Average", "=AVERAGE(B3:B5)", "=AVERAGE(C3:C5)", "=AVERAGE(D3:D5)"));
            Fixtures.fill(wb, "Apr-16",
                    row("Date", "999 calls", "101 calls", "Total calls"),
                    row(LocalDate.of(2016, 4, 1), 30, 60, "=SUM(B2:C2)"),
                    row(LocalDate.of(2016, 4, 2), 35, 60, "=SUM(B3:C3)"),
                    row("Sub-total", "=SUM(B2:B3)", "=SUM(C2:C3)", "=SUM(D2:D3)"),
                    row("Daily average", "=AVERAGE(B2:B3)", "=AVERAGE(C2:C3)", "=AVERAGE(D2:D3)"),
                    row("Mean", "=AVERAGE(B2:B3)", "=AVERAGE(C2:C3)", "=AVERAGE(D2:D3)"));
            f = Fixtures.save(wb, dir.resolve("calls_per_day_2016.xlsx"));
        }
        Partial p = reader.read(f);
        assertEquals(List.of(), p.findings().stream().filter(x -> x.severity() != org.forcestat.model.Severity.INFO)
                .map(x -> x.rule() + " " + x.cell()).toList());
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(515.0, s.metric("calls.total").value(), 1e-12);
        assertEquals(103.0, s.metric("calls.per_day").value(), 1e-12);
        assertEquals((40 + 50 + 45 + 30 + 35) / 5.0, s.metric("calls.999.per_day").value(), 1e-12);
    }

    /** A row whose date cell is a word that sums nothing up is still an unreadable date, said so. */
    @Test
    void aWordThatIsNoSummaryInTheDateColumnIsStillAnError() throws Exception {
        Path f = Fixtures.workbook(dir, "calls_per_day.xlsx", "Calls",
                row("Date", "Total calls"),
                row(D1, 100),
                row("Tuesday", 120),
                row(D3, 110));
        Partial p = reader.read(f);
        assertEquals(1, p.findings().stream().filter(x -> x.rule().equals("DATE_UNREADABLE")).count());
        assertEquals(210, p.calls().total(D1) + p.calls().total(D3));
    }

    /** The date-times command-and-control exports and Excel's CSVs write, each read to the minute. */
    @Test
    void dateTimesAsExportsAndExcelsCsvsWriteThem() {
        LocalDateTime early = LocalDateTime.of(2015, 4, 1, 0, 1, 1);
        assertEquals(early, DateValues.parse("2015-04-01 0:01:01").dateTime(), "yyyy-mm-dd h:mm:ss as saved to CSV");
        assertEquals(LocalDateTime.of(2015, 4, 1, 9, 5), DateValues.parse("2015-04-01 9:05").dateTime());
        assertEquals(LocalDateTime.of(2015, 4, 1, 0, 1), DateValues.parse("01-Apr-2015 00:01").dateTime());
        assertEquals(LocalDateTime.of(2015, 9, 30, 23, 59), DateValues.parse("30-Sep-2015 23:59").dateTime());
        assertEquals(LocalDateTime.of(2015, 9, 30, 23, 59), DateValues.parse("30 Sep 2015 23:59:00").dateTime());
        assertEquals(LocalDateTime.of(2015, 4, 1, 13, 5), DateValues.parse("01-Apr-15 13:05").dateTime());
        assertEquals(LocalDateTime.of(2015, 4, 1, 0, 5), DateValues.parse("01/04/2015 12:05 AM").dateTime(),
                "12:05 AM is five past midnight");
        assertEquals(LocalDateTime.of(2015, 4, 1, 12, 5), DateValues.parse("01/04/2015 12:05 PM").dateTime());
        assertEquals(LocalDateTime.of(2015, 4, 1, 13, 5, 30), DateValues.parse("1/4/2015 1:05:30 pm").dateTime());
        assertEquals(LocalDateTime.of(2015, 4, 1, 13, 5), DateValues.parse("2015-04-01 1:05 PM").dateTime());
        assertEquals(java.time.LocalTime.of(13, 5), DateValues.timeFromCell(Cell.text(0, "1:05 PM", null)));
        // Not date-times: an hour past 23, a 12-hour clock past 12, a 31st of April.
        assertNull(DateValues.parse("2015-04-01 24:01"));
        assertNull(DateValues.parse("01/04/2015 13:05 PM"));
        assertNull(DateValues.parse("31-Apr-2015 10:00"));
    }

    /**
     * A command-and-control export saved as CSV by a spreadsheet: times before 10:00 written with one
     * digit of hour. 6 calls on 1 and 2 April 2015, four of them before 10:00: all 6 are counted, by hour.
     */
    @Test
    void anExportSavedAsCsvWithOneDigitHoursLosesNoCall() throws Exception {
        Path f = dir.resolve("CAD_export_Q1.csv");
        java.nio.file.Files.writeString(f, "Incident URN,Created Date/Time,Priority,Source\r\n"
                + "NS-1,2015-04-01 0:01:01,P1,999\r\n"
                + "NS-2,2015-04-01 7:45:00,P2,101\r\n"
                + "NS-3,2015-04-01 13:20:00,P3,101\r\n"
                + "NS-4,2015-04-02 9:59:59,P1,999\r\n"
                + "NS-5,2015-04-02 1:00:00,P4,Online\r\n"
                + "NS-6,2015-04-02 22:10:00,P2,999\r\n");
        Partial p = reader.read(f);
        assertEquals(List.of(), p.findings().stream().filter(x -> x.severity() == org.forcestat.model.Severity.ERROR)
                .map(x -> x.rule() + " " + x.cell()).toList());
        assertEquals(3, p.calls().total(LocalDate.of(2015, 4, 1)));
        assertEquals(3, p.calls().total(LocalDate.of(2015, 4, 2)));
        assertEquals(1, p.calls().hourCount(java.time.DayOfWeek.WEDNESDAY, 0));
        assertEquals(1, p.calls().hourCount(java.time.DayOfWeek.THURSDAY, 9));
    }

    /**
     * An export with the grade given at first and the grade each call closed on. 6 calls on 1 March:
     * Initial P1 P1 P1 P2 P3 P4; Final P1 P2 P2 P2 P3 P4 (two downgraded). By the final grade: Immediate 1,
     * High 3, Appointment 1, Advice 1; by the initial grade it would be Immediate 3, High 1. The same
     * whichever column is further left.
     */
    @Test
    void theFinalGradeIsCountedWhicheverColumnIsFurtherLeft() throws Exception {
        Object[][] calls = {
                {"P1", "P1"}, {"P1", "P2"}, {"P1", "P2"}, {"P2", "P2"}, {"P3", "P3"}, {"P4", "P4"}};
        for (boolean initialFirst : new boolean[] {true, false}) {
            Object[][] rows = new Object[calls.length + 1][];
            rows[0] = initialFirst ? row("Incident URN", "Created Date/Time", "Initial Grade", "Final Grade")
                    : row("Incident URN", "Created Date/Time", "Final Grade", "Initial Grade");
            for (int i = 0; i < calls.length; i++) {
                Object initial = calls[i][0];
                Object fin = calls[i][1];
                rows[i + 1] = row("NS-" + i, at(D1, 8 + i, 0), initialFirst ? initial : fin, initialFirst ? fin : initial);
            }
            Partial p = reader.read(Fixtures.workbook(dir, "cad" + initialFirst + ".xlsx", "Calls", rows));
            CallCounts c = p.calls();
            assertEquals(1, c.grading(D1, org.forcestat.model.Grading.IMMEDIATE), "initial first: " + initialFirst);
            assertEquals(3, c.grading(D1, org.forcestat.model.Grading.HIGH));
            assertEquals(1, c.grading(D1, org.forcestat.model.Grading.APPOINTMENT));
            assertEquals(1, c.grading(D1, org.forcestat.model.Grading.ADVICE));
            var chosen = p.findings().stream().filter(x -> x.rule().equals("GRADING_COLUMN_CHOSEN")).toList();
            assertEquals(1, chosen.size());
            assertEquals(initialFirst ? "D" : "C", chosen.get(0).cell());
            org.junit.jupiter.api.Assertions.assertTrue(chosen.get(0).message().contains("(\"Initial Grade\")"),
                    chosen.get(0).message());
        }
    }

    /** One grading column, or two that say nothing of first and final: no choice, no finding. */
    @Test
    void oneGradingColumnIsReadWithoutAWord() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "calls.xlsx", "Calls",
                row("Call ID", "Received", "Grade"),
                row("A1", at(D1, 9, 0), "Grade 1"),
                row("A2", at(D1, 9, 30), "Grade 2")));
        assertEquals(0, p.findings().stream().filter(x -> x.rule().equals("GRADING_COLUMN_CHOSEN")).count());
        assertEquals(1, p.calls().grading(D1, org.forcestat.model.Grading.IMMEDIATE));
    }
}
