package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
import org.forcestat.model.CellRef;
import org.forcestat.model.FinanceData;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.SavingsStatus;
import org.junit.jupiter.api.Test;

/** Savings RAG statuses as finance teams write them: initials, capitals, notes, colours between two. */
class SavingsRagTest {
    private static final CellRef AT = new CellRef("tracker.xlsx", "Tracker 2016-17", "D5");

    private static SavingsLine line(double planned, String status) {
        return new SavingsLine("Scheme", "", Map.of("2016/17", planned), Map.of(), status, AT);
    }

    @Test
    void initialsCapitalsAndNotesCountRedAsAtRisk() {
        FinanceData f = new FinanceData();
        f.addSavings(line(180_000, "R"));
        f.addSavings(line(90_000, "RED"));
        f.addSavings(line(60_000, "Red - slipped to 2017/18"));
        f.addSavings(line(120_000, "At Risk"));
        f.addSavings(line(200_000, "G"));
        f.addSavings(line(75_000, "A"));
        f.addSavings(line(50_000, "Amber/Red"));
        f.addSavings(line(40_000, "Amber/Green"));
        f.addSavings(line(30_000, "Blue"));
        f.addSavings(line(20_000, "B"));
        f.addSavings(line(10_000, "Complete"));
        f.addSavings(line(5_000, "Low risk"));
        // by hand: R 180,000 + RED 90,000 + Red - slipped 60,000 + At Risk 120,000 = 450,000; Amber/Red is
        // between two colours and, like Amber, not at risk; "Low risk" says it is not.
        assertEquals(450_000, FinanceCalculator.compute(f, new ArrayList<>()).savingsAtRisk(), 1e-9);
    }

    @Test
    void theWordsAreKnownAndATypoIsNot() {
        for (String s : new String[] {"R", "A", "G", "B", "A/G", "RED", "Amber/Green", "Amber / Red", "Green (on track)",
            "Blue", "At Risk", "Complete", "Not started"}) {
            assertTrue(SavingsStatus.known(s), s);
        }
        for (String s : new String[] {"At rsk", "X", "Purple", "a delay"}) {
            assertFalse(SavingsStatus.known(s), s);
        }
        assertFalse(SavingsStatus.atRisk("A"));
        assertFalse(SavingsStatus.atRisk("Not at risk"));
        assertTrue(SavingsStatus.atRisk("r"));
    }
}
