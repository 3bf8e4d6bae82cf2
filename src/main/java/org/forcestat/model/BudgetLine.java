package org.forcestat.model;

/** One budget line in pounds; category null when the line's category is not recognised. */
public record BudgetLine(String line, BudgetCategory category, double amount, CellRef source) {
}
