package org.forcestat.model;

/**
 * One budget line in pounds; category null when the line's category is not recognised. {@code year} is the
 * financial year ("2024/25") of the budget the line belongs to, as its sheet, title or header says, or null
 * when nothing says it.
 */
public record BudgetLine(String line, BudgetCategory category, double amount, CellRef source, String year) {
    public BudgetLine(String line, BudgetCategory category, double amount, CellRef source) {
        this(line, category, amount, source, null);
    }
}
