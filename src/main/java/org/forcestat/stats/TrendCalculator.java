package org.forcestat.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcestat.model.CallCounts;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.CrimeCounts;
import org.forcestat.model.CrimeTotals;
import org.forcestat.model.MetricId;
import org.forcestat.model.Partial;

/**
 * Works out {@link TrendStats} from the merged inputs and the headline figures: which series exist,
 * over which months, and the engine's statistics on each.
 */
final class TrendCalculator {
    /**
     * Control limits are XmR on every series. A c-chart assumes Poisson counts, whose variance equals
     * their mean; police demand is far more variable than that (weekday, summer and Christmas shape on
     * top of chance), so on 2,266 calls a day c-chart limits are ±143 and most days would be flagged.
     * XmR sets the limits from the series' own point-to-point variation (the moving range), which is
     * also what NHS "Making Data Count" SPC guidance uses by default, and it suits monthly totals too.
     */
    static final ControlLimits.Method CONTROL = ControlLimits.Method.XMR;

    /** Months of CRIMES data a year-on-year comparison by category needs. */
    static final int YEAR_ON_YEAR_MONTHS = 24;

    private TrendCalculator() {
    }

    /** Null when there is nothing to trend (no calls and no crime). */
    static TrendStats compute(Partial merged, CallStats calls, CrimeStats crime) {
        return compute(merged, calls, crime, null, null);
    }

    /**
     * As {@link #compute(Partial, CallStats, CrimeStats)} for the period [from, to] of --from/--to
     * (either may be null: open). Monthly series end at the period's last whole month, and take the
     * months before the period too, as a trend or a year-on-year comparison needs them (SPEC §3: the
     * earlier months feed the comparisons); a series none of whose months reaches into the period is left out.
     */
    static TrendStats compute(Partial merged, CallStats calls, CrimeStats crime, LocalDate from, LocalDate to) {
        if (calls == null && crime == null && merged.crimeTotals().isEmpty()) {
            return null;
        }
        TrendStats.DailySeries dailyCalls = calls == null ? null : daily("Calls", calls.dailyTotals(),
                ComparableSeries.callDaysOfOneGrain(merged.calls(), calls.dailyTotals()));
        TrendStats.MonthlySeries monthlyCalls = calls == null ? null
                : monthly("Calls", upToPeriodEnd(callMonths(merged.calls()), from, to));
        if (monthlyCalls != null && to != null) {
            // as for crime: "found 18" is the period's doing when the inputs have 24 months of calls
            monthlyCalls = cutByPeriod(monthlyCalls, latestRun(callMonths(merged.calls())).size(), to);
        }
        double[][] hourIndex = calls == null || calls.hourByWeekday() == null ? null : hourIndex(calls.hourByWeekday());

        TrendStats.DailySeries dailyCrimes = crime == null ? null : daily("Crimes", crimeDays(merged.crimes(), crime));
        SortedMap<YearMonth, Long> force = !merged.crimeTotals().isEmpty()
                ? latestRun(upToPeriodEnd(merged.crimeTotals().forceMonthly(), from, to))
                : latestRun(upToPeriodEnd(crimeMonths(merged.crimes(), null), from, to));
        TrendStats.MonthlySeries monthlyCrime = force.isEmpty() ? null : monthly("Recorded crime", force);
        if (monthlyCrime != null && to != null && merged.crimeTotals().isEmpty()) {
            monthlyCrime = cutByPeriod(monthlyCrime, latestRun(crimeMonths(merged.crimes(), null)).size(), to);
        }

        Map<CrimeCategory, TrendStats.MonthlySeries> byCategory = new EnumMap<>(CrimeCategory.class);
        Map<CrimeCategory, TrendStats.Comparison> comparisons = new EnumMap<>(CrimeCategory.class);
        int categoryMonths = 0;
        // The months the inputs have before --to cuts them: "found 18" is the period's doing when there are 24.
        int categoryMonthsUncut = 0;
        for (CrimeCategory c : CrimeCategory.values()) {
            if (!c.isCrime()) {
                continue;
            }
            SortedMap<YearMonth, Long> months = latestRun(upToPeriodEnd(crimeMonths(merged.crimes(), c), from, to));
            categoryMonths = Math.max(categoryMonths, months.size());
            if (to != null) {
                categoryMonthsUncut = Math.max(categoryMonthsUncut, latestRun(crimeMonths(merged.crimes(), c)).size());
            }
            if (months.values().stream().mapToLong(Long::longValue).sum() == 0) {
                continue;
            }
            if (months.size() >= TrendLine.MIN_POINTS) {
                byCategory.put(c, monthly(c.label(), months));
            }
            if (months.size() >= YEAR_ON_YEAR_MONTHS) {
                comparisons.put(c, yearOnYear(c.label(), months));
            }
        }
        String note = null;
        if (comparisons.isEmpty()) {
            note = categoryMonths == 0 ? "No crime data by category in the inputs."
                    : "Year-on-year change by category needs " + YEAR_ON_YEAR_MONTHS + " months of crime data; found "
                            + categoryMonths + (categoryMonthsUncut >= YEAR_ON_YEAR_MONTHS
                            ? " up to the end of the period asked for (" + Period.asked(null, to) + "); the inputs have "
                                    + categoryMonthsUncut + ", which a period ending later would use" : "") + ".";
        }
        List<TrendStats.Comparison> areas = new ArrayList<>();
        if (crime != null) {
            for (Rolling12 r : crime.rolling12()) {
                areas.add(new TrendStats.Comparison(r.area(), twelveMonthsTo(r.previousEnd()), twelveMonthsTo(r.currentEnd()),
                        r.test()));
            }
        }
        return new TrendStats(dailyCalls, monthlyCalls, hourIndex, dailyCrimes, monthlyCrime, byCategory, comparisons,
                note, areas);
    }

    static TrendStats.DailySeries daily(String name, SortedMap<LocalDate, Long> values) {
        return daily(name, values, true);
    }

    /** {@code oneGrain}: whether every day comes from sources of one grain, which control limits need. */
    static TrendStats.DailySeries daily(String name, SortedMap<LocalDate, Long> values, boolean oneGrain) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        SortedMap<LocalDate, Double> ma7 = new TreeMap<>();
        SortedMap<LocalDate, Double> ma28 = new TreeMap<>();
        String note = null;
        try {
            ma7 = MovingAverage.daily(values, MovingAverage.WEEK);
            ma28 = MovingAverage.daily(values, MovingAverage.FOUR_WEEKS);
        } catch (IllegalArgumentException e) {
            // A missing day is not a zero: say so rather than average across the gap.
            note = "No moving averages: " + e.getMessage() + ".";
        }
        ControlLimits<LocalDate> limits = oneGrain && ControlLimits.enoughPoints(values.size())
                ? ControlLimits.ofCounts(values, CONTROL) : null;
        return new TrendStats.DailySeries(name, values, ma7, ma28, note, limits, Seasonality.of(values));
    }

    static TrendStats.MonthlySeries monthly(String name, SortedMap<YearMonth, Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        TrendLine trend = null;
        String note = null;
        if (values.size() >= TrendLine.MIN_POINTS) {
            trend = TrendLine.fit(new ArrayList<>(values.values()));
        } else {
            note = "A trend line needs at least " + TrendLine.MIN_POINTS + " months; found " + values.size() + ".";
        }
        ControlLimits<YearMonth> limits = ControlLimits.enoughPoints(values.size())
                ? ControlLimits.ofCounts(values, CONTROL) : null;
        return new TrendStats.MonthlySeries(name, values, trend, note, limits, DemandForecast.of(values));
    }

    /**
     * The series with its forecast's reason naming the period when --to, not the inputs, leaves it
     * fewer than {@link DemandForecast#MIN_MONTHS} months ({@code uncut}: the months without --to).
     */
    static TrendStats.MonthlySeries cutByPeriod(TrendStats.MonthlySeries s, int uncut, LocalDate to) {
        DemandForecast f = s.forecast();
        if (f == null || f.available() || uncut < DemandForecast.MIN_MONTHS || s.values().size() >= DemandForecast.MIN_MONTHS) {
            return s;
        }
        String reason = "A forecast needs at least " + DemandForecast.MIN_MONTHS + " months of data; found "
                + s.values().size() + " up to the end of the period asked for (" + Period.asked(null, to)
                + "); the inputs have " + uncut + ", which a period ending later would use.";
        return new TrendStats.MonthlySeries(s.name(), s.values(), s.trend(), s.trendNote(), s.limits(),
                new DemandForecast(f.monthsFound(), reason, f.level(), f.slopePerMonth(), f.monthEffects(),
                        f.residualStdError(), f.degreesOfFreedom(), f.predictions()));
    }

    /** Calls per complete month, from sources of one grain (see {@link ComparableSeries}). */
    static SortedMap<YearMonth, Long> callMonths(CallCounts calls) {
        return ComparableSeries.callMonths(calls);
    }

    /** Crimes per complete month of one grain, one category or (null) all crimes (see {@link ComparableSeries}). */
    static SortedMap<YearMonth, Long> crimeMonths(CrimeCounts crimes, CrimeCategory category) {
        return ComparableSeries.crimeMonths(crimes, category);
    }

    /**
     * Crimes (ASB apart) on each covered day of the headline period, or empty when the crime data is
     * monthly: a monthly source books every crime on the 1st, which is no daily series.
     */
    static SortedMap<LocalDate, Long> crimeDays(CrimeCounts crimes, CrimeStats crime) {
        SortedMap<LocalDate, Long> out = new TreeMap<>();
        if (crime.from() == null) {
            return out;
        }
        SortedMap<LocalDate, long[]> raw = crimes.rawByDate().subMap(crime.from(), crime.to().plusDays(1));
        if (raw.keySet().stream().allMatch(d -> d.getDayOfMonth() == 1)) {
            return out;
        }
        for (LocalDate d : crimes.coveredDays().subSet(crime.from(), true, crime.to(), true)) {
            if (!crimes.isDaily(d) || !crimes.givesAllCrime(d)) {
                // A monthly source's month (all its crimes on the 1st) beside daily data is no day of it;
                // nor is a day of sources of some offences only (a theft extract): their sum is no crime total.
                continue;
            }
            long[] a = raw.get(d);
            long n = 0;
            if (a != null) {
                for (CrimeCategory c : CrimeCategory.values()) {
                    n += c.isCrime() ? a[c.ordinal()] : 0;
                }
            }
            out.put(d, n);
        }
        return out;
    }

    /**
     * The months up to the last whole month of the period [from, to] (either end may be null: open),
     * or none when not one of them reaches into the period.
     */
    static SortedMap<YearMonth, Long> upToPeriodEnd(SortedMap<YearMonth, Long> months, LocalDate from, LocalDate to) {
        SortedMap<YearMonth, Long> out = new TreeMap<>(months);
        if (to != null) {
            out = out.headMap(Period.lastWholeMonth(to).plusMonths(1));
        }
        if (out.isEmpty() || from != null && out.lastKey().atEndOfMonth().isBefore(from)) {
            return new TreeMap<>();
        }
        return out;
    }

    /** The latest run of consecutive months: trends and forecasts read the months as evenly spaced. */
    static SortedMap<YearMonth, Long> latestRun(SortedMap<YearMonth, Long> months) {
        if (months.isEmpty()) {
            return new TreeMap<>();
        }
        YearMonth start = months.lastKey();
        while (months.containsKey(start.minusMonths(1))) {
            start = start.minusMonths(1);
        }
        return new TreeMap<>(months.tailMap(start));
    }

    /** The latest 12 months against the 12 before them, tested on the months themselves. */
    static TrendStats.Comparison yearOnYear(String name, SortedMap<YearMonth, Long> months) {
        YearMonth end = months.lastKey();
        return new TrendStats.Comparison(name, twelveMonthsTo(end.minusMonths(12)), twelveMonthsTo(end),
                YearOnYear.of(new ArrayList<>(months.values())));
    }

    /** "recorded-crime.xlsx; method: paired t-test of ...": the Metrics Source column names the test too. */
    static String withMethod(String source, YearOnYear.Method method) {
        return withMethod(source, method.description());
    }

    private static String withMethod(String source, String method) {
        return (source == null || source.isEmpty() ? "" : source + "; ") + "method: " + method;
    }

    /** "t-test of the least-squares slope counting 3.9 independent months of 12 (residual lag-1 autocorrelation 0.17)". */
    private static String trendMethod(TrendLine tl) {
        String months = tl.effectivePoints() < tl.points()
                ? String.format(Locale.UK, "%.1f independent months of %d", tl.effectivePoints(), tl.points())
                : "all " + tl.points() + " months";
        return "t-test of the least-squares slope counting " + months + (Double.isNaN(tl.lag1()) ? ""
                : String.format(Locale.UK, " (residual lag-1 autocorrelation %.2f)", tl.lag1()));
    }

    static Period twelveMonthsTo(YearMonth end) {
        return new Period(end.minusMonths(11).atDay(1), end.atEndOfMonth());
    }

    private static double[][] hourIndex(long[][] counts) {
        double[][] index = Seasonality.hourByWeekdayIndex(counts);
        return Double.isNaN(index[0][0]) ? null : index;
    }

    /** The headline trend figures on the Metrics sheet. */
    static void metrics(TrendStats t, Metrics m, String callSource, String crimeSource, String monthlyCrimeSource) {
        if (t == null) {
            return;
        }
        monthlyMetrics(t.monthlyCalls(), m, callSource, MetricId.CALLS_TREND_SLOPE, MetricId.CALLS_TREND_R2,
                MetricId.CALLS_TREND_P_VALUE, MetricId.CALLS_FORECAST);
        monthlyMetrics(t.monthlyCrime(), m, monthlyCrimeSource, MetricId.CRIMES_TREND_SLOPE, MetricId.CRIMES_TREND_R2,
                MetricId.CRIMES_TREND_P_VALUE, MetricId.CRIMES_FORECAST);
        if (t.dailyCalls() != null) {
            TrendStats.DailySeries d = t.dailyCalls();
            String period = new Period(d.values().firstKey(), d.values().lastKey()).toString();
            Map.Entry<DayOfWeek, Double> day = peak(d.seasonality().dayOfWeek());
            if (day != null) {
                m.add(MetricId.CALLS_PEAK_WEEKDAY.key(), day.getValue(), period, callSource,
                        day.getKey().getDisplayName(TextStyle.FULL, Locale.UK));
            }
            Map.Entry<Month, Double> month = peak(d.seasonality().monthOfYear());
            if (month != null) {
                m.add(MetricId.CALLS_PEAK_MONTH.key(), month.getValue(), period, callSource,
                        month.getKey().getDisplayName(TextStyle.FULL, Locale.UK));
            }
            if (d.limits() != null) {
                m.add(MetricId.CALLS_CONTROL_OUTSIDE.key(), d.limits().outside().size(), period, callSource);
            }
        }
        if (t.dailyCrimes() != null && t.dailyCrimes().limits() != null) {
            TrendStats.DailySeries d = t.dailyCrimes();
            m.add(MetricId.CRIMES_CONTROL_OUTSIDE.key(), d.limits().outside().size(),
                    new Period(d.values().firstKey(), d.values().lastKey()).toString(), crimeSource);
        }
        t.categoryComparisons().forEach((c, cmp) -> {
            String period = "12 months to " + CrimeStatsCalculator.label(YearMonth.from(cmp.currentPeriod().to()))
                    + " vs 12 months to " + CrimeStatsCalculator.label(YearMonth.from(cmp.previousPeriod().to()));
            m.add(MetricId.CRIME_YOY_CHANGE.key(c.id()), cmp.change(), period, crimeSource, c.label());
            m.add(MetricId.CRIME_YOY_P_VALUE.key(c.id()), cmp.pValue(), period,
                    withMethod(crimeSource, cmp.test().method()), c.label(), cmp.verdict().text());
        });
    }

    private static void monthlyMetrics(TrendStats.MonthlySeries s, Metrics m, String source, MetricId slope,
                                       MetricId rSquared, MetricId pValue, MetricId forecast) {
        if (s == null) {
            return;
        }
        if (s.trend() != null) {
            TrendLine tl = s.trend();
            m.add(slope.key(), tl.slope(), s.period(), source);
            m.add(rSquared.key(), tl.rSquared(), s.period(), source);
            m.add(pValue.key(), tl.slopePValue(), s.period(), withMethod(source, trendMethod(tl)), tl.verdict().text());
        }
        if (s.forecast() != null && s.forecast().available()) {
            List<DemandForecast.Prediction> p = s.forecast().predictions();
            double sum = p.stream().mapToDouble(DemandForecast.Prediction::value).sum();
            m.add(forecast.key(), sum, CrimeStatsCalculator.label(p.get(0).month())
                    + " to " + CrimeStatsCalculator.label(p.get(p.size() - 1).month()) + " (forecast)", source);
        }
    }

    private static <K> Map.Entry<K, Double> peak(Map<K, Double> index) {
        Map.Entry<K, Double> best = null;
        for (Map.Entry<K, Double> e : index.entrySet()) {
            if (!e.getValue().isNaN() && (best == null || e.getValue() > best.getValue())) {
                best = e;
            }
        }
        return best;
    }
}
