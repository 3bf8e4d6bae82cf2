package org.forcestat.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forcestat.format.xlsx.Cells;
import org.forcestat.format.xlsx.ChartModel.Place;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.Metric;
import org.forcestat.model.MetricId;
import org.forcestat.report.ChartFactory.Categories;
import org.forcestat.report.ChartFactory.Series;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.CallStats;
import org.forcestat.stats.TrendStats;

/**
 * The Calls sheet: calls by grading (table and chart), calls by channel, monthly calls (table and
 * chart), daily calls with a 7-day average, and an hour x weekday heat map. Charts read Data_Calls.
 */
final class CallsSheetWriter {
    static final String SHEET = "Calls";
    static final String GRADING_CHART = "Calls by grading";
    static final String MONTHLY_CHART = "Calls per month";
    static final String DAILY_CHART = "Calls per day";
    private static final int CHART_COL = 5;
    private static final int CHART_END_COL = 14;
    private static final int CHART_ROWS = 19;

    private CallsSheetWriter() {
    }

    static void write(Grid g, CallStats calls, DataCallsSheet data, MetricLinks metrics, String marking,
                      TrendStats trends, TrendTables trendTables) {
        g.text(0, 0, "Calls for service", Kind.TITLE);
        g.freeze(2);
        if (calls == null) {
            // with --from/--to the inputs may have calls, none of them in the period: said so, with their dates
            String outside = metrics.reason(org.forcestat.model.MetricId.CALLS_TOTAL.key());
            g.text(1, 0, outside == null ? "No calls data in the inputs" : "No calls in the period: " + outside,
                    Kind.SECTION);
            g.finish(marking);
            return;
        }
        // the days that carry calls data, not the --from/--to period around them (as the Summary's period line)
        g.text(1, 0, Labels.sheetPeriod(calls.dataSpan().from(), calls.dataSpan().to(), calls.days(),
                trends == null ? null : trends.monthlyCalls()), Kind.SUBTITLE);
        int row = gradings(g, calls, data, metrics, 3);
        if (trends != null && (trendTables.block("MonthlyTrend") != null || trendTables.block("DailyTrend") != null)) {
            row = CallTrendSections.write(g, trends, trendTables, row + 1);
        } else {
            row = monthly(g, calls, data, row + 1);
            row = daily(g, data, row + 1);
        }
        heatMap(g, calls, row + 1);
        g.minWidth(0, 14);
        g.minWidth(1, 10);
        g.minWidth(2, 8);
        g.finish(marking);
    }

    private static int gradings(Grid g, CallStats calls, DataCallsSheet data, MetricLinks metrics, int top) {
        g.text(top, 0, "Calls by grading", Kind.SECTION);
        g.header(top + 1, 0, "Grading", "Calls", "Share");
        int row = top + 2;
        for (Grading gr : Grading.values()) {
            g.text(row, 0, gr.label());
            MetricId.Key total = MetricId.GRADING_TOTAL.key(gr.id());
            MetricId.Key share = MetricId.GRADING_SHARE.key(gr.id());
            if (metrics.has(total) || metrics.isAbsent(total)) {
                metrics.write(g, row, 1, total, Kind.INTEGER, null);
            } else {
                g.number(row, 1, calls.gradingTotals().getOrDefault(gr, 0L), Kind.INTEGER);
            }
            if (metrics.has(share) || metrics.isAbsent(share) || calls.gradedCalls() == 0) {
                metrics.write(g, row, 2, share, Kind.SHARE, null);
            } else {
                // Shares are of the calls with a recognised grading (SPEC §3).
                g.number(row, 2, (double) calls.gradingTotals().getOrDefault(gr, 0L) / calls.gradedCalls(), Kind.SHARE);
            }
            row++;
        }
        if (metrics.has(MetricId.CALLS_UNGRADED_TOTAL.key())) {
            g.text(row, 0, "No recognised grading");
            metrics.write(g, row, 1, MetricId.CALLS_UNGRADED_TOTAL.key(), Kind.INTEGER, null);
            row++;
        }
        g.text(row, 0, "All calls", Kind.TEXT_BOLD);
        if (metrics.has(MetricId.CALLS_TOTAL.key())) {
            metrics.write(g, row, 1, MetricId.CALLS_TOTAL.key(), Kind.INTEGER_BOLD, null);
        } else {
            g.number(row, 1, calls.total(), Kind.INTEGER_BOLD);
        }
        row += 2;
        g.text(row, 0, "Calls by channel", Kind.SECTION);
        g.header(row + 1, 0, "Channel", "Calls", "Share");
        row += 2;
        long withChannel = calls.channelTotals().values().stream().mapToLong(Long::longValue).sum();
        for (Channel c : Channel.values()) {
            g.text(row, 0, c.label());
            Long n = calls.channelTotals().get(c);
            if (n == null) {
                // No source gives the channel: not a 0 (SPEC §3).
                g.text(row, 1, Metric.NOT_IN_INPUTS, Kind.MISSING);
                row++;
                continue;
            }
            g.number(row, 1, n, Kind.INTEGER);
            if (withChannel > 0 && calls.channelTotals().size() > 1) {
                // Of the calls with a recognised channel, on the days whose sources give one; with one channel
                // given (a "999 calls" column alone) a share of itself would be 100% and say nothing.
                g.number(row, 2, (double) n / withChannel, Kind.SHARE);
            }
            row++;
        }
        ChartFactory.bar(g.sheet(), new Place(CHART_COL, top + 1, CHART_END_COL, top + 1 + CHART_ROWS), GRADING_CHART,
                "Grading", "Calls", new Categories(data.grid().sheet(), data.gradingLabels(), false),
                List.of(new Series("Calls", 0, DataCallsSheet.GRADING_COL + 1, data.gradingValues())), "#,##0");
        return Math.max(row, top + 1 + CHART_ROWS) + 1;
    }

    private static int monthly(Grid g, CallStats calls, DataCallsSheet data, int top) {
        g.pageBreakBefore(top);
        g.text(top, 0, "Calls per month", Kind.SECTION);
        g.header(top + 1, 0, "Month", "Calls");
        int row = top + 2;
        for (var e : calls.monthlyTotals().entrySet()) {
            g.month(row, 0, e.getKey());
            g.number(row, 1, e.getValue(), Kind.INTEGER);
            row++;
        }
        if (data.monthlyRows() > 0) {
            ChartFactory.line(g.sheet(), new Place(CHART_COL, top + 1, CHART_END_COL, top + 1 + CHART_ROWS), MONTHLY_CHART,
                    "Month", "Calls", new Categories(data.grid().sheet(), data.monthlyLabels(), false),
                    List.of(new Series("Calls", 0, DataCallsSheet.MONTHLY_COL + 2, data.monthlyValues())), "#,##0");
        }
        return Math.max(row, top + 1 + CHART_ROWS) + 1;
    }

    private static int daily(Grid g, DataCallsSheet data, int top) {
        if (data.dailyRows() == 0) {
            return top;
        }
        g.pageBreakBefore(top);
        g.text(top, 0, "Calls per day", Kind.SECTION);
        ChartFactory.line(g.sheet(), new Place(0, top + 1, CHART_END_COL, top + 1 + CHART_ROWS), DAILY_CHART,
                "Date", "Calls", new Categories(data.grid().sheet(), data.dailyDates(), true),
                List.of(new Series("Calls", 0, DataCallsSheet.DAILY_COL + 1, data.dailyValues(1)),
                        new Series("7-day average", 0, DataCallsSheet.DAILY_COL + 2, data.dailyValues(2))), "#,##0");
        return top + 2 + CHART_ROWS;
    }

    private static void heatMap(Grid g, CallStats calls, int top) {
        long[][] h = calls.hourByWeekday();
        if (h == null) {
            return;
        }
        g.pageBreakBefore(top);
        g.text(top, 0, "Calls by hour and weekday", Kind.SECTION);
        long best = -1;
        int bestDay = 0;
        int bestHour = 0;
        g.text(top + 1, 0, "Hour", Kind.HEADER);
        for (int d = 0; d < 7; d++) {
            g.text(top + 1, 1 + d, DataCallsSheet.WEEKDAYS[d], Kind.HEADER);
        }
        for (int hour = 0; hour < 24; hour++) {
            g.text(top + 2 + hour, 0, String.format("%02d:00", hour));
            for (int d = 0; d < 7 && d < h.length; d++) {
                long n = hour < h[d].length ? h[d][hour] : 0;
                g.number(top + 2 + hour, 1 + d, n, Kind.INTEGER);
                if (n > best) {
                    best = n;
                    bestDay = d;
                    bestHour = hour;
                }
            }
        }
        g.text(top + 27, 0, String.format("Busiest hour: %s %02d:00 to %02d:00 (%,d calls).",
                DataCallsSheet.WEEKDAYS[bestDay], bestHour, (bestHour + 1) % 24, best), Kind.NOTE);
        g.sheet().colourScale(Cells.range(top + 2, 1, top + 25, 7), 0xFFFFFF, 0xFDD49E, 0xF16913);
    }
}
