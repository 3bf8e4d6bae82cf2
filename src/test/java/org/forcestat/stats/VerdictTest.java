package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class VerdictTest {
    @Test
    void pValuesAreWrittenWithTwoFiguresAndNeverRoundedAcrossFivePercent() {
        assertEquals("p < 0.001", Verdict.p(0.00003));
        assertEquals("p = 0.003", Verdict.p(0.003));
        assertEquals("p = 0.0031", Verdict.p(0.00312));
        assertEquals("p = 0.41", Verdict.p(0.4123));
        assertEquals("p = 0.0496", Verdict.p(0.0496));
        assertEquals("p = 0.05", Verdict.p(0.0504));
        assertEquals("p = 1", Verdict.p(1.0));
    }

    @Test
    void wordsFollowTheOutcome() {
        assertEquals("a real rise: p = 0.003", Verdict.change(5, 0.003).text());
        assertEquals("a real fall: p = 0.012", Verdict.change(-5, 0.012).text());
        assertEquals("within normal variation (p = 0.41)", Verdict.change(5, 0.41).text());
        assertEquals("within normal variation (p = 0.05)", Verdict.change(5, 0.05).text(), "0.05 itself is not below 5%");
        assertEquals("a real upward trend: p < 0.001", Verdict.trend(2.5, 1e-6).text());
        assertEquals("a real downward trend: p = 0.02", Verdict.trend(-2.5, 0.02).text());
        assertEquals("not enough months to judge", Verdict.trend(2.5, Double.NaN).text());
        assertEquals("not enough months to judge", Verdict.tooFewMonths(false).text());
    }
}
