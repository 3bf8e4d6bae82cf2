package org.forcestat.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.Fact;
import org.forcestat.model.FinanceData;
import org.forcestat.model.MetricId;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.Severity;

/**
 * CSR and budget figures. Figures computed from lines win over a facts block; where both exist
 * and differ by more than £1, a warning says so (the board may have been told a different number).
 */
final class FinanceCalculator {
    private static final double TOLERANCE = 1.0;

    private FinanceCalculator() {
    }

    static FinanceStats compute(FinanceData f, List<Finding> findings) {
        return compute(f, findings, null, null);
    }

    /** {@code from}, {@code to}: the run's period (--from, --to), or null; it names the budget year read. */
    static FinanceStats compute(FinanceData f, List<Finding> findings, java.time.LocalDate from, java.time.LocalDate to) {
        if (f.savings().isEmpty() && f.budget().isEmpty() && f.facts().isEmpty()) {
            return null;
        }
        TreeMap<String, double[]> years = new TreeMap<>();
        double achieved = Double.NaN;
        double atRisk = Double.NaN;
        for (SavingsLine l : f.savings()) {
            l.planned().forEach((y, v) -> years.computeIfAbsent(y, k -> nan2())[0] = nz(years.get(y)[0]) + v);
            l.achieved().forEach((y, v) -> years.computeIfAbsent(y, k -> nan2())[1] = nz(years.get(y)[1]) + v);
            for (double v : l.achieved().values()) {
                achieved = nz(achieved) + v;
            }
            if (org.forcestat.model.SavingsStatus.atRisk(l.status())) {
                for (double v : l.planned().values()) {
                    atRisk = nz(atRisk) + v;
                }
            }
        }
        // At risk is known only where the plan says each line's status: without a Status/RAG column it is
        // absent ("not in these inputs"), never a reassuring 0.
        boolean statusGiven = f.savings().stream().anyMatch(l -> !l.status().isBlank());
        if (statusGiven && Double.isNaN(atRisk)) {
            atRisk = 0;
        } else if (!statusGiven) {
            atRisk = Double.NaN;
        }
        List<FinanceStats.YearSavings> byYear = new ArrayList<>();
        years.forEach((y, a) -> byYear.add(new FinanceStats.YearSavings(y, a[0], a[1])));
        double plannedNext3 = Double.NaN;
        // the same years FinanceStats.plannedYears() names on the sheets
        for (String y : FinanceStats.plannedYears(byYear)) {
            plannedNext3 = nz(plannedNext3) + years.get(y)[0];
        }
        double savingsToDate = pick(achieved, f, Fact.SAVINGS_TO_DATE, "savings to date", findings);

        Map<BudgetCategory, Double> split = new EnumMap<>(BudgetCategory.class);
        double budget = Double.NaN;
        double pay = 0;
        for (BudgetLine b : oneYear(f.budget(), from, to, findings)) {
            budget = nz(budget) + b.amount();
            if (b.category() != null) {
                split.merge(b.category(), b.amount(), Double::sum);
                if (b.category().isPay()) {
                    pay += b.amount();
                }
            }
        }
        // The share needs lines whose category is known: with none, it is absent, not 0%.
        double staffShare = split.isEmpty() || budget == 0 ? Double.NaN : pay / budget;
        budget = pick(budget, f, Fact.TOTAL_BUDGET, "total budget", findings);
        return new FinanceStats(savingsToDate, fact(f, Fact.SAVINGS_REQUIRED), plannedNext3, atRisk, byYear, split,
                budget, staffShare, fact(f, Fact.OFFICERS), fact(f, Fact.STAFF));
    }

    /**
     * The lines of one budget year. Budget sheets of different financial years (a workbook's "Budget 2023-24"
     * and "Budget 2024-25") are different years, not parts of one budget: the year the run's period names
     * (the financial year of --to, else of --from) is read, else the latest, and an info finding names the
     * sheets left out. Sheets of the same year (two directorates' budgets) are added; a line whose year
     * nothing says is always counted.
     */
    static List<BudgetLine> oneYear(List<BudgetLine> lines, java.time.LocalDate from, java.time.LocalDate to,
            List<Finding> findings) {
        // year -> sheets ("'Budget 2023-24' of Revenue budgets.xlsx"), in order of reading
        TreeMap<String, java.util.LinkedHashSet<String>> years = new TreeMap<>();
        for (BudgetLine b : lines) {
            if (b.year() != null) {
                years.computeIfAbsent(b.year(), y -> new java.util.LinkedHashSet<>())
                        .add("'" + b.source().sheet() + "' of " + b.source().file());
            }
        }
        if (years.size() < 2) {
            return lines;
        }
        java.time.LocalDate asked = to != null ? to : from;
        String named = asked == null ? null
                : org.forcestat.model.FinancialYear.label(org.forcestat.model.FinancialYear.startOf(asked));
        boolean byPeriod = named != null && years.containsKey(named);
        String pick = byPeriod ? named : years.lastKey();
        List<BudgetLine> kept = new ArrayList<>();
        BudgetLine firstLeft = null;
        for (BudgetLine b : lines) {
            if (b.year() == null || b.year().equals(pick)) {
                kept.add(b);
            } else if (firstLeft == null) {
                firstLeft = b;
            }
        }
        List<String> all = new ArrayList<>();
        List<String> left = new ArrayList<>();
        years.forEach((y, sheets) -> {
            all.add(y + ": " + String.join(", ", sheets));
            if (!y.equals(pick)) {
                left.addAll(sheets);
            }
        });
        findings.add(Finding.of(Severity.INFO, RuleId.BUDGET_YEAR_CHOSEN)
                .at(firstLeft.source().file(), firstLeft.source().sheet(), firstLeft.source().cell())
                .seen(years.size() + " budget years").expected("one budget year")
                .message("These inputs have budgets for " + years.size() + " years (" + String.join("; ", all)
                        + "); a budget of one year is not added to another's, so forcestat read " + pick + " ("
                        + (byPeriod ? "the year of the period asked for" : "the latest year") + ") and left the others "
                        + "out: sheet " + String.join(", sheet ", left) + ". To read another year, choose the period "
                        + "with --from and --to (any date in that financial year), or keep only that year's sheet."));
        return kept;
    }

    private static double pick(double computed, FinanceData f, Fact fact, String what, List<Finding> findings) {
        FinanceData.FactValue fv = f.facts().get(fact);
        if (Double.isNaN(computed)) {
            return fv == null ? Double.NaN : fv.number();
        }
        if (fv != null && Math.abs(fv.number() - computed) > TOLERANCE) {
            findings.add(Finding.of(Severity.WARNING, RuleId.FACT_DISAGREES).at(fv.source().file(), fv.source().sheet(), fv.source().cell())
                    .seen(String.format("£%,.0f", fv.number())).expected(String.format("£%,.0f", computed))
                    .message(String.format("The facts block gives %s as £%,.0f but the lines add up to £%,.0f; the summary uses "
                            + "the lines. Correct whichever is wrong.", what, fv.number(), computed)));
        }
        return computed;
    }

    private static double fact(FinanceData f, Fact fact) {
        FinanceData.FactValue v = f.facts().get(fact);
        return v == null ? Double.NaN : v.number();
    }

    private static double[] nan2() {
        return new double[] {Double.NaN, Double.NaN};
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    static void metrics(FinanceStats s, Metrics m, String source) {
        if (s == null) {
            return;
        }
        m.add(MetricId.SAVINGS_TO_DATE.key(), s.savingsToDate(), "to date", source);
        m.add(MetricId.SAVINGS_REQUIRED.key(), s.savingsRequired(), "next 3 years", source);
        // the plan's own years, named ("2016/17 to 2018/19"); the required figure is the facts block's "next 3 years"
        m.add(MetricId.SAVINGS_PLANNED_NEXT3.key(), s.plannedNext3Years(), s.plannedSpan(), source);
        m.derive(MetricId.SAVINGS_GAP.key(), "next 3 years", source);
        m.add(MetricId.SAVINGS_AT_RISK.key(), s.savingsAtRisk(), "plan", source);
        m.add(MetricId.BUDGET.key(), s.budget(), "budget year", source);
        s.budgetSplit().forEach((c, v) -> m.add(MetricId.BUDGET_LINE.key(c.id()), v, "budget year", source, c.label()));
        if (!Double.isNaN(s.staffShare())) {
            m.derive(MetricId.STAFF_SHARE.key(), "budget year", source);
        }
        m.add(MetricId.OFFICERS.key(), s.officers(), "current", source);
        m.add(MetricId.STAFF.key(), s.staff(), "current", source);
        Double officerPay = s.budgetSplit().get(BudgetCategory.OFFICER_PAY);
        Double staffPay = s.budgetSplit().get(BudgetCategory.STAFF_PAY);
        if (officerPay != null && s.officers() > 0) {
            m.add(MetricId.COST_PER_OFFICER.key(), officerPay / s.officers(), "budget year", source);
        }
        if (staffPay != null && s.staff() > 0) {
            m.add(MetricId.COST_PER_STAFF.key(), staffPay / s.staff(), "budget year", source);
        }
    }
}
