package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * YearOnYear on series small enough to work by hand. Reference values from Python 3 / SciPy 1.17
 * ({@code scipy.stats.ttest_1samp(d, 0)} for the paired test, {@code scipy.stats.binomtest(current,
 * previous + current, 0.5)} for the exact test), with the t statistics also worked out below.
 */
@Execution(ExecutionMode.CONCURRENT)
class YearOnYearTest {
    private static final long[] BEFORE = {50, 60, 55, 70, 65, 40, 45, 80, 75, 60, 50, 55};

    private static long[] plus(long[] base, long... d) {
        long[] out = new long[12];
        for (int i = 0; i < 12; i++) {
            out[i] = base[i] + d[i];
        }
        return out;
    }

    private static List<Long> series(long[] before, long[] after) {
        List<Long> out = new ArrayList<>();
        for (long v : before) {
            out.add(v);
        }
        for (long v : after) {
            out.add(v);
        }
        return out;
    }

    @Test
    void aChangeTheMonthsThemselvesVaryMoreThanIsWithinNormalVariation() {
        // Differences d = 30, -25, 40, 3, -28, 35, 22, -12, 19, 4, 38, -16: sum 110, mean 9.1667.
        // Sum of squares about the mean 6,839.667; s^2 = 6,839.667 / 11 = 621.788; se = sqrt(621.788 / 12) = 7.1983;
        // t = 9.1667 / 7.1983 = 1.27345 on 11 df: p = 0.229111 (scipy). The totals 705 -> 815 alone give an
        // exact binomial p = 0.00516, which the old test called "increase, significant at 5%".
        YearOnYear y = YearOnYear.of(BEFORE, plus(BEFORE, 30, -25, 40, 3, -28, 35, 22, -12, 19, 4, 38, -16));
        assertEquals(705, y.previous());
        assertEquals(815, y.current());
        assertEquals(YearOnYear.Method.PAIRED, y.method());
        assertEquals(0.0051605448425592, y.exactPValue(), 1e-12);
        assertEquals(0.22911126773863338, y.pairedPValue(), 1e-9);
        assertEquals(0.22911126773863338, y.pValue(), 1e-9, "the larger of the two");
        // Dispersion: 621.788 over the Poisson variance of a difference, (705 + 815) / 12 = 126.667: 4.9089.
        assertEquals(4.908851674641149, y.dispersion(), 1e-9);
        // The differences alternate (lag-1 autocorrelation -0.55): all 12 months count.
        assertEquals(12, y.effectiveMonths());
        assertEquals("within normal variation (p = 0.23)", y.verdict().text());
        assertFalse(y.verdict().real());
    }

    @Test
    void autocorrelatedDifferencesCountAsFewerMonths() {
        // d = 20, 25, 10, 22, 30, 5, -5, 15, 8, 0, 25, 30: sum 185, mean 15.4167, SS about the mean 1,520.917,
        // sum of lag-1 products 231.076, r1 = 0.151932; n_e = 12 (1 - r1) / (1 + r1) = 8.83456;
        // t = 15.4167 / sqrt(1,520.917 / 7.83456 / 8.83456) = 3.28880 on 7.83456 df: p = 0.0113677 (scipy.stats.t.sf),
        // where the plain paired t-test says 0.00084. Still a real rise, on less evidence than it seemed.
        YearOnYear y = YearOnYear.of(BEFORE, plus(BEFORE, 20, 25, 10, 22, 30, 5, -5, 15, 8, 0, 25, 30));
        assertEquals(705, y.previous());
        assertEquals(890, y.current());
        assertEquals(8.834557468280174, y.effectiveMonths(), 1e-9);
        assertEquals(0.011367654942531783, y.pValue(), 1e-9);
        assertEquals(3.986275557115339e-06, y.exactPValue(), 1e-12);
        assertEquals("a real rise: p = 0.011", y.verdict().text());
    }

    @Test
    void aSeriesSteadierThanPoissonIsNeverMoreSignificantThanThePoissonTest() {
        // Every month 100 then 102-104: d = 3, 4, 2, 3, 4, 3, 2, 3, 4, 3, 2, 3, mean 3, s^2 = 6 / 11 = 0.5455,
        // t = 3 / sqrt(0.5455 / 12) = 14.07: p = 2.23e-8. But 1,200 -> 1,236 is well within Poisson variation:
        // exact p = 0.478248 (scipy), and that is the p-value.
        long[] flat = new long[12];
        java.util.Arrays.fill(flat, 100);
        YearOnYear y = YearOnYear.of(flat, plus(flat, 3, 4, 2, 3, 4, 3, 2, 3, 4, 3, 2, 3));
        assertEquals(2.2291692219040242e-08, y.pairedPValue(), 1e-12);
        assertEquals(0.4782477094197205, y.exactPValue(), 1e-9);
        assertEquals(y.exactPValue(), y.pValue());
        assertEquals("within normal variation (p = 0.48)", y.verdict().text());
    }

    @Test
    void identicalMonthlyDifferencesFallBackOnThePoissonTest() {
        // 400 then 402 every month: no spread in the differences at all, so only Poisson can judge:
        // 4,800 -> 4,824, exact p = 0.814637 (scipy).
        long[] before = new long[12];
        long[] after = new long[12];
        java.util.Arrays.fill(before, 400);
        java.util.Arrays.fill(after, 402);
        YearOnYear y = YearOnYear.of(before, after);
        assertEquals(0.0, y.pairedPValue());
        assertEquals(0.8146372224208962, y.pValue(), 1e-9);
        // 400 then 480: 4,800 -> 5,760, exact p far below 0.001: a real rise.
        java.util.Arrays.fill(after, 480);
        YearOnYear rise = YearOnYear.of(before, after);
        assertTrue(rise.pValue() < 1e-15, "p = " + rise.pValue());
        assertEquals("a real rise: p < 0.001", rise.verdict().text());
    }

    @Test
    void aFewCrimesAMonthKeepTheExactTestAlone() {
        // 16 then 25 over 24 months: 41 / 24 = 1.7 a month, under 5: the exact test, p = 0.211024 (CountComparisonTest).
        long[] before = {5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        long[] after = {14, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        YearOnYear y = YearOnYear.of(before, after);
        assertEquals(YearOnYear.Method.EXACT, y.method());
        assertEquals(464_045_798_612.0 / 2_199_023_255_552.0, y.pValue(), 1e-12);
        assertTrue(Double.isNaN(y.pairedPValue()));
        assertEquals("within normal variation (p = 0.21)", y.verdict().text());
        // 0 then 1 a month: 0 -> 12, p = 2 / 2^12 = 0.000488: a real rise even on tiny counts.
        YearOnYear z = YearOnYear.of(new long[12], new long[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        assertEquals(2.0 / 4096, z.pValue(), 1e-15);
        assertEquals("a real rise: p < 0.001", z.verdict().text());
    }

    @Test
    void fewerThanTwentyFourMonthsGiveNoVerdict() {
        List<Long> months = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            months.add(1000L + 100 * i);
        }
        YearOnYear y = YearOnYear.of(months);
        assertFalse(y.tested());
        assertEquals(YearOnYear.Method.TOO_FEW_MONTHS, y.method());
        assertTrue(Double.isNaN(y.pValue()));
        assertEquals("not enough months to judge", y.verdict().text());
        assertEquals(Verdict.Outcome.TOO_FEW_MONTHS, y.verdict().outcome());
    }

    @Test
    void aLongerSeriesIsJudgedOnItsLatestTwentyFourMonths() {
        long[] after = plus(BEFORE, 30, -25, 40, 3, -28, 35, 22, -12, 19, 4, 38, -16);
        List<Long> months = new ArrayList<>(List.of(9999L, 9999L, 9999L));
        months.addAll(series(BEFORE, after));
        YearOnYear y = YearOnYear.of(months);
        assertEquals(705, y.previous());
        assertEquals(815, y.current());
        assertEquals(0.22911126773863338, y.pValue(), 1e-9);
    }

    @Test
    void aFallIsWordedAsAFall() {
        // The mirror image of the first series: t = -1.27345, same p; the exact p is the same by symmetry.
        long[] after = plus(BEFORE, 30, -25, 40, 3, -28, 35, 22, -12, 19, 4, 38, -16);
        YearOnYear y = YearOnYear.of(after, BEFORE);
        assertEquals(0.22911126773863338, y.pValue(), 1e-9);
        long[] big = new long[12];
        long[] less = new long[12];
        for (int i = 0; i < 12; i++) {
            big[i] = 3000 + 10 * i;
            less[i] = 2700 + 10 * i + (i % 2 == 0 ? 40 : -40);
        }
        // d = -260, -340 alternating: mean -300, s^2 = 12 * 40^2 / 11 = 1,745.45, t = -300 / 12.06 = -24.9.
        YearOnYear fall = YearOnYear.of(big, less);
        assertEquals(Verdict.Outcome.FALL, fall.verdict().outcome());
        assertTrue(fall.verdict().text().startsWith("a real fall: p < 0.001"), fall.verdict().text());
    }

    @Test
    void negativeCountsAreRefused() {
        List<Long> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(i == 5 ? -1L : 10L);
        }
        assertThrows(IllegalArgumentException.class, () -> YearOnYear.of(months));
    }
}
