package org.forcestat.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.CallStats;

/**
 * Data_Calls: the series behind the Calls charts as Excel tables, side by side under one frozen
 * header row: daily calls (with a 7-day average), calls by grading, monthly calls, calls by channel,
 * and calls by hour and weekday. Knows the ranges the charts point at.
 */
final class DataCallsSheet {
    static final String SHEET = "Data_Calls";
    static final int DAILY_COL = 0;
    static final int GRADING_COL = 4;
    static final int MONTHLY_COL = 8;
    static final int CHANNEL_COL = 12;
    static final int HOUR_COL = 15;
    static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private final Grid grid;
    private int dailyRows;
    private int gradingRows;
    private int monthlyRows;

    private DataCallsSheet(Grid grid) {
        this.grid = grid;
    }

    static DataCallsSheet write(Grid g, CallStats calls, String marking) {
        DataCallsSheet d = new DataCallsSheet(g);
        if (calls == null) {
            g.text(0, 0, "No calls data in the inputs", Kind.SECTION);
        } else {
            d.daily(calls);
            d.gradings(calls);
            d.monthly(calls);
            d.channels(calls);
            d.hours(calls);
            g.freeze(1);
        }
        g.finish(marking);
        return d;
    }

    CellRangeAddress dailyDates() {
        return new CellRangeAddress(1, dailyRows, DAILY_COL, DAILY_COL);
    }

    int dailyRows() {
        return dailyRows;
    }

    CellRangeAddress dailyValues(int offset) {
        return new CellRangeAddress(1, dailyRows, DAILY_COL + offset, DAILY_COL + offset);
    }

    int gradingRows() {
        return gradingRows;
    }

    CellRangeAddress gradingLabels() {
        return new CellRangeAddress(1, gradingRows, GRADING_COL, GRADING_COL);
    }

    CellRangeAddress gradingValues() {
        return new CellRangeAddress(1, gradingRows, GRADING_COL + 1, GRADING_COL + 1);
    }

    int monthlyRows() {
        return monthlyRows;
    }

    CellRangeAddress monthlyLabels() {
        return new CellRangeAddress(1, monthlyRows, MONTHLY_COL, MONTHLY_COL);
    }

    CellRangeAddress monthlyValues() {
        return new CellRangeAddress(1, monthlyRows, MONTHLY_COL + 2, MONTHLY_COL + 2);
    }

    Grid grid() {
        return grid;
    }

    private void daily(CallStats calls) {
        grid.header(0, DAILY_COL, "Date", "Calls", "7-day average");
        List<Long> values = new ArrayList<>(calls.dailyTotals().values());
        int row = 1;
        int i = 0;
        for (Map.Entry<LocalDate, Long> e : calls.dailyTotals().entrySet()) {
            grid.date(row, DAILY_COL, e.getKey());
            grid.number(row, DAILY_COL + 1, e.getValue(), Kind.INTEGER);
            if (i >= 6) {
                double sum = 0;
                for (int k = i - 6; k <= i; k++) {
                    sum += values.get(k);
                }
                grid.number(row, DAILY_COL + 2, sum / 7.0, Kind.DECIMAL1);
            }
            row++;
            i++;
        }
        dailyRows = row - 1;
        if (dailyRows > 0) {
            Tables.create(grid.sheet(), "DailyCalls", 0, DAILY_COL, dailyRows, DAILY_COL + 2);
        }
    }

    private void gradings(CallStats calls) {
        grid.header(0, GRADING_COL, "Grading", "Calls", "Share");
        int row = 1;
        for (Grading gr : Grading.values()) {
            long n = calls.gradingTotals().getOrDefault(gr, 0L);
            grid.text(row, GRADING_COL, gr.label());
            if (!calls.gradingTotals().isEmpty() && !calls.gradingTotals().containsKey(gr)) {
                // A grading no source has (a force on P1 to P4 has no crime reports): not a 0 (SPEC §3).
                grid.text(row, GRADING_COL + 1, org.forcestat.model.Metric.NOT_IN_INPUTS);
                row++;
                continue;
            }
            grid.number(row, GRADING_COL + 1, n, Kind.INTEGER);
            if (calls.gradedCalls() > 0) {
                grid.number(row, GRADING_COL + 2, (double) n / calls.gradedCalls(), Kind.SHARE);
            }
            row++;
        }
        gradingRows = row - 1;
        Tables.create(grid.sheet(), "CallsByGrading", 0, GRADING_COL, gradingRows, GRADING_COL + 2);
    }

    private void monthly(CallStats calls) {
        grid.header(0, MONTHLY_COL, "Month", "Month start", "Calls");
        int row = 1;
        for (Map.Entry<YearMonth, Long> e : calls.monthlyTotals().entrySet()) {
            grid.text(row, MONTHLY_COL, Labels.month(e.getKey()));
            grid.month(row, MONTHLY_COL + 1, e.getKey());
            grid.number(row, MONTHLY_COL + 2, e.getValue(), Kind.INTEGER);
            row++;
        }
        monthlyRows = row - 1;
        if (monthlyRows > 0) {
            Tables.create(grid.sheet(), "MonthlyCalls", 0, MONTHLY_COL, monthlyRows, MONTHLY_COL + 2);
        }
    }

    private void channels(CallStats calls) {
        grid.header(0, CHANNEL_COL, "Channel", "Calls by channel");
        int row = 1;
        for (Channel c : Channel.values()) {
            grid.text(row, CHANNEL_COL, c.label());
            Long n = calls.channelTotals().get(c);
            if (n == null) {
                // No source gives this channel: not a 0.
                grid.text(row, CHANNEL_COL + 1, org.forcestat.model.Metric.NOT_IN_INPUTS);
            } else {
                grid.number(row, CHANNEL_COL + 1, n, Kind.INTEGER);
            }
            row++;
        }
        Tables.create(grid.sheet(), "CallsByChannel", 0, CHANNEL_COL, row - 1, CHANNEL_COL + 1);
    }

    private void hours(CallStats calls) {
        long[][] h = calls.hourByWeekday();
        if (h == null) {
            return;
        }
        grid.text(0, HOUR_COL, "Hour", Kind.HEADER);
        for (int d = 0; d < 7; d++) {
            grid.text(0, HOUR_COL + 1 + d, WEEKDAYS[d], Kind.HEADER);
        }
        for (int hour = 0; hour < 24; hour++) {
            grid.text(hour + 1, HOUR_COL, String.format("%02d:00", hour));
            for (int d = 0; d < 7 && d < h.length; d++) {
                grid.number(hour + 1, HOUR_COL + 1 + d, hour < h[d].length ? h[d][hour] : 0, Kind.INTEGER);
            }
        }
        Tables.create(grid.sheet(), "CallsByHour", 0, HOUR_COL, 24, HOUR_COL + 7);
    }
}
