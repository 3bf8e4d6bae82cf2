package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class DemandForecastTest {

    private static final YearMonth START = YearMonth.of(2013, 4);

    /** The planted truth: 1000 + 10 t, +50 in December, -30 in February. */
    private static double truth(int t) {
        Month m = START.plusMonths(t).getMonth();
        return 1000 + 10 * t + (m == Month.DECEMBER ? 50 : 0) + (m == Month.FEBRUARY ? -30 : 0);
    }

    /** Small deterministic noise in -5..5: (7t mod 11) - 5, mean 0 over each 11 months. */
    private static double noise(int t) {
        return (7 * t) % 11 - 5;
    }

    private static SortedMap<YearMonth, Double> planted(int months) {
        SortedMap<YearMonth, Double> series = new TreeMap<>();
        for (int t = 0; t < months; t++) {
            series.put(START.plusMonths(t), truth(t) + noise(t));
        }
        return series;
    }

    @Test
    void plantedTrendAndSeasonAreRecoveredInsideTheIntervals() {
        DemandForecast f = DemandForecast.of(planted(36));
        assertTrue(f.available());
        assertEquals(36, f.monthsFound());
        assertEquals(36 - 13, f.degreesOfFreedom());
        assertEquals(12, f.predictions().size());
        assertEquals(10, f.slopePerMonth(), 1.0);
        assertEquals(50, f.monthEffects().get(Month.DECEMBER), 10);
        assertEquals(-30, f.monthEffects().get(Month.FEBRUARY), 10);
        for (int h = 0; h < 12; h++) {
            DemandForecast.Prediction p = f.predictions().get(h);
            assertEquals(START.plusMonths(36 + h), p.month());
            assertTrue(p.lower() <= p.value() && p.value() <= p.upper());
            double truth = truth(36 + h);
            assertTrue(p.lower() < truth && truth < p.upper(),
                    p.month() + ": " + truth + " not in [" + p.lower() + ", " + p.upper() + "]");
            // Interval is at least t(0.975, 23) * s wide each side (t = 2.069 from tables), since sqrt(1 + h) >= 1.
            assertTrue(p.upper() - p.value() >= 2.069 * f.residualStdError());
        }
    }

    @Test
    void twentyMonthsAreNotEnough() {
        DemandForecast f = DemandForecast.of(planted(20));
        assertFalse(f.available());
        assertEquals(20, f.monthsFound());
        assertEquals("A forecast needs at least 24 months of data; found 20.", f.reason());
        assertTrue(f.predictions().isEmpty());
    }

    @Test
    void gapInMonthsIsReported() {
        SortedMap<YearMonth, Double> series = planted(30);
        series.remove(START.plusMonths(5));
        DemandForecast f = DemandForecast.of(series);
        assertFalse(f.available());
        assertTrue(f.reason().contains("2013-09"), f.reason());
    }

    @Test
    void parametersVarianceIsTheInverseOfXtX() {
        // The interval formula needs (X'X)^-1; check commons-math3's estimateRegressionParametersVariance()
        // is exactly that (unscaled by s^2) by inverting X'X with an LU decomposition.
        int n = 30;
        double[][] x = new double[n][];
        double[][] withIntercept = new double[n][];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = DemandForecast.regressors(t, START.plusMonths(t).getMonth());
            withIntercept[t] = new double[x[t].length + 1];
            withIntercept[t][0] = 1;
            System.arraycopy(x[t], 0, withIntercept[t], 1, x[t].length);
            y[t] = truth(t) + noise(t);
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        RealMatrix design = MatrixUtils.createRealMatrix(withIntercept);
        RealMatrix inverse = new LUDecomposition(design.transpose().multiply(design)).getSolver().getInverse();
        double[][] variance = ols.estimateRegressionParametersVariance();
        for (int i = 0; i < 13; i++) {
            for (int j = 0; j < 13; j++) {
                assertEquals(inverse.getEntry(i, j), variance[i][j], 1e-9);
            }
        }
    }
}
