package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §4.1: a count that is not finite or not plausible is an error and is not counted; a blank is absent, not 0. */
class ImpossibleCountsTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(x -> x.rule().equals(rule)).toList();
    }

    private static long calls(Partial p) {
        return p.calls().dates().stream().mapToLong(d -> p.calls().total(d)).sum();
    }

    @Test
    void nonFiniteAndImplausibleCountsAreErrorsAndTheirDaysAreNotCounted() throws Exception {
        String csv = "Date,Total calls\n01/04/2015,100\n02/04/2015,1e19\n03/04/2015,Infinity\n04/04/2015,1e300\n"
                + "05/04/2015,NaN\n06/04/2015,10000001\n07/04/2015,10000000\n08/04/2015,-5\n09/04/2015,1e400\n";
        Partial p = reader.read(Files.writeString(dir.resolve("daily.csv"), csv));
        assertEquals(10_000_100, calls(p));
        assertEquals(List.of(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 4, 7)), List.copyOf(p.calls().dates()));
        List<String> implausible = of(p, "COUNT_IMPLAUSIBLE").stream().map(Finding::cell).toList();
        assertEquals(List.of("B3", "B5", "B7"), implausible);
        List<String> notFinite = of(p, "NUMBER_NOT_FINITE").stream().map(Finding::cell).toList();
        assertEquals(List.of("B4", "B6", "B10"), notFinite);
        assertEquals(Severity.ERROR, of(p, "NEGATIVE_COUNT").get(0).severity());
        assertTrue(p.findings().stream().filter(f -> f.severity() == Severity.ERROR).count() >= 7);
        assertEquals(7, p.sources().get(0).sheets().get(0).rowsRejected());
    }

    @Test
    void aRowWithOneImpossibleCountIsNotCountedAtAll() throws Exception {
        String csv = "Date,Immediate,Advice,Total calls\n01/04/2015,10,20,30\n02/04/2015,5,9e18,9e18\n";
        Partial p = reader.read(Files.writeString(dir.resolve("daily.csv"), csv));
        assertEquals(30, calls(p));
        assertEquals(10, p.calls().grading(LocalDate.of(2015, 4, 1), Grading.IMMEDIATE));
        assertEquals(0, p.calls().grading(LocalDate.of(2015, 4, 2), Grading.IMMEDIATE));
        assertEquals(2, of(p, "COUNT_IMPLAUSIBLE").size());
    }

    @Test
    void textThatIsNoDecimalIsNotANumber() {
        assertNull(Values.parseNumber("Infinity"));
        assertNull(Values.parseNumber("NaN"));
        assertNull(Values.parseNumber("0x10"));
        assertNull(Values.parseNumber("12d"));
        assertNull(Values.parseNumber("1f"));
        assertEquals(1204.0, Values.parseNumber("1,204"));
        assertEquals(1.5e3, Values.parseNumber("1.5e3"));
        assertEquals(-3.0, Values.parseNumber("-3"));
    }

    @Test
    void aBlankTotalIsAbsentNotZero() throws Exception {
        String csv = "Date,Total calls,STORM records\n01/04/2015,100,60\n02/04/2015,,50\n03/04/2015,0,0\n";
        Partial p = reader.read(Files.writeString(dir.resolve("daily.csv"), csv));
        assertEquals(List.of(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 4, 3)), List.copyOf(p.calls().dates()));
        Finding f = of(p, "MISSING_VALUE").get(0);
        assertEquals("B3", f.cell());
        assertEquals(100, calls(p));
    }

    @Test
    void aBlankTotalBesideEveryGradingIsTheirSum() throws Exception {
        StringBuilder head = new StringBuilder("Date");
        StringBuilder day = new StringBuilder("01/04/2015");
        for (Grading g : Grading.values()) {
            head.append(',').append(g.label());
            day.append(",2");
        }
        String csv = head + ",Total calls\n" + day + ",\n";
        Partial p = reader.read(Files.writeString(dir.resolve("daily.csv"), csv));
        assertEquals(2L * Grading.values().length, calls(p));
        assertEquals(List.of(), of(p, "MISSING_VALUE"));
    }

    @Test
    void anImpossibleCrimeCountIsNotCounted() throws Exception {
        String csv = "Month,Crime type,Count\n2016-05,Robbery,12\n2016-06,Robbery,1e19\n2016-07,Robbery,310000001\n";
        Partial p = reader.read(Files.writeString(dir.resolve("crimes.csv"), csv));
        assertEquals(2, of(p, "COUNT_IMPLAUSIBLE").size());
        assertEquals(1, p.sources().get(0).sheets().get(0).rowsRead());
    }
}
