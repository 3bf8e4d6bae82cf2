package org.forcestat.report;

import java.util.Map;
import org.forcestat.model.CrimeCategory;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.TrendLine;
import org.forcestat.stats.TrendStats;
import org.forcestat.stats.YearOnYear;

/**
 * The trend part of the Crime sheet: change by category year on year with its significance (or why
 * it cannot be given), the monthly trend of each category, recorded crime per month with trend line
 * and control limits, crimes per day with moving averages and control limits, and the forecast.
 */
final class CrimeTrendSections {
    static final String MONTHLY_CHART = "Recorded crime per month: trend line and control limits";
    static final String DAILY_CHART = "Crimes per day: moving averages and control limits";
    static final String FORECAST_CHART = "Recorded crime per month: 12-month forecast";

    private CrimeTrendSections() {
    }

    /** Writes the sections from row {@code top}; returns the first free row after them. */
    static int write(Grid g, TrendStats t, TrendTables tables, int top) {
        int row = categories(g, t, top);
        if (t.monthlyCrime() != null && tables.block("MonthlyTrend") != null) {
            row = TrendSections.monthly(g, t.monthlyCrime(), tables.block("MonthlyTrend"), MONTHLY_CHART, "crimes", row + 1);
        }
        if (t.dailyCrimes() != null && tables.block("DailyTrend") != null) {
            row = TrendSections.daily(g, t.dailyCrimes(), tables.block("DailyTrend"), DAILY_CHART, "crimes", row + 1);
            row = SignalsSection.write(g, t.dailyCrimes(), "crimes", DataCrimeSheet.SHEET, row + 1);
        }
        if (t.monthlyCrime() != null) {
            row = TrendSections.forecast(g, t.monthlyCrime(), tables.block("Forecast"), FORECAST_CHART, "crimes", row + 1);
        }
        return row;
    }

    /** Year-on-year change by category with p-value and verdict, then each category's monthly trend. */
    private static int categories(Grid g, TrendStats t, int top) {
        g.pageBreakBefore(top);
        g.text(top, 0, "Crime by category: change year on year and monthly trend", Kind.SECTION);
        int row = top + 1;
        if (t.categoryComparisons().isEmpty()) {
            row = TrendSections.note(g, row, t.categoryNote() + " Until then the per-day figures above describe the"
                    + " period, and the monthly trends below are the evidence of change.");
        } else {
            TrendStats.Comparison any = t.categoryComparisons().values().iterator().next();
            g.header(row, 0, "Category", "12 months to " + Labels.month(java.time.YearMonth.from(any.previousPeriod().to())),
                    "12 months to " + Labels.month(java.time.YearMonth.from(any.currentPeriod().to())), "Change",
                    "% change", "p-value", "Verdict");
            row++;
            for (Map.Entry<CrimeCategory, TrendStats.Comparison> e : t.categoryComparisons().entrySet()) {
                TrendStats.Comparison c = e.getValue();
                g.text(row, 0, e.getKey().label());
                g.number(row, 1, c.previous(), Kind.INTEGER);
                g.number(row, 2, c.current(), Kind.INTEGER);
                g.number(row, 3, c.change(), Kind.INTEGER);
                g.numberOr(row, 4, c.changeShare(), Kind.SHARE, "n/a");
                g.numberOr(row, 5, c.pValue(), Kind.PVALUE, "n/a");
                g.text(row, 6, c.verdict().text(), Kind.TEXT_INDENT);
                row++;
            }
            row = TrendSections.note(g, row, "Method: " + YearOnYear.METHOD);
        }
        if (!t.categoryMonthly().isEmpty()) {
            row++;
            TrendStats.MonthlySeries first = t.categoryMonthly().values().iterator().next();
            g.text(row++, 0, "Monthly trend by category, " + first.period(), Kind.SUBTITLE);
            g.header(row++, 0, "Category", "Change per month", "R²", "p-value", "Trend");
            for (Map.Entry<CrimeCategory, TrendStats.MonthlySeries> e : t.categoryMonthly().entrySet()) {
                TrendLine tl = e.getValue().trend();
                g.text(row, 0, e.getKey().label());
                g.number(row, 1, tl.slope(), Kind.DECIMAL1);
                g.numberOr(row, 2, tl.rSquared(), Kind.DECIMAL3, "n/a");
                g.numberOr(row, 3, tl.slopePValue(), Kind.PVALUE, "n/a");
                g.text(row, 4, tl.verdict().text(), Kind.TEXT_INDENT);
                row++;
            }
            row = TrendSections.note(g, row, "Method: " + TrendLine.METHOD + " Over 12 months a season (summer, Christmas)"
                    + " can look like a trend: read these with the monthly chart.");
        }
        return row + 1;
    }
}
