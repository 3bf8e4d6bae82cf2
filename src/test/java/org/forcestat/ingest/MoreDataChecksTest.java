package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §4.1 checks: each on a sheet that breaks it and on a clean sheet that must not trigger it. */
class MoreDataChecksTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static final LocalDate D = LocalDate.of(2015, 4, 1);

    @Test
    void blankRowsInsideTheDataAreAWarningAtTheFirstOne() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "gaps.xlsx", "Crimes",
                row("Date", "Crime type", "Count"),
                row(D, "Robbery", 1),
                null,
                null,
                row(D.plusDays(1), "Robbery", 2),
                null,
                row(D.plusDays(2), "Robbery", 3)));
        List<Finding> f = rule(p, "BLANK_ROWS");
        assertEquals(1, f.size());
        assertEquals("A3", f.get(0).cell());
        assertEquals("3 blank row(s)", f.get(0).seen());
        assertEquals(6, p.crimes().count(D, CrimeCategory.ROBBERY) + p.crimes().count(D.plusDays(1), CrimeCategory.ROBBERY)
                + p.crimes().count(D.plusDays(2), CrimeCategory.ROBBERY), "rows below a blank row are still read");
    }

    @Test
    void aBlankRowBeforeTheTotalRowOrAfterTheDataIsNotAFinding() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "clean.xlsx", "Crimes",
                null,
                row("Date", "Crime type", "Count"),
                row(D, "Robbery", 1),
                row(D.plusDays(1), "Robbery", 2),
                null,
                row("Total", null, 3),
                null,
                null));
        assertEquals(List.of(), rule(p, "BLANK_ROWS"));
        assertEquals(List.of(), p.findings());
    }

    @Test
    void aChangeAndItsPercentageAreTwoHeaders() throws Exception {
        // A performance pack's "Change" and "% change" are two measures, not one header written twice.
        Partial p = reader.read(Fixtures.workbook(dir, "pack.xlsx", "Crimes",
                row("Date", "Crime type", "Count", "Change", "% change"),
                row(D, "Robbery", 4, 1, 0.33)));
        assertEquals(List.of(), rule(p, "DUPLICATE_HEADER"));
    }

    @Test
    void aRepeatedHeaderIsAWarningAtItsSecondCell() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "dup.xlsx", "Crimes",
                row("Date", "Crime type", "Count", "Count"),
                row(D, "Robbery", 1, 5)));
        List<Finding> f = rule(p, "DUPLICATE_HEADER");
        assertEquals(1, f.size());
        assertEquals("D1", f.get(0).cell());
        assertTrue(f.get(0).message().contains("column C and again in column D"), f.get(0).message());
        assertEquals(1, p.crimes().count(D, CrimeCategory.ROBBERY), "the first Count column is read");
    }

    @Test
    void aSheetMissingARequiredColumnSaysWhichInsteadOfBeingIgnored() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "nodate.xlsx", "Crimes",
                row("Recorded crime, 2015"),
                row("Crime type", "Division", "Count"),
                row("Robbery", "North", 4)));
        List<Finding> f = rule(p, "MISSING_COLUMN");
        assertEquals(1, f.size(), p.findings().toString());
        assertEquals("A2", f.get(0).cell());
        assertEquals("a column for date", f.get(0).expected());
        assertEquals(List.of(), rule(p, "SHEET_UNRECOGNISED"));
        // A sheet of notes with one header-like word is only "not recognised", never a missing column.
        Partial notes = reader.read(Fixtures.workbook(dir, "notes.xlsx", "Notes", row("Date", "Note"),
                row(D, "Meeting with finance")));
        assertEquals(List.of(), rule(notes, "MISSING_COLUMN"));
        assertEquals(1, rule(notes, "SHEET_UNRECOGNISED").size());
    }

    @Test
    void futureDatesAreNotCountedAndReportedOnce() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "future.xlsx", "Crimes",
                row("Date", "Crime type", "Crime ID"),
                row(D, "Robbery", "a1"),
                row(LocalDate.of(2051, 4, 1), "Robbery", "a2"),
                row(LocalDate.of(2051, 4, 2), "Robbery", "a3")));
        List<Finding> f = rule(p, "DATE_IN_FUTURE");
        assertEquals(1, f.size());
        assertEquals("A3", f.get(0).cell());
        assertTrue(f.get(0).message().contains("2 row(s)"), f.get(0).message());
        assertEquals(1, p.crimes().count(D, CrimeCategory.ROBBERY));
        assertEquals(0, p.crimes().count(LocalDate.of(2051, 4, 1), CrimeCategory.ROBBERY));
    }

    @Test
    void aRepeatedCrimeIdIsAWarningAndDistinctIdsAreNot() throws Exception {
        Partial dup = reader.read(Fixtures.workbook(dir, "ids.xlsx", "Crimes",
                row("Date", "Crime type", "Crime ID"),
                row(D, "Robbery", "K-1"), row(D, "Theft", "K-2"), row(D, "Theft", "K-1")));
        // (The same row twice, ID and all, is a pasted row: DuplicatesTest.)
        List<Finding> f = rule(dup, "DUPLICATE_ID");
        assertEquals(1, f.size());
        assertEquals("C4", f.get(0).cell());
        Partial clean = reader.read(Fixtures.workbook(dir, "ids-ok.xlsx", "Crimes",
                row("Date", "Crime type", "Crime ID"), row(D, "Robbery", "K-1"), row(D, "Theft", "K-2")));
        assertEquals(List.of(), clean.findings());
    }

    @Test
    void aMissingMonthInAnAreasReturnsIsAGapAndACompleteSeriesIsNot() throws Exception {
        Partial gap = reader.read(Fixtures.workbook(dir, "returns.xlsx", "Returns",
                row("Month", "Division", "Recorded crimes"),
                row("2016-01", "North", 10), row("2016-02", "North", 11), row("2016-04", "North", 12),
                row("2016-01", "East", 5), row("2016-02", "East", 5)));
        List<Finding> f = rule(gap, "SERIES_GAP");
        assertEquals(1, f.size(), gap.findings().toString());
        assertTrue(f.get(0).message().contains("North") && f.get(0).message().contains("2016-03"), f.get(0).message());
        Partial clean = reader.read(Fixtures.workbook(dir, "returns-ok.xlsx", "Returns",
                row("Month", "Division", "Recorded crimes"), row("2016-01", "North", 10), row("2016-02", "North", 11)));
        assertEquals(List.of(), clean.findings());
    }

    @Test
    void aSheetNamedInstructionsIsPassedOverQuietlyButOtherUnknownSheetsAreNoted() throws Exception {
        Path f;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Fixtures.fill(wb, "Crimes", row("Date", "Crime type", "Count"), row(D, "Robbery", 1));
            Fixtures.fill(wb, "Instructions", row("How to fill in this workbook"), row("Type over row 2"));
            Fixtures.fill(wb, "Scratch", row("Some notes"));
            f = Fixtures.save(wb, dir.resolve("with-notes.xlsx"));
        }
        Partial p = reader.read(f);
        List<Finding> f2 = rule(p, "SHEET_UNRECOGNISED");
        assertEquals(1, f2.size(), p.findings().toString());
        assertEquals("Scratch", f2.get(0).sheet());
    }

    @Test
    void valuesUnderABlankHeaderAreOneWarningNamingTheColumnAndItsFirstCell() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "unnamed.xlsx", "Crimes",
                null,
                row("Date", "Crime type", "Count", null, "Notes"),
                row(D, "Robbery", 1, null, "checked"),
                row(D.plusDays(1), "Robbery", 2, 7, null),
                row(D.plusDays(2), "Robbery", 3, 9, null)));
        List<Finding> f = rule(p, "BLANK_HEADER");
        assertEquals(1, f.size(), p.findings().toString());
        assertEquals("D4", f.get(0).cell());
        assertTrue(f.get(0).message().startsWith("unnamed.xlsx, sheet 'Crimes', cell D4: Column D holds values (2 cells, "
                + "the first at D4) but no header in row 2"), f.get(0).message());
        assertEquals(6, p.crimes().count(D, CrimeCategory.ROBBERY) + p.crimes().count(D.plusDays(1), CrimeCategory.ROBBERY)
                + p.crimes().count(D.plusDays(2), CrimeCategory.ROBBERY), "the named columns are still read");
    }

    @Test
    void aBlankSpacerColumnWithNothingUnderItIsNotAFinding() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "spacer.xlsx", "Crimes",
                row("Date", "Crime type", null, "Count", "Notes"),
                row(D, "Robbery", null, 1, "checked"),
                row(D.plusDays(1), "Robbery", null, 2, null)));
        assertEquals(List.of(), p.findings());
        assertEquals(3, p.crimes().count(D, CrimeCategory.ROBBERY) + p.crimes().count(D.plusDays(1), CrimeCategory.ROBBERY));
    }
}
