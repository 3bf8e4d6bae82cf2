package org.forcestat.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Savings lines, budget lines and facts read from finance workbooks; small, so kept as lists. */
public final class FinanceData {
    /** A fact's value (a number or text) and where it was read. */
    public record FactValue(Object value, CellRef source) {
        public double number() {
            return value instanceof Number n ? n.doubleValue() : Double.NaN;
        }
    }

    private final List<SavingsLine> savings = new ArrayList<>();
    private final List<BudgetLine> budget = new ArrayList<>();
    private final Map<Fact, FactValue> facts = new EnumMap<>(Fact.class);

    public void addSavings(SavingsLine l) {
        savings.add(l);
    }

    public void addBudget(BudgetLine l) {
        budget.add(l);
    }

    /** Keeps the first value seen for a fact; a later one is ignored (reported by validation). */
    public void putFact(Fact f, FactValue v) {
        facts.putIfAbsent(f, v);
    }

    /** Keeps only the budget lines {@code keep} accepts. */
    public void retainBudget(java.util.function.Predicate<BudgetLine> keep) {
        budget.removeIf(keep.negate());
    }

    /** Keeps only the savings lines {@code keep} accepts. */
    public void retainSavings(java.util.function.Predicate<SavingsLine> keep) {
        savings.removeIf(keep.negate());
    }

    public List<SavingsLine> savings() {
        return Collections.unmodifiableList(savings);
    }

    public List<BudgetLine> budget() {
        return Collections.unmodifiableList(budget);
    }

    public Map<Fact, FactValue> facts() {
        return Collections.unmodifiableMap(facts);
    }

    public FinanceData merge(FinanceData other) {
        savings.addAll(other.savings);
        budget.addAll(other.budget);
        other.facts.forEach(this::putFact);
        return this;
    }
}
