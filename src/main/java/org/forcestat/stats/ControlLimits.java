package org.forcestat.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Statistical process control limits on a series (daily or monthly), with the points that fall
 * outside them and the runs of {@value #RUN_LENGTH} or more points on one side of the centre line.
 *
 * <p>{@code K} is the label of a point: a {@code LocalDate} for a daily series, a {@code YearMonth}
 * for a monthly one, or any label. Indexes are 0-based positions in the series.
 *
 * @param method  how the limits were set; {@link Method#description()} is the sentence for the sheet
 * @param centre  centre line (the mean)
 * @param lower   lower control limit
 * @param upper   upper control limit
 * @param points  every point of the series, in order
 * @param outside points strictly above the upper or below the lower limit
 * @param runs    maximal runs of at least {@value #RUN_LENGTH} consecutive points on one side of the centre
 * @param <K>     the label type
 */
public record ControlLimits<K>(Method method, double centre, double lower, double upper, List<Point<K>> points,
                               List<Point<K>> outside, List<Run<K>> runs) {

    /** Consecutive points on one side of the centre line that signal a shift (the usual SPC rule). */
    public static final int RUN_LENGTH = 8;

    /**
     * The fewest points a control chart is drawn from: limits from two or three points (a moving
     * range or two) are noise, and on two months once gave -3,996 to 6,649. Twelve is a year of
     * months; SPC guidance (NHS "Making Data Count") asks for 12 to 20 points before limits are trusted.
     */
    public static final int MIN_POINTS = 12;

    /** The XmR constant: 3 / d2, d2 = 1.128 for moving ranges of two points. */
    public static final double XMR_FACTOR = 2.66;

    /** How the limits are set. */
    public enum Method {
        /** Counts assumed Poisson: mean ± 3√mean, the lower limit floored at 0. */
        C_CHART("c-chart (Poisson counts): centre = mean, limits = mean ± 3 × √mean, lower limit not below 0"),
        /** Individuals and moving range: mean ± 2.66 × mean moving range; assumes nothing about the distribution. */
        XMR("XmR (individuals and moving range): centre = mean, limits = mean ± 2.66 × mean moving range");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        /** The method in one sentence, to state on the sheet. */
        public String description() {
            return description;
        }
    }

    /** Which side of the centre line a run lies on. */
    public enum Side { ABOVE, BELOW }

    /** One point of the series: its 0-based index, label and value. */
    public record Point<K>(int index, K label, double value) {
    }

    /** A run of consecutive points on one side of the centre line, from start to end inclusive. */
    public record Run<K>(Side side, int startIndex, int endIndex, K start, K end) {
        /** Number of points in the run. */
        public int length() {
            return endIndex - startIndex + 1;
        }
    }

    public ControlLimits {
        points = List.copyOf(points);
        outside = List.copyOf(outside);
        runs = List.copyOf(runs);
    }

    /** Limits for a series keyed by date, month or any sorted label. */
    public static <K> ControlLimits<K> of(SortedMap<K, ? extends Number> series, Method method) {
        List<K> labels = new ArrayList<>(series.size());
        List<Double> values = new ArrayList<>(series.size());
        for (Map.Entry<K, ? extends Number> e : series.entrySet()) {
            labels.add(e.getKey());
            values.add(e.getValue() == null ? null : e.getValue().doubleValue());
        }
        return of(values, labels, method);
    }

    /**
     * Limits for a series of counts (calls, crimes a day or a month): as {@link #of(SortedMap, Method)},
     * with the lower limit never below 0, since no count can fall there (SPEC §3).
     */
    public static <K> ControlLimits<K> ofCounts(SortedMap<K, ? extends Number> series, Method method) {
        ControlLimits<K> l = of(series, method);
        if (l.lower() >= 0) {
            return l;
        }
        List<Point<K>> outside = new ArrayList<>();
        for (Point<K> p : l.points()) {
            if (p.value() < 0) {
                throw new IllegalArgumentException("A series of counts has no negative points; " + p.label()
                        + " is " + p.value());
            }
            if (p.value() > l.upper()) {
                outside.add(p);
            }
        }
        return new ControlLimits<>(method, l.centre(), 0, l.upper(), l.points(), outside, l.runs());
    }

    /** Whether a series of {@code n} points is long enough for a control chart ({@link #MIN_POINTS}). */
    public static boolean enoughPoints(int n) {
        return n >= MIN_POINTS;
    }

    /** Limits for {@code values} labelled by {@code labels} (same size, same order). */
    public static <K> ControlLimits<K> of(List<Double> values, List<K> labels, Method method) {
        if (values.size() != labels.size()) {
            throw new IllegalArgumentException("Values and labels differ in number: " + values.size()
                    + " values, " + labels.size() + " labels");
        }
        int minimum = method == Method.XMR ? 2 : 1;
        if (values.size() < minimum) {
            throw new IllegalArgumentException(method + " limits need at least " + minimum
                    + " points; the series has " + values.size());
        }
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            Double v = values.get(i);
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("Control limits need a number at every point; " + labels.get(i)
                        + " is " + v);
            }
            if (method == Method.C_CHART && v < 0) {
                throw new IllegalArgumentException("A c-chart is for counts; " + labels.get(i) + " is " + v);
            }
            x[i] = v;
        }
        double centre = StatUtils.mean(x);
        double lower;
        double upper;
        if (method == Method.C_CHART) {
            double halfWidth = 3 * Math.sqrt(centre);
            lower = Math.max(0, centre - halfWidth);
            upper = centre + halfWidth;
        } else {
            double[] movingRanges = new double[x.length - 1];
            for (int i = 1; i < x.length; i++) {
                movingRanges[i - 1] = Math.abs(x[i] - x[i - 1]);
            }
            // Not floored: XmR is also used for rates and amounts, where a negative limit is honest.
            double halfWidth = XMR_FACTOR * StatUtils.mean(movingRanges);
            lower = centre - halfWidth;
            upper = centre + halfWidth;
        }

        List<Point<K>> points = new ArrayList<>(x.length);
        List<Point<K>> outside = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Point<K> p = new Point<>(i, labels.get(i), x[i]);
            points.add(p);
            if (x[i] > upper || x[i] < lower) {
                outside.add(p);
            }
        }
        return new ControlLimits<>(method, centre, lower, upper, Collections.unmodifiableList(points), outside,
                runs(x, labels, centre));
    }

    /** A point exactly on the centre line belongs to neither side, so it ends a run. */
    private static <K> List<Run<K>> runs(double[] x, List<K> labels, double centre) {
        List<Run<K>> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= x.length; i++) {
            if (i == x.length || Math.signum(x[i] - centre) != Math.signum(x[start] - centre)) {
                double side = Math.signum(x[start] - centre);
                if (side != 0 && i - start >= RUN_LENGTH) {
                    runs.add(new Run<>(side > 0 ? Side.ABOVE : Side.BELOW, start, i - 1, labels.get(start),
                            labels.get(i - 1)));
                }
                start = i;
            }
        }
        return runs;
    }

    /** Whether any point is outside the limits or any run was found. */
    public boolean hasSignals() {
        return !outside.isEmpty() || !runs.isEmpty();
    }
}
