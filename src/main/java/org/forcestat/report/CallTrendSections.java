package org.forcestat.report;

import org.forcestat.stats.TrendStats;

/**
 * The trend part of the Calls sheet: calls per month with trend line and control limits, calls per
 * day with moving averages and control limits, the days flagged, the weekly and seasonal pattern,
 * and the forecast (or why there is none).
 */
final class CallTrendSections {
    static final String MONTHLY_CHART = "Calls per month: trend line and control limits";
    static final String DAILY_CHART = "Calls per day: moving averages and control limits";
    static final String WEEKDAY_CHART = "Calls by weekday (index, 1.00 = average day)";
    static final String MONTH_CHART = "Calls by month of year (index)";
    static final String FORECAST_CHART = "Calls per month: 12-month forecast";

    private CallTrendSections() {
    }

    /** Writes the sections from row {@code top}; returns the first free row after them. */
    static int write(Grid g, TrendStats t, TrendTables tables, int top) {
        int row = top - 1;
        if (t.monthlyCalls() != null && tables.block("MonthlyTrend") != null) {
            row = TrendSections.monthly(g, t.monthlyCalls(), tables.block("MonthlyTrend"), MONTHLY_CHART, "calls", top);
        }
        TrendStats.DailySeries daily = t.dailyCalls();
        if (daily != null && tables.block("DailyTrend") != null) {
            row = TrendSections.daily(g, daily, tables.block("DailyTrend"), DAILY_CHART, "calls", row + 1);
            row = SignalsSection.write(g, daily, "calls", DataCallsSheet.SHEET, row + 1);
            if (tables.block("Weekday") != null && tables.block("MonthOfYear") != null) {
                row = TrendSections.profiles(g, daily.seasonality(), tables.block("Weekday"), tables.block("MonthOfYear"),
                        "calls", WEEKDAY_CHART, MONTH_CHART, row + 1);
            }
        }
        if (t.monthlyCalls() == null) {
            return TrendSections.note(g, row + 1, "No monthly trend or forecast: the calls data covers no complete month.");
        }
        return TrendSections.forecast(g, t.monthlyCalls(), tables.block("Forecast"), FORECAST_CHART, "calls", row + 1);
    }
}
