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

    /**
     * The years {@code plannedNext3Years} covers: the plan's next (at most 3) years, those with planned
     * savings and none achieved yet, in order.
     */
    public List<String> plannedYears() {
        return plannedYears(byYear);
    }

    /** The plan's next (at most 3) years of {@code byYear}: planned savings, none achieved yet. */
    static List<String> plannedYears(List<YearSavings> byYear) {
        return byYear == null ? List.of() : byYear.stream()
                .filter(y -> !Double.isNaN(y.planned()) && Double.isNaN(y.achieved()))
                .limit(3).map(YearSavings::year).toList();
    }

    /** The years of {@link #plannedYears()} as a reader says them: "2016/17 to 2018/19", "2016/17", or "next 3 years". */
    public String plannedSpan() {
        List<String> y = plannedYears();
        return switch (y.size()) {
            case 0 -> "next 3 years";
            case 1 -> y.get(0);
            default -> y.get(0) + " to " + y.get(y.size() - 1);
        };
    }

    /** Savings required minus what the plan covers for the next 3 years. */
    public double gap() {
        return savingsRequired - plannedNext3Years;
    }
}
