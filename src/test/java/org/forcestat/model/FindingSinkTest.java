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

    @Test
    void partRowsAreCappedByTheSameLimitAndCountedInOneInformationLine() {
        List<Finding> listed = new ArrayList<>();
        FindingSink parts = FindingSink.ofParts(listed::add, (more, rule) -> more + " more cells of " + rule);
        // 1,003 part rows of one rule on Calc, then 1,001 of another on Plan: 3 and 1 past the cap,
        // counted in one line each, in the order first seen, for information whatever the rows' severity
        for (int r = 1; r <= 1_003; r++) {
            parts.add(f(Severity.ERROR, "AUDIT_MISSING_FORMULA", "Calc", r));
        }
        for (int r = 1; r <= 1_001; r++) {
            parts.add(f(Severity.WARNING, "AUDIT_TYPED_TOTAL", "Plan", r));
        }
        assertEquals(2_000, listed.size());
        List<Finding> more = parts.unlisted("b.xlsx");
        assertEquals(2, more.size());
        assertEquals(Severity.INFO, more.get(0).severity());
        assertEquals("b.xlsx, sheet 'Calc': 3 more cells of AUDIT_MISSING_FORMULA", more.get(0).message());
        assertEquals("3 more", more.get(0).seen());
        assertEquals(Severity.INFO, more.get(1).severity());
        assertEquals("b.xlsx, sheet 'Plan': 1 more cells of AUDIT_TYPED_TOTAL", more.get(1).message());
    }
}
