package org.forcestat.stats;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The latest 12 months of a monthly count series against the 12 before them, tested against the
 * variation the series itself shows (SPEC §3; the reasoning and the simulation behind it are in
 * {@code docs/statistics-significance.md}).
 *
 * <p>A test of the two totals alone (the exact conditional binomial of {@link CountComparison})
 * assumes the totals vary like Poisson counts. Monthly crime varies far more (weather, events,
 * recording practice): at a month-to-month coefficient of variation of 5%, a force's 9,000 crimes
 * a month vary about five times as much as Poisson allows, and the binomial test calls most
 * unchanged years "significant". So:
 * <ul>
 *   <li>Fewer than 24 consecutive months: {@link Method#TOO_FEW_MONTHS}, no p-value, no verdict.</li>
 *   <li>Under {@value #SMALL_MONTHLY_MEAN} a month on average (a few crimes a month), where Poisson
 *       variation dominates any extra month-to-month variation: the exact conditional binomial test of
 *       the two totals alone ({@link Method#EXACT}).</li>
 *   <li>Otherwise ({@link Method#PAIRED}) Student's paired t-test of the 12 same-month differences
 *       (June against June, ...), which removes the season and estimates the variation from the data,
 *       on 11 degrees of freedom; and the p-value is the larger of that and the exact binomial p, so a
 *       series steadier than Poisson is never called more significant than Poisson counts would be.
 *       Months next to each other are often alike (a wet summer, a recording drive); then so are their
 *       differences, and twelve of them carry less than twelve months' evidence. When the differences'
 *       lag-1 autocorrelation r1 is positive the t-test counts {@code n_e = 12 (1 - r1) / (1 + r1)}
 *       independent months (variance of the mean SS / (n_e - 1) / n_e, n_e - 1 degrees of freedom), as
 *       {@link TrendLine} does for trends.
 *       This is a quasi-Poisson test with dispersion {@code max(1, phi)}, where phi is the variance
 *       of the differences over the Poisson variance (McCullagh and Nelder 1989, §4.5).</li>
 * </ul>
 *
 * @param previous      total of the earlier 12 months
 * @param current       total of the latest 12 months
 * @param months        months of data offered (at least 24 for a test)
 * @param method        which test gave {@code pValue}
 * @param pValue        two-sided p-value of "no change"; NaN with {@link Method#TOO_FEW_MONTHS}
 * @param exactPValue   the exact conditional binomial p of the two totals; NaN with too few months
 * @param pairedPValue  the paired t-test's p; NaN unless {@link Method#PAIRED}
 * @param dispersion    variance of the same-month differences over their Poisson variance (NaN unless PAIRED)
 * @param effectiveMonths independent months the paired test counted (12, fewer when the differences are
 *                      autocorrelated; NaN unless PAIRED)
 */
public record YearOnYear(long previous, long current, int months, Method method, double pValue, double exactPValue,
                         double pairedPValue, double dispersion, double effectiveMonths) {

    /** The method in two sentences, to state under the tables. */
    public static final String METHOD = "Each change is judged against the month-to-month variation of the figures"
            + " themselves: a paired t-test of the 12 same-month differences (June against June, ...), which also"
            + " removes the season and counts fewer months when neighbouring months are alike, and never more"
            + " significant than an exact Poisson test of the two totals; under"
            + " 5 a month on average, the exact test alone. \"A real rise\" means p below 0.05; fewer than 24 months:"
            + " not enough months to judge.";

    /** Months the test needs: two full years, so each month has its twin a year earlier. */
    public static final int MONTHS_NEEDED = 24;

    /**
     * Below this many a month (over the 24) the exact test is used alone. At 5 a month even a 20%
     * month-to-month variation adds only a fifth to the Poisson variance (1 + 0.2² x 5 = 1.2), and a
     * t-test on twelve differences of a few counts spends power estimating what Poisson already gives.
     */
    public static final double SMALL_MONTHLY_MEAN = 5;

    /** Which test gave the p-value. */
    public enum Method {
        EXACT("exact conditional binomial test of the two 12-month totals (a few crimes a month: Poisson"
                + " variation dominates)"),
        PAIRED("paired t-test of the 12 same-month differences (fewer effective months when they are"
                + " autocorrelated), and never more significant than the exact Poisson test"),
        TOO_FEW_MONTHS("no test: fewer than 24 months"),
        MIXED_SOURCES("no test: the 24 months come from different kinds of source (daily data, recorded-crime"
                + " figures, police.uk), whose counts differ for reasons other than crime");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        /** The method in one phrase, for the Metrics sheet and the notes under the tables. */
        public String description() {
            return description;
        }
    }

    public YearOnYear {
        if (method == null) {
            throw new IllegalArgumentException("method is required");
        }
        if (method != Method.TOO_FEW_MONTHS && method != Method.MIXED_SOURCES && !(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1], was " + pValue);
        }
    }

    /**
     * Tests the last 24 values of {@code monthly} (consecutive months, oldest first): the latest 12
     * against the 12 before. Fewer than 24 values give {@link Method#TOO_FEW_MONTHS}.
     */
    public static YearOnYear of(List<? extends Number> monthly) {
        int n = monthly.size();
        if (n < MONTHS_NEEDED) {
            long total = 0;
            for (Number v : monthly) {
                total += v.longValue();
            }
            return new YearOnYear(0, total, n, Method.TOO_FEW_MONTHS, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        long[] before = new long[12];
        long[] after = new long[12];
        for (int i = 0; i < 12; i++) {
            before[i] = count(monthly.get(n - 24 + i));
            after[i] = count(monthly.get(n - 12 + i));
        }
        return of(before, after);
    }

    /** Tests twelve months {@code after} against the same twelve months a year {@code before} (each oldest first). */
    public static YearOnYear of(long[] before, long[] after) {
        if (before.length != 12 || after.length != 12) {
            throw new IllegalArgumentException("Two runs of 12 months are needed; got " + before.length + " and "
                    + after.length);
        }
        long previous = 0;
        long current = 0;
        for (int i = 0; i < 12; i++) {
            previous += before[i];
            current += after[i];
        }
        double exact = CountComparison.of(previous, current).pValue();
        if ((previous + current) / 24.0 < SMALL_MONTHLY_MEAN) {
            return new YearOnYear(previous, current, 24, Method.EXACT, exact, exact, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double[] d = new double[12];
        double mean = 0;
        for (int i = 0; i < 12; i++) {
            d[i] = after[i] - before[i];
            mean += d[i] / 12;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double variance = ss / 11;
        double paired;
        double effective = 12;
        if (variance == 0) {
            // Every month moved by the same amount: no variation to judge it by beyond Poisson's.
            paired = mean == 0 ? 1.0 : 0.0;
        } else {
            double lagged = 0;
            for (int i = 0; i + 1 < 12; i++) {
                lagged += (d[i] - mean) * (d[i + 1] - mean);
            }
            double r1 = lagged / ss;
            if (r1 > 0) {
                effective = 12 * (1 - r1) / (1 + r1);
            }
            if (effective <= 1) {
                // Twelve differences that move as one are a single piece of evidence: nothing to judge by.
                paired = 1.0;
            } else {
                double t = mean / Math.sqrt(ss / (effective - 1) / effective);
                paired = Math.min(1.0, 2 * new TDistribution(null, effective - 1).cumulativeProbability(-Math.abs(t)));
            }
        }
        // Under Poisson each difference varies by the sum of its two months, so the 12 differences by
        // the 24 months' total over 12.
        double dispersion = variance / ((previous + current) / 12.0);
        return new YearOnYear(previous, current, 24, Method.PAIRED, Math.max(exact, paired), exact, paired, dispersion,
                effective);
    }

    private static long count(Number v) {
        if (v == null || !Double.isFinite(v.doubleValue()) || v.doubleValue() < 0) {
            throw new IllegalArgumentException("A monthly count must be a number of at least 0; got " + v);
        }
        return Math.round(v.doubleValue());
    }

    /**
     * Two 12-month totals that are not tested because their months come from sources of different
     * kinds (SPEC §3: no significance test across a mix of sources); the change is still shown.
     */
    public static YearOnYear mixedSources(long previous, long current) {
        return new YearOnYear(previous, current, 24, Method.MIXED_SOURCES, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
    }

    /** Whether the data sufficed for a test. */
    public boolean tested() {
        return method != Method.TOO_FEW_MONTHS && method != Method.MIXED_SOURCES;
    }

    /** Current minus previous. */
    public long change() {
        return current - previous;
    }

    /** Change as a fraction of the previous total; NaN when it is zero or there was no test. */
    public double changeShare() {
        return !tested() || previous == 0 ? Double.NaN : (double) change() / previous;
    }

    /** The verdict in plain words: "a real rise: p = 0.003", "within normal variation (p = 0.41)", ... */
    public Verdict verdict() {
        return tested() ? Verdict.change(change(), pValue) : Verdict.tooFewMonths(false);
    }
}
