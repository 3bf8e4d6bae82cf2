package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class TrendLineTest {

    @Test
    void smallSeriesMatchesHandCalculation() {
        // y = 2, 4, 5, 4, 5 at x = 0..4. mean x = 2, mean y = 4.
        // Sxx = 4 + 1 + 0 + 1 + 4 = 10; Sxy = (-2)(-2) + (-1)(0) + 0(1) + 1(0) + 2(1) = 6.
        // slope = 6/10 = 0.6; intercept = 4 - 0.6 * 2 = 2.8.
        // fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals -0.8, 0.6, 1.0, -0.6, -0.2; SSE = 2.4.
        // SST = 4 + 0 + 1 + 0 + 1 = 6; R^2 = 1 - 2.4/6 = 0.6.
        // s^2 = SSE / (n - 2) = 0.8; se(slope) = sqrt(0.8 / 10) = 0.28284; t = 0.6 / 0.28284 = 2.1213 (= 1.5 sqrt 2).
        // For 3 degrees of freedom the t CDF has a closed form,
        // F(t) = 1/2 + (1/pi) [ (t/sqrt3) / (1 + t^2/3) + atan(t/sqrt3) ]; t^2/3 = 1.5, so the two-sided
        // p = 2 (1 - F) = 1 - (2/pi) [ sqrt(1.5)/2.5 + atan(sqrt(1.5)) ] = 0.124027.
        TrendLine line = TrendLine.fit(2, 4, 5, 4, 5);
        assertEquals(5, line.points());
        assertEquals(0.6, line.slope(), 1e-12);
        assertEquals(2.8, line.intercept(), 1e-12);
        assertEquals(0.6, line.rSquared(), 1e-12);
        assertEquals(Math.sqrt(0.08), line.slopeStdError(), 1e-12);
        double p = 1 - (2 / Math.PI) * (Math.sqrt(1.5) / 2.5 + Math.atan(Math.sqrt(1.5)));
        assertEquals(p, line.slopePValue(), 1e-9);
        assertEquals(0.124027, line.slopePValue(), 1e-6);
        List<Double> expected = List.of(2.8, 3.4, 4.0, 4.6, 5.2);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), line.fitted().get(i), 1e-12);
        }
        assertTrue(!line.significantAt(0.05));
    }

    @Test
    void fewerThanThreePointsAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrendLine.fit(1, 2));
        assertEquals("A trend line needs at least 3 points; the series has 2.", e.getMessage());
    }

    @Test
    void missingValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrendLine.fit(1, Double.NaN, 3));
    }

    @Test
    void steadyRiseIsSignificant() {
        // x = 0..5, y = 10, 14, 16, 20, 22, 26 = 3x + 10 + offsets (0, 1, 0, 1, 0, 1).
        // The offsets' own slope: x - 2.5 = -2.5..2.5, offsets - 0.5 = -+0.5 alternating,
        // Sxy = 1.25 - 0.75 + 0.25 + 0.25 - 0.75 + 1.25 = 1.5, Sxx = 17.5, so slope = 3 + 1.5/17.5.
        TrendLine line = TrendLine.fit(10, 14, 16, 20, 22, 26);
        assertEquals(3 + 1.5 / 17.5, line.slope(), 1e-12);
        assertTrue(line.significantAt(0.001));
    }

    @Test
    void positivelyAutocorrelatedResidualsCountFewerIndependentPoints() {
        // y = 10, 12, 15, 14, 13, 16, 19, 20, 18, 17, 21, 24 on x = 0..11: OLS slope 1.024476, SE 0.146834,
        // ordinary p = 3.82e-5. Residuals -0.949, 0.027, 2.002, -0.022, -2.047, -0.071, 1.904, 1.880, -1.145,
        // -3.169, -0.193, 1.782: SSE 30.831, sum e_t e_(t+1) = 5.3632, r1 = 0.173956.
        // Bias-corrected r = (12 r1 + 2) / 8 = 0.510934; n_e = 12 (1 - r) / (1 + r) = 3.88421;
        // SE = 0.146834 sqrt(10 / 1.88421) = 0.338268; t = 3.02859 on 1.88421 df: p = 0.100953 (scipy.stats.t.sf,
        // non-integer df). Twelve months that look like a rise are not enough to call one when they come in runs.
        TrendLine line = TrendLine.fit(10, 12, 15, 14, 13, 16, 19, 20, 18, 17, 21, 24);
        assertEquals(1.0244755244755244, line.slope(), 1e-12);
        assertEquals(0.17395632505449893, line.lag1(), 1e-9);
        assertEquals(3.8842095387021134, line.effectivePoints(), 1e-9);
        assertEquals(0.3382682247974912, line.slopeStdError(), 1e-9);
        assertEquals(0.10095259967998758, line.slopePValue(), 1e-9);
        assertEquals("within normal variation (p = 0.1)", line.verdict().text());
    }

    @Test
    void negativelyAutocorrelatedResidualsKeepTheOrdinaryTest() {
        // The 2, 4, 5, 4, 5 series above: residuals -0.8, 0.6, 1.0, -0.6, -0.2, r1 = -0.36 / 2.4 = -0.15.
        TrendLine line = TrendLine.fit(2, 4, 5, 4, 5);
        assertEquals(-0.15, line.lag1(), 1e-12);
        assertEquals(5, line.effectivePoints());
        assertEquals(0.124027, line.slopePValue(), 1e-6);
    }

    @Test
    void aSlowWaveCountsAsFewIndependentPoints() {
        // 0, 4, 7, 9, 10, 10, 9, 7, 4, 0 is symmetric: slope 0, residuals y - 6 = -6, -2, 1, 3, 4, 4, 3, 1, -2, -6,
        // sum e^2 = 36 + 4 + 1 + 9 + 16 + 16 + 9 + 1 + 4 + 36 = 132, sum e_t e_(t+1) = 12 - 2 + 3 + 12 + 16 + 12 + 3
        // - 2 + 12 = 66: r1 = 0.5, n_e = 10 x 0.5 / 1.5 = 3.33 of the 10 months.
        TrendLine line = TrendLine.fit(0, 4, 7, 9, 10, 10, 9, 7, 4, 0);
        assertEquals(0.5, line.lag1(), 1e-12);
        assertEquals(10.0 / 3, line.effectivePoints(), 1e-12);
        assertEquals(1.0, line.slopePValue(), 1e-9);
        assertEquals("within normal variation (p = 1)", line.verdict().text());

        // The same wave on a rise of 1 a month (0, 5, 9, 12, 14, 15, 15, 14, 12, 9): same residuals, slope 1.
        // Ordinary SE = sqrt(132 / 8 / 82.5) = 0.44721 (p = 0.0558); with n_e = 10/3, SE = sqrt(132 / (4/3) / 82.5)
        // = 1.09545, t = 0.91287 on 4/3 df: p = 0.496019 (scipy.stats.t.sf).
        TrendLine rising = TrendLine.fit(0, 5, 9, 12, 14, 15, 15, 14, 12, 9);
        assertEquals(1.0, rising.slope(), 1e-12);
        assertEquals(Math.sqrt(132 / (4.0 / 3) / 82.5), rising.slopeStdError(), 1e-12);
        assertEquals(0.4960193606102347, rising.slopePValue(), 1e-9);
    }
}
