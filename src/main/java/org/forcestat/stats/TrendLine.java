package org.forcestat.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A straight-line trend through a monthly (or any evenly spaced) series, fitted by ordinary least
 * squares with commons-math3's {@link SimpleRegression} on x = 0, 1, ..., n - 1.
 *
 * <p>The slope is the average change per step (per month for a monthly series); the p-value is the
 * two-sided t-test of "slope = 0", NaN when it cannot be computed (a perfectly flat series).
 *
 * <p>Months next to each other are alike (a wet summer, a recording drive), so the residuals of a
 * monthly series are usually positively autocorrelated, and the ordinary t-test, which takes each
 * month as fresh evidence, then calls flat series "trending" far too often. When the residuals'
 * lag-1 autocorrelation r is positive the test uses the effective number of points
 * {@code n_e = n (1 - r) / (1 + r)} in place of n, both in the residual variance (SSE / (n_e - 2))
 * and in the degrees of freedom (n_e - 2), as Santer et al. (2000, J. Geophys. Res. 105, 7337) do
 * for temperature trends; with n_e at or below 2 there is no p-value. A negative r leaves the
 * ordinary test (with commons-math3's {@link SimpleRegression} as the source of the figures).
 *
 * <p>The residuals' own lag-1 autocorrelation r1 underestimates the true one in short series (by
 * about (1 + 4 rho) / n about a mean, Marriott and Pope 1954, and about 1/n more about a fitted
 * line), which left 11% of flat 24-month series "trending" at a true 0.5 in our simulation. From
 * {@value #BIAS_CORRECTED_FROM} points on, r = (n r1 + 2) / (n - 4) undoes that (6.8% at 0.5, 3.2%
 * for independent months; {@code docs/statistics-significance.md}); shorter series use r1 as it is.
 *
 * @param points          number of points fitted
 * @param slope           change per step
 * @param intercept       fitted value at the first point (x = 0)
 * @param rSquared        share of the variation explained by the line (NaN for a flat series)
 * @param slopeStdError   standard error of the slope, widened for autocorrelation
 * @param slopePValue     two-sided p-value of the slope, allowing for autocorrelation; NaN when there are
 *                        too few effective points
 * @param fitted          fitted values, one per point, in order
 * @param lag1            lag-1 autocorrelation of the residuals, r1 as measured (NaN for a perfect fit)
 * @param effectivePoints n_e, the points the test counts (n when r <= 0)
 */
public record TrendLine(int points, double slope, double intercept, double rSquared, double slopeStdError,
                        double slopePValue, List<Double> fitted, double lag1, double effectivePoints) {

    /** Fewest points a trend is fitted to: two points always lie on a line, so they say nothing. */
    public static final int MIN_POINTS = 3;

    /** Series of at least this many points have their residual autocorrelation corrected for its small-sample bias. */
    public static final int BIAS_CORRECTED_FROM = 12;

    /** The method in one sentence, to state on the sheet. */
    public static final String METHOD = "Least-squares straight line through the monthly figures; p-value = chance"
            + " of a slope this steep if the true trend were flat (t-test, counting fewer independent months when"
            + " neighbouring months are alike: lag-1 autocorrelation, Santer et al. 2000).";

    public TrendLine {
        fitted = List.copyOf(fitted);
    }

    /**
     * Fits the trend line to {@code values} taken as x = 0..n-1.
     *
     * @throws IllegalArgumentException with a message an analyst can read when there are fewer
     *                                  than {@value #MIN_POINTS} points or a value is missing or infinite
     */
    public static TrendLine fit(List<? extends Number> values) {
        if (values.size() < MIN_POINTS) {
            throw new IllegalArgumentException("A trend line needs at least " + MIN_POINTS
                    + " points; the series has " + values.size() + ".");
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < values.size(); i++) {
            Number v = values.get(i);
            if (v == null || !Double.isFinite(v.doubleValue())) {
                throw new IllegalArgumentException("A trend line needs a number at every point; point "
                        + (i + 1) + " is " + v + ".");
            }
            regression.addData(i, v.doubleValue());
        }
        int n = values.size();
        List<Double> fitted = new ArrayList<>(n);
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            fitted.add(regression.predict(i));
            residual[i] = values.get(i).doubleValue() - fitted.get(i);
        }
        // A perfect line up to rounding has no residuals to correlate.
        double r1 = regression.getSumSquaredErrors() <= 1e-12 * regression.getTotalSumSquares() ? Double.NaN
                : autocorrelation(residual);
        double stdError = regression.getSlopeStdErr();
        double pValue = regression.getSignificance();
        double effective = n;
        double r = n >= BIAS_CORRECTED_FROM && !Double.isNaN(r1) ? Math.min(0.99, (n * r1 + 2) / (n - 4)) : r1;
        if (r > 0) {
            effective = n * (1 - r) / (1 + r);
            if (effective <= 2) {
                stdError = Double.POSITIVE_INFINITY;
                pValue = Double.NaN;
            } else {
                // SE = sqrt(SSE / (n_e - 2) / Sxx): the ordinary SE scaled by sqrt((n - 2) / (n_e - 2)).
                stdError = stdError * Math.sqrt((n - 2) / (effective - 2));
                double t = Math.abs(regression.getSlope()) / stdError;
                pValue = 2 * new TDistribution(null, effective - 2).cumulativeProbability(-t);
            }
        }
        return new TrendLine(n, regression.getSlope(), regression.getIntercept(), regression.getRSquare(), stdError,
                pValue, Collections.unmodifiableList(fitted), r1, effective);
    }

    /** sum e_t e_(t+1) / sum e_t^2: the residuals' lag-1 autocorrelation (they have mean 0); NaN when all are 0. */
    static double autocorrelation(double[] e) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < e.length; i++) {
            den += e[i] * e[i];
            if (i + 1 < e.length) {
                num += e[i] * e[i + 1];
            }
        }
        return den == 0 ? Double.NaN : num / den;
    }

    /** Fits the trend line to {@code values} taken as x = 0..n-1. */
    public static TrendLine fit(double... values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return fit(list);
    }

    /** Whether the slope differs from zero at level {@code alpha} (two-sided). */
    public boolean significantAt(double alpha) {
        return slopePValue < alpha;
    }

    /** "a real upward trend: p = 0.003", "within normal variation (p = 0.41)" or "not enough months to judge". */
    public Verdict verdict() {
        return Verdict.trend(slope, slopePValue);
    }
}
