package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Metric;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** TrendCalculator on small hand-made inputs whose statistics are worked out by hand below. */
@Execution(ExecutionMode.CONCURRENT)
class TrendCalculatorTest {
    private static final RunInfo RUN = new RunInfo("Test", "OFFICIAL", LocalDateTime.of(2016, 6, 1, 9, 0), "test",
            List.of(), "in");

    /** p for 16 vs 25 (CountComparisonTest): 2 * sum_{k<=16} C(41, k) / 2^41 = 464,045,798,612 / 2^41. */
    private static final double P_16_25 = 464_045_798_612.0 / 2_199_023_255_552.0;

    private static Summary compute(Partial p) {
        return SummaryCalculator.compute(p, RUN, null, null);
    }

    @Test
    void nothingToTrendGivesNoTrends() {
        assertNull(compute(new Partial()).trends());
    }

    @Test
    void divisionComparisonOfSixteenAgainstTwentyFiveIsNoSignificantChange() {
        // North: 16 crimes over Jun 2014 - May 2015, 25 over Jun 2015 - May 2016 (one a month, the rest in May).
        Partial p = new Partial();
        YearMonth first = YearMonth.of(2014, 6);
        for (int i = 0; i < 24; i++) {
            p.crimeTotals().add("North", first.plusMonths(i), 1);
        }
        p.crimeTotals().add("North", YearMonth.of(2015, 5), 4);  // 12 + 4 = 16
        p.crimeTotals().add("North", YearMonth.of(2016, 5), 13); // 12 + 13 = 25
        TrendStats t = compute(p).trends();
        assertEquals(2, t.areaComparisons().size(), "North, then the force total");
        TrendStats.Comparison north = t.areaComparisons().get(0);
        assertEquals("North", north.name());
        assertEquals(16, north.previous());
        assertEquals(25, north.current());
        assertEquals(P_16_25, north.pValue(), 1e-12);
        // 41 crimes over 24 months, under 5 a month: the exact test alone (YearOnYear).
        assertEquals(YearOnYear.Method.EXACT, north.test().method());
        assertEquals("within normal variation (p = 0.21)", north.verdict().text());
        assertEquals(new Period(LocalDate.of(2014, 6, 1), LocalDate.of(2015, 5, 31)), north.previousPeriod());
        assertEquals(new Period(LocalDate.of(2015, 6, 1), LocalDate.of(2016, 5, 31)), north.currentPeriod());
        assertEquals("Force", t.areaComparisons().get(1).name());
    }

    @Test
    void aDivisionWhoseMonthsVaryMoreThanPoissonIsJudgedByItsMonths() {
        // The over-dispersed series of YearOnYearTest: 705 -> 815, exact binomial p = 0.00516 (the old verdict,
        // "increase, significant at 5%"), paired same-month t-test p = 0.229111 (scipy): within normal variation.
        long[] before = {50, 60, 55, 70, 65, 40, 45, 80, 75, 60, 50, 55};
        long[] d = {30, -25, 40, 3, -28, 35, 22, -12, 19, 4, 38, -16};
        Partial p = new Partial();
        YearMonth first = YearMonth.of(2014, 6);
        for (int i = 0; i < 24; i++) {
            p.crimeTotals().add("North", first.plusMonths(i), i < 12 ? before[i] : before[i - 12] + d[i - 12]);
        }
        Summary s = compute(p);
        TrendStats.Comparison north = s.trends().areaComparisons().get(0);
        assertEquals(705, north.previous());
        assertEquals(815, north.current());
        assertEquals(YearOnYear.Method.PAIRED, north.test().method());
        assertEquals(0.22911126773863338, north.pValue(), 1e-9);
        assertEquals("within normal variation (p = 0.23)", north.verdict().text());
        Metric pValue = s.metric("crimes.rolling12.p_value");
        assertEquals(0.22911126773863338, pValue.value(), 1e-9);
        assertEquals("p-value of the change: within normal variation (p = 0.23)", pValue.label());
        assertTrue(pValue.source().contains("method: paired t-test of the 12 same-month differences"), pValue.source());
    }

    @Test
    void categoryComparisonsNeedTwentyFourMonthsOfCrimes() {
        // Burglary 16 then 25 (as above, p = 0.211); violence 0 then 12: p = 2 * P(X = 0) = 2 / 2^12 = 0.000488.
        Partial p = new Partial();
        YearMonth first = YearMonth.of(2014, 6);
        for (int i = 0; i < 24; i++) {
            YearMonth m = first.plusMonths(i);
            p.crimes().coverMonth(m);
            p.crimes().addMonth(m, null, CrimeCategory.DWELLING_BURGLARY, i == 0 ? 5 : i == 12 ? 14 : 1);
            if (i >= 12) {
                p.crimes().addMonth(m, null, CrimeCategory.VIOLENCE, 1);
            }
        }
        TrendStats t = compute(p).trends();
        assertNull(t.categoryNote());
        TrendStats.Comparison burglary = t.categoryComparisons().get(CrimeCategory.DWELLING_BURGLARY);
        assertEquals(16, burglary.previous());
        assertEquals(25, burglary.current());
        assertEquals(P_16_25, burglary.pValue(), 1e-12);
        assertEquals("within normal variation (p = 0.21)", burglary.verdict().text());
        TrendStats.Comparison violence = t.categoryComparisons().get(CrimeCategory.VIOLENCE);
        assertEquals(2.0 / 4096, violence.pValue(), 1e-12);
        assertEquals("a real rise: p < 0.001", violence.verdict().text());
        assertFalse(t.categoryComparisons().containsKey(CrimeCategory.ROBBERY), "no robberies: nothing to compare");
        assertNull(t.dailyCrimes(), "monthly crime data is no daily series");

        Partial twelve = new Partial();
        for (int i = 0; i < 12; i++) {
            twelve.crimes().coverMonth(first.plusMonths(i));
            twelve.crimes().addMonth(first.plusMonths(i), null, CrimeCategory.THEFT, 3);
        }
        TrendStats short12 = compute(twelve).trends();
        assertTrue(short12.categoryComparisons().isEmpty());
        assertEquals("Year-on-year change by category needs 24 months of crime data; found 12.", short12.categoryNote());
    }

    @Test
    void monthlyTrendOfCallsFitsCompleteMonthsOnly() {
        // Jan 10 a day (310), Feb 20 a day (560), Mar 30 a day (930); the half December before is left out.
        // x = 0, 1, 2: mean y 600, Sxy = (-1)(-290) + (1)(330) = 620, Sxx = 2, slope 310, intercept 290.
        // Fitted 290, 600, 910; residuals 20, -40, 20; SSE 2,400; SST 290² + 40² + 330² = 194,600;
        // R² = 1 - 2,400 / 194,600 = 0.987667. SE(slope) = sqrt(2,400 / 1 / 2) = 34.641, t = 8.9489 on 1 df
        // (Cauchy): p = (2 / pi) atan(1 / t) = 0.63662 * 0.111284 = 0.070846.
        Partial p = new Partial();
        for (LocalDate d = LocalDate.of(2014, 12, 15); d.isBefore(LocalDate.of(2015, 4, 1)); d = d.plusDays(1)) {
            int perDay = d.getMonthValue() == 12 ? 99 : d.getMonthValue() * 10;
            p.calls().addTotal(d, perDay);
        }
        Summary s = compute(p);
        TrendStats.MonthlySeries m = s.trends().monthlyCalls();
        assertEquals(List.of(YearMonth.of(2015, 1), YearMonth.of(2015, 2), YearMonth.of(2015, 3)),
                List.copyOf(m.values().keySet()));
        assertEquals(310, m.trend().slope(), 1e-9);
        assertEquals(290, m.trend().intercept(), 1e-9);
        assertEquals(1 - 2400.0 / 194600, m.trend().rSquared(), 1e-9);
        assertEquals(0.070846, m.trend().slopePValue(), 1e-5);
        assertEquals(310, s.metric("calls.trend.slope_per_month").value(), 1e-9);
        assertEquals(0.070846, s.metric("calls.trend.p_value").value(), 1e-5);
        // Residuals 20, -40, 20: lag-1 autocorrelation (-800 - 800) / 2,400 = -0.67, so all 3 months count.
        assertTrue(s.metric("calls.trend.p_value").source().endsWith("method: t-test of the least-squares slope counting"
                + " all 3 months (residual lag-1 autocorrelation -0.67)"), s.metric("calls.trend.p_value").source());
        assertEquals("Trend in calls: p-value of the slope, within normal variation (p = 0.071)",
                s.metric("calls.trend.p_value").label());
        assertFalse(m.forecast().available());
        assertEquals("A forecast needs at least 24 months of data; found 3.", m.forecast().reason());
        assertNull(s.metric("calls.forecast.next12"), "no forecast, no figure");
    }

    @Test
    void controlLimitsFlagAPlantedOutlierDay() {
        // 60 days of 100 calls with 200 on 30 May 2015. Mean = (59 * 100 + 200) / 60 = 101.667; of the 59
        // moving ranges two are 100, so the mean range is 200 / 59 = 3.3898 and the XmR limits are
        // 101.667 ± 2.66 * 3.3898 = 92.65 to 110.68. Only the planted day is outside; the other days sit
        // below the centre line in two runs (29 days before it, 30 after).
        Partial p = new Partial();
        LocalDate start = LocalDate.of(2015, 5, 1);
        LocalDate planted = LocalDate.of(2015, 5, 30);
        for (int i = 0; i < 60; i++) {
            LocalDate d = start.plusDays(i);
            p.calls().addTotal(d, d.equals(planted) ? 200 : 100);
        }
        Summary s = compute(p);
        TrendStats.DailySeries daily = s.trends().dailyCalls();
        ControlLimits<LocalDate> l = daily.limits();
        assertEquals(ControlLimits.Method.XMR, l.method());
        assertEquals(6100.0 / 60, l.centre(), 1e-9);
        assertEquals(6100.0 / 60 + 2.66 * 200 / 59, l.upper(), 1e-9);
        assertEquals(6100.0 / 60 - 2.66 * 200 / 59, l.lower(), 1e-9);
        assertEquals(1, l.outside().size());
        assertEquals(planted, l.outside().get(0).label());
        assertEquals(2, l.runs().size());
        assertEquals(29, l.runs().get(0).length());
        assertEquals(1.0, s.metric("calls.control.points_outside").value());
        // 7-day average on the planted day: (6 * 100 + 200) / 7; none before the 7th day.
        assertEquals(800.0 / 7, daily.average7().get(planted), 1e-9);
        assertTrue(daily.average7().get(start.plusDays(5)).isNaN());
        assertEquals(100.0, daily.average28().get(start.plusDays(27)), 1e-9);
        assertNull(daily.averageNote());
    }

    @Test
    void aDayMissingFromTheDailySeriesGivesANoteNotAnAverageAcrossTheGap() {
        Partial p = new Partial();
        for (int i = 0; i < 20; i++) {
            if (i != 10) {
                p.calls().addTotal(LocalDate.of(2015, 5, 1).plusDays(i), 100);
            }
        }
        TrendStats.DailySeries daily = compute(p).trends().dailyCalls();
        assertTrue(daily.average7().isEmpty());
        assertNotNull(daily.averageNote());
        assertTrue(daily.averageNote().contains("2015-05-11"), daily.averageNote());
    }

    @Test
    void forecastOfRecordedCrimeIsAvailableFromTwentyFourMonths() {
        // y = 1000 + 10 t exactly: the forecast continues the line, 1240 ... 1350, and sums to 12 * 1295 = 15,540.
        Partial p = new Partial();
        YearMonth first = YearMonth.of(2014, 6);
        for (int i = 0; i < 24; i++) {
            p.crimeTotals().add("Force", first.plusMonths(i), 1000 + 10L * i);
        }
        Summary s = compute(p);
        DemandForecast f = s.trends().monthlyCrime().forecast();
        assertTrue(f.available());
        assertEquals(12, f.predictions().size());
        assertEquals(YearMonth.of(2016, 6), f.predictions().get(0).month());
        assertEquals(1240, f.predictions().get(0).value(), 1e-6);
        assertEquals(15_540, s.metric("crimes.forecast.next12").value(), 1e-6);
        assertEquals(10, s.metric("crimes.trend.slope_per_month").value(), 1e-9);

        Partial twelve = new Partial();
        for (int i = 0; i < 12; i++) {
            twelve.crimeTotals().add("Force", first.plusMonths(i), 1000);
        }
        DemandForecast none = compute(twelve).trends().monthlyCrime().forecast();
        assertFalse(none.available());
        assertEquals("A forecast needs at least 24 months of data; found 12.", none.reason());
        assertTrue(compute(twelve).metrics().stream().map(Metric::id).noneMatch("crimes.forecast.next12"::equals));
    }

    @Test
    void hourByWeekdayIndexIsEachCellOverTheMeanCell() {
        // 168 calls: one in every hour of every weekday except Friday 22:00, which has 169 - 168 + 1 = 2,
        // so 169 calls over 168 cells: mean cell 169 / 168; Friday 22:00 index = 2 / (169 / 168) = 336 / 169.
        Partial p = new Partial();
        LocalDate monday = LocalDate.of(2015, 6, 1);
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                p.calls().addCall(monday.plusDays(d), h, null, false, null, false, null);
            }
        }
        p.calls().addCall(monday.plusDays(4), 22, null, false, null, false, null);
        p.calls().declare(org.forcestat.model.CallCounts.Measure.HOURS);
        double[][] index = compute(p).trends().callHourIndex();
        assertEquals(336.0 / 169, index[4][22], 1e-12);
        assertEquals(168.0 / 169, index[0][0], 1e-12);
    }
}
