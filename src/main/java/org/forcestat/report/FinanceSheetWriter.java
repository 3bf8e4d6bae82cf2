package org.forcestat.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.format.xlsx.ChartModel.Place;
import org.forcestat.model.Finding;
import org.forcestat.model.MetricId;
import org.forcestat.report.ChartFactory.Categories;
import org.forcestat.report.ChartFactory.Series;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.FinanceStats;

/**
 * The Finance sheet: the CSR panel, establishment, planned vs achieved savings by year, the budget
 * split (pie), and a count of spreadsheet-audit findings. Figures not in the inputs say so.
 */
final class FinanceSheetWriter {
    static final String SHEET = "Finance";
    static final String SAVINGS_CHART = "Planned vs achieved savings";
    static final String BUDGET_CHART = "Budget split";
    static final String NOT_IN_INPUTS = "not in the inputs";
    private static final int CHART_COL = 4;
    private static final int CHART_END_COL = 12;
    private static final int CHART_ROWS = 18;

    private FinanceSheetWriter() {
    }

    static void write(Grid g, FinanceStats f, DataFinanceSheet data, MetricLinks metrics, List<Finding> findings,
                      String marking) {
        g.text(0, 0, "Finance: CSR savings and budget", Kind.TITLE);
        g.freeze(2);
        if (f == null) {
            g.text(1, 0, "No finance data in the inputs", Kind.SECTION);
            g.finish(marking);
            return;
        }
        g.text(1, 0, "Amounts in pounds; £m = millions.", Kind.SUBTITLE);
        int row = panel(g, f, metrics, 3);
        row = savings(g, f, data, row + 1, 3);
        row = budget(g, f, data, row + 1);
        audit(g, findings, row + 1);
        g.minWidth(0, 34);
        g.minWidth(1, 13);
        g.minWidth(2, 13);
        g.finish(marking);
    }

    private static int panel(Grid g, FinanceStats f, MetricLinks metrics, int top) {
        g.text(top, 0, "CSR savings", Kind.SECTION);
        int row = top + 1;
        row = line(g, row, "Savings to date", metrics, MetricId.SAVINGS_TO_DATE.key(), f.savingsToDate(), Kind.GBP_MILLIONS);
        row = line(g, row, "Savings required (next 3 years)", metrics, MetricId.SAVINGS_REQUIRED.key(), f.savingsRequired(),
                Kind.GBP_MILLIONS);
        // the plan's own years, named: "next 3 years" left the reader to guess which
        row = line(g, row, "Planned " + f.plannedSpan(), metrics, MetricId.SAVINGS_PLANNED_NEXT3.key(), f.plannedNext3Years(),
                Kind.GBP_MILLIONS);
        row = line(g, row, "Gap (required less planned)", metrics, MetricId.SAVINGS_GAP.key(), f.gap(), Kind.GBP_MILLIONS);
        row = line(g, row, "Savings at risk", metrics, MetricId.SAVINGS_AT_RISK.key(), f.savingsAtRisk(), Kind.GBP_MILLIONS);
        row = line(g, row, income(f) < 0 ? "Total budget (net of income)" : "Total budget", metrics, MetricId.BUDGET.key(),
                f.budget(), Kind.GBP_MILLIONS);
        row = line(g, row, staffShareLabel(f), metrics, MetricId.STAFF_SHARE.key(), f.staffShare(), Kind.SHARE);
        row++;
        g.text(row++, 0, "Establishment", Kind.SECTION);
        row = line(g, row, "Police officers", metrics, MetricId.OFFICERS.key(), f.officers(), Kind.INTEGER);
        row = line(g, row, "Police staff", metrics, MetricId.STAFF.key(), f.staff(), Kind.INTEGER);
        return row;
    }

    /**
     * The staff share's label, naming its base: all pay over the net budget (SPEC §3, the slides' "80% of
     * budget on staff"), which the budget split's shares of gross spending are not.
     */
    static String staffShareLabel(FinanceStats f) {
        return "Spent on staff (all pay), of net budget" + (Double.isNaN(f.budget()) ? "" : " " + millions(f.budget()));
    }

    /** "£190.9m", as the sheets' £m format shows it. */
    static String millions(double pounds) {
        return String.format(java.util.Locale.UK, "£%,.1fm", pounds / 1e6);
    }

    /** The budget's income lines (negative), 0 when it has none. */
    private static double income(FinanceStats f) {
        return f.budgetSplit() == null ? 0 : f.budgetSplit().values().stream().filter(v -> v != null && v < 0)
                .mapToDouble(Double::doubleValue).sum();
    }

    /** The budget's spending lines before income. */
    private static double gross(FinanceStats f) {
        return f.budgetSplit() == null ? 0 : f.budgetSplit().values().stream().filter(v -> v != null && v > 0)
                .mapToDouble(Double::doubleValue).sum();
    }

    /** One label/value line: the metric (live link) if there is one, else the figure, else "not in the inputs". */
    private static int line(Grid g, int row, String label, MetricLinks metrics, MetricId.Key id, double fallback, Kind kind) {
        g.text(row, 0, label);
        if (metrics.has(id)) {
            metrics.write(g, row, 1, id, kind, null);
        } else {
            g.numberOr(row, 1, fallback, kind, NOT_IN_INPUTS);
        }
        return row + 1;
    }

    /** The savings table at {@code top}, its chart beside the CSR panel from {@code chartTop}. */
    private static int savings(Grid g, FinanceStats f, DataFinanceSheet data, int top, int chartTop) {
        g.text(top, 0, "Planned and achieved savings by year", Kind.SECTION);
        if (data.savingsRows() == 0) {
            g.text(top + 1, 0, "No savings plan by year in the inputs.", Kind.NOTE);
            return top + 2;
        }
        g.header(top + 1, 0, "Year", "Planned", "Achieved");
        int row = top + 2;
        for (FinanceStats.YearSavings y : f.byYear()) {
            g.text(row, 0, y.year());
            g.numberOr(row, 1, y.planned(), Kind.GBP_MILLIONS, NOT_IN_INPUTS);
            g.numberOr(row, 2, y.achieved(), Kind.GBP_MILLIONS, NOT_IN_INPUTS);
            row++;
        }
        ChartFactory.bar(g.sheet(), new Place(CHART_COL, chartTop + 1, CHART_END_COL, chartTop + 1 + CHART_ROWS), SAVINGS_CHART,
                "Financial year", "Savings (£m)", new Categories(data.grid().sheet(), data.savingsYears(), false),
                List.of(new Series("Planned", 0, DataFinanceSheet.SAVINGS_COL + 1, data.savingsValues(1)),
                        new Series("Achieved", 0, DataFinanceSheet.SAVINGS_COL + 2, data.savingsValues(2))),
                "\"£\"#,##0,,\"m\"");
        return Math.max(row, chartTop + 1 + CHART_ROWS) + 1;
    }

    private static int budget(Grid g, FinanceStats f, DataFinanceSheet data, int top) {
        g.pageBreakBefore(top);
        g.text(top, 0, "Budget split", Kind.SECTION);
        if (data.budgetRows() == 0) {
            g.text(top + 1, 0, "No budget split in the inputs.", Kind.NOTE);
            return top + 2;
        }
        g.header(top + 1, 0, "Category", "Amount", DataFinanceSheet.SHARE_HEADER);
        int row = top + 2;
        var sheet = data.grid().sheet();
        for (int i = 1; i <= data.budgetRows(); i++) {
            g.text(row, 0, sheet.find(i, DataFinanceSheet.BUDGET_COL).shownText());
            g.number(row, 1, sheet.find(i, DataFinanceSheet.BUDGET_COL + 1).number, Kind.GBP_MILLIONS);
            var share = sheet.find(i, DataFinanceSheet.BUDGET_COL + 2);
            if (share != null) {
                g.number(row, 2, share.number, Kind.SHARE);
            }
            row++;
        }
        double gross = gross(f);
        double pay = f.budgetSplit().entrySet().stream().filter(e -> e.getKey().isPay() && e.getValue() != null)
                .mapToDouble(Map.Entry::getValue).sum();
        if (gross > 0 && pay > 0) {
            g.text(row, 0, "All pay (officers, staff, PCSOs)", Kind.TEXT_BOLD);
            g.number(row, 1, pay, Kind.GBP_MILLIONS);
            g.number(row, 2, pay / gross, Kind.SHARE_BOLD);
            row++;
        }
        // Two shares of pay that differ need their bases said (a new user saw 90.4% and 84.6% unexplained)
        double income = income(f);
        if (gross > 0) {
            g.text(row++, 0, "Shares are of gross spending, " + millions(gross)
                    + (income < 0 ? ", before income of " + millions(-income) + "." : "."), Kind.NOTE);
            if (income < 0 && !Double.isNaN(f.staffShare())) {
                g.text(row++, 0, "The staff share above is all pay over the net budget, " + millions(gross + income)
                        + ", so it is higher.", Kind.NOTE);
            }
        }
        if (data.piePoints() > 0) {
            ChartFactory.pie(g.sheet(), new Place(CHART_COL, top + 1, CHART_END_COL, top + 1 + CHART_ROWS), BUDGET_CHART,
                    new Categories(sheet, data.pieLabels(), false),
                    new Series("Amount", 0, DataFinanceSheet.BUDGET_COL + 1, data.pieValues()));
        }
        return Math.max(row, top + 1 + CHART_ROWS) + 1;
    }

    private static void audit(Grid g, List<Finding> findings, int top) {
        g.text(top, 0, "Spreadsheet audit findings", Kind.SECTION);
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding f : findings) {
            if (f.rule().startsWith("AUDIT")) {
                byRule.merge(f.rule(), 1, Integer::sum);
            }
        }
        if (byRule.isEmpty()) {
            g.text(top + 1, 0, "No spreadsheet-audit findings.", Kind.NOTE);
            return;
        }
        g.header(top + 1, 0, "Rule", "Findings");
        int row = top + 2;
        for (var e : byRule.entrySet()) {
            g.text(row, 0, org.forcestat.model.RuleWords.shown(e.getKey()));
            g.number(row, 1, e.getValue(), Kind.INTEGER);
            row++;
        }
        g.link(row, 0, "See every finding on the Validation sheet", ValidationSheetWriter.SHEET, "A1");
    }
}
