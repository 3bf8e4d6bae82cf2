package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.forcestat.model.CallKeys;
import org.forcestat.model.Finding;
import org.junit.jupiter.api.Test;

/** The comparison of files' call keys (model.CallKeys) behind DUPLICATE_CALLS, and the values a sheet fingerprint sees. */
class RepeatedCallsUnitTest {
    private static final LocalDate FEB1 = LocalDate.of(2016, 2, 1);

    private static CallKeys ids(LocalDate first, int days, int perDay, String prefix) {
        CallKeys.Builder b = new CallKeys.Builder();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < perDay; i++) {
                b.id(CallKeys.key(first.plusDays(d), DuplicateIds.hash(prefix + first.plusDays(d) + "-" + i)));
            }
        }
        return b.build();
    }

    private static CallKeys rows(LocalDate first, int days, int perDay, int salt) {
        CallKeys.Builder b = new CallKeys.Builder();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < perDay; i++) {
                b.row(CallKeys.key(first.plusDays(d), RowHash.mix(salt * 1_000_003L + first.plusDays(d).toEpochDay() * 1_000L + i)));
            }
        }
        return b.build();
    }

    @Test
    void keysSortByDayAndGiveTheDayBack() {
        long before1970 = CallKeys.key(LocalDate.of(1969, 12, 31), -1L);
        long after = CallKeys.key(LocalDate.of(2016, 2, 29), 0L);
        assertTrue(before1970 < after);
        assertTrue(after > 0);
        assertEquals(LocalDate.of(2016, 2, 29), CallKeys.day(after));
        assertEquals(LocalDate.of(1969, 12, 31), CallKeys.day(before1970));
    }

    @Test
    void theSecondOfTwoOverlappingFilesRepeatsTheSharedDaysOnlyAndTheWarningSaysSo() {
        RepeatedCalls seen = new RepeatedCalls();
        // January-February (31 + 29 days, 3 calls a day) then February-March: February's 87 calls are in both.
        assertNull(seen.next("jan-feb.xlsx", ids(LocalDate.of(2016, 1, 1), 60, 3, "CAD")));
        CallKeys febMar = ids(FEB1, 60, 3, "CAD");
        RepeatedCalls.Skip skip = seen.next("feb-mar.xlsx", febMar);
        assertEquals(87, skip.size());
        int taken = 0;
        for (long k : febMar.ids()) {
            taken += skip.takeId(k) ? 1 : 0;
        }
        assertEquals(87, taken);
        assertFalse(skip.takeId(febMar.ids()[0]), "each repeat is left out once");
        List<Finding> f = skip.findings();
        assertEquals(1, f.size());
        assertEquals("DUPLICATE_CALLS", f.get(0).rule());
        assertEquals("feb-mar.xlsx repeats 87 calls of jan-feb.xlsx (the same call IDs on the same days, received "
                + "01/02/2016 to 29/02/2016), so they were counted once, from jan-feb.xlsx. Remove the repeated rows or the "
                + "file if they were exported twice.", f.get(0).message());
    }

    @Test
    void keysOfTwoSheetsJoinSorted() {
        CallKeys a = ids(FEB1, 3, 2, "A");
        CallKeys b = ids(FEB1.plusDays(1), 3, 2, "B");
        CallKeys both = a.plus(b);
        assertEquals(12, both.size());
        long[] k = both.ids();
        long[] expected = java.util.stream.LongStream.concat(java.util.Arrays.stream(a.ids()),
                java.util.Arrays.stream(b.ids())).sorted().toArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, k);
        assertEquals(6, a.size(), "neither is changed");
    }

    @Test
    void theSameIdOnAnotherDayIsAnotherCall() {
        RepeatedCalls seen = new RepeatedCalls();
        CallKeys.Builder a = new CallKeys.Builder();
        a.id(CallKeys.key(FEB1, DuplicateIds.hash("1001")));
        CallKeys.Builder b = new CallKeys.Builder();
        b.id(CallKeys.key(FEB1.plusDays(1), DuplicateIds.hash("1001")));
        seen.next("a.csv", a.build());
        assertNull(seen.next("b.csv", b.build()));
    }

    @Test
    void aCallIsRepeatedAsOftenAsTheEarlierFileHasIt() {
        long k = CallKeys.key(FEB1, RowHash.mix(42));
        CallKeys.Builder a = new CallKeys.Builder();
        a.row(k);
        CallKeys.Builder b = new CallKeys.Builder();
        b.row(k);
        b.row(k);
        RepeatedCalls seen = new RepeatedCalls();
        seen.next("a.xlsx", a.build());
        RepeatedCalls.Skip skip = seen.next("b.xlsx", b.build());
        assertEquals(1, skip.size());
        assertTrue(skip.takeRow(k));
        assertFalse(skip.takeRow(k), "the second identical call of b.xlsx is its own");
    }

    @Test
    void aFewWholeRowsAlikeInTwoDistrictsAreNotARepeat() {
        // 10 calls a day for 29 days in each; 8 of South's rows equal North's by chance: 8 < half of 290.
        CallKeys north = rows(FEB1, 29, 10, 1);
        CallKeys.Builder south = new CallKeys.Builder();
        long[] n = north.rows();
        for (int i = 0; i < 8; i++) {
            south.row(n[i * 30]);
        }
        CallKeys southKeys = rows(FEB1, 29, 10, 2).plus(south.build());
        RepeatedCalls seen = new RepeatedCalls();
        seen.next("north.xlsx", north);
        assertNull(seen.next("south.xlsx", southKeys));
        // The same rows in bulk are a repeated export.
        RepeatedCalls again = new RepeatedCalls();
        again.next("north.xlsx", north);
        RepeatedCalls.Skip skip = again.next("north (2).xlsx", rows(FEB1, 29, 10, 1));
        assertEquals(290, skip.size());
        assertTrue(skip.takeRow(n[0]));
        assertTrue(skip.findings().get(0).message().contains("the same received time and every field, on 01/02/2016"),
                skip.findings().get(0).message());
    }

    @Test
    void callsOfAThirdFileAreCountedFromTheFirstFileThatHadThem() {
        RepeatedCalls seen = new RepeatedCalls();
        seen.next("a.xlsx", ids(FEB1, 10, 2, "X"));
        seen.next("b.xlsx", ids(FEB1, 20, 2, "X"));
        CallKeys c = ids(FEB1, 30, 2, "X");
        RepeatedCalls.Skip skip = seen.next("c.xlsx", c);
        assertEquals(40, skip.size());
        for (long k : c.ids()) {
            skip.takeId(k);
        }
        List<Finding> f = skip.findings();
        assertEquals(2, f.size());
        assertTrue(f.get(0).message().startsWith("c.xlsx repeats 20 calls of a.xlsx"), f.get(0).message());
        assertTrue(f.get(1).message().startsWith("c.xlsx repeats 20 calls of b.xlsx"), f.get(1).message());
        assertTrue(f.get(1).message().contains("received 11/02/2016 to 20/02/2016"), f.get(1).message());
    }

    @Test
    void aReSavedDateTimeHashesAsTheOriginal() {
        // Pairs from a real LibreOffice re-save: the original's 17 digits, LibreOffice's 15.
        double[][] pairs = {{42443.82291666666, 42443.8229166667}, {42430.65694444445, 42430.6569444445},
            {42431.94444444445, 42431.9444444445}};
        for (double[] p : pairs) {
            assertNotEquals(p[0], p[1]);
            assertEquals(RowHash.asRead(p[0], true), RowHash.asRead(p[1], true));
        }
        assertEquals(1234.5, RowHash.asRead(1234.5, false));
        assertEquals(RowHash.asRead(1.0 / 3, false), RowHash.asRead(0.333333333333333, false));
        assertNotEquals(RowHash.asRead(42443.82291666666, true), RowHash.asRead(42443.82361111111, true), "a minute apart");
    }
}
