package org.forcestat.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcestat.model.CrimeCategory;

/**
 * The trends an analyst can defend (SPEC §3): significance of changes, monthly trend lines,
 * control limits, moving averages, seasonal profiles and forecasts. Any part the inputs cannot
 * give is null (a series) or empty (a map or list), with a note saying why where a reader would ask.
 *
 * @param dailyCalls          calls per day over the calls headline period, or null
 * @param monthlyCalls        calls per complete month (all months the data covers), or null
 * @param callHourIndex       hour x weekday index of calls ([weekday Monday=0][hour], 1.00 = an average hour), or null
 * @param dailyCrimes         crimes per day (ASB apart) over the crime headline period, or null when the crime data is not daily
 * @param monthlyCrime        recorded crime per month, force total (CRIME_TOTALS, else CRIMES), or null
 * @param categoryMonthly     crimes per month by category (CRIMES, at least {@value TrendLine#MIN_POINTS} months)
 * @param categoryComparisons latest 12 months against the 12 before, per category (CRIMES spanning 24 months)
 * @param categoryNote        why {@code categoryComparisons} is empty, or null
 * @param areaComparisons     rolling 12-month comparison per area, the force total last
 */
public record TrendStats(DailySeries dailyCalls, MonthlySeries monthlyCalls, double[][] callHourIndex,
                         DailySeries dailyCrimes, MonthlySeries monthlyCrime,
                         Map<CrimeCategory, MonthlySeries> categoryMonthly,
                         Map<CrimeCategory, Comparison> categoryComparisons, String categoryNote,
                         List<Comparison> areaComparisons) {

    public TrendStats {
        categoryMonthly = unmodifiable(categoryMonthly);
        categoryComparisons = unmodifiable(categoryComparisons);
        areaComparisons = List.copyOf(areaComparisons);
    }

    private static <V> Map<CrimeCategory, V> unmodifiable(Map<CrimeCategory, V> m) {
        return m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(m));
    }

    /**
     * Two 12-month totals of one series (an area, a category), with the test of the change on the
     * monthly figures behind them ({@link YearOnYear}).
     */
    public record Comparison(String name, Period previousPeriod, Period currentPeriod, YearOnYear test) {
        public long previous() {
            return test.previous();
        }

        public long current() {
            return test.current();
        }

        public long change() {
            return test.change();
        }

        /** Change as a fraction of the previous count; NaN when the previous count is zero. */
        public double changeShare() {
            return test.changeShare();
        }

        public double pValue() {
            return test.pValue();
        }

        /** "a real rise: p = 0.003" / "within normal variation (p = 0.41)" / "not enough months to judge". */
        public Verdict verdict() {
            return test.verdict();
        }
    }

    /**
     * A daily series with its trailing 7- and 28-day means (NaN before the first full window; empty
     * with {@code averageNote} when the series skips a day), control limits and seasonal profiles.
     */
    public record DailySeries(String name, SortedMap<LocalDate, Long> values, SortedMap<LocalDate, Double> average7,
                              SortedMap<LocalDate, Double> average28, String averageNote,
                              ControlLimits<LocalDate> limits, Seasonality seasonality) {
        public DailySeries {
            values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
            average7 = Collections.unmodifiableSortedMap(new TreeMap<>(average7));
            average28 = Collections.unmodifiableSortedMap(new TreeMap<>(average28));
        }
    }

    /**
     * A monthly series of consecutive months with its trend line (null with {@code trendNote} under
     * {@value TrendLine#MIN_POINTS} months), control limits and 12-month forecast (which says itself
     * why it is unavailable).
     */
    public record MonthlySeries(String name, SortedMap<YearMonth, Long> values, TrendLine trend, String trendNote,
                                ControlLimits<YearMonth> limits, DemandForecast forecast) {
        public MonthlySeries {
            values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        }

        /** "Apr 2014 to Mar 2015 (12 months)". */
        public String period() {
            return CrimeStatsCalculator.label(values.firstKey()) + " to " + CrimeStatsCalculator.label(values.lastKey())
                    + " (" + values.size() + (values.size() == 1 ? " month)" : " months)");
        }
    }
}
