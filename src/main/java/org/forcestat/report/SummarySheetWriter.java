package org.forcestat.report;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Grading;
import org.forcestat.model.MetricId;
import org.forcestat.model.Severity;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.Rolling12;
import org.forcestat.stats.Summary;
import org.forcestat.threat.ThreatAssessment;

/**
 * The Summary sheet, the page managers print: an average day as tiles, a year of calls by grading,
 * the crime trend, the CSR panel and data-quality counts. Every figure is a live link to its row
 * on the Metrics sheet, so the two never disagree.
 */
final class SummarySheetWriter {
    static final String SHEET = "Summary";
    /** Label/value column pairs of the three panels (0-based): B/C (D for shares), F/G, I/J; E and H are gutters. */
    private static final int[] LABEL_COLS = {1, 5, 8};

    private record Tile(String label, MetricId.Key id) {
    }

    private SummarySheetWriter() {
    }

    static void write(Grid g, Summary s, MetricLinks metrics, List<ThreatAssessment> topThreats) {
        String force = s.run().forceName() == null || s.run().forceName().isBlank() ? "Force" : s.run().forceName();
        g.text(0, 1, force + ": demand, crime and finance summary", Kind.TITLE);
        g.text(1, 1, periodLine(s), Kind.SUBTITLE);
        g.text(2, 1, "Generated " + (s.run().generatedAt() == null ? "" : Labels.DAY_TIME.format(s.run().generatedAt()))
                + " by forcestat " + s.run().toolVersion(), Kind.SUBTITLE);
        g.text(3, 1, "Protective marking: " + s.run().marking(), Kind.TEXT_BOLD);
        g.freeze(1);

        int row = tiles(g, metrics, 5);
        int top = row + 1;
        int end = inAYear(g, s, metrics, top);
        end = Math.max(end, crimeTrend(g, s, metrics, top));
        end = Math.max(end, csr(g, s, metrics, top));
        dataQuality(g, s, metrics, end + 1);
        topThreats(g, topThreats, end + 1);

        g.width(0, 2);
        for (int col : LABEL_COLS) {
            g.minWidth(col, 30);
            g.minWidth(col + 1, 14);
        }
        g.minWidth(3, 9);
        g.finish(s.run().marking());
        g.width(0, 2);
        g.width(4, 3);
        g.width(7, 3);
    }

    private static String periodLine(Summary s) {
        List<String> parts = new ArrayList<>();
        if (s.calls() != null) {
            parts.add("Calls " + Labels.period(s.calls().from(), s.calls().to(), s.calls().days()));
        }
        if (s.crime() != null) {
            parts.add("Crime " + Labels.period(s.crime().from(), s.crime().to(), s.crime().days()));
        }
        return parts.isEmpty() ? "No dated calls or crime data in the inputs" : "Period: " + String.join("; ", parts);
    }

    private static int tiles(Grid g, MetricLinks metrics, int top) {
        g.text(top, 1, "An average day", Kind.SECTION);
        List<Tile> tiles = new ArrayList<>(List.of(
                new Tile("Calls", MetricId.CALLS_PER_DAY.key()),
                new Tile("999 calls", MetricId.CALLS_999_PER_DAY.key()),
                new Tile("Incidents (STORM records)", MetricId.INCIDENTS_PER_DAY.key()),
                new Tile("Calls with no STORM record", MetricId.CALLS_NO_STORM_SHARE.key()),
                new Tile("Anti-social behaviour (incidents, not crimes)", MetricId.ASB_PER_DAY.key()),
                new Tile("Crimes", MetricId.CRIMES_PER_DAY.key())));
        for (CrimeCategory c : CrimeCategory.seedCategories()) {
            tiles.add(new Tile(c.label(), MetricId.CRIME_PER_DAY.key(c.id())));
        }
        int row = top + 1;
        for (int i = 0; i < tiles.size(); i++) {
            int r = row + i / 3;
            int col = LABEL_COLS[i % 3];
            g.text(r, col, tiles.get(i).label(), Kind.TILE_LABEL);
            // Each tile opens its detail sheet.
            g.hyperlink(r, col, tiles.get(i).id().text().startsWith("calls") || tiles.get(i).id().text().startsWith("incidents")
                    ? CallsSheetWriter.SHEET : CrimeSheetWriter.SHEET, "A1");
            metrics.tile(g, r, col + 1, tiles.get(i).id());
            g.rowHeight(r, 30);
        }
        return row + (tiles.size() + 2) / 3;
    }

    private static int inAYear(Grid g, Summary s, MetricLinks metrics, int top) {
        g.text(top, 1, "In a year: calls by grading", Kind.SECTION);
        if (s.calls() == null && !metrics.has(MetricId.CALLS_TOTAL.key())) {
            g.text(top + 1, 1, "No calls data in the inputs", Kind.TEXT);
            return top + 2;
        }
        g.header(top + 1, 1, "Grading", "Calls", "Share");
        int row = top + 2;
        for (Grading gr : Grading.values()) {
            g.text(row, 1, gr.label());
            metrics.write(g, row, 2, MetricId.GRADING_TOTAL.key(gr.id()), Kind.INTEGER, null);
            metrics.write(g, row, 3, MetricId.GRADING_SHARE.key(gr.id()), Kind.SHARE, null);
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
            g.text(row, 1, String.format(java.util.Locale.UK, "Shares are of the %,.0f calls whose sources give a grading.",
                    metrics.value(MetricId.CALLS_GRADED_TOTAL.key())), Kind.NOTE);
            row++;
        }
        return row;
    }

    private static int crimeTrend(Grid g, Summary s, MetricLinks metrics, int top) {
        int col = LABEL_COLS[1];
        g.text(top, col, "Crime trend: rolling 12 months", Kind.SECTION);
        if (s.crime() == null && !metrics.has(MetricId.ROLLING12_CURRENT.key())) {
            g.text(top + 1, col, "No crime data in the inputs", Kind.TEXT);
            return top + 2;
        }
        String prev = "Previous 12 months";
        String cur = "Latest 12 months";
        if (s.crime() != null && s.crime().rolling12() != null && !s.crime().rolling12().isEmpty()) {
            Rolling12 force = s.crime().rolling12().get(s.crime().rolling12().size() - 1);
            prev = "12 months to " + Labels.month(force.previousEnd());
            cur = "12 months to " + Labels.month(force.currentEnd());
        }
        int row = top + 1;
        row = line(g, metrics, row, col, prev, MetricId.ROLLING12_PREVIOUS.key(), Kind.INTEGER);
        row = line(g, metrics, row, col, cur, MetricId.ROLLING12_CURRENT.key(), Kind.INTEGER);
        row = line(g, metrics, row, col, "Change", MetricId.ROLLING12_CHANGE.key(), Kind.INTEGER);
        row = line(g, metrics, row, col, "% change", MetricId.ROLLING12_CHANGE_SHARE.key(), Kind.SHARE);
        // The verdict of the year-on-year test (stats.YearOnYear), in the words the Crime sheet uses.
        String verdict = "not enough months to judge";
        if (s.crime() != null && s.crime().rolling12() != null && !s.crime().rolling12().isEmpty()) {
            verdict = s.crime().rolling12().get(s.crime().rolling12().size() - 1).test().verdict().text();
        }
        if (metrics.has(MetricId.ROLLING12_P_VALUE.key())) {
            row = line(g, metrics, row, col, "p-value", MetricId.ROLLING12_P_VALUE.key(), Kind.PVALUE);
        }
        g.text(row++, col, "Verdict: " + verdict, Kind.TEXT_BOLD);
        return row;
    }

    private static int csr(Grid g, Summary s, MetricLinks metrics, int top) {
        int col = LABEL_COLS[2];
        g.text(top, col, "CSR savings and budget", Kind.SECTION);
        if (s.finance() == null && !metrics.has(MetricId.BUDGET.key()) && !metrics.has(MetricId.SAVINGS_TO_DATE.key())) {
            g.text(top + 1, col, "No finance data in the inputs", Kind.TEXT);
            return top + 2;
        }
        int row = top + 1;
        row = line(g, metrics, row, col, "Savings to date", MetricId.SAVINGS_TO_DATE.key(), Kind.GBP_MILLIONS);
        row = line(g, metrics, row, col, "Savings required (next 3 years)", MetricId.SAVINGS_REQUIRED.key(), Kind.GBP_MILLIONS);
        row = line(g, metrics, row, col, "Budget", MetricId.BUDGET.key(), Kind.GBP_MILLIONS);
        row = line(g, metrics, row, col, "Budget spent on staff", MetricId.STAFF_SHARE.key(), Kind.SHARE);
        row = line(g, metrics, row, col, "Police officers", MetricId.OFFICERS.key(), Kind.INTEGER);
        row = line(g, metrics, row, col, "Police staff", MetricId.STAFF.key(), Kind.INTEGER);
        return row;
    }

    private static void dataQuality(Grid g, Summary s, MetricLinks metrics, int top) {
        g.text(top, 1, "Data quality", Kind.SECTION);
        int row = top + 1;
        row = count(g, metrics, row, "Errors", MetricId.VALIDATION_ERRORS.key(), ValidationSheetWriter.count(s.findings(), Severity.ERROR));
        row = count(g, metrics, row, "Warnings", MetricId.VALIDATION_WARNINGS.key(),
                ValidationSheetWriter.count(s.findings(), Severity.WARNING));
        row = count(g, metrics, row, "Information", MetricId.VALIDATION_INFO.key(), ValidationSheetWriter.count(s.findings(), Severity.INFO));
        row = count(g, metrics, row, "Suppressed (listed, not counted)", null,
                s.findings().stream().filter(f -> f.suppressed()).count());
        g.link(row, 1, "See every finding on the Validation sheet", ValidationSheetWriter.SHEET, "A1");
    }

    /** The three highest-ranked areas of the control strategy, each linking to the Threat Strategy sheet. */
    private static void topThreats(Grid g, List<ThreatAssessment> top, int row) {
        g.text(row, 5, "Top threats (control strategy)", Kind.SECTION);
        if (top.isEmpty()) {
            g.text(row + 1, 5, "No threat register was assessed.", Kind.NOTE);
            return;
        }
        for (ThreatAssessment t : top) {
            row++;
            g.link(row, 5, t.rank() + ". " + t.area(), ThreatSheetWriter.SHEET_NAME, "A1");
            g.text(row, 6, t.rag().label() + " (" + String.format(java.util.Locale.UK, "%.1f", t.riskScore()) + ")",
                    Kind.TEXT_BOLD);
        }
    }

    private static int line(Grid g, MetricLinks metrics, int row, int col, String label, MetricId.Key id, Kind kind) {
        g.text(row, col, label);
        metrics.write(g, row, col + 1, id, kind, null);
        return row + 1;
    }

    private static int count(Grid g, MetricLinks metrics, int row, String label, MetricId.Key id, long fallback) {
        g.text(row, 1, label);
        if (id != null && metrics.has(id)) {
            metrics.write(g, row, 2, id, Kind.INTEGER, null);
        } else {
            g.number(row, 2, fallback, Kind.INTEGER);
        }
        return row + 1;
    }
}
