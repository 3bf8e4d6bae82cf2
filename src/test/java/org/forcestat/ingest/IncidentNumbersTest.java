package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command-and-control export's "Incident Number": numbered within the day (1, 2, 3 ... or 0001 each
 * day) it is neither a STORM flag nor a reference of its own; a STORM reference stays one.
 */
class IncidentNumbersTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);
    private static final LocalDate DAY = LocalDate.of(2015, 4, 1);
    /** Calls on 1, 2 and 3 April: 120 + 90 + 110 = 320, more on the first day than the 100 rows sampled. */
    static final int[] PER_DAY = {120, 90, 110};

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Incident Number 1, 2, 3 ... starting again each day, as Excel numbers; date and time apart. */
    @Test
    void numbersThatStartAgainEachDayAreNotAStormFlag() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Date", "Incident Number", "Time", "Grade", "Call Source"));
        for (int d = 0; d < PER_DAY.length; d++) {
            for (int i = 1; i <= PER_DAY[d]; i++) {
                rows.add(row(DAY.plusDays(d), (double) i, String.format("%02d:%02d", i * 11 / 60 % 24, i * 11 % 60),
                        i % 4 == 0 ? "P1 - Emergency" : "P2 - Priority", i % 3 == 0 ? "999" : "101"));
            }
        }
        Partial p = reader.read(Fixtures.workbook(dir, "cad-export.xlsx", "Incidents", rows.toArray(new Object[0][])));
        assertFalse(p.calls().measures().contains(CallCounts.Measure.STORM), "no STORM flag from the day's numbers");
        assertEquals(120, p.calls().total(DAY));
        assertEquals(90, p.calls().total(DAY.plusDays(1)));
        assertEquals(110, p.calls().total(DAY.plusDays(2)));
        assertEquals(List.of(), rule(p, "DUPLICATE_ID"), "a number on two days is two incidents");
        List<Finding> said = rule(p, "COLUMN_NOT_TAKEN");
        assertEquals(1, said.size(), said.toString());
        assertEquals("B", said.get(0).cell());
        assertTrue(said.get(0).message().contains("\"Incident Number\") holds numbers that start again each day "
                + "(1 on 01/04/2015 and again on 02/04/2015)"), said.get(0).message());
    }

    /**
     * "0001" per day in a CSV: 1-2 April, 120 + 90 calls, no number repeated within its day; one more row
     * numbered 0005 on 2 April (another time) repeats that day's 0005: one DUPLICATE_ID.
     */
    @Test
    void zeroPaddedDayNumbersAreKnownWithTheirDay() throws Exception {
        Path a = csv("cad-01-02.csv", 0, 2);
        Partial pa = reader.read(a);
        assertFalse(pa.calls().measures().contains(CallCounts.Measure.STORM));
        assertEquals(List.of(), rule(pa, "DUPLICATE_ID"));
        assertEquals(210, pa.calls().total(DAY) + pa.calls().total(DAY.plusDays(1)));
        Files.writeString(a, "02/04/2015,0005,23:59,P1 - Emergency,999\n", java.nio.file.StandardOpenOption.APPEND);
        List<Finding> dup = rule(reader.read(a), "DUPLICATE_ID");
        assertEquals(1, dup.size(), dup.toString());
        assertTrue(dup.get(0).seen().startsWith("1 repeated"), dup.get(0).seen());
    }

    static Path csv(Path dir, String name, int fromDay, int toDay) throws Exception {
        StringBuilder s = new StringBuilder("Incident Date,Incident Number,Time Received,Priority,Call Source\n");
        for (int d = fromDay; d < toDay; d++) {
            for (int i = 1; i <= PER_DAY[d]; i++) {
                s.append(String.format("%02d/04/2015,%04d,%02d:%02d,%s,%s%n", d + 1, i, i * 11 / 60 % 24, i * 11 % 60,
                        i % 4 == 0 ? "P1 - Emergency" : "P2 - Priority", i % 3 == 0 ? "999" : "101"));
            }
        }
        return Files.writeString(dir.resolve(name), s.toString());
    }

    private Path csv(String name, int fromDay, int toDay) throws Exception {
        return csv(dir, name, fromDay, toDay);
    }

    /** A STORM-style reference, and numbers unique over the file, keep today's reading. */
    @Test
    void referencesAndNumbersUniqueOverTheFileAreTheRecordsOwn() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Incident No", "Date/Time Received", "Priority"));
        int n = 0;
        for (int d = 0; d < PER_DAY.length; d++) {
            for (int i = 1; i <= PER_DAY[d]; i++) {
                rows.add(row(String.valueOf(150_000 + ++n), DAY.plusDays(d).atTime(i * 11 / 60 % 24, i * 11 % 60),
                        "P2 - Priority"));
            }
        }
        Partial p = reader.read(Fixtures.workbook(dir, "unique.xlsx", "Incidents", rows.toArray(new Object[0][])));
        assertFalse(p.calls().measures().contains(CallCounts.Measure.STORM));
        assertEquals(320, p.calls().total(DAY) + p.calls().total(DAY.plusDays(1)) + p.calls().total(DAY.plusDays(2)));
        List<Finding> said = rule(p, "COLUMN_NOT_TAKEN");
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).message().contains("has a number of its own on every row"), said.get(0).message());
        // A STORM flag column that links several calls to one incident (numbers repeat on a day) stays one.
        List<Object[]> linked = new ArrayList<>();
        linked.add(row("Received", "Grading", "Incident"));
        for (int i = 0; i < 40; i++) {
            linked.add(row(DAY.atTime(8, i), "P2 - Priority", i % 4 == 3 ? "" : String.valueOf(500 + i / 2)));
        }
        Partial q = reader.read(Fixtures.workbook(dir, "linked.xlsx", "Calls", linked.toArray(new Object[0][])));
        assertTrue(q.calls().measures().contains(CallCounts.Measure.STORM));
        assertEquals(30, q.calls().storm(DAY)); // 40 calls, every fourth without an incident
    }
}
