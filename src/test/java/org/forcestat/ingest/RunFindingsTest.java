package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;

/** MAPPING_NOT_FOUND findings of one line made one for the run, from what each sheet's counted. */
class RunFindingsTest {
    private static Finding missing(String file, String sheet, String line) {
        MissingMapping m = new MissingMapping(3, "Date, Grade", "no column was read for calls.received");
        return Finding.of(Severity.WARNING, RuleId.MAPPING_NOT_FOUND).at(file, sheet, "A3").seen(line)
                .expected("Date, Grade").tally(m).message(file + ", sheet '" + sheet + "': " + m.message(line));
    }

    /**
     * One workbook of monthly sheets, Apr and May, both lacking "calls.received = Time Received", and a suppressed
     * third (left as it is), and a sheet lacking another line (its own finding): 3 findings out, the first says
     * "2 sheets of calls-2015.xlsx".
     */
    @Test
    void twoSheetsOfOneFileAreOneWarningAndOtherLinesAndSuppressedOnesStay() {
        String line = "calls.received = Time Received";
        Finding suppressed = missing("calls-2015.xlsx", "Jun", line).suppress("known: June is a pivot");
        Finding other = missing("calls-2015.xlsx", "Apr", "calls.grading = Final Grade");
        List<Finding> out = RunFindings.collapse(List.of(missing("calls-2015.xlsx", "Apr", line), other,
                missing("calls-2015.xlsx", "May", line), suppressed));
        assertEquals(3, out.size(), out.toString());
        Finding one = out.get(0);
        assertEquals("calls-2015.xlsx", one.file());
        assertEquals("", one.sheet(), "two sheets");
        assertEquals("A3", one.cell());
        assertTrue(one.message().startsWith("The line \"calls.received = Time Received\" in forcestat.properties names "
                + "a header that 2 sheets of calls-2015.xlsx do not have (in the first, calls-2015.xlsx, sheet 'Apr', "
                + "the headers on row 3 are: Date, Grade; no column was read for calls.received)."), one.message());
        assertEquals(other, out.get(1));
        assertEquals(suppressed, out.get(2));
    }
}
