package org.forcestat.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.ControlLimits;
import org.forcestat.stats.DemandForecast;
import org.forcestat.stats.Seasonality;
import org.forcestat.stats.TrendStats;

/**
 * The trend series behind the Calls and Crime charts, as Excel tables appended to the right of a
 * Data_* sheet's own tables (one free column between tables): daily series with moving averages and
 * control limits, monthly series with trend line and limits, forecasts with their interval, and the
 * day-of-week and month-of-year profiles. Rows are 0-based; row 0 is the header of every table.
 */
final class TrendTables {
    /** A table written on the data sheet: its first column and last data row. */
    record Block(Grid grid, int col, int rows) {
        /** The data cells of the table's {@code offset}-th column (0 = its first). */
        CellRangeAddress column(int offset) {
            return new CellRangeAddress(1, rows, col + offset, col + offset);
        }
    }

    static final String[] DAILY_HEADERS = {"7-day average", "28-day average", "Centre line", "Lower limit", "Upper limit",
        "Outside limits"};

    private final Grid grid;
    private final String prefix;
    private final Map<String, Block> blocks = new HashMap<>();

    /** Tables named {@code prefix + "DailyTrend"} etc. on the sheet of {@code grid}. */
    TrendTables(Grid grid, String prefix) {
        this.grid = grid;
        this.prefix = prefix;
    }

    /** The calls trend tables on Data_Calls (none when {@code t} has no calls). */
    static TrendTables forCalls(Grid g, TrendStats t, String marking) {
        TrendTables tt = new TrendTables(g, "Calls");
        if (t != null && (t.dailyCalls() != null || t.monthlyCalls() != null)) {
            tt.daily(t.dailyCalls());
            tt.monthly(t.monthlyCalls());
            tt.forecast(t.monthlyCalls());
            if (t.dailyCalls() != null) {
                tt.weekdays(t.dailyCalls().seasonality());
                tt.months(t.dailyCalls().seasonality());
            }
            tt.hourIndex(t.callHourIndex());
            g.finish(marking);
        }
        return tt;
    }

    /** The crime trend tables on Data_Crime (none when {@code t} has no crime series). */
    static TrendTables forCrime(Grid g, TrendStats t, String marking) {
        TrendTables tt = new TrendTables(g, "Crime");
        if (t != null && (t.dailyCrimes() != null || t.monthlyCrime() != null)) {
            tt.daily(t.dailyCrimes());
            tt.monthly(t.monthlyCrime());
            tt.forecast(t.monthlyCrime());
            g.finish(marking);
        }
        return tt;
    }

    Grid grid() {
        return grid;
    }

    Block block(String name) {
        return blocks.get(name);
    }

    private int nextCol() {
        var header = grid.sheet().rows.get(0);
        if (header == null) {
            return 0;
        }
        int last = -1;
        for (var e : header.entrySet()) {
            String shown = e.getValue().shownText();
            if (shown == null || !shown.isEmpty()) {
                last = Math.max(last, e.getKey());
            }
        }
        return last + 2;
    }

    /** Date | series | 7-day | 28-day | centre | lower | upper | outside. */
    Block daily(TrendStats.DailySeries s) {
        if (s == null) {
            return null;
        }
        int col = nextCol();
        grid.header(0, col, "Date", s.name());
        grid.header(0, col + 2, DAILY_HEADERS);
        ControlLimits<LocalDate> l = s.limits();
        int row = 1;
        for (var e : s.values().entrySet()) {
            grid.date(row, col, e.getKey());
            grid.number(row, col + 1, e.getValue(), Kind.INTEGER);
            blankOr(row, col + 2, s.average7().get(e.getKey()));
            blankOr(row, col + 3, s.average28().get(e.getKey()));
            limits(row, col + 4, l, e.getValue());
            row++;
        }
        return table("DailyTrend", col, row - 1, col + 7);
    }

    /** Month | Month start | series | Trend | centre | lower | upper | outside. */
    Block monthly(TrendStats.MonthlySeries s) {
        if (s == null) {
            return null;
        }
        int col = nextCol();
        grid.header(0, col, "Month", "Month start", s.name(), "Trend line", "Centre line", "Lower limit", "Upper limit",
                "Outside limits");
        int row = 1;
        for (var e : s.values().entrySet()) {
            grid.text(row, col, Labels.month(e.getKey()));
            grid.month(row, col + 1, e.getKey());
            grid.number(row, col + 2, e.getValue(), Kind.INTEGER);
            if (s.trend() != null) {
                grid.number(row, col + 3, s.trend().fitted().get(row - 1), Kind.DECIMAL1);
            }
            limits(row, col + 4, s.limits(), e.getValue());
            row++;
        }
        return table("MonthlyTrend", col, row - 1, col + 7);
    }

    /**
     * Month | Actual | Forecast | Lower 95% | Upper 95%: the actual months, then the forecast ones.
     * The last actual month also carries the forecast columns, so the forecast line joins the actual one.
     */
    Block forecast(TrendStats.MonthlySeries s) {
        if (s == null || s.forecast() == null || !s.forecast().available()) {
            return null;
        }
        int col = nextCol();
        String level = Math.round(s.forecast().level() * 100) + "%";
        grid.header(0, col, "Month", "Actual", "Forecast", "Lower " + level, "Upper " + level);
        int row = 1;
        YearMonth last = s.values().lastKey();
        for (var e : s.values().entrySet()) {
            grid.text(row, col, Labels.month(e.getKey()));
            grid.number(row, col + 1, e.getValue(), Kind.INTEGER);
            if (e.getKey().equals(last)) {
                for (int i = 2; i <= 4; i++) {
                    grid.number(row, col + i, e.getValue(), Kind.INTEGER);
                }
            }
            row++;
        }
        for (DemandForecast.Prediction p : s.forecast().predictions()) {
            grid.text(row, col, Labels.month(p.month()));
            grid.number(row, col + 2, p.value(), Kind.INTEGER);
            grid.number(row, col + 3, p.lower(), Kind.INTEGER);
            grid.number(row, col + 4, p.upper(), Kind.INTEGER);
            row++;
        }
        return table("Forecast", col, row - 1, col + 4);
    }

    /** Weekday | Days | Mean per day | Index, Monday first. */
    Block weekdays(Seasonality s) {
        if (s == null) {
            return null;
        }
        int col = nextCol();
        grid.header(0, col, "Weekday", "Days", "Mean per day", "Index");
        int row = 1;
        for (DayOfWeek d : DayOfWeek.values()) {
            grid.text(row, col, d.getDisplayName(TextStyle.FULL, Locale.UK));
            profileRow(row, col, s.daysPerWeekday().get(d), s.dayOfWeek().get(d), s.overallMean());
            row++;
        }
        return table("Weekday", col, row - 1, col + 3);
    }

    /** Month | Days | Mean per day | Index, January first, months the series covers only. */
    Block months(Seasonality s) {
        if (s == null) {
            return null;
        }
        int col = nextCol();
        grid.header(0, col, "Month of year", "Days", "Mean per day", "Index");
        int row = 1;
        for (Month m : Month.values()) {
            if (s.daysPerMonth().get(m) == 0) {
                continue;
            }
            grid.text(row, col, m.getDisplayName(TextStyle.FULL, Locale.UK));
            profileRow(row, col, s.daysPerMonth().get(m), s.monthOfYear().get(m), s.overallMean());
            row++;
        }
        return table("MonthOfYear", col, row - 1, col + 3);
    }

    /** Hour | Mon ... Sun: calls in each hour of each weekday over the average hour (1.00), when call times exist. */
    Block hourIndex(double[][] index) {
        if (index == null) {
            return null;
        }
        int col = nextCol();
        grid.header(0, col, "Hour of day");
        for (int d = 0; d < 7; d++) {
            grid.header(0, col + 1 + d, DataCallsSheet.WEEKDAYS[d] + " index");
        }
        for (int h = 0; h < 24; h++) {
            grid.text(h + 1, col, String.format("%02d:00", h));
            for (int d = 0; d < 7; d++) {
                grid.number(h + 1, col + 1 + d, index[d][h], Kind.DECIMAL3);
            }
        }
        return table("HourIndex", col, 24, col + 7);
    }

    private void profileRow(int row, int col, long days, double index, double mean) {
        grid.number(row, col + 1, days, Kind.INTEGER);
        if (days > 0) {
            grid.number(row, col + 2, index * mean, Kind.DECIMAL1);
            grid.number(row, col + 3, index, Kind.DECIMAL3);
        }
    }

    private void blankOr(int row, int col, Double v) {
        // NaN (before the first full window) stays a blank cell: a gap in the chart, not a zero.
        if (v != null && !v.isNaN()) {
            grid.number(row, col, v, Kind.DECIMAL1);
        }
    }

    private <K> void limits(int row, int col, ControlLimits<K> l, double value) {
        if (l == null) {
            return;
        }
        grid.number(row, col, l.centre(), Kind.DECIMAL1);
        grid.number(row, col + 1, l.lower(), Kind.DECIMAL1);
        grid.number(row, col + 2, l.upper(), Kind.DECIMAL1);
        grid.text(row, col + 3, value > l.upper() ? "above" : value < l.lower() ? "below" : "");
    }

    private Block table(String name, int col, int lastRow, int lastCol) {
        if (lastRow < 1) {
            return null;
        }
        Tables.create(grid.sheet(), prefix + name, 0, col, lastRow, lastCol);
        Block b = new Block(grid, col, lastRow);
        blocks.put(name, b);
        return b;
    }
}
