package org.forcestat.stats;

import java.util.List;
import java.util.Map;
import org.forcestat.model.BudgetCategory;

/**
 * CSR and budget figures in pounds. NaN means "not in the inputs" (never a guessed zero).
 * {@code byYear} lists financial years in order ("2014/15"), planned and achieved (NaN where absent).
 */
public record FinanceStats(double savingsToDate, double savingsRequired, double plannedNext3Years,
                           double savingsAtRisk, List<YearSavings> byYear,
                           Map<BudgetCategory, Double> budgetSplit, double budget, double staffShare,
                           double officers, double staff) {

    /** Planned and achieved savings for one financial year. */
    public record YearSavings(String year, double planned, double achieved) {
    }

    /**
     * Spending: the budget's positive categories (pay and non-pay), before income is taken off. The
     * split's shares are of this base; {@link #staffShare} is all pay over the total (net) budget, the
     * slides' "80% of budget on staff" (SPEC §3). NaN when no line has a known category.
     */
    public double spending() {
        double s = Double.NaN;
        for (double v : budgetSplit.values()) {
            if (v > 0) {
                s = (Double.isNaN(s) ? 0 : s) + v;
            }
        }
        return s;
    }

    /** Savings required minus what the plan covers for the next 3 years. */
    public double gap() {
        return savingsRequired - plannedNext3Years;
    }
}
