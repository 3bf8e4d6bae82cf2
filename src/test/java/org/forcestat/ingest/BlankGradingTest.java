package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blank grading is missing, not an unknown value: one finding with the count. */
class BlankGradingTest {
    @TempDir
    Path dir;

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void blankGradingsAreCountedOnceAsMissing() throws Exception {
        // 10 calls on 1 April: 4 P1, 2 P2, 3 blank (rows 4, 7, 9), 1 "P9" (a grade no force uses).
        Path f = Files.writeString(dir.resolve("calls.csv"), "Received,Priority,Call Source\n"
                + "01/04/2015 00:05,P1,999\n01/04/2015 00:40,P2,101\n01/04/2015 01:10,,101\n01/04/2015 02:00,P1,999\n"
                + "01/04/2015 02:30,P1,999\n01/04/2015 03:15,,\n01/04/2015 04:00,P2,101\n01/04/2015 05:45,,101\n"
                + "01/04/2015 06:20,P9,101\n01/04/2015 07:05,P1,999\n");
        Partial p = new WorkbookReader(InputProperties.NONE).read(f);
        LocalDate day = LocalDate.of(2015, 4, 1);
        assertEquals(10, p.calls().total(day));
        assertEquals(4, p.calls().grading(day, Grading.IMMEDIATE));
        assertEquals(2, p.calls().grading(day, Grading.HIGH));
        List<Finding> missing = rule(p, "MISSING_VALUE");
        assertEquals(2, missing.size(), missing.toString());
        assertEquals("B4", missing.get(0).cell());
        assertTrue(missing.get(0).message().contains("3 call(s) have no grading (a blank cell, the first at B4, B7, "
                + "B9)"), missing.get(0).message());
        assertTrue(missing.get(1).message().contains("1 call(s) have no channel (a blank cell, the first at C7)"),
                missing.get(1).message());
        List<Finding> unknown = rule(p, "UNKNOWN_VALUE");
        assertEquals(1, unknown.size(), unknown.toString());
        assertEquals("\"P9\" x1", unknown.get(0).seen());
        assertFalse(unknown.get(0).message().contains("blank"), unknown.get(0).message());
    }

    @Test
    void aFullyGradedSheetHasNoMissingValue() throws Exception {
        Path f = Files.writeString(dir.resolve("calls.csv"), "Received,Priority\n01/04/2015 00:05,P1\n"
                + "01/04/2015 00:40,P2\n");
        Partial p = new WorkbookReader(InputProperties.NONE).read(f);
        assertEquals(List.of(), rule(p, "MISSING_VALUE"));
        assertEquals(List.of(), rule(p, "UNKNOWN_VALUE"));
    }
}
