package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two overlapping command-and-control exports whose Incident Number starts again at 0001 each day. */
class IncidentNumbersRunTest {
    @TempDir
    Path dir;

    /** Calls on 1, 2 and 3 April 2015. */
    private static final int[] PER_DAY = {120, 90, 110};

    private static String export(int fromDay, int toDay) {
        StringBuilder s = new StringBuilder("Incident Date,Incident Number,Time Received,Priority,Call Source\n");
        for (int d = fromDay; d < toDay; d++) {
            for (int i = 1; i <= PER_DAY[d]; i++) {
                s.append(String.format("%02d/04/2015,%04d,%02d:%02d,%s,%s%n", d + 1, i, i * 11 / 60 % 24, i * 11 % 60,
                        i % 4 == 0 ? "P1 - Emergency" : "P2 - Priority", i % 3 == 0 ? "999" : "101"));
            }
        }
        return s.toString();
    }

    @Test
    void theOverlappingDayIsCountedOnceAndNoIncidentFigureIsMadeUp() throws Exception {
        Path in = DropFolders.in(dir);
        Files.writeString(in.resolve("cad 01-02 Apr.csv"), export(0, 2));
        Files.writeString(in.resolve("cad 02-03 Apr.csv"), export(1, 3));
        CommandRun r = DropFolders.run(dir);
        // 2 April's 90 calls are in both files, known by date and number: 120 + 90 + 110 = 320 over 3 days.
        assertEquals(320.0, r.metrics().get("calls.total"), r.printed());
        assertEquals(3.0, r.metrics().get("calls.days"), r.printed());
        // No STORM column in these exports: neither incidents per day nor the no-STORM share is given.
        assertNull(r.metrics().get("incidents.per_day"), r.printed());
        assertNull(r.metrics().get("calls.no_storm.share"), r.printed());
        assertEquals(0, r.findings("DUPLICATE_ID").size(), r.findings().toString());
        assertEquals(1, r.findings("DUPLICATE_CALLS").size(), r.findings().toString());
    }
}
