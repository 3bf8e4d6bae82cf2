package org.forcestat.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forcestat.format.xlsx.ChartModel.Place;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.MetricId;
import org.forcestat.report.ChartFactory.Categories;
import org.forcestat.report.ChartFactory.Series;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.CrimeStats;
import org.forcestat.stats.Rolling12;
import org.forcestat.stats.TrendStats;
import org.forcestat.stats.YearOnYear;

/**
 * The Crime sheet: crimes per day by category (ASB apart, as an incident), monthly crimes by
 * category, and divisional rolling 12-month totals, each with a chart reading Data_Crime.
 */
final class CrimeSheetWriter {
    static final String SHEET = "Crime";
    static final String PER_DAY_CHART = "Crimes per day by category";
    static final String MONTHLY_CHART = "Crimes per month by category";
    static final String ROLLING_CHART = "Recorded crime, rolling 12 months by area";
    private static final int CHART_COL = 5;
    private static final int CHART_END_COL = 14;
    private static final int CHART_ROWS = 19;

    private CrimeSheetWriter() {
    }

    static void write(Grid g, CrimeStats crime, DataCrimeSheet data, MetricLinks metrics, String marking,
                      TrendStats trends, TrendTables trendTables) {
        g.text(0, 0, "Recorded crime", Kind.TITLE);
        g.freeze(2);
        if (crime == null) {
            String outside = metrics.reason(MetricId.CRIMES_TOTAL.key());
            g.text(1, 0, outside == null ? "No crime data in the inputs" : "No crimes in the period: " + outside,
                    Kind.SECTION);
            g.finish(marking);
            return;
        }
        g.text(1, 0, crime.from() == null ? "Period: no crimes by day or month for the period; each table says its months"
                : Labels.sheetPeriod(crime.dataSpan().from(), crime.dataSpan().to(), crime.days(),
                        trends == null ? null : trends.monthlyCrime()),
                Kind.SUBTITLE);
        int row = perDay(g, crime, data, metrics, 3);
        row = monthly(g, data, row + 1);
        row = rolling(g, crime, data, metrics, trends, row + 1);
        if (trends != null) {
            CrimeTrendSections.write(g, trends, trendTables, row + 1);
        }
        g.minWidth(0, 16);
        g.minWidth(1, 12);
        g.minWidth(2, 12);
        // The sheet prints one page wide: at 159 characters of columns plus the charts its notes printed
        // at 6 pt. Verdicts ("within normal variation (p = 0.059)"), the last column of their tables, run
        // on into the empty cells to their right instead of widening their column; headers wrap.
        g.maxWidth(1, 14);
        g.maxWidth(2, 14);
        g.maxWidth(4, 18);
        g.maxWidth(6, 18);
        g.finish(marking);
    }

    private static int perDay(Grid g, CrimeStats crime, DataCrimeSheet data, MetricLinks metrics, int top) {
        g.text(top, 0, "Crimes per day by category", Kind.SECTION);
        if (data.perDayRows() == 0) {
            // No category has a figure for the period (it holds none of the crimes, or only rolling totals
            // were given): a chart over no rows is no chart.
            g.text(top + 1, 0, "No crimes by category for this period: the inputs give recorded crime totals by area"
                    + " only, or none of their crimes by day or month fall in the period (see the Validation sheet).", Kind.NOTE);
            return top + 3;
        }
        g.header(top + 1, 0, "Category", "Per day", "Total in period");
        int row = top + 2;
        for (CrimeCategory c : DataCrimeSheet.shown(crime.perDay().keySet())) {
            g.text(row, 0, DataCrimeSheet.spanLabel(crime, c));
            MetricId.Key id = MetricId.CRIME_PER_DAY.key(c.id());
            if (!crime.perDay().containsKey(c)) {
                // The inputs cannot give it (SPEC §3): said, never shown as 0.
                g.text(row, 1, org.forcestat.model.Metric.NOT_IN_INPUTS, Kind.MISSING);
                g.text(row, 2, org.forcestat.model.Metric.NOT_IN_INPUTS, Kind.MISSING);
                row++;
                continue;
            }
            if (metrics.has(id)) {
                metrics.write(g, row, 1, id, Kind.DECIMAL1, null);
            } else {
                g.number(row, 1, crime.perDay().getOrDefault(c, 0.0), Kind.DECIMAL1);
            }
            g.number(row, 2, crime.totals().getOrDefault(c, 0L), Kind.INTEGER);
            row++;
        }
        g.text(row, 0, "All crimes", Kind.TEXT_BOLD);
        if (Double.isNaN(crime.crimesPerDay())) {
            // Sources of some offences only (a theft extract): their sum is no total of all crime.
            g.text(row, 1, org.forcestat.model.Metric.NOT_IN_INPUTS, Kind.MISSING);
            g.text(row, 2, org.forcestat.model.Metric.NOT_IN_INPUTS, Kind.MISSING);
        } else if (metrics.has(MetricId.CRIMES_PER_DAY.key())) {
            metrics.write(g, row, 1, MetricId.CRIMES_PER_DAY.key(), Kind.DECIMAL1, null);
        } else {
            g.number(row, 1, crime.crimesPerDay(), Kind.DECIMAL1);
        }
        long all = 0;
        for (CrimeCategory c : data.crimeCategories()) {
            all += crime.totals().getOrDefault(c, 0L);
        }
        if (!Double.isNaN(crime.crimesPerDay())) {
            g.number(row, 2, all, Kind.INTEGER_BOLD);
        }
        row += 2;
        g.text(row, 0, "Anti-social behaviour");
        if (metrics.has(MetricId.ASB_PER_DAY.key())) {
            metrics.write(g, row, 1, MetricId.ASB_PER_DAY.key(), Kind.DECIMAL1, null);
        } else if (crime.perDay().containsKey(CrimeCategory.ASB)) {
            g.number(row, 1, crime.perDay().get(CrimeCategory.ASB), Kind.DECIMAL1);
        } else {
            g.text(row, 1, org.forcestat.model.Metric.NOT_IN_INPUTS, Kind.MISSING);
        }
        if (crime.totals().containsKey(CrimeCategory.ASB)) {
            g.number(row, 2, crime.totals().get(CrimeCategory.ASB), Kind.INTEGER);
        } else {
            g.text(row, 2, org.forcestat.model.Metric.NOT_IN_INPUTS, Kind.MISSING);
        }
        g.text(row + 1, 0, "ASB is an incident, not a crime: it is not counted in the crime totals.", Kind.NOTE);
        if (DataCrimeSheet.spansDiffer(crime)) {
            // police.uk's groups before its May 2013 split beside the categories after it, or a group taken
            // only for the months no recorded-crime return gives: rates over different days, labelled so
            row = TrendSections.note(g, row + 2, "A category with its days in brackets covers only those days of the "
                    + "period (the months whose sources give it, such as police.uk's groups before or after it split "
                    + "them); its per day is over those days, so compare its bar with care.") - 1;
        }
        ChartFactory.bar(g.sheet(), new Place(CHART_COL, top + 1, CHART_END_COL, top + 1 + CHART_ROWS), PER_DAY_CHART,
                "Category", "Crimes per day", new Categories(data.grid().sheet(), data.perDayLabels(), false),
                List.of(new Series("Crimes per day", 0, DataCrimeSheet.PER_DAY_COL + 1, data.perDayValues())), "#,##0");
        return Math.max(row + 2, top + 1 + CHART_ROWS) + 1;
    }

    private static int monthly(Grid g, DataCrimeSheet data, int top) {
        if (data.monthlyRows() == 0) {
            return top;
        }
        g.pageBreakBefore(top);
        g.text(top, 0, "Crimes per month by category", Kind.SECTION);
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < data.monthlyCategories().size(); i++) {
            int col = data.monthlyCol(i);
            series.add(new Series(data.monthlyCategories().get(i).label(), 0, col,
                    new CellRangeAddress(1, data.monthlyRows(), col, col)));
        }
        ChartFactory.line(g.sheet(), new Place(0, top + 1, CHART_END_COL, top + 3 + CHART_ROWS), MONTHLY_CHART,
                "Month", "Crimes", new Categories(data.grid().sheet(), data.monthlyLabels(), false), series, "#,##0");
        return top + 4 + CHART_ROWS;
    }

    private static int rolling(Grid g, CrimeStats crime, DataCrimeSheet data, MetricLinks metrics, TrendStats trends,
                               int top) {
        g.pageBreakBefore(top);
        g.text(top, 0, "Recorded crime, rolling 12 months", Kind.SECTION);
        List<Rolling12> list = crime.rolling12();
        if (list == null || list.isEmpty()) {
            String cut = metrics.reason(MetricId.ROLLING12_CURRENT.key());
            g.text(top + 1, 0, cut != null ? "No rolling 12-month totals for this period: " + cut + "."
                    : "Rolling 12-month totals need at least 24 months of recorded crime; the inputs have fewer.", Kind.NOTE);
            return top + 2;
        }
        Rolling12 force = list.get(list.size() - 1);
        String prev = "12 months to " + Labels.month(force.previousEnd());
        String cur = "12 months to " + Labels.month(force.currentEnd());
        g.header(top + 1, 0, "Area", prev, cur, "Change", "% change");
        boolean tested = trends != null && trends.areaComparisons().size() == list.size();
        if (tested) {
            g.header(top + 1, 5, "p-value", "Verdict");
        }
        int row = top + 2;
        for (int i = 0; i < list.size(); i++) {
            Rolling12 r = list.get(i);
            boolean total = i == list.size() - 1 && list.size() > 1;
            g.text(row, 0, r.area(), total ? Kind.TEXT_BOLD : Kind.TEXT);
            g.number(row, 1, r.previous(), total ? Kind.INTEGER_BOLD : Kind.INTEGER);
            g.number(row, 2, r.current(), total ? Kind.INTEGER_BOLD : Kind.INTEGER);
            g.number(row, 3, r.change(), total ? Kind.INTEGER_BOLD : Kind.INTEGER);
            g.numberOr(row, 4, r.changeShare(), total ? Kind.SHARE_BOLD : Kind.SHARE, "n/a");
            if (tested) {
                g.numberOr(row, 5, trends.areaComparisons().get(i).pValue(), Kind.PVALUE, "n/a");
                g.text(row, 6, trends.areaComparisons().get(i).verdict().text(), Kind.TEXT_INDENT);
            }
            row++;
        }
        // The force total dwarfs its divisions, so the chart compares divisions only when there are some.
        int last = list.size() > 1 ? data.rollingRows() - 1 : data.rollingRows();
        int col = data.rollingCol();
        // With the p-value and verdict columns the table is wide: the chart goes under it, not beside it.
        Place place = new Place(6, top + 1, CHART_END_COL + 1, top + 1 + CHART_ROWS);
        if (tested) {
            row = TrendSections.note(g, row + 1, "Method: " + YearOnYear.METHOD);
            place = new Place(0, row + 1, CHART_END_COL - 5, row + 1 + CHART_ROWS);
        }
        ChartFactory.bar(g.sheet(), place, ROLLING_CHART,
                "Area", "Recorded crimes", new Categories(data.grid().sheet(), new CellRangeAddress(1, last, col, col), false),
                List.of(new Series(prev, -1, 0, new CellRangeAddress(1, last, col + 2, col + 2)),
                        new Series(cur, -1, 0, new CellRangeAddress(1, last, col + 4, col + 4))), "#,##0");
        return Math.max(row, place.row2()) + 1;
    }
}
