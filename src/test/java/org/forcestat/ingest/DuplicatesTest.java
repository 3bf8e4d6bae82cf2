package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §4.1 "duplicates are never added up": each repeat on a sheet that has it, and clean sheets that must not trigger it. */
class DuplicatesTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());
    private static final LocalDate D1 = LocalDate.of(2015, 4, 1);
    private static final LocalDate D2 = LocalDate.of(2015, 4, 2);

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(x -> x.rule().equals(rule)).toList();
    }

    private static Finding only(Partial p, String rule) {
        List<Finding> f = of(p, rule);
        assertEquals(1, f.size(), p.findings().toString());
        return f.get(0);
    }

    private static long calls(Partial p) {
        return p.calls().dates().stream().mapToLong(d -> p.calls().total(d)).sum();
    }

    /** 20 calls a minute apart on 01/04/2015, alternating gradings; lines 2 to 21 of the file. */
    private static StringBuilder twentyCalls() {
        StringBuilder b = new StringBuilder("Received,Grading\n");
        for (int i = 0; i < 20; i++) {
            b.append(String.format("01/04/2015 10:%02d,%s%n", i, i % 3 == 0 ? "Immediate" : "Advice"));
        }
        return b;
    }

    @Test
    void aBlockOfCallRowsPastedTwiceIsAnErrorAndCountedOnce() throws Exception {
        StringBuilder b = twentyCalls();
        // Rows 7 to 16 (calls 10:05 to 10:14) pasted again below: they become rows 22 to 31.
        for (int i = 5; i < 15; i++) {
            b.append(String.format("01/04/2015 10:%02d,%s%n", i, i % 3 == 0 ? "Immediate" : "Advice"));
        }
        Path f = Files.writeString(dir.resolve("calls.csv"), b);
        Partial p = reader.read(f);
        Finding e = only(p, "DUPLICATE_ROWS");
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("A22", e.cell());
        assertTrue(e.message().contains("Rows 22 to 31 repeat rows 7 to 16"), e.message());
        assertEquals(20, calls(p));
        assertEquals(7, p.calls().grading(D1, Grading.IMMEDIATE));
        assertEquals(10, p.sources().get(0).sheets().get(0).rowsRejected());
    }

    @Test
    void aBlockPastedRightBelowItselfIsFound() throws Exception {
        StringBuilder b = twentyCalls();
        String all = b.substring("Received,Grading\n".length());
        Path f = Files.writeString(dir.resolve("calls.csv"), b.append(all));
        Partial p = reader.read(f);
        assertTrue(only(p, "DUPLICATE_ROWS").message().contains("Rows 22 to 41 repeat rows 2 to 21"));
        assertEquals(20, calls(p));
    }

    @Test
    void identicalCallsByChanceAreNotAPastedBlock() throws Exception {
        // Four advice calls in one minute and two runs of two equal rows: real data has such runs (police.uk has 21 a month).
        String csv = "Received,Grading\n01/04/2015 10:00,Advice\n01/04/2015 10:00,Immediate\n01/04/2015 10:00,Advice\n"
                + "01/04/2015 10:00,Immediate\n01/04/2015 10:01,Advice\n01/04/2015 10:01,Advice\n01/04/2015 10:01,Advice\n"
                + "01/04/2015 10:01,Advice\n";
        Partial p = reader.read(Files.writeString(dir.resolve("calls.csv"), csv));
        assertEquals(List.of(), of(p, "DUPLICATE_ROWS"));
        assertEquals(8, calls(p));
        assertEquals(6, p.calls().grading(D1, Grading.ADVICE));
    }

    @Test
    void aRowRepeatedWithItsCallIdIsCountedOnceButADifferentCallWithTheSameIdIsCounted() throws Exception {
        String csv = "Call ID,Received,Grading\nC1,01/04/2015 10:00,Advice\nC2,01/04/2015 10:05,High\n"
                + "C1,01/04/2015 10:00,Advice\nC2,01/04/2015 11:00,Immediate\n";
        Partial p = reader.read(Files.writeString(dir.resolve("calls.csv"), csv));
        Finding e = only(p, "DUPLICATE_ROWS");
        assertTrue(e.message().contains("Row 4 repeats row 2"), e.message());
        // C2 at 11:00 is another call under a repeated ID: counted, with the ID warning.
        assertEquals(3, calls(p));
        assertEquals("A5", only(p, "DUPLICATE_ID").cell());
    }

    @Test
    void policeUkStreetFileRaisesNoDuplicateRows() throws Exception {
        Path real = Path.of("/work/shared/realbooks/policeuk/2018-10-kent-street.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(real));
        Path f = Files.copy(real, dir.resolve("2018-10-kent-street.csv"));
        Partial p = reader.read(f);
        assertEquals(List.of(), of(p, "DUPLICATE_ROWS"));
        assertEquals(19396, p.sources().get(0).sheets().get(0).rowsRead());
    }

    @Test
    void aDayGivenTwiceInADailySheetIsAnErrorAndTheFirstIsCounted() throws Exception {
        String csv = "Date,Total calls\n01/04/2015,100\n02/04/2015,120\n01/04/2015,90\n";
        Partial p = reader.read(Files.writeString(dir.resolve("daily.csv"), csv));
        Finding e = only(p, "DUPLICATE_PERIOD");
        assertEquals("A4", e.cell());
        assertEquals("01/04/2015", e.seen());
        assertTrue(e.message().contains("row 2 already gave it"), e.message());
        assertEquals(100, p.calls().total(D1));
        assertEquals(220, calls(p));
    }

    @Test
    void oneDayPerDivisionIsNotARepeatedDay() throws Exception {
        String csv = "Date,Division,Total calls\n01/04/2015,North,100\n01/04/2015,South,50\n02/04/2015,North,7\n";
        Partial p = reader.read(Files.writeString(dir.resolve("daily.csv"), csv));
        assertEquals(List.of(), of(p, "DUPLICATE_PERIOD"));
        assertEquals(150, p.calls().total(D1));
    }

    @Test
    void aMonthGivenTwiceForAnAreaIsAnErrorAndOtherAreasAreNot() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "returns.xlsx", "Returns", row("Month", "Division", "Recorded crimes"),
                row("2016-05", "North", 100), row("2016-05", "South", 40), row("2016-05", "North", 100)));
        Finding e = only(p, "DUPLICATE_PERIOD");
        assertEquals("A4", e.cell());
        assertEquals(100, p.crimeTotals().byArea().get("North").get(YearMonth.of(2016, 5)));
        assertEquals(40, p.crimeTotals().byArea().get("South").get(YearMonth.of(2016, 5)));
    }

    @Test
    void aDayAndCategoryGivenTwiceInACrimeCountSheetIsCountedOnce() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "crimes.xlsx", "Crimes", row("Date", "Crime type", "Count"),
                row(D1, "Robbery", 3), row(D1, "Violence with injury", 4), row(D1, "Violence without injury", 5),
                row(D1, "Robbery", 3)));
        assertEquals("A5", only(p, "DUPLICATE_PERIOD").cell());
        assertEquals(3, p.crimes().count(D1, CrimeCategory.ROBBERY));
        assertEquals(9, p.crimes().count(D1, CrimeCategory.VIOLENCE));
    }

    @Test
    void aSheetRepeatingAnotherIsAnErrorAndCountedOnce() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Object[][] rows = {row("Date", "Total calls"), row(D1, 100), row(D2, 120)};
            Fixtures.fill(wb, "Calls", rows);
            Fixtures.fill(wb, "Calls (2)", rows);
            f = Fixtures.save(wb, dir.resolve("book.xlsx"));
        }
        Partial p = reader.read(f);
        Finding e = only(p, "DUPLICATE_SHEET");
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("Calls (2)", e.sheet());
        assertTrue(e.message().contains("only 'Calls' was counted"), e.message());
        assertEquals(220, calls(p));
    }

    @Test
    void sheetsWithDifferentDaysAreBothCounted() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "April", row("Date", "Total calls"), row(D1, 100));
            Fixtures.fill(wb, "May", row("Date", "Total calls"), row(LocalDate.of(2015, 5, 1), 100));
            f = Fixtures.save(wb, dir.resolve("book.xlsx"));
        }
        Partial p = reader.read(f);
        assertEquals(List.of(), of(p, "DUPLICATE_SHEET"));
        assertEquals(200, calls(p));
    }
}
