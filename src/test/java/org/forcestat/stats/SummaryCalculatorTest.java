package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.CallCounts;
import org.forcestat.model.CellRef;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Fact;
import org.forcestat.model.FinanceData;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.forcestat.model.SavingsLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class SummaryCalculatorTest {
    private static final RunInfo RUN = new RunInfo(null, "OFFICIAL", LocalDateTime.of(2016, 6, 1, 9, 0), "test",
            List.of(), ".");
    private static final CellRef REF = new CellRef("f.xlsx", "S", "B2");

    private static double metric(Summary s, String id) {
        var m = s.metric(id);
        return m == null ? Double.NaN : m.value();
    }

    @Test
    void perDayFiguresDivideByTheDaysTheDataCoversNotByAYear() {
        Partial p = new Partial();
        CallCounts c = p.calls();
        c.declare(CallCounts.Measure.GRADING);
        c.declare(CallCounts.Measure.CHANNEL);
        c.declare(CallCounts.Measure.STORM);
        // Three days: 100 + 120 + 80 = 300 calls; 999: 30 + 40 + 20 = 90; STORM 60 + 70 + 50 = 180.
        long[][] days = {{100, 30, 60}, {120, 40, 70}, {80, 20, 50}};
        for (int i = 0; i < 3; i++) {
            LocalDate d = LocalDate.of(2015, 1, 1).plusDays(i);
            c.addTotal(d, days[i][0]);
            c.addGrading(d, Grading.ADVICE, days[i][0]);
            c.addChannel(d, Channel.EMERGENCY, days[i][1]);
            c.addChannel(d, Channel.NON_EMERGENCY, days[i][0] - days[i][1]);
            c.addStorm(d, days[i][2]);
        }
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(300, metric(s, "calls.total"));
        assertEquals(100.0, metric(s, "calls.per_day"), 1e-9);
        assertEquals(30.0, metric(s, "calls.999.per_day"), 1e-9);
        assertEquals(60.0, metric(s, "incidents.per_day"), 1e-9);
        assertEquals(120.0 / 300, metric(s, "calls.no_storm.share"), 1e-12);
        assertEquals(1.0, metric(s, "calls.grading.advice.share"), 1e-12);
        assertEquals(3, s.calls().days());
        assertNull(s.run().forceName(), "no force name: the report gives its neutral title");
    }

    @Test
    void aSourceWithoutStormOrChannelColumnsGivesNoSuchFiguresRatherThanZero() {
        Partial p = new Partial();
        p.calls().declare(CallCounts.Measure.GRADING);
        p.calls().addTotal(LocalDate.of(2015, 1, 1), 50);
        p.calls().addGrading(LocalDate.of(2015, 1, 1), Grading.HIGH, 50);
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(50, metric(s, "calls.per_day"));
        assertTrue(Double.isNaN(metric(s, "incidents.per_day")));
        assertTrue(Double.isNaN(metric(s, "calls.no_storm.share")));
        assertTrue(Double.isNaN(metric(s, "calls.999.per_day")));
    }

    @Test
    void asbIsCountedApartFromCrimeAndMonthlySourcesCoverWholeMonths() {
        Partial p = new Partial();
        // June 2016 (30 days), police.uk style: 60 burglaries, 30 robberies, 90 ASB incidents.
        YearMonth june = YearMonth.of(2016, 6);
        p.crimes().addMonth(june, "North", CrimeCategory.DWELLING_BURGLARY, 60);
        p.crimes().addMonth(june, "North", CrimeCategory.ROBBERY, 30);
        p.crimes().addMonth(june, "North", CrimeCategory.ASB, 90);
        p.crimes().coverMonth(YearMonth.of(2016, 6));
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(3.0, metric(s, "crimes.per_day"), 1e-12, "(60 + 30) / 30 days");
        assertEquals(2.0, metric(s, "crimes.dwelling_burglary.per_day"), 1e-12);
        assertEquals(3.0, metric(s, "asb.per_day"), 1e-12, "90 / 30, not in the crime total");
        assertEquals(90, metric(s, "crimes.total"));
    }

    @Test
    void rollingTwelveMonthsNeedTwentyFourConsecutiveMonthsAndSumEachWindow() {
        Partial p = new Partial();
        // North: 100 a month then 110 a month; East: 50 then 45. Previous 12: 1,200 + 600 = 1,800;
        // current 12: 1,320 + 540 = 1,860; change +60.
        for (int i = 0; i < 24; i++) {
            YearMonth m = YearMonth.of(2014, 6).plusMonths(i);
            p.crimeTotals().add("North", m, i < 12 ? 100 : 110);
            p.crimeTotals().add("East", m, i < 12 ? 50 : 45);
        }
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(1800, metric(s, "crimes.rolling12.previous"));
        assertEquals(1860, metric(s, "crimes.rolling12.current"));
        assertEquals(60, metric(s, "crimes.rolling12.change"));
        assertEquals(60.0 / 1800, metric(s, "crimes.rolling12.change_share"), 1e-12);
        Rolling12 north = s.crime().rolling12().stream().filter(r -> r.area().equals("North")).findFirst().orElseThrow();
        assertEquals(1200, north.previous());
        assertEquals(1320, north.current());
        assertEquals(YearMonth.of(2016, 5), north.currentEnd());

        Partial short23 = new Partial();
        for (int i = 0; i < 23; i++) {
            short23.crimeTotals().add("North", YearMonth.of(2014, 7).plusMonths(i), 100);
        }
        assertTrue(Double.isNaN(metric(SummaryCalculator.compute(short23, RUN, null, null), "crimes.rolling12.current")));
    }

    @Test
    void financeUsesTheLinesAndWarnsWhenTheFactsBlockDisagrees() {
        Partial p = new Partial();
        FinanceData f = p.finance();
        f.addSavings(new SavingsLine("Estates", "", Map.of("2016/17", 400.0, "2017/18", 100.0),
                Map.of("2014/15", 1000.0), "At risk", REF));
        f.addSavings(new SavingsLine("Fleet", "", Map.of("2016/17", 200.0, "2018/19", 50.0, "2019/20", 999.0),
                Map.of("2014/15", 500.0, "2015/16", 250.0), "On track", REF));
        f.addBudget(new BudgetLine("Officers", BudgetCategory.OFFICER_PAY, 600, REF));
        f.addBudget(new BudgetLine("Staff", BudgetCategory.STAFF_PAY, 150, REF));
        f.addBudget(new BudgetLine("PCSOs", BudgetCategory.PCSO_PAY, 50, REF));
        f.addBudget(new BudgetLine("Estates", BudgetCategory.NON_PAY, 200, REF));
        f.putFact(Fact.SAVINGS_TO_DATE, new FinanceData.FactValue(1700.0, REF));
        f.putFact(Fact.SAVINGS_REQUIRED, new FinanceData.FactValue(900.0, REF));
        f.putFact(Fact.OFFICERS, new FinanceData.FactValue(12.0, REF));
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(1750, metric(s, "finance.savings_to_date"), "1000 + 500 + 250 from the lines");
        assertEquals(900, metric(s, "finance.savings_required"));
        // Years with a plan and no achievement, first three: 2016/17 (600), 2017/18 (100), 2018/19 (50).
        assertEquals(750, metric(s, "finance.savings_planned_next3"));
        assertEquals(150, metric(s, "finance.savings_gap"));
        assertEquals(500, metric(s, "finance.savings_at_risk"), "Estates' planned 400 + 100");
        assertEquals(1000, metric(s, "finance.budget"));
        assertEquals(0.8, metric(s, "finance.staff_share"), 1e-12);
        assertEquals(50, metric(s, "finance.cost_per_officer"));
        assertTrue(Double.isNaN(metric(s, "finance.staff")), "no staff establishment in the inputs");
        var warning = s.findings().stream().filter(x -> x.rule().equals("FACT_DISAGREES")).findFirst().orElseThrow();
        assertEquals("B2", warning.cell());
        assertEquals("£1,750", warning.expected());
    }

    @Test
    void aLongSourceReportsItsLatestTwelveCompleteMonthsAndAnOverrideWins() {
        Period whole = Period.headline(LocalDate.of(2014, 4, 1), LocalDate.of(2015, 3, 31), null, null);
        assertEquals(365, whole.days());
        Period latest = Period.headline(LocalDate.of(2013, 1, 1), LocalDate.of(2015, 3, 17), null, null);
        assertEquals(LocalDate.of(2014, 3, 1), latest.from());
        assertEquals(LocalDate.of(2015, 2, 28), latest.to());
        Period forced = Period.headline(LocalDate.of(2013, 1, 1), LocalDate.of(2015, 3, 17),
                LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 31));
        assertEquals(31, forced.days());
    }

    @Test
    void noInputsGiveNoFiguresButTheValidationCounts() {
        Summary s = SummaryCalculator.compute(new Partial(), RUN, null, null);
        assertNull(s.calls());
        assertNull(s.crime());
        assertNull(s.finance());
        assertEquals(List.of("validation.errors", "validation.warnings", "validation.info"),
                s.metrics().stream().map(m -> m.id()).toList());
    }

    @Test
    void sourcesFarApartGivePerDayFiguresForTheCoveredDaysAndAWarning() {
        Partial p = new Partial();
        p.calls().declare(CallCounts.Measure.GRADING);
        // Ten days in April 2014 (100 calls each) and ten in March 2016 (200 each): the headline is the
        // latest 12 complete months, April 2015 to March 2016, which has data on 10 of its 366 days.
        for (int i = 0; i < 10; i++) {
            p.calls().addTotal(LocalDate.of(2014, 4, 1).plusDays(i), 100);
            p.calls().addTotal(LocalDate.of(2016, 3, 22).plusDays(i), 200);
        }
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(LocalDate.of(2015, 4, 1), s.calls().from());
        assertEquals(10, s.calls().days());
        assertEquals(200.0, metric(s, "calls.per_day"), 1e-12, "2,000 calls over the 10 days with data");
        assertTrue(s.metric("calls.per_day").period().contains("(10 of 366 days have data)"),
                s.metric("calls.per_day").period());
        var w = s.findings().stream().filter(f -> f.rule().equals("PERIOD_PARTLY_COVERED")).toList();
        assertEquals(1, w.size());
        assertEquals("10 of 366 days", w.get(0).seen());
        assertTrue(SummaryCalculator.compute(new Partial(), RUN, null, null).findings().isEmpty());
    }
}
