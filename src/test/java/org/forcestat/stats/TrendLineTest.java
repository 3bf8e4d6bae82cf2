package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
