package org.forcestat.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Trailing moving averages (7-day and 28-day on daily series, or any window): the value at a point
 * is the mean of that point and the {@code window - 1} points before it.
 *
 * <p>The first {@code window - 1} points have no full window and are NaN (kept, not omitted, so the
 * result lines up with the series it smooths and charts leave a gap there).
 */
public final class MovingAverage {

    /** A week: smooths out the weekday pattern. */
    public static final int WEEK = 7;

    /** Four weeks: smooths the weekday pattern and shows the month-to-month shape. */
    public static final int FOUR_WEEKS = 28;

    private MovingAverage() {
    }

    /** Trailing means of {@code values}; NaN for the first {@code window - 1} points. */
    public static List<Double> trailing(List<? extends Number> values, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("A moving average window must be at least 1, was " + window);
        }
        DescriptiveStatistics last = new DescriptiveStatistics(window); // keeps only the last `window` values
        List<Double> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Number v = values.get(i);
            if (v == null || !Double.isFinite(v.doubleValue())) {
                throw new IllegalArgumentException("A moving average needs a number at every point; point "
                        + (i + 1) + " is " + v);
            }
            last.addValue(v.doubleValue());
            out.add(last.getN() == window ? last.getMean() : Double.NaN);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Trailing means over the last {@code window} calendar days of a daily series.
     *
     * @throws IllegalArgumentException naming the first missing day if the series skips a day:
     *                                  a missing day is not a zero, so the caller decides (fill or report)
     */
    public static SortedMap<LocalDate, Double> daily(SortedMap<LocalDate, ? extends Number> series, int window) {
        LocalDate expected = null;
        for (LocalDate day : series.keySet()) {
            if (expected != null && !day.equals(expected)) {
                throw new IllegalArgumentException("The daily series has no value for " + expected
                        + "; a moving average needs every day");
            }
            expected = day.plusDays(1);
        }
        List<Double> averages = trailing(new ArrayList<>(series.values()), window);
        SortedMap<LocalDate, Double> out = new TreeMap<>();
        int i = 0;
        for (Map.Entry<LocalDate, ? extends Number> e : series.entrySet()) {
            out.put(e.getKey(), averages.get(i++));
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
