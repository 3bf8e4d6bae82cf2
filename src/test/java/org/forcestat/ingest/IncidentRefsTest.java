package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.forcestat.model.CallCounts;
import org.junit.jupiter.api.Test;

/**
 * How STORM cells are read as incident references, as control rooms' exports write them: references with
 * spaces around them (a padded export), flags in any case, Excel's TRUE and the number 1, serials that start
 * again each day. Each call below is counted as a call with a STORM record first, as the reader does.
 */
class IncidentRefsTest {
    private static final LocalDate D1 = LocalDate.of(2015, 3, 1);
    private static final LocalDate D2 = LocalDate.of(2015, 3, 2);

    private final CallCounts calls = new CallCounts();
    private final IncidentRefs refs = new IncidentRefs();

    private void call(Cell storm, LocalDate day) {
        calls.addCall(day, 9, null, false, null, false, Boolean.TRUE);
        refs.add(storm, day);
    }

    private static Cell text(String s) {
        return Cell.text(1, s, null);
    }

    /**
     * 1 Mar: "ST-20150301-0007", " ST-20150301-0007 " (padded: the same incident), "st-20150301-0007"
     * (another spelling: a reference is compared as written, so a different one), "SW-1" and, on 2 Mar,
     * "SW-1" again (one incident, on its first day). 5 calls on 1 Mar, 1 on 2 Mar; 3 incidents on 1 Mar
     * (ST-...0007, st-...0007, SW-1), none new on 2 Mar; 2 calls taken back.
     */
    @Test
    void aPaddedReferenceIsTheSameIncidentAndALaterDaysCallIsNoNewOne() {
        call(text("ST-20150301-0007"), D1);
        call(text(" ST-20150301-0007 "), D1);
        call(text("st-20150301-0007"), D1);
        call(text("SW-1"), D1);
        call(text("SW-1"), D2);
        assertEquals(2, refs.settle(calls));
        assertEquals(3, calls.incidents(D1));
        assertEquals(0, calls.incidents(D2));
    }

    /**
     * Serials of bare digits name an incident only with their day: 0123 twice on 1 Mar is one incident,
     * 0123 on 2 Mar another; " 0123" (padded) is 0123, and so is "123" (the same serial without its leading
     * zero, as the calls' incident numbers are read); "0" is serial 0, not a blank. 1 Mar: 0123, 0123, 123,
     * 0 = 2 incidents; 2 Mar: 0123 = 1; 2 calls taken back.
     */
    @Test
    void serialsOfDigitsAreIncidentsOfTheirDay() {
        call(text("0123"), D1);
        call(text(" 0123"), D1);
        call(text("123"), D1);
        call(text("0"), D1);
        call(text("0123"), D2);
        assertEquals(2, refs.settle(calls));
        assertEquals(2, calls.incidents(D1));
        assertEquals(1, calls.incidents(D2));
    }

    /**
     * A flag names no incident, whatever its case or padding: Y, " yes", "TRUE", "x", "1.0", the number 1
     * and Excel's TRUE. Each flagged call stays one incident: 7 calls, 7 incidents, none taken back.
     */
    @Test
    void flagsInAnyCaseNameNoIncident() {
        call(text("Y"), D1);
        call(text(" yes"), D1);
        call(text("TRUE"), D1);
        call(text("x"), D1);
        call(text("1.0"), D1);
        call(Cell.number(1, 1, false, null), D1);
        call(new Cell(1, Cell.Type.BOOLEAN, 1, null, false, null), D1);
        assertEquals(0, refs.settle(calls));
        assertEquals(7, calls.incidents(D1));
    }
}
