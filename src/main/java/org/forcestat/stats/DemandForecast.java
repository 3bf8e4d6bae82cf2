package org.forcestat.stats;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * A forecast of a monthly series (calls, crimes) for the months after its last, with prediction
 * intervals, from an ordinary least squares fit of a straight-line trend plus a fixed effect for
 * each calendar month (commons-math3 {@link OLSMultipleLinearRegression}).
 *
 * <p>Model: y = b0 + b1·t + Σ c_m·[month = m] for m = February..December (January is the
 * baseline), t = 0 for the first month; p = 13 parameters. Only fitted to at least
 * {@value #MIN_MONTHS} consecutive months, so every calendar month is seen at least twice;
 * otherwise {@link #available()} is false and {@link #reason()} says why.
 *
 * <p>Prediction interval for a new month with design row x0 (1, t, dummies):
 * ŷ ± t(1 - (1 - level)/2, n - p) · s · √(1 + x0ᵀ(XᵀX)⁻¹x0), where s² = RSS / (n - p) is the
 * residual variance ({@code estimateRegressionStandardError()}), t is Student's t quantile
 * ({@link TDistribution}) and (XᵀX)⁻¹ is {@code estimateRegressionParametersVariance()}: in
 * commons-math3 3.6.1 that method returns (XᵀX)⁻¹ itself (from the QR factors, not multiplied
 * by s²), which the tests check against an LU inverse of XᵀX.
 *
 * @param monthsFound    months in the series given
 * @param reason         why there is no forecast, or null when there is one
 * @param level          coverage of the intervals (0.95)
 * @param slopePerMonth  fitted trend b1 (NaN when unavailable)
 * @param monthEffects   fitted effect of each calendar month against January (January = 0; empty when unavailable)
 * @param residualStdError s, the residual standard error (NaN when unavailable)
 * @param degreesOfFreedom n - p (0 when unavailable)
 * @param predictions    one per forecast month, in order (empty when unavailable)
 */
public record DemandForecast(int monthsFound, String reason, double level, double slopePerMonth,
                             Map<Month, Double> monthEffects, double residualStdError, int degreesOfFreedom,
                             List<Prediction> predictions) {

    /** Fewest months a forecast is made from: two of each calendar month. */
    public static final int MIN_MONTHS = 24;

    /** Months forecast by default. */
    public static final int HORIZON = 12;

    /** Default coverage of the prediction intervals. */
    public static final double LEVEL = 0.95;

    /** The method in one sentence, to state on the sheet. */
    public static final String METHOD = "Least-squares fit of a straight-line trend plus a fixed effect for each"
            + " calendar month; band = 95% prediction interval (point forecast ± t × s × √(1 + x₀ᵀ(XᵀX)⁻¹x₀)).";

    /** Intercept, trend and 11 month dummies. */
    private static final int PARAMETERS = 13;

    /** A forecast month: the point forecast and its prediction interval. */
    public record Prediction(YearMonth month, double value, double lower, double upper) {
    }

    public DemandForecast {
        monthEffects = monthEffects.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(monthEffects));
        predictions = List.copyOf(predictions);
    }

    /** Whether a forecast was made. */
    public boolean available() {
        return reason == null;
    }

    /** The next {@value #HORIZON} months with 95% prediction intervals. */
    public static DemandForecast of(SortedMap<YearMonth, ? extends Number> monthly) {
        return of(monthly, HORIZON, LEVEL);
    }

    /** The next {@code horizon} months with prediction intervals of coverage {@code level}. */
    public static DemandForecast of(SortedMap<YearMonth, ? extends Number> monthly, int horizon, double level) {
        if (horizon < 1) {
            throw new IllegalArgumentException("Forecast horizon must be at least 1 month, was " + horizon);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Interval level must be between 0 and 1, was " + level);
        }
        int n = monthly.size();
        if (n < MIN_MONTHS) {
            return unavailable(n, level, "A forecast needs at least " + MIN_MONTHS + " months of data; found " + n + ".");
        }
        YearMonth first = monthly.firstKey();
        double[] y = new double[n];
        double[][] x = new double[n][];
        int t = 0;
        for (Map.Entry<YearMonth, ? extends Number> e : monthly.entrySet()) {
            if (!e.getKey().equals(first.plusMonths(t))) {
                return unavailable(n, level, "A forecast needs consecutive months; " + first.plusMonths(t)
                        + " is missing.");
            }
            Number v = e.getValue();
            if (v == null || !Double.isFinite(v.doubleValue())) {
                return unavailable(n, level, "A forecast needs a number for every month; " + e.getKey()
                        + " is " + v + ".");
            }
            y[t] = v.doubleValue();
            x[t] = regressors(t, e.getKey().getMonth());
            t++;
        }

        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        RealMatrix xtxInverse = MatrixUtils.createRealMatrix(ols.estimateRegressionParametersVariance());
        double s = ols.estimateRegressionStandardError();
        int dof = n - PARAMETERS;
        double tQuantile = new TDistribution(null, dof).inverseCumulativeProbability(1 - (1 - level) / 2);

        List<Prediction> predictions = new ArrayList<>(horizon);
        YearMonth last = monthly.lastKey();
        for (int h = 1; h <= horizon; h++) {
            YearMonth month = last.plusMonths(h);
            RealVector x0 = MatrixUtils.createRealVector(withIntercept(regressors(n - 1 + h, month.getMonth())));
            double value = x0.dotProduct(MatrixUtils.createRealVector(beta));
            double halfWidth = tQuantile * s * Math.sqrt(1 + x0.dotProduct(xtxInverse.operate(x0)));
            predictions.add(new Prediction(month, value, value - halfWidth, value + halfWidth));
        }

        Map<Month, Double> effects = new EnumMap<>(Month.class);
        effects.put(Month.JANUARY, 0.0);
        for (Month m : Month.values()) {
            if (m != Month.JANUARY) {
                effects.put(m, beta[m.getValue()]); // beta[0] intercept, [1] trend, [2..12] February..December
            }
        }
        return new DemandForecast(n, null, level, beta[1], effects, s, dof, predictions);
    }

    /** Regressors without the intercept (OLSMultipleLinearRegression adds it): t, then February..December dummies. */
    static double[] regressors(int t, Month month) {
        double[] row = new double[PARAMETERS - 1];
        row[0] = t;
        if (month != Month.JANUARY) {
            row[month.getValue() - 1] = 1;
        }
        return row;
    }

    private static double[] withIntercept(double[] regressors) {
        double[] row = new double[regressors.length + 1];
        row[0] = 1;
        System.arraycopy(regressors, 0, row, 1, regressors.length);
        return row;
    }

    private static DemandForecast unavailable(int months, double level, String reason) {
        return new DemandForecast(months, reason, level, Double.NaN, Map.of(), Double.NaN, 0, List.of());
    }
}
