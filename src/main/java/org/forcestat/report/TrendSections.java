package org.forcestat.report;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forcestat.format.xlsx.ChartModel.Place;
import org.forcestat.report.ChartFactory.Categories;
import org.forcestat.report.ChartFactory.Series;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.report.TrendCharts.Line;
import org.forcestat.stats.ControlLimits;
import org.forcestat.stats.DemandForecast;
import org.forcestat.stats.Seasonality;
import org.forcestat.stats.TrendLine;
import org.forcestat.stats.TrendStats;

/**
 * Sections of the Calls and Crime sheets that show a series' trend: monthly figures with a trend
 * line and control limits, the daily series with moving averages and limits, the points outside the
 * limits with their dates, seasonal profiles and the forecast. Each section starts on a new printed
 * page and returns the first free row after it; charts read the {@link TrendTables} on Data_*.
 */
final class TrendSections {
    static final int CHART_COL = 5;
    static final int CHART_END_COL = 14;
    static final int CHART_ROWS = 19;
    /** A year of days needs more height than 12 months; the section has its page to itself. */
    static final int DAILY_CHART_ROWS = 26;
    private static final int NOTE_CHARS = 125;

    private TrendSections() {
    }

    /** Month | value | trend line, and a chart of the series with its trend line and control limits. */
    static int monthly(Grid g, TrendStats.MonthlySeries s, TrendTables.Block b, String title, String unit, int top) {
        g.pageBreakBefore(top);
        g.text(top, 0, title, Kind.SECTION);
        g.header(top + 1, 0, "Month", capital(unit), "Trend line");
        int row = top + 2;
        int i = 0;
        for (var e : s.values().entrySet()) {
            g.month(row, 0, e.getKey());
            g.number(row, 1, e.getValue(), Kind.INTEGER);
            if (s.trend() != null) {
                g.number(row, 2, s.trend().fitted().get(i), Kind.INTEGER);
            }
            row++;
            i++;
        }
        List<Series> series = new ArrayList<>(List.of(series(b, 2)));
        List<Line> lines = new ArrayList<>(List.of(Line.SERIES));
        if (s.trend() != null) {
            series.add(series(b, 3));
            lines.add(Line.TREND);
        }
        if (s.limits() != null) {
            series.addAll(List.of(series(b, 4), series(b, 5), series(b, 6)));
            lines.addAll(List.of(Line.CENTRE, Line.LIMIT, Line.LIMIT));
        }
        var chart = ChartFactory.line(g.sheet(), new Place(CHART_COL, top + 1, CHART_END_COL, top + 1 + CHART_ROWS), title,
                "Month", capital(unit), new Categories(b.grid().sheet(), b.column(0), false), series, "#,##0");
        TrendCharts.style(chart, lines);
        TrendCharts.floor(chart, low(s.values().values(), s.limits()), high(s.values().values(), s.limits()));
        row = Math.max(row, top + 2 + CHART_ROWS);
        if (s.trend() != null) {
            row = note(g, row, trendSentence(s.trend(), unit));
            row = note(g, row, "Method: " + TrendLine.METHOD);
        } else {
            row = note(g, row, s.trendNote());
        }
        if (s.limits() != null) {
            row = note(g, row, limitsSentence(s.limits(), unit, "months", m -> Labels.month(m)));
        } else {
            row = note(g, row, noLimits("months", s.values().size()));
        }
        return row + 1;
    }

    /** Why a series has no control limits (SPEC §3: never from a few points or across a change of source). */
    static String noLimits(String points, int n) {
        return "No control limits: they need at least " + ControlLimits.MIN_POINTS + " " + points + " from sources of "
                + "one grain (a change of source is no change in demand); this series has " + n + " " + points
                + (n >= ControlLimits.MIN_POINTS ? " from sources of more than one grain." : ".");
    }

    /** A chart of the daily series with its 7- and 28-day averages and control limits, and the method. */
    static int daily(Grid g, TrendStats.DailySeries s, TrendTables.Block b, String title, String unit, int top) {
        g.pageBreakBefore(top);
        g.text(top, 0, title, Kind.SECTION);
        List<Series> series = new ArrayList<>(List.of(series(b, 1)));
        List<Line> lines = new ArrayList<>(List.of(Line.LIGHT_SERIES));
        if (!s.average7().isEmpty()) {
            series.addAll(List.of(series(b, 2), series(b, 3)));
            lines.addAll(List.of(Line.AVERAGE7, Line.AVERAGE28));
        }
        if (s.limits() != null) {
            series.addAll(List.of(series(b, 4), series(b, 5), series(b, 6)));
            lines.addAll(List.of(Line.CENTRE, Line.LIMIT, Line.LIMIT));
        }
        var chart = ChartFactory.line(g.sheet(), new Place(0, top + 1, CHART_END_COL, top + 1 + DAILY_CHART_ROWS), title,
                "Date", capital(unit), new Categories(b.grid().sheet(), b.column(0), true), series, "#,##0");
        TrendCharts.style(chart, lines);
        TrendCharts.floor(chart, low(s.values().values(), s.limits()), high(s.values().values(), s.limits()));
        int row = top + 2 + DAILY_CHART_ROWS;
        row = note(g, row, "Moving averages: each day's value averaged with the 6 (7-day) or 27 (28-day) days before it;"
                + " the 7-day average removes the weekday pattern, the 28-day average shows the seasonal shape.");
        if (s.averageNote() != null) {
            row = note(g, row, s.averageNote());
        }
        if (s.limits() != null) {
            row = note(g, row, limitsSentence(s.limits(), unit, "days", d -> Labels.DAY.format(d)));
        } else {
            row = note(g, row, noLimits("days", s.values().size()));
        }
        return row + 1;
    }

    /** Day-of-week and month-of-year index tables with a small bar chart of each. */
    static int profiles(Grid g, Seasonality s, TrendTables.Block weekdays, TrendTables.Block months, String unit,
                        String weekdayChart, String monthChart, int top) {
        g.pageBreakBefore(top);
        g.text(top, 0, capital(unit) + ": weekly and seasonal pattern", Kind.SECTION);
        g.header(top + 1, 0, "Weekday", "Mean per day", "Index");
        int row = top + 2;
        for (DayOfWeek d : DayOfWeek.values()) {
            g.text(row, 0, d.getDisplayName(TextStyle.FULL, Locale.UK));
            profileRow(g, row, s.dayOfWeek().get(d), s.overallMean());
            row++;
        }
        row++;
        g.header(row, 0, "Month", "Mean per day", "Index");
        row++;
        for (Month m : Month.values()) {
            if (s.daysPerMonth().get(m) > 0) {
                g.text(row, 0, m.getDisplayName(TextStyle.FULL, Locale.UK));
                profileRow(g, row, s.monthOfYear().get(m), s.overallMean());
                row++;
            }
        }
        int half = 13;
        var wk = ChartFactory.bar(g.sheet(), new Place(CHART_COL, top + 1, CHART_END_COL, top + 1 + half), weekdayChart,
                "Weekday", "Index", new Categories(weekdays.grid().sheet(), weekdays.column(0), false),
                List.of(series(weekdays, 3)), "0.00");
        TrendCharts.baseline(wk, 1.0, s.dayOfWeek().values());
        var mo = ChartFactory.bar(g.sheet(), new Place(CHART_COL, top + 2 + half, CHART_END_COL, top + 2 + 2 * half),
                monthChart, "Month", "Index", new Categories(months.grid().sheet(), months.column(0), false),
                List.of(series(months, 3)), "0.00");
        TrendCharts.baseline(mo, 1.0, s.monthOfYear().values());
        row = Math.max(row, top + 3 + 2 * half);
        return note(g, row, "Index = mean per day on that weekday (or in that month) over the mean of all days: 1.10 is"
                + " 10% busier than an average day. Months are compared per day, so a short February is not penalised.")
                + 1;
    }

    /** The forecast table and chart with its interval band, or the sentence saying why there is none. */
    static int forecast(Grid g, TrendStats.MonthlySeries s, TrendTables.Block b, String title, String unit, int top) {
        DemandForecast f = s.forecast();
        boolean available = f != null && f.available() && b != null;
        if (available) {
            g.pageBreakBefore(top);
        }
        // Without a forecast the section is one sentence: it follows the previous section on its page.
        g.text(top, 0, title, Kind.SECTION);
        if (!available) {
            return note(g, top + 1, "No forecast: " + (f == null ? "no monthly series." : lower(f.reason())
                    + " A forecast is made from at least " + DemandForecast.MIN_MONTHS
                    + " consecutive months, so that every calendar month is seen at least twice.")) + 1;
        }
        String level = Math.round(f.level() * 100) + "%";
        g.header(top + 1, 0, "Month", "Forecast", "Lower " + level, "Upper " + level);
        int row = top + 2;
        for (DemandForecast.Prediction p : f.predictions()) {
            g.month(row, 0, p.month());
            g.number(row, 1, p.value(), Kind.INTEGER);
            g.number(row, 2, p.lower(), Kind.INTEGER);
            g.number(row, 3, p.upper(), Kind.INTEGER);
            row++;
        }
        double sum = f.predictions().stream().mapToDouble(DemandForecast.Prediction::value).sum();
        g.text(row, 0, "Next 12 months", Kind.TEXT_BOLD);
        g.number(row, 1, sum, Kind.INTEGER_BOLD);
        row++;
        var chart = ChartFactory.line(g.sheet(), new Place(CHART_COL, top + 1, CHART_END_COL, top + 1 + CHART_ROWS), title,
                "Month", capital(unit), new Categories(b.grid().sheet(), b.column(0), false),
                List.of(series(b, 1), series(b, 2), series(b, 3), series(b, 4)), "#,##0");
        TrendCharts.style(chart, List.of(Line.SERIES, Line.FORECAST, Line.INTERVAL, Line.INTERVAL));
        double lo = f.predictions().stream().mapToDouble(DemandForecast.Prediction::lower).min().orElse(0);
        double hi = f.predictions().stream().mapToDouble(DemandForecast.Prediction::upper).max().orElse(0);
        TrendCharts.floor(chart, Math.min(lo, low(s.values().values(), null)), Math.max(hi, high(s.values().values(), null)));
        row = Math.max(row, top + 2 + CHART_ROWS);
        // The forecast's trend is fitted beside a level for each calendar month; the trend line's is not, so
        // the two differ (+8.6 against +1.5 on 24 months that start in a quiet April): named apart, never both "trend".
        String straight = s.trend() == null ? ""
                : String.format(Locale.UK, " (the straight-line trend above, %+,.1f, does not allow for the season)",
                        s.trend().slope());
        row = note(g, row, String.format(Locale.UK, "Fitted to %d months (%s): trend after allowing for the season %+,.1f"
                + " %s per month%s; the band is the %s prediction interval, the range each month's figure should fall in"
                + " 19 times out of 20 if the pattern holds.", s.values().size(), s.period(), f.slopePerMonth(), unit,
                straight, level));
        return note(g, row, "Method: " + DemandForecast.METHOD) + 1;
    }

    static String trendSentence(TrendLine t, String unit) {
        return String.format(Locale.UK, "Trend: %+,.1f %s per month (R² %.2f): %s.", t.slope(), unit, t.rSquared(),
                t.verdict().text());
    }

    static <K> String limitsSentence(ControlLimits<K> l, String unit, String points,
                                     java.util.function.Function<K, String> label) {
        StringBuilder b = new StringBuilder(String.format(Locale.UK,
                "Control limits, %s: centre %,.0f %s, limits %,.0f to %,.0f. %s outside the limits: %d",
                l.method().description(), l.centre(), unit, l.lower(), l.upper(), capital(points), l.outside().size()));
        if (!l.outside().isEmpty() && l.outside().size() <= 6) {
            List<String> names = new ArrayList<>();
            l.outside().forEach(p -> names.add(label.apply(p.label())));
            b.append(" (").append(String.join(", ", names)).append(")");
        }
        b.append(". Runs of ").append(ControlLimits.RUN_LENGTH).append(" or more on one side: ").append(l.runs().size());
        if (!l.runs().isEmpty() && l.runs().size() <= 3) {
            List<String> runs = new ArrayList<>();
            l.runs().forEach(r -> runs.add(label.apply(r.start()) + " to " + label.apply(r.end()) + " ("
                    + r.side().name().toLowerCase(Locale.ROOT) + ")"));
            b.append(" (").append(String.join("; ", runs)).append(")");
        }
        return b.append('.').toString();
    }

    /** Writes a note, wrapped onto as many rows as it needs; returns the next free row. */
    static int note(Grid g, int row, String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > NOTE_CHARS) {
                g.text(row++, 0, line.toString(), Kind.NOTE);
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            g.text(row++, 0, line.toString(), Kind.NOTE);
        }
        return row;
    }

    private static void profileRow(Grid g, int row, double index, double mean) {
        g.numberOr(row, 1, index * mean, Kind.DECIMAL1, "n/a");
        g.numberOr(row, 2, index, Kind.DECIMAL3, "n/a");
    }

    private static Series series(TrendTables.Block b, int offset) {
        return new Series(b.grid().sheet().find(0, b.col() + offset).shownText(), 0, b.col() + offset, b.column(offset));
    }

    private static double low(java.util.Collection<Long> values, ControlLimits<?> l) {
        double lo = values.stream().mapToDouble(Long::doubleValue).min().orElse(0);
        return l == null ? lo : Math.min(lo, l.lower());
    }

    private static double high(java.util.Collection<Long> values, ControlLimits<?> l) {
        double hi = values.stream().mapToDouble(Long::doubleValue).max().orElse(0);
        return l == null ? hi : Math.max(hi, l.upper());
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
