package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one limit on findings listed, for the data checks and the audit alike. */
class FindingSinkTest {
    private static Finding f(Severity s, String rule, String sheet, int row) {
        return new Finding(s, rule, "a.xlsx", sheet, "B" + row, "", "", "m" + row);
    }

    @Test
    void aThousandPerRuleAndSheetAreListedAndTheRestCountedInOne() {
        List<Finding> listed = new ArrayList<>();
        FindingSink sink = new FindingSink(listed::add);
        for (int r = 1; r <= 1_200; r++) {
            // warnings, but two of the unlisted ones are errors: the count says ERROR
            Severity s = r == 1_100 || r == 1_150 ? Severity.ERROR : Severity.WARNING;
            boolean in = sink.add(f(s, "TYPED_TOTAL", "Data", r));
            assertEquals(r <= 1_000, in, "row " + r);
        }
        for (int r = 1; r <= 1_000; r++) {
            assertTrue(sink.add(f(Severity.INFO, "TYPED_TOTAL", "Other", r)), "another sheet counts on its own");
        }
        assertTrue(sink.add(f(Severity.INFO, "BLANK_REFERENCE", "Data", 1)));
        assertEquals(2_001, listed.size());
        List<Finding> more = sink.unlisted("a.xlsx");
        assertEquals(1, more.size());
        Finding m = more.get(0);
        assertEquals(Severity.ERROR, m.severity());
        assertEquals("TYPED_TOTAL", m.rule());
        assertEquals("Data", m.sheet());
        assertEquals("", m.cell());
        assertEquals("200 more", m.seen());
        assertEquals("a.xlsx, sheet 'Data': 200 more TYPED_TOTAL finding(s) like those above are not listed one by one "
                + "(the first 1,000 are). Correct what the listed ones show, and run again.", m.message());
        sink.clear();
        assertEquals(List.of(), sink.unlisted("a.xlsx"));
        assertTrue(sink.count(Severity.WARNING, "TYPED_TOTAL", "Data"), "counting starts afresh after clear");
        assertFalse(listed.isEmpty());
    }
}
