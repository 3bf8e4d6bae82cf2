package org.forcestat.validate;

import java.util.List;
import java.util.TreeMap;
import org.forcestat.model.Fact;
import org.forcestat.model.FinanceData;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.Severity;

/**
 * PLAN_SHORTFALL: the savings plan compared with the savings required (the facts block). The plan
 * for the next three years is the planned amounts of the first three years with no achieved
 * figures yet (all planned years when every year has some); short by more than £1 is a warning
 * naming the gap, at the cell that states the requirement.
 */
public final class PlanCheck {
    public static final String ID = RuleId.PLAN_SHORTFALL.id();

    private PlanCheck() {
    }

    public static List<Finding> check(FinanceData f) {
        FinanceData.FactValue required = f.facts().get(Fact.SAVINGS_REQUIRED);
        if (required == null || Double.isNaN(required.number()) || f.savings().isEmpty()) {
            return List.of();
        }
        TreeMap<String, double[]> years = new TreeMap<>();
        for (SavingsLine l : f.savings()) {
            l.planned().forEach((y, v) -> years.computeIfAbsent(y, k -> new double[2])[0] += v);
            l.achieved().forEach((y, v) -> years.computeIfAbsent(y, k -> new double[2])[1] += v);
        }
        double next3 = 0;
        int n = 0;
        for (var e : years.entrySet()) {
            if (e.getValue()[1] == 0 && e.getValue()[0] != 0 && n < 3) {
                next3 += e.getValue()[0];
                n++;
            }
        }
        if (n == 0) {
            for (double[] v : years.values()) {
                next3 += v[0];
            }
        }
        double gap = required.number() - next3;
        if (gap <= 1.0) {
            return List.of();
        }
        var src = required.source();
        return List.of(Finding.of(Severity.WARNING, ID).at(src.file(), src.sheet(), src.cell())
                .seen("£" + Amounts.pounds(next3) + " planned")
                .expected("£" + Amounts.pounds(required.number()) + " required")
                .message(src.file() + ", sheet '" + src.sheet() + "', cell " + src.cell() + ": the savings plan covers £"
                        + Amounts.pounds(next3) + " of the £" + Amounts.pounds(required.number())
                        + " required, a gap of £" + Amounts.pounds(gap) + ". Add savings lines to close the gap, "
                        + "or explain it to the board."));
    }
}
