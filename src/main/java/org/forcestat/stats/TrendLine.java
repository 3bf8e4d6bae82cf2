package org.forcestat.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A straight-line trend through a monthly (or any evenly spaced) series, fitted by ordinary least
 * squares with commons-math3's {@link SimpleRegression} on x = 0, 1, ..., n - 1.
 *
 * <p>The slope is the average change per step (per month for a monthly series); the p-value is the
 * two-sided t-test of "slope = 0" with n - 2 degrees of freedom ({@code getSignificance()}), NaN
 * when it cannot be computed (a perfectly flat series).
 *
 * @param points          number of points fitted
 * @param slope           change per step
 * @param intercept       fitted value at the first point (x = 0)
 * @param rSquared        share of the variation explained by the line (NaN for a flat series)
 * @param slopeStdError   standard error of the slope
 * @param slopePValue     two-sided p-value of the slope
 * @param fitted          fitted values, one per point, in order
 */
public record TrendLine(int points, double slope, double intercept, double rSquared, double slopeStdError,
                        double slopePValue, List<Double> fitted) {

    /** Fewest points a trend is fitted to: two points always lie on a line, so they say nothing. */
    public static final int MIN_POINTS = 3;

    /** The method in one sentence, to state on the sheet. */
    public static final String METHOD = "Least-squares straight line through the monthly figures; p-value = chance"
            + " of a slope this steep if the true trend were flat (t-test).";

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
        List<Double> fitted = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            fitted.add(regression.predict(i));
        }
        return new TrendLine(values.size(), regression.getSlope(), regression.getIntercept(),
                regression.getRSquare(), regression.getSlopeStdErr(), regression.getSignificance(),
                Collections.unmodifiableList(fitted));
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
}
