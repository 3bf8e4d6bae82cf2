package org.forcestat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.forcestat.stats.CountComparison;
import org.forcestat.stats.TrendLine;
import org.forcestat.stats.YearOnYear;

/**
 * The simulation behind {@code docs/statistics-significance.md} (issue 23), run by
 * {@code mvn -B -Psimulate verify} (not part of the test suite). For each setting it draws
 * {@code -Dsimulate.runs} (default 2,000) 24-month series of monthly crime counts and asks the
 * engine's own tests what they make of them:
 * <ul>
 *   <li>Each month's mean is the division's size times a seasonal shape (summer and Christmas
 *       peaks, the same in both years) times a gamma multiplier with mean 1 and the given
 *       coefficient of variation; the count is Poisson with that mean (a gamma-Poisson mixture;
 *       CV 0% is pure Poisson).</li>
 *   <li>Sizes: divisions of 3,300, 3,000 and 2,500 a month, their force total (each division drawn
 *       on its own and summed, about 8,800 a month, whose own CV is then about 0.58 of the divisions'),
 *       a force of 8,800 a month drawn as one series (its CV as stated), and a small division of 40 a month.</li>
 *   <li>"No change": both years share the mean. "Rise 10%": every month of the second year is 10% up.</li>
 *   <li>A last set makes neighbouring months alike: a lognormal multiplier (mean 1, the given CV)
 *       whose logarithm is AR(1) with lag-1 correlation 0.5 across the 24 months.</li>
 *   <li>Year on year: the share called significant at 5% by the old test (exact conditional binomial
 *       of the two totals, {@link CountComparison}) and by the new one ({@link YearOnYear}).</li>
 *   <li>Monthly trend, no change: the share of flat series whose 24-month trend line is called
 *       significant by the ordinary OLS t-test and by {@link TrendLine}'s autocorrelation-aware test,
 *       with independent months and with an AR(1) month-to-month multiplier (lag-1 correlation 0.5).</li>
 * </ul>
 * The seed is fixed (-Dsimulate.seed, default 23), so a rerun prints the same table. Arguments:
 * an optional file to write the Markdown tables to as well.
 */
public final class SignificanceSimulation {
    private static final double[] CVS = {0, 0.03, 0.05, 0.08};
    private static final double ALPHA = 0.05;

    private final RandomDataGenerator random;
    private final int runs;

    private SignificanceSimulation(long seed, int runs) {
        this.random = new RandomDataGenerator(new Well19937c(seed));
        this.runs = runs;
    }

    public static void main(String[] args) throws IOException {
        int runs = Integer.getInteger("simulate.runs", 2000);
        long seed = Long.getLong("simulate.seed", 23L);
        long start = System.nanoTime();
        String tables = new SignificanceSimulation(seed, runs).run();
        String footer = String.format(Locale.UK, "%n%,d series per cell, seed %d, %.1f s.%n", runs, seed,
                (System.nanoTime() - start) / 1e9);
        System.out.print(tables + footer);
        if (args.length > 0) {
            Path out = Path.of(args[0]);
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, tables + footer, StandardCharsets.UTF_8);
        }
    }

    /** A summer peak (+-6%) and a December bump (+4%): the same shape in both years, as in real crime series. */
    private static double season(int month) {
        return 1 + 0.06 * Math.cos(2 * Math.PI * (month - 6) / 12.0) + (month % 12 == 11 ? 0.04 : 0);
    }

    private record Size(String name, double[] divisions) {
    }

    private String run() {
        List<Size> sizes = List.of(new Size("Division, 3,300 a month", new double[] {3300}),
                new Size("Division, 3,000 a month", new double[] {3000}),
                new Size("Division, 2,500 a month", new double[] {2500}),
                new Size("Force, 8,800 a month (3 divisions)", new double[] {3300, 3000, 2500}),
                new Size("Force, 8,800 a month (one series)", new double[] {8800}),
                new Size("Small division, 40 a month", new double[] {40}));
        StringBuilder b = new StringBuilder();
        b.append("Year on year: share of 24-month series called significant at 5%\n\n");
        b.append("| Series | Month-to-month CV | No change: old test | No change: new test | Rise 10%: old test"
                + " | Rise 10%: new test |\n");
        b.append("|---|---:|---:|---:|---:|---:|\n");
        for (Size s : sizes) {
            for (double cv : CVS) {
                double[] none = yearOnYear(s, cv, 0, 0);
                double[] rise = yearOnYear(s, cv, 0.10, 0);
                b.append(String.format(Locale.UK, "| %s | %.0f%% | %s | %s | %s | %s |%n", s.name(), cv * 100,
                        pct(none[0]), pct(none[1]), pct(rise[0]), pct(rise[1])));
            }
        }
        for (Size s : List.of(sizes.get(4), sizes.get(2))) {
            for (double cv : new double[] {0.03, 0.05, 0.08}) {
                double[] none = yearOnYear(s, cv, 0, 0.5);
                double[] rise = yearOnYear(s, cv, 0.10, 0.5);
                b.append(String.format(Locale.UK, "| %s, neighbouring months alike (lag-1 0.5) | %.0f%% | %s | %s | %s"
                        + " | %s |%n", s.name(), cv * 100, pct(none[0]), pct(none[1]), pct(rise[0]), pct(rise[1])));
            }
        }
        b.append("\nMonthly trend, no change (force, 8,800 a month, 24 months): share of flat series whose trend is"
                + " called significant at 5%\n\n");
        b.append("| Month-to-month variation | Ordinary OLS t-test | With the lag-1 correction |\n");
        b.append("|---|---:|---:|\n");
        for (double cv : new double[] {0.03, 0.05, 0.08}) {
            for (double rho : new double[] {0, 0.5}) {
                double[] t = trend(8800, cv, rho);
                b.append(String.format(Locale.UK, "| CV %.0f%%, %s | %s | %s |%n", cv * 100,
                        rho == 0 ? "independent months" : "lag-1 correlation " + rho, pct(t[0]), pct(t[1])));
            }
        }
        return b.toString();
    }

    /** {share significant by the exact binomial of the totals, share significant by YearOnYear}. */
    private double[] yearOnYear(Size s, double cv, double rise, double rho) {
        int old = 0;
        int now = 0;
        for (int r = 0; r < runs; r++) {
            long[] months = new long[24];
            for (double size : s.divisions()) {
                double[] multipliers = rho == 0 ? null : correlated(cv, rho);
                for (int m = 0; m < 24; m++) {
                    double mean = size * season(m) * (m >= 12 ? 1 + rise : 1)
                            * (multipliers == null ? multiplier(cv) : multipliers[m]);
                    months[m] += poisson(mean);
                }
            }
            List<Long> series = new ArrayList<>(24);
            long previous = 0;
            long current = 0;
            for (int m = 0; m < 24; m++) {
                series.add(months[m]);
                if (m < 12) {
                    previous += months[m];
                } else {
                    current += months[m];
                }
            }
            old += CountComparison.of(previous, current).pValue() < ALPHA ? 1 : 0;
            now += YearOnYear.of(series).verdict().real() ? 1 : 0;
        }
        return new double[] {old / (double) runs, now / (double) runs};
    }

    /** {share significant by plain OLS, share significant by TrendLine}, flat series with an AR(1) log multiplier. */
    private double[] trend(double size, double cv, double rho) {
        int plain = 0;
        int corrected = 0;
        for (int r = 0; r < runs; r++) {
            double[] y = new double[24];
            double[] multipliers = correlated(cv, rho);
            for (int m = 0; m < 24; m++) {
                y[m] = poisson(size * multipliers[m]);
            }
            org.apache.commons.math3.stat.regression.SimpleRegression ols =
                    new org.apache.commons.math3.stat.regression.SimpleRegression();
            for (int m = 0; m < 24; m++) {
                ols.addData(m, y[m]);
            }
            plain += ols.getSignificance() < ALPHA ? 1 : 0;
            corrected += TrendLine.fit(y).verdict().real() ? 1 : 0;
        }
        return new double[] {plain / (double) runs, corrected / (double) runs};
    }

    /** 24 lognormal multipliers with mean 1 and CV {@code cv}, their logarithms AR(1) with lag-1 correlation rho. */
    private double[] correlated(double cv, double rho) {
        double sigma = Math.sqrt(Math.log(1 + cv * cv));
        double[] out = new double[24];
        double z = random.nextGaussian(0, 1);
        for (int m = 0; m < 24; m++) {
            if (m > 0) {
                z = rho * z + Math.sqrt(1 - rho * rho) * random.nextGaussian(0, 1);
            }
            out[m] = Math.exp(sigma * z - sigma * sigma / 2);
        }
        return out;
    }

    private double multiplier(double cv) {
        if (cv == 0) {
            return 1;
        }
        double shape = 1 / (cv * cv);
        return random.nextGamma(shape, 1 / shape);
    }

    private long poisson(double mean) {
        return random.nextPoisson(mean);
    }

    private static String pct(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }
}
