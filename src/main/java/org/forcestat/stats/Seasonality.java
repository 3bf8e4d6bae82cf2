package org.forcestat.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Day-of-week and month-of-year profiles of a daily series, each as an index against the overall
 * daily mean (1.00 = an average day, 1.20 = 20% busier), plus the same index for an hour-of-day x
 * weekday table of counts.
 *
 * <p>A month's index is its mean <em>per day</em> over the overall mean per day, so a 28-day
 * February is not penalised for being short; where a series covers a month in several years the
 * days are pooled. A weekday or month absent from the series has index NaN and 0 days.
 *
 * @param overallMean   mean value per day over the whole series
 * @param dayOfWeek     index per weekday, Monday first
 * @param monthOfYear   index per calendar month, January first
 * @param daysPerWeekday number of days behind each weekday's index
 * @param daysPerMonth  number of days behind each month's index
 */
public record Seasonality(double overallMean, Map<DayOfWeek, Double> dayOfWeek, Map<Month, Double> monthOfYear,
                          Map<DayOfWeek, Long> daysPerWeekday, Map<Month, Long> daysPerMonth) {

    public Seasonality {
        dayOfWeek = Collections.unmodifiableMap(new EnumMap<>(dayOfWeek));
        monthOfYear = Collections.unmodifiableMap(new EnumMap<>(monthOfYear));
        daysPerWeekday = Collections.unmodifiableMap(new EnumMap<>(daysPerWeekday));
        daysPerMonth = Collections.unmodifiableMap(new EnumMap<>(daysPerMonth));
    }

    /** Profiles of a daily series (one value per date; gaps are simply not counted). */
    public static Seasonality of(SortedMap<LocalDate, ? extends Number> daily) {
        if (daily.isEmpty()) {
            throw new IllegalArgumentException("Seasonality needs at least one day of data");
        }
        SummaryStatistics all = new SummaryStatistics();
        Map<DayOfWeek, SummaryStatistics> byWeekday = new EnumMap<>(DayOfWeek.class);
        Map<Month, SummaryStatistics> byMonth = new EnumMap<>(Month.class);
        for (Map.Entry<LocalDate, ? extends Number> e : daily.entrySet()) {
            Number n = e.getValue();
            if (n == null || !Double.isFinite(n.doubleValue())) {
                throw new IllegalArgumentException("Seasonality needs a number for every day; " + e.getKey()
                        + " is " + n);
            }
            double v = n.doubleValue();
            all.addValue(v);
            byWeekday.computeIfAbsent(e.getKey().getDayOfWeek(), d -> new SummaryStatistics()).addValue(v);
            byMonth.computeIfAbsent(e.getKey().getMonth(), m -> new SummaryStatistics()).addValue(v);
        }
        double mean = all.getMean();
        Map<DayOfWeek, Double> weekdayIndex = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, Long> weekdayDays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            SummaryStatistics s = byWeekday.get(d);
            weekdayIndex.put(d, s == null ? Double.NaN : s.getMean() / mean);
            weekdayDays.put(d, s == null ? 0L : s.getN());
        }
        Map<Month, Double> monthIndex = new EnumMap<>(Month.class);
        Map<Month, Long> monthDays = new EnumMap<>(Month.class);
        for (Month m : Month.values()) {
            SummaryStatistics s = byMonth.get(m);
            monthIndex.put(m, s == null ? Double.NaN : s.getMean() / mean);
            monthDays.put(m, s == null ? 0L : s.getN());
        }
        return new Seasonality(mean, weekdayIndex, monthIndex, weekdayDays, monthDays);
    }

    /**
     * Each cell of an hour-of-day x weekday table of counts ({@code [weekday Monday=0][hour 0-23]},
     * as in {@link CallStats#hourByWeekday()}) over the mean cell, so 1.00 is an average hour.
     * All NaN when the table holds no counts.
     */
    public static double[][] hourByWeekdayIndex(long[][] counts) {
        if (counts == null || counts.length != 7) {
            throw new IllegalArgumentException("An hour x weekday table has 7 rows (Monday first)");
        }
        long total = 0;
        for (long[] row : counts) {
            if (row == null || row.length != 24) {
                throw new IllegalArgumentException("An hour x weekday table has 24 columns (hour 0 to 23)");
            }
            for (long c : row) {
                if (c < 0) {
                    throw new IllegalArgumentException("Counts cannot be negative: " + c);
                }
                total += c;
            }
        }
        double meanCell = total / (7.0 * 24);
        double[][] index = new double[7][24];
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                index[d][h] = total == 0 ? Double.NaN : counts[d][h] / meanCell;
            }
        }
        return index;
    }
}
