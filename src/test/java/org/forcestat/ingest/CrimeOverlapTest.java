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

/** Daily crime data and police.uk's monthly figures for the same month are never added together. */
class CrimeOverlapTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());

    private Partial daily() throws Exception {
        // 30 April and 1 May 2016: two robberies on each day; the file covers those two days.
        return reader.read(Fixtures.workbook(dir, "daily.xlsx", "Crimes", row("Date", "Crime type", "Count"),
                row(LocalDate.of(2016, 4, 30), "Robbery", 2), row(LocalDate.of(2016, 5, 1), "Robbery", 2)));
    }

    private Partial monthly() throws Exception {
        // police.uk rows: 3 robberies in May 2016, 4 in June 2016.
        return reader.read(Fixtures.workbook(dir, "street.xlsx", "street", row("Crime ID", "Month", "Crime type"),
                row("a", "2016-05", "Robbery"), row("b", "2016-05", "Robbery"), row("c", "2016-05", "Robbery"),
                row("d", "2016-06", "Robbery"), row("e", "2016-06", "Robbery"), row("f", "2016-06", "Robbery"),
                row("g", "2016-06", "Robbery")));
    }

    private static long robberies(Partial p) {
        return p.crimes().rawByDate().values().stream().mapToLong(a -> a[CrimeCategory.ROBBERY.ordinal()]).sum();
    }

    @Test
    void theDailySourceIsUsedForAnOverlappingMonthAndTheOverlapIsAWarning() throws Exception {
        Partial merged = new Partial().merge(daily()).merge(monthly());
        // April and May from the daily file (2 + 2), June from police.uk (4); May's 3 are left out.
        assertEquals(8, robberies(merged));
        assertEquals(4, merged.crimes().count(LocalDate.of(2016, 6, 1), CrimeCategory.ROBBERY));
        // Covered: 30 April and 1 May (daily) and the whole of June (monthly).
        assertEquals(2 + 30, merged.crimes().coveredDays().size());
        OverlapCheck.report(merged);
        List<Finding> f = merged.findings().stream().filter(x -> x.rule().equals("SOURCE_OVERLAP")).toList();
        assertEquals(1, f.size());
        assertEquals("street.xlsx", f.get(0).file());
        assertTrue(f.get(0).message().contains("May 2016") && f.get(0).message().contains("daily.xlsx"), f.get(0).message());
    }

    @Test
    void mergingInAnyGroupingGivesTheSameCounts() throws Exception {
        Partial a = new Partial().merge(daily()).merge(monthly());
        Partial b = new Partial().merge(monthly()).merge(new Partial().merge(daily()));
        assertEquals(robberies(a), robberies(b));
        assertEquals(a.crimes().coveredDays(), b.crimes().coveredDays());
        assertEquals(a.crimes().overlaps().get(0).months(), b.crimes().overlaps().get(0).months());
    }

    @Test
    void sourcesForDifferentMonthsAreNotAnOverlap() throws Exception {
        Partial merged = new Partial().merge(reader.read(Fixtures.workbook(dir, "april.xlsx", "Crimes",
                row("Date", "Crime type", "Count"), row(LocalDate.of(2016, 4, 30), "Robbery", 2)))).merge(monthly());
        assertEquals(List.of(), merged.crimes().overlaps());
        assertEquals(2 + 3 + 4, robberies(merged));
    }
}
