package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.CellRef;
import org.forcestat.model.FinanceData;
import org.forcestat.model.SavingsLine;
import org.junit.jupiter.api.Test;

/** A finance figure the inputs cannot give is absent (NaN, "not in these inputs"), never 0 (SPEC §3). */
class FinanceAbsentFiguresTest {
    private static final CellRef AT = new CellRef("csr.xlsx", "CSR Savings", "B5");

    private static SavingsLine line(double planned, String status) {
        return new SavingsLine("Scheme", "", Map.of("2016/17", planned), Map.of("2015/16", 10.0), status, AT);
    }

    @Test
    void savingsAtRiskIsAbsentWhenThePlanHasNoStatusColumn() {
        FinanceData f = new FinanceData();
        f.addSavings(line(150_000, ""));
        f.addSavings(line(250_000, ""));
        FinanceStats s = FinanceCalculator.compute(f, new ArrayList<>());
        assertTrue(Double.isNaN(s.savingsAtRisk()));
        assertEquals(20, s.savingsToDate(), 1e-9);
    }

    @Test
    void savingsAtRiskIsZeroOnlyWhenStatusesSayNothingIsAtRisk() {
        FinanceData f = new FinanceData();
        f.addSavings(line(150_000, "On track"));
        f.addSavings(line(250_000, "Delivered"));
        assertEquals(0, FinanceCalculator.compute(f, new ArrayList<>()).savingsAtRisk(), 0);
        f.addSavings(line(70_000, "At risk"));
        assertEquals(70_000, FinanceCalculator.compute(f, new ArrayList<>()).savingsAtRisk(), 1e-9);
    }

    @Test
    void staffShareIsAbsentWhenNoLineHasAKnownCategory() {
        FinanceData f = new FinanceData();
        f.addBudget(new BudgetLine("P100", null, 100, AT));
        f.addBudget(new BudgetLine("N100", null, 50, AT));
        FinanceStats s = FinanceCalculator.compute(f, new ArrayList<>());
        assertEquals(150, s.budget(), 1e-9);
        assertTrue(Double.isNaN(s.staffShare()));
        f.addBudget(new BudgetLine("I100", BudgetCategory.INCOME, -10, AT));
        // categories known, none of them pay: 0% on staff is then a real figure
        assertEquals(0, FinanceCalculator.compute(f, new ArrayList<>()).staffShare(), 0);
    }

    @Test
    void staffShareIsOfTheNetBudgetAndSpendingLeavesIncomeOut() {
        FinanceData f = new FinanceData();
        f.addBudget(new BudgetLine("Officers", BudgetCategory.OFFICER_PAY, 120, AT));
        f.addBudget(new BudgetLine("Staff", BudgetCategory.STAFF_PAY, 40, AT));
        f.addBudget(new BudgetLine("Estates", BudgetCategory.NON_PAY, 40, AT));
        f.addBudget(new BudgetLine("Grants", BudgetCategory.INCOME, -40, AT));
        FinanceStats s = FinanceCalculator.compute(f, new ArrayList<>());
        assertEquals(160, s.budget(), 1e-9);       // net: 120 + 40 + 40 - 40
        assertEquals(1.0, s.staffShare(), 1e-12);  // pay 160 over net 160
        assertEquals(200, s.spending(), 1e-9);     // pay and non-pay, before income
        FinanceData uncategorised = new FinanceData();
        uncategorised.addBudget(new BudgetLine("P100", null, 100, AT));
        assertTrue(Double.isNaN(FinanceCalculator.compute(uncategorised, new ArrayList<>()).spending()));
    }
}
