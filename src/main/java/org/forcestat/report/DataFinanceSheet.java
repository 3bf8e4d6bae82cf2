package org.forcestat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forcestat.model.BudgetCategory;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.FinanceStats;

/**
 * Data_Finance: planned and achieved savings by financial year and the budget split, as Excel
 * tables. Amounts not in the inputs are left blank (a gap in the chart, never a 0).
 */
final class DataFinanceSheet {
    static final String SHEET = "Data_Finance";
    static final int SAVINGS_COL = 0;
    static final int BUDGET_COL = 4;
    /** The budget split's share column: of the spending lines before income, not of the net budget. */
    static final String SHARE_HEADER = "Share of gross spending";

    private final Grid grid;
    private int savingsRows;
    private int budgetRows;
    private int piePoints;

    private DataFinanceSheet(Grid grid) {
        this.grid = grid;
    }

    static DataFinanceSheet write(Grid g, FinanceStats finance, String marking) {
        DataFinanceSheet d = new DataFinanceSheet(g);
        if (finance == null) {
            g.text(0, 0, "No finance data in the inputs", Kind.SECTION);
        } else {
            d.savings(finance);
            d.budget(finance);
            g.freeze(1);
        }
        g.minWidth(SAVINGS_COL + 1, 12);
        g.minWidth(SAVINGS_COL + 2, 12);
        g.finish(marking);
        return d;
    }

    Grid grid() {
        return grid;
    }

    int savingsRows() {
        return savingsRows;
    }

    CellRangeAddress savingsYears() {
        return new CellRangeAddress(1, savingsRows, SAVINGS_COL, SAVINGS_COL);
    }

    CellRangeAddress savingsValues(int offset) {
        return new CellRangeAddress(1, savingsRows, SAVINGS_COL + offset, SAVINGS_COL + offset);
    }

    int budgetRows() {
        return budgetRows;
    }

    /** Budget lines with a positive amount come first; only those can be slices of the pie. */
    int piePoints() {
        return piePoints;
    }

    CellRangeAddress pieLabels() {
        return new CellRangeAddress(1, piePoints, BUDGET_COL, BUDGET_COL);
    }

    CellRangeAddress pieValues() {
        return new CellRangeAddress(1, piePoints, BUDGET_COL + 1, BUDGET_COL + 1);
    }

    private void savings(FinanceStats f) {
        if (f.byYear() == null || f.byYear().isEmpty()) {
            return;
        }
        grid.header(0, SAVINGS_COL, "Year", "Planned", "Achieved");
        int row = 1;
        for (FinanceStats.YearSavings y : f.byYear()) {
            grid.text(row, SAVINGS_COL, y.year());
            if (!Double.isNaN(y.planned())) {
                grid.number(row, SAVINGS_COL + 1, y.planned(), Kind.GBP);
            }
            if (!Double.isNaN(y.achieved())) {
                grid.number(row, SAVINGS_COL + 2, y.achieved(), Kind.GBP);
            }
            row++;
        }
        savingsRows = row - 1;
        Tables.create(grid.sheet(), "SavingsByYear", 0, SAVINGS_COL, savingsRows, SAVINGS_COL + 2);
    }

    private void budget(FinanceStats f) {
        if (f.budgetSplit() == null || f.budgetSplit().isEmpty()) {
            return;
        }
        List<Map.Entry<BudgetCategory, Double>> positive = new ArrayList<>();
        List<Map.Entry<BudgetCategory, Double>> rest = new ArrayList<>();
        double total = 0;
        for (BudgetCategory c : BudgetCategory.values()) {
            Double v = f.budgetSplit().get(c);
            if (v == null || v.isNaN()) {
                continue;
            }
            if (v > 0) {
                positive.add(Map.entry(c, v));
                total += v;
            } else {
                rest.add(Map.entry(c, v));
            }
        }
        grid.header(0, BUDGET_COL, "Category", "Amount", SHARE_HEADER);
        int row = 1;
        List<Map.Entry<BudgetCategory, Double>> all = new ArrayList<>(positive);
        all.addAll(rest);
        for (Map.Entry<BudgetCategory, Double> e : all) {
            grid.text(row, BUDGET_COL, e.getKey().label());
            grid.number(row, BUDGET_COL + 1, e.getValue(), Kind.GBP);
            if (e.getValue() > 0 && total > 0) {
                grid.number(row, BUDGET_COL + 2, e.getValue() / total, Kind.SHARE);
            }
            row++;
        }
        budgetRows = row - 1;
        piePoints = positive.size();
        if (budgetRows > 0) {
            Tables.create(grid.sheet(), "BudgetSplit", 0, BUDGET_COL, budgetRows, BUDGET_COL + 2);
        }
    }
}
