package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class CountComparisonTest {

    @Test
    void sixteenToTwentyFiveIsNotASignificantChange() {
        // n = 41, X ~ Binomial(41, 1/2). P(X = k) = C(41, k) / 2^41 is symmetric, so the outcomes no
        // more likely than 25 are X <= 16 and X >= 25, and p = 2 * sum_{k=0}^{16} C(41, k) / 2^41.
        // sum_{k=0}^{16} C(41, k) = 232,022,899,306 (exact integer sum); 2^41 = 2,199,023,255,552.
        // p = 464,045,798,612 / 2,199,023,255,552 = 0.2110235976088...
        CountComparison c = CountComparison.smallNumberExample();
        assertEquals(16, c.previous());
        assertEquals(25, c.current());
        assertEquals(464_045_798_612.0 / 2_199_023_255_552.0, c.pValue(), 1e-12);
        assertEquals(9, c.change());
        assertEquals(0.5625, c.changeShare(), 1e-12); // 9 / 16: the "up 56%" headline
        assertEquals("no significant change", c.verdict());
    }

    @Test
    void rollingTwelveMonthRiseInKentIsSignificant() {
        // Seed: 102,235 (12 months to May 2015) then 107,264 (to May 2016). n = 209,499, n/2 = 104,749.5,
        // sd = sqrt(n/4) = sqrt(52,374.75) = 228.855. z = (107,264 - 104,749.5) / 228.855 = 10.987.
        // Two-sided normal tail 2 * phi(z) / z * (1 - 1/z^2), phi(z) = exp(-z^2/2) / sqrt(2 pi):
        // z^2/2 = 60.36, exp(-60.36) = 5.5e-27, phi = 2.2e-27, p = 2 * 2.2e-27 / 10.987 * 0.992 = 4.4e-28.
        // The exact test must agree to the order of magnitude.
        CountComparison c = CountComparison.of(102_235, 107_264);
        assertTrue(c.pValue() > 1e-28 && c.pValue() < 1e-27, "p = " + c.pValue());
        assertEquals(5_029, c.change());
        assertEquals(5_029.0 / 102_235, c.changeShare(), 1e-12);
        assertEquals("increase, significant at 5%", c.verdict());
        assertEquals("increase, significant at 1%", c.verdict(0.01));
        assertTrue(c.significantAt(0.001));
    }

    @Test
    void decreaseIsNamedAsSuch() {
        CountComparison c = CountComparison.of(107_264, 102_235);
        assertEquals("decrease, significant at 5%", c.verdict());
        assertEquals(CountComparison.of(102_235, 107_264).pValue(), c.pValue(), 1e-40);
    }

    @Test
    void equalCountsGivePValueOneAndNoChange() {
        CountComparison c = CountComparison.of(500, 500);
        assertEquals(1.0, c.pValue(), 0);
        assertEquals("no significant change", c.verdict());
        assertEquals(1.0, CountComparison.of(0, 0).pValue(), 0);
        assertEquals(1.0, CountComparison.of(1, 2).pValue(), 0); // 2 * P(X <= 1 | n = 3) = 2 * 4/8 = 1
    }

    @Test
    void bothTailsAreCountedWhereRoundingBreaksTheTie() {
        // 10 then 3: n = 13, p = 2 * (C(13,0) + C(13,1) + C(13,2) + C(13,3)) / 2^13
        //          = 2 * (1 + 13 + 78 + 286) / 8192 = 756 / 8192 = 0.09228515625.
        // commons-math3 3.6.1 BinomialTest returns 0.0574 here (it omits the mirror of k when
        // P(3) and P(10) differ in the last bit) and would call this significant at 10%.
        CountComparison c = CountComparison.of(10, 3);
        assertEquals(756.0 / 8192, c.pValue(), 1e-14);
        assertEquals(756.0 / 8192, CountComparison.of(3, 10).pValue(), 1e-14);
    }

    @Test
    void matchesExactIntegerSumsForEveryPairUpToSixty() {
        // For equal periods p = min(1, 2 * sum_{i <= min(a, b)} C(n, i) / 2^n), with the binomial
        // coefficients summed exactly in BigInteger: every split of every n up to 60.
        for (int n = 0; n <= 60; n++) {
            BigInteger[] cumulative = new BigInteger[n + 1];
            BigInteger c = BigInteger.ONE;
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i <= n; i++) {
                sum = sum.add(c);
                cumulative[i] = sum;
                c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            for (int b = 0; b <= n; b++) {
                int a = n - b;
                double expected = Math.min(1.0, new BigDecimal(cumulative[Math.min(a, b)].shiftLeft(1))
                        .divide(new BigDecimal(BigInteger.ONE.shiftLeft(n)), MathContext.DECIMAL64).doubleValue());
                assertEquals(expected, CountComparison.of(a, b).pValue(), expected * 1e-9, a + " vs " + b);
            }
        }
    }

    @Test
    void unequalPeriodsCompareRates() {
        // 10 in one month, then 40 in two: n = 50, under no change X ~ Binomial(50, 2/3).
        // Exact rational sum of P(X = i) over i with P(X = i) <= P(X = 40): 0.0506293261110...
        CountComparison c = CountComparison.of(10, 40, 1, 2);
        assertEquals(0.050629326111047, c.pValue(), 1e-12);
        assertEquals("no significant change", c.verdict());
        assertEquals(1.0, c.rateChangeShare(), 1e-12); // 10 a month to 20 a month
        // 30 in two months, then 10 in one: X ~ Binomial(40, 1/3), k = 10: 0.315861012812...
        CountComparison d = CountComparison.of(30, 10, 2, 1);
        assertEquals(0.3158610128127917, d.pValue(), 1e-12);
        assertEquals(-1.0 / 3, d.rateChangeShare(), 1e-12);
    }

    @Test
    void agreesWithCommonsMathBinomialTestWhereThereIsNoTie() {
        BinomialTest commons = new BinomialTest();
        assertEquals(commons.binomialTest(50, 40, 2.0 / 3, AlternativeHypothesis.TWO_SIDED),
                CountComparison.of(10, 40, 1, 2).pValue(), 1e-12);
        assertEquals(commons.binomialTest(41, 25, 0.5, AlternativeHypothesis.TWO_SIDED),
                CountComparison.of(16, 25).pValue(), 1e-12);
        double seed = commons.binomialTest(209_499, 107_264, 0.5, AlternativeHypothesis.TWO_SIDED);
        assertEquals(1.0, CountComparison.of(102_235, 107_264).pValue() / seed, 1e-6);
    }

    @Test
    void moderateCountsAgreeWithNormalApproximation() {
        // 450 then 550: z = (550 - 500 - 0.5) / sqrt(1000/4) = 49.5 / 15.811 = 3.1307 (continuity
        // corrected); two-sided normal p = 0.00174. The exact value (rational sum) is 0.0017305.
        double p = CountComparison.of(450, 550).pValue();
        assertEquals(0.0017305360849763, p, 1e-12);
        assertEquals(0.00174, p, 0.00174 * 0.02);
    }

    @Test
    void largeCountsAreFast() {
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            CountComparison.of(102_235 + i, 107_264);
        }
        double msEach = (System.nanoTime() - start) / 1e6 / 100;
        assertTrue(msEach < 20, "took " + msEach + " ms per test");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CountComparison.of(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> CountComparison.of(1, 5, 0, 1));
        assertFalse(Double.isFinite(CountComparison.of(0, 5).changeShare()));
    }
}
