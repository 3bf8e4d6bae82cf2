package org.forcestat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forcestat.format.xlsx.ChartModel.Place;
import org.forcestat.format.xlsx.SheetModel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Grading;
import org.forcestat.model.MetricId;
import org.forcestat.model.Severity;
import org.forcestat.report.ChartFactory.Categories;
import org.forcestat.report.ChartFactory.Series;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.report.TrendCharts.Line;
import org.forcestat.stats.Rolling12;
import org.forcestat.stats.Summary;
import org.forcestat.stats.TrendLine;
import org.forcestat.stats.TrendStats;
import org.forcestat.stats.Verdict;
import org.forcestat.threat.DefaultRegister;
import org.forcestat.threat.ThreatAssessment;

/**
 * The Summary sheet, the one page a chief inspector takes to a meeting: an average day as tiles,
 * each trend in words with its verdict, a year of calls by grading, the CSR panel, the top threats,
 * data-quality counts and two small native charts (calls per day with control limits; recorded
 * crime over rolling 12 months). It prints on one A4 landscape page at (nearly) full size, so its
 * text stays at 9 pt or more on paper. Every figure is a live link to its row on the Metrics sheet,
 * so the two never disagree.
 */
final class SummarySheetWriter {
    static final String SHEET = "Summary";
    /** The title when the inputs do not name the force. */
    static final String NEUTRAL_TITLE = "Demand, crime and finance summary";
    /** Label/value column pairs of the three panels (0-based): B/C (D for shares), F/G, I/J; E and H are gutters. */
    private static final int[] LABEL_COLS = {1, 5, 8};
    /**
     * Column widths in characters, A to J, chosen so the page is about 130 characters wide: A4
     * landscape holds about 140 at 100%, so the sheet prints at full size, not shrunk to fit.
     */
    private static final int[] WIDTHS = {1, 25, 11, 8, 2, 27, 12, 2, 30, 11};
    private static final int CHART_ROWS = 10;
    /** The height of the empty rows between blocks, in points. */
    private static final float GAP_POINTS = 6;
    /**
     * The threats heading when the only register is the built-in example (Kent Police's of 2016): its
     * threats are not listed here, since on another force's summary they would read as that force's own.
     */
    static final String EXAMPLE_THREATS = "Top threats: none assessed for this force";
    /** Under {@link #EXAMPLE_THREATS}: why, and where the example is. */
    static final String EXAMPLE_THREATS_NOTE = "No threat register in the inputs: Kent's 2016 "
            + "register is shown only as an example.";
    /** Under the threats heading when the register given has no area with every score the risk needs. */
    static final String NONE_SCORED = "No area of the threat register could be scored: see Threat Strategy.";
    /** The longest threat area shown in full (two lines of its column); a longer one ends in an ellipsis. */
    private static final int AREA_CHARS = 60;

    private record Tile(String label, MetricId.Key id) {
    }

    private SummarySheetWriter() {
    }

    static void write(Grid g, Summary s, MetricLinks metrics, List<ThreatAssessment> topThreats) {
        write(g, s, metrics, topThreats, null, null);
    }

    static void write(Grid g, Summary s, MetricLinks metrics, List<ThreatAssessment> topThreats,
                      TrendTables callTrends, DataCrimeSheet crimeData) {
        String force = s.run().forceName();
        g.text(0, 1, force == null || force.isBlank() ? NEUTRAL_TITLE : force + ": demand, crime and finance summary",
                Kind.TITLE);
        g.rowHeight(0, 22);
        g.text(1, 1, periodLine(s) + "   ·   Generated " + (s.run().generatedAt() == null ? ""
                : Labels.DAY_TIME.format(s.run().generatedAt())) + " by forcestat " + s.run().toolVersion()
                + "   ·   Protective marking: " + s.run().marking(), Kind.SUBTITLE);
        g.rowHeight(2, 6);
        g.freeze(1);

        // The page is fitted to one A4 page: its height sets the print scale. Gaps between blocks are half
        // rows and the charts 10 rows, so that the 9 pt notes print at 8 pt or more (at 12-row charts and
        // full-height gaps the page printed at 81%: notes at 7.3 pt).
        int row = tiles(g, metrics, 3);
        g.rowHeight(row, GAP_POINTS);
        row = trendsInWords(g, s, row + 1);
        g.rowHeight(row, GAP_POINTS);
        int top = row + 1;
        int end = inAYear(g, s, metrics, top);
        end = Math.max(end, csr(g, s, metrics, top));
        end = Math.max(end, threatsAndQuality(g, s, metrics, topThreats, top));
        g.rowHeight(end, GAP_POINTS);
        charts(g, s, callTrends, crimeData, end + 1);
        // LibreOffice prints the (empty) row the charts end at: make it a sliver
        g.rowHeight(end + 2 + CHART_ROWS, 2);

        g.finish(s.run().marking());
        // fixed widths after finish(), which would size the label columns to their longest text
        for (int c = 0; c < WIDTHS.length; c++) {
            g.width(c, WIDTHS[c]);
        }
        SheetModel sheet = g.sheet();
        sheet.fitToPage = true;
        sheet.fitWidth = 1;
        sheet.fitHeight = 1;
        sheet.margins = new double[] {0.5, 0.5, 0.45, 0.45, 0.2, 0.2};
    }

    /**
     * "Period: Calls 01/01/2024 to 31/03/2024 (91 days); Crime ...": each kind over the days that carry
     * its data, never the --from/--to period or a year it fills only part of (SPEC §3).
     */
    static String periodLine(Summary s) {
        List<String> parts = new ArrayList<>();
        if (s.calls() != null && s.calls().from() != null) {
            parts.add("Calls " + s.calls().dataSpan().describe(s.calls().days()));
        }
        if (s.crime() != null && s.crime().from() != null) {
            parts.add("Crime " + s.crime().dataSpan().describe(s.crime().days()));
        }
        return parts.isEmpty() ? "No dated calls or crime data in the inputs" : "Period: " + String.join("; ", parts);
    }

    /** Six headline tiles, three to a row, then the crime categories per day, three to a row. */
    private static int tiles(Grid g, MetricLinks metrics, int top) {
        g.text(top, 1, "An average day", Kind.SECTION);
        List<Tile> tiles = List.of(
                new Tile("Calls", MetricId.CALLS_PER_DAY.key()),
                new Tile("999 calls", MetricId.CALLS_999_PER_DAY.key()),
                new Tile("Incidents (STORM records)", MetricId.INCIDENTS_PER_DAY.key()),
                new Tile("Calls with no STORM record", MetricId.CALLS_NO_STORM_SHARE.key()),
                new Tile("Anti-social behaviour (not crime)", MetricId.ASB_PER_DAY.key()),
                new Tile("Crimes", MetricId.CRIMES_PER_DAY.key()));
        int row = top + 1;
        for (int i = 0; i < tiles.size(); i++) {
            int r = row + i / 3;
            int col = LABEL_COLS[i % 3];
            g.text(r, col, tiles.get(i).label(), Kind.TILE_LABEL);
            // Each tile opens its detail sheet.
            g.hyperlink(r, col, tiles.get(i).id().text().startsWith("calls") || tiles.get(i).id().text().startsWith("incidents")
                    ? CallsSheetWriter.SHEET : CrimeSheetWriter.SHEET, "A1");
            metrics.tile(g, r, col + 1, tiles.get(i).id());
            g.rowHeight(r, 25);
        }
        row += 2;
        List<CrimeCategory> categories = CrimeCategory.seedCategories();
        for (int i = 0; i < categories.size(); i++) {
            int r = row + i / 3;
            int col = LABEL_COLS[i % 3];
            g.text(r, col, categories.get(i).label());
            metrics.write(g, r, col + 1, MetricId.CRIME_PER_DAY.key(categories.get(i).id()), Kind.DECIMAL1, null);
        }
        return row + (categories.size() + 2) / 3;
    }

    /**
     * Each trend as a sentence with its verdict: recorded crime over rolling 12 months, calls per
     * month, and the crime categories whose change is real; what the data cannot judge says so.
     */
    private static int trendsInWords(Grid g, Summary s, int top) {
        g.text(top, 1, "Trends, in words", Kind.SECTION);
        List<String> lines = new ArrayList<>();
        if (s.crime() != null && s.crime().rolling12() != null && !s.crime().rolling12().isEmpty()) {
            Rolling12 r = s.crime().rolling12().get(s.crime().rolling12().size() - 1);
            // a period shorter than 12 months (--from/--to) still gets the rolling total that ends with it: said why
            boolean longer = s.crime().from() != null && r.currentEnd().minusMonths(11).atDay(1).isBefore(s.crime().from());
            lines.add(String.format(Locale.UK, "Recorded crime: %,d in the 12 months to %s%s, %s",
                    r.current(), Labels.month(r.currentEnd()), longer ? " (a rolling total to the period's end)" : "",
                    r.test().method() == org.forcestat.stats.YearOnYear.Method.MIXED_SOURCES
                            // two years counted by different kinds of source (a crime system's daily export, a
                            // Home Office pivot, police.uk) are not comparable: no change shown, said why
                            ? String.format(Locale.UK, "not compared with the %,d of the 12 months before: the two years "
                                    + "come from different kinds of source.", r.previous())
                            : change(r.current() - r.previous(), r.previous(), "on the 12 months before",
                                    r.test().verdict())));
        } else {
            var cut = s.absentMetric(MetricId.ROLLING12_CURRENT.key().text());
            lines.add(cut == null ? "Recorded crime: no rolling 12-month totals in these inputs."
                    : "Recorded crime: no rolling 12-month totals for this period: " + cut.reason() + ".");
        }
        TrendStats t = s.trends();
        if (t != null && t.monthlyCalls() != null) {
            TrendLine trend = t.monthlyCalls().trend();
            lines.add(trend == null ? "Calls per month: " + lower(t.monthlyCalls().trendNote())
                    : String.format(Locale.UK, "Calls per month, %s: %s %,.0f a month — %s.", t.monthlyCalls().period(),
                            trend.slope() >= 0 ? "up" : "down", Math.abs(trend.slope()), words(trend.verdict())));
        }
        if (t != null && t.dailyCalls() != null && t.dailyCalls().limits() != null) {
            int out = t.dailyCalls().limits().outside().size();
            lines.add(String.format(Locale.UK, "Calls per day: %d of %d days outside the control limits (%,.0f to %,.0f)%s",
                    out, t.dailyCalls().values().size(), t.dailyCalls().limits().lower(), t.dailyCalls().limits().upper(),
                    out == 0 ? " — demand within its normal range." : " — see the Calls sheet for the days."));
        }
        if (t != null && !t.categoryComparisons().isEmpty()) {
            // which year: with --from/--to the comparison ends at the period's last whole month, not the data's
            TrendStats.Comparison any = t.categoryComparisons().values().iterator().next();
            String year = "the 12 months to " + Labels.month(java.time.YearMonth.from(any.currentPeriod().to()));
            List<String> real = new ArrayList<>();
            t.categoryComparisons().forEach((c, cmp) -> {
                if (cmp.verdict().real()) {
                    real.add(String.format(Locale.UK, "%s %s %.1f%%", c.label().toLowerCase(Locale.UK),
                            cmp.change() >= 0 ? "up" : "down", Math.abs(cmp.changeShare() * 100)));
                }
            });
            lines.add(real.isEmpty() ? "Crime by category: no category changed beyond normal variation in " + year
                    + " on the 12 months before."
                    : "Crime by category, real changes in " + year + " on the 12 months before: " + String.join("; ", real)
                    + ".");
        } else if (t != null && t.categoryNote() != null) {
            lines.add("Crime by category: " + lower(t.categoryNote()));
        }
        int row = top + 1;
        for (String line : lines) {
            g.text(row++, 1, line);
        }
        return row;
    }

    /** Why there are no calls figures: the period holds none of the calls (--from/--to), or {@code otherwise}. */
    private static String noCalls(Summary s, String otherwise) {
        var absent = s.calls() == null ? s.absentMetric(MetricId.CALLS_TOTAL.key().text()) : null;
        return absent == null ? otherwise : "No calls in the period: " + absent.reason() + ".";
    }

    /** "up 4.9% (+5,029) on the 12 months before — a real rise, p < 0.001." */
    static String change(long change, long previous, String before, Verdict verdict) {
        String size = previous > 0 ? String.format(Locale.UK, "%s %.1f%% (%+,d) %s", change >= 0 ? "up" : "down",
                Math.abs(100.0 * change / previous), change, before)
                : String.format(Locale.UK, "%+,d %s", change, before);
        return size + " — " + words(verdict) + ".";
    }

    /** The verdict as the brief says it: "a real rise, p < 0.001", "no real change (p = 0.41)". */
    static String words(Verdict v) {
        return switch (v.outcome()) {
            case RISE, FALL -> v.text().replace(": ", ", ");
            case NORMAL -> "no real change (" + Verdict.p(v.pValue()) + ")";
            case TOO_FEW_MONTHS -> "not enough months to judge";
        };
    }

    private static String lower(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static int inAYear(Grid g, Summary s, MetricLinks metrics, int top) {
        // the span the table covers, named: "In a year" on a quarter's data was not true
        g.text(top, 1, s.calls() == null ? "Calls by grading" : "Calls by grading, " + Labels.span(s.calls().dataSpan().from(),
                s.calls().dataSpan().to()), Kind.SECTION);
        if (s.calls() == null && !metrics.has(MetricId.CALLS_TOTAL.key())) {
            g.text(top + 1, 1, noCalls(s, "No calls data in the inputs"), Kind.TEXT);
            return top + 2;
        }
        g.header(top + 1, 1, "Grading", "Calls", "Share");
        int row = top + 2;
        for (Grading gr : Grading.values()) {
            g.text(row, 1, gr.label());
            metrics.write(g, row, 2, MetricId.GRADING_TOTAL.key(gr.id()), Kind.INTEGER, null);
            metrics.write(g, row, 3, MetricId.GRADING_SHARE.key(gr.id()), Kind.SHARE, null);
            if (metrics.isAbsent(MetricId.GRADING_TOTAL.key(gr.id()))) {
                // "not in these inputs" on two lines in its narrow column: on one it ran over the grading's name
                // and its share a dash: the total beside it says why
                g.text(row, 2, org.forcestat.model.Metric.NOT_IN_INPUTS, Kind.MISSING_WRAP);
                g.text(row, 3, MetricLinks.MISSING, Kind.MISSING);
                g.rowHeight(row, 23);
            }
            row++;
        }
        // Calls without a recognised grading are a line of their own, so the lines add up to all calls.
        if (metrics.has(MetricId.CALLS_UNGRADED_TOTAL.key())) {
            g.text(row, 1, "No recognised grading");
            metrics.write(g, row, 2, MetricId.CALLS_UNGRADED_TOTAL.key(), Kind.INTEGER, null);
            row++;
        }
        g.text(row, 1, "All calls", Kind.TEXT_BOLD);
        metrics.write(g, row, 2, MetricId.CALLS_TOTAL.key(), Kind.INTEGER_BOLD, null);
        row++;
        if (metrics.has(MetricId.CALLS_GRADED_TOTAL.key())) {
            boolean fewerDays = s.calls() != null && s.calls().gradingDays() > 0 && s.calls().gradingDays() < s.calls().days();
            g.text(row, 1, String.format(java.util.Locale.UK, "Shares are of the %,.0f calls with a recognised grading%s.",
                    metrics.value(MetricId.CALLS_GRADED_TOTAL.key()), fewerDays ? String.format(Locale.UK,
                            " (on %,d of the %,d days)", s.calls().gradingDays(), s.calls().days()) : ""), Kind.NOTE);
            row++;
        }
        return row;
    }

    private static int csr(Grid g, Summary s, MetricLinks metrics, int top) {
        int col = LABEL_COLS[1];
        g.text(top, col, "CSR savings and budget", Kind.SECTION);
        if (s.finance() == null && !metrics.has(MetricId.BUDGET.key()) && !metrics.has(MetricId.SAVINGS_TO_DATE.key())) {
            g.text(top + 1, col, "No finance data in the inputs", Kind.TEXT);
            return top + 2;
        }
        int row = top + 1;
        row = line(g, metrics, row, col, "Savings to date", MetricId.SAVINGS_TO_DATE.key(), Kind.GBP_MILLIONS);
        row = line(g, metrics, row, col, "Savings required (next 3 years)", MetricId.SAVINGS_REQUIRED.key(), Kind.GBP_MILLIONS);
        row = line(g, metrics, row, col, "Budget", MetricId.BUDGET.key(), Kind.GBP_MILLIONS);
        // its base said, as on the Finance sheet, whose budget split gives shares of gross spending
        // on two rows of normal height: a wrapped label would make the rows of the panels beside it tall
        List<String> label = TextLines.split(s.finance() == null ? "Spent on staff (all pay), of net budget"
                : FinanceSheetWriter.staffShareLabel(s.finance()), WIDTHS[col]);
        for (int i = 0; i < label.size(); i++) {
            g.text(row + i, col, (i == 0 ? "" : "    ") + label.get(i));
        }
        metrics.write(g, row, col + 1, MetricId.STAFF_SHARE.key(), Kind.SHARE, null);
        row += label.size();
        row = line(g, metrics, row, col, "Police officers", MetricId.OFFICERS.key(), Kind.INTEGER);
        row = line(g, metrics, row, col, "Police staff", MetricId.STAFF.key(), Kind.INTEGER);
        return row;
    }

    /** The three highest-ranked threats, then the data-quality counts with a link to Validation. */
    private static int threatsAndQuality(Grid g, Summary s, MetricLinks metrics, List<ThreatAssessment> top, int row) {
        int col = LABEL_COLS[2];
        boolean example = !top.isEmpty() && top.stream().allMatch(t -> DefaultRegister.SOURCE.equals(t.source()));
        if (example) {
            // the seed's register stands in on the Threat Strategy sheet until the user's own: its threats are
            // never listed here, where they would read as this force's own assessment
            g.text(row, col, EXAMPLE_THREATS, Kind.SECTION);
            // one line to a row, in the panel's width: a wrapped cell would make the rows of the panels beside it tall;
            // two lines and the link take the rows of three threats, so the page keeps its print scale
            for (String line : TextLines.split(EXAMPLE_THREATS_NOTE, WIDTHS[col] + WIDTHS[col + 1])) {
                g.text(++row, col, line);
            }
            g.link(++row, col, "See the example register", ThreatSheetWriter.SHEET_NAME, "A1");
        } else {
            g.text(row, col, "Top threats (control strategy)", Kind.SECTION);
        }
        if (top.isEmpty()) {
            // the example register always stands in when none is given: an empty list is a register none of
            // whose areas could be scored
            g.text(++row, col, NONE_SCORED);
        }
        for (ThreatAssessment t : example ? List.<ThreatAssessment>of() : top) {
            row++;
            String area = t.area().length() > AREA_CHARS ? t.area().substring(0, AREA_CHARS - 1).trim() + "\u2026" : t.area();
            // the whole area, a line to a row within its column, so it never runs into its rating
            List<String> lines = TextLines.split(t.rank() + ". " + area, WIDTHS[col]);
            g.text(row, col + 1, t.rag().label() + " (" + String.format(Locale.UK, "%.1f", t.riskScore()) + ")",
                    Kind.TEXT_BOLD);
            for (int i = 0; i < lines.size(); i++) {
                g.link(row + i, col, (i == 0 ? "" : "    ") + lines.get(i), ThreatSheetWriter.SHEET_NAME, "A1");
            }
            row += lines.size() - 1;
        }
        row += 2;
        g.text(row++, col, "Data quality", Kind.SECTION);
        row = count(g, metrics, row, col, "Errors", MetricId.VALIDATION_ERRORS.key(), ValidationSheetWriter.count(s.findings(), Severity.ERROR));
        row = count(g, metrics, row, col, "Warnings", MetricId.VALIDATION_WARNINGS.key(),
                ValidationSheetWriter.count(s.findings(), Severity.WARNING));
        row = count(g, metrics, row, col, "Information", MetricId.VALIDATION_INFO.key(),
                ValidationSheetWriter.count(s.findings(), Severity.INFO));
        long suppressed = s.findings().stream().filter(f -> f.suppressed()).count();
        if (suppressed > 0) {
            row = count(g, metrics, row, col, "Suppressed (listed, not counted)", null, suppressed);
        }
        g.link(row++, col, "See every finding on the Validation sheet", ValidationSheetWriter.SHEET, "A1");
        return row;
    }

    /**
     * Two small native charts side by side: calls per day with their control limits, and recorded
     * crime over rolling 12 months by area. Where the inputs cannot draw one, a line says so.
     */
    private static void charts(Grid g, Summary s, TrendTables callTrends, DataCrimeSheet crimeData, int top) {
        g.text(top, 1, "Calls per day, with control limits", Kind.SECTION);
        TrendTables.Block daily = callTrends == null ? null : callTrends.block("DailyTrend");
        TrendStats t = s.trends();
        if (daily != null && t != null && t.dailyCalls() != null) {
            List<Series> series = new ArrayList<>(List.of(series(daily, 1)));
            List<Line> lines = new ArrayList<>(List.of(Line.LIGHT_SERIES));
            if (t.dailyCalls().limits() != null) {
                series.addAll(List.of(series(daily, 4), series(daily, 5), series(daily, 6)));
                lines.addAll(List.of(Line.CENTRE, Line.LIMIT, Line.LIMIT));
            }
            var chart = ChartFactory.line(g.sheet(), new Place(1, top + 1, 4, top + 1 + CHART_ROWS), null, null, null,
                    new Categories(daily.grid().sheet(), daily.column(0), true), series, "#,##0");
            TrendCharts.style(chart, lines);
            dayAxis(chart, t.dailyCalls().values().size());
            var values = t.dailyCalls().values().values();
            double lo = values.stream().mapToDouble(Long::doubleValue).min().orElse(0);
            double hi = values.stream().mapToDouble(Long::doubleValue).max().orElse(0);
            if (t.dailyCalls().limits() != null) {
                lo = Math.min(lo, t.dailyCalls().limits().lower());
                hi = Math.max(hi, t.dailyCalls().limits().upper());
            }
            TrendCharts.floor(chart, lo, hi);
        } else {
            g.text(top + 1, 1, noCalls(s, "No daily calls in these inputs."));
        }
        g.text(top, 5, "Recorded crime, rolling 12 months by area", Kind.SECTION);
        if (crimeData != null && s.crime() != null && s.crime().rolling12() != null && !s.crime().rolling12().isEmpty()) {
            List<Rolling12> list = s.crime().rolling12();
            Rolling12 force = list.get(list.size() - 1);
            // the force total dwarfs its divisions: the chart compares divisions when there are some
            int last = list.size() > 1 ? crimeData.rollingRows() - 1 : crimeData.rollingRows();
            int col = crimeData.rollingCol();
            ChartFactory.bar(g.sheet(), new Place(5, top + 1, 10, top + 1 + CHART_ROWS), null, null, null,
                    new Categories(crimeData.grid().sheet(), new CellRangeAddress(1, last, col, col), false),
                    List.of(new Series("12 months to " + Labels.month(force.previousEnd()), -1, 0,
                                    new CellRangeAddress(1, last, col + 2, col + 2)),
                            new Series("12 months to " + Labels.month(force.currentEnd()), -1, 0,
                                    new CellRangeAddress(1, last, col + 4, col + 4))), "#,##0");
        } else {
            g.text(top + 1, 5, s.absentMetric(MetricId.ROLLING12_CURRENT.key().text()) == null
                    ? "No rolling 12-month crime totals in these inputs."
                    : "No rolling 12-month crime totals for this period (see Trends, in words).");
        }
    }

    /**
     * About six labels on the small daily chart's date axis, none repeated: month names when they are a
     * month or more apart, else days a week or more apart ("mmm yy" every 16 days printed "Apr 15, Apr 15,
     * May 15" on a quarter's data).
     */
    static void dayAxis(org.forcestat.format.xlsx.ChartModel chart, int days) {
        double step = Math.max(1.0, Math.ceil(days / 6.0));
        if (step >= 31) {
            chart.dateFormat = "mmm yy";
            chart.majorUnit = step;
        } else {
            chart.dateFormat = "dd/mm";
            chart.majorUnit = days <= 14 ? step : 7 * Math.ceil(days / 42.0);
        }
    }

    private static Series series(TrendTables.Block b, int offset) {
        return new Series(b.grid().sheet().find(0, b.col() + offset).shownText(), 0, b.col() + offset, b.column(offset));
    }

    private static int line(Grid g, MetricLinks metrics, int row, int col, String label, MetricId.Key id, Kind kind) {
        g.text(row, col, label);
        metrics.write(g, row, col + 1, id, kind, null);
        return row + 1;
    }

    private static int count(Grid g, MetricLinks metrics, int row, int col, String label, MetricId.Key id, long fallback) {
        g.text(row, col, label);
        if (id != null && metrics.has(id)) {
            metrics.write(g, row, col + 1, id, Kind.INTEGER, null);
        } else {
            g.number(row, col + 1, fallback, Kind.INTEGER);
        }
        return row + 1;
    }
}
