package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.forcestat.model.CallCounts;
import org.forcestat.model.CallCounts.Measure;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.CrimeCounts;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** SPEC §3 on mixes of sources: per-field denominators, and no test or chart across a change of grain. */
@Execution(ExecutionMode.CONCURRENT)
class MixedSourcesStatsTest {
    private static final RunInfo RUN = new RunInfo("Kent", "OFFICIAL", LocalDateTime.of(2016, 6, 1, 9, 0), "test",
            List.of(), "in");
    private static final Set<CrimeCategory> POLICE_UK = CrimeCategory.givenBy(EnumSet.of(
            CrimeCategory.VIOLENCE_AND_SEXUAL, CrimeCategory.BURGLARY_ALL, CrimeCategory.VEHICLE_CRIME,
            CrimeCategory.THEFT, CrimeCategory.ASB));
    /** A recording system's export of all crime (rows of violence and theft), of which the tests count thefts. */
    private static final Set<CrimeCategory> ALL_CRIME = CrimeCategory.givenBy(EnumSet.of(CrimeCategory.VIOLENCE,
            CrimeCategory.THEFT));

    private static Summary compute(Partial p) {
        return SummaryCalculator.compute(p, RUN, null, null);
    }

    /** A police.uk month: 1,000 crimes in its merged group, 500 thefts, 300 ASB, all in "Kent Police". */
    private static void policeUkMonth(Partial p, YearMonth m, long violenceAndSexual) {
        p.crimes().addMonth(m, "Kent Police", CrimeCategory.VIOLENCE_AND_SEXUAL, violenceAndSexual);
        p.crimes().addMonth(m, "Kent Police", CrimeCategory.THEFT, 500);
        p.crimes().addMonth(m, "Kent Police", CrimeCategory.ASB, 300);
        p.crimes().coverMonth(m, "pu-" + m + ".csv", POLICE_UK);
    }

    @Test
    void policeUkGivesItsMergedGroupsAndNotTheirParts() {
        assertFalse(POLICE_UK.contains(CrimeCategory.VIOLENCE));
        assertFalse(POLICE_UK.contains(CrimeCategory.SEXUAL_OFFENCES));
        assertFalse(POLICE_UK.contains(CrimeCategory.DWELLING_BURGLARY));
        assertFalse(POLICE_UK.contains(CrimeCategory.TFMV));
        assertFalse(POLICE_UK.contains(CrimeCategory.TOMV));
        assertTrue(POLICE_UK.containsAll(EnumSet.of(CrimeCategory.THEFT, CrimeCategory.ROBBERY, CrimeCategory.OTHER,
                CrimeCategory.ASB, CrimeCategory.VIOLENCE_AND_SEXUAL)));
        Set<CrimeCategory> recordingSystem = ALL_CRIME;
        assertTrue(recordingSystem.containsAll(CrimeCategory.seedCategories()));
        assertFalse(recordingSystem.contains(CrimeCategory.ASB), "no ASB rows: ASB is not in the source");

        Partial p = new Partial();
        policeUkMonth(p, YearMonth.of(2018, 10), 1000);
        Summary s = compute(p);
        assertNull(s.metric("crimes.violence.per_day"));
        assertEquals("crimes.violence.per_day", s.absentMetric("crimes.violence.per_day").id());
        assertTrue(s.absentMetric("crimes.violence.per_day").reason().contains("Violence and sexual offences"));
        assertFalse(s.crime().perDay().containsKey(CrimeCategory.VIOLENCE), "no evidence of 0 violent crimes");
        assertEquals(1000.0 / 31, s.metric("crimes.violence_and_sexual.per_day").value(), 1e-12);
        assertEquals(300.0 / 31, s.metric("asb.per_day").value(), 1e-12);
    }

    @Test
    void aPartialDailyCsvForAprilBesidePoliceUkNeverReadsAsAChangeInCrime() {
        // 25 police.uk months, April 2014 - April 2016, the same every month (1,800 crimes): nothing
        // changed. A CSV of thefts for the first ten days of April 2016 (100) is finer and replaces
        // police.uk's April, which is then no complete month: the comparison is of police.uk's own 24
        // months to March 2016, 21,600 against 21,600.
        Partial p = new Partial();
        for (YearMonth m = YearMonth.of(2014, 4); !m.isAfter(YearMonth.of(2016, 4)); m = m.plusMonths(1)) {
            policeUkMonth(p, m, 1300);
        }
        for (int d = 1; d <= 10; d++) {
            LocalDate day = LocalDate.of(2016, 4, d);
            p.crimes().add(day, null, CrimeCategory.THEFT, 10);
            p.crimes().coverDay(day, "april.csv", ALL_CRIME);
        }
        Summary s = compute(p);
        assertEquals(1, s.crime().rolling12().size(), "\"Kent Police\" is the whole force, not a division of it");
        Rolling12 force = s.crime().rolling12().get(0);
        assertEquals("Force", force.area());
        assertEquals(YearMonth.of(2016, 3), force.currentEnd());
        assertEquals(21600, force.previous());
        assertEquals(21600, force.current());
        assertEquals(0, s.metric("crimes.rolling12.change").value());
        assertEquals(YearMonth.of(2016, 3), s.trends().monthlyCrime().values().lastKey());

        // A CSV for the whole of April with thefts alone is a complete month of another grain: the
        // latest run of one grain is that month, and nothing is compared (the old figure was -10.1%).
        for (int d = 11; d <= 30; d++) {
            LocalDate day = LocalDate.of(2016, 4, d);
            p.crimes().add(day, null, CrimeCategory.THEFT, 10);
            p.crimes().coverDay(day, "april.csv", ALL_CRIME);
        }
        Summary whole = compute(p);
        // Every covered month counts toward the 12-month totals (April 2016 from the CSV, 30 x 10 thefts,
        // the months before from police.uk, 1,800 each): 11 x 1,800 + 300 against 12 x 1,800. But the 24
        // months mix two kinds of source, so nothing is tested and no verdict is given.
        assertEquals(1, whole.crime().rolling12().size());
        Rolling12 mixed = whole.crime().rolling12().get(0);
        assertEquals(YearMonth.of(2016, 4), mixed.currentEnd());
        assertEquals(21600, mixed.previous());
        assertEquals(11 * 1800 + 300, mixed.current());
        assertEquals(YearOnYear.Method.MIXED_SOURCES, mixed.test().method());
        assertFalse(mixed.test().verdict().real());
        assertNull(whole.metric("crimes.rolling12.p_value"));
        assertFalse(whole.trends().categoryComparisons().containsKey(CrimeCategory.THEFT));
        // The CSV gives no "Violence and sexual offences": that group's months are police.uk's alone,
        // 24 to March 2016, 15,600 against 15,600.
        TrendStats.Comparison vso = whole.trends().categoryComparisons().get(CrimeCategory.VIOLENCE_AND_SEXUAL);
        assertEquals(15600, vso.previous());
        assertEquals(15600, vso.current());
        assertEquals(1, whole.trends().areaComparisons().size(), "the force line alone");
        assertFalse(whole.trends().areaComparisons().get(0).verdict().real());
        assertEquals(List.of(YearMonth.of(2016, 4)), List.copyOf(whole.trends().monthlyCrime().values().keySet()));
        assertNull(whole.trends().monthlyCrime().limits(), "one month is no control chart");
    }

    @Test
    void fallsWithinThatAppearsHalfwayIsNoAreaGoingFromZero() {
        // Twelve months of a daily export with no area (May 2014 - April 2015), then twelve police.uk
        // months "Falls within" Kent Police: the latest run of one grain is 12 months, too few to compare.
        Partial p = new Partial();
        for (LocalDate d = LocalDate.of(2014, 5, 1); d.isBefore(LocalDate.of(2015, 5, 1)); d = d.plusDays(1)) {
            p.crimes().add(d, null, CrimeCategory.THEFT, 50);
            p.crimes().coverDay(d, "export.csv", ALL_CRIME);
        }
        for (YearMonth m = YearMonth.of(2015, 5); !m.isAfter(YearMonth.of(2016, 4)); m = m.plusMonths(1)) {
            policeUkMonth(p, m, 800);
        }
        Summary s = compute(p);
        // The force's totals count both halves (365 x 50 against 12 x 1,300), untested as their sources
        // differ; "Kent Police" has only the latest 12 months, so it is no area of the table.
        assertEquals(1, s.crime().rolling12().size());
        assertEquals("Force", s.crime().rolling12().get(0).area());
        assertEquals(365 * 50, s.crime().rolling12().get(0).previous());
        assertEquals(12 * 1300, s.crime().rolling12().get(0).current());
        assertEquals(YearOnYear.Method.MIXED_SOURCES, s.crime().rolling12().get(0).test().method());
        assertNull(s.metric("crimes.rolling12.p_value"));
        assertEquals(List.of("Force"), s.trends().areaComparisons().stream().map(TrendStats.Comparison::name).toList());
        assertEquals(12, s.trends().monthlyCrime().values().size(), "police.uk's twelve months alone");
        assertEquals(YearMonth.of(2015, 5), s.trends().monthlyCrime().values().firstKey());
        assertEquals(1300, s.trends().monthlyCrime().values().get(YearMonth.of(2015, 5)), "800 + 500 crimes, no ASB");
    }

    @Test
    void aDivisionReturnThatStartsHalfwayHasNoComparisonFromZero() {
        // North returns 100 a month for 24 months; East only for the latest 12 (150 a month).
        Partial p = new Partial();
        for (int i = 0; i < 24; i++) {
            YearMonth m = YearMonth.of(2014, 6).plusMonths(i);
            p.crimeTotals().add("North", m, 100);
            if (i >= 12) {
                p.crimeTotals().add("East", m, 150);
            }
        }
        List<Rolling12> r = compute(p).crime().rolling12();
        assertEquals(List.of("North", "Force"), r.stream().map(Rolling12::area).toList(), "no East 0 -> 1,800");
        assertEquals(1200, r.get(0).previous());
        assertEquals(1200, r.get(0).current());
    }

    @Test
    void controlChartsNeedTwelvePointsAndCountLimitsStopAtZero() {
        // 4, 6, 5, 3, 7, 5, 4, 6, 5, 5, 5, 5: mean 5; moving ranges 2,1,2,4,2,1,2,1,0,0,0 sum 15 over 11;
        // XmR half-width 2.66 * 15 / 11 = 3.627: limits 1.373 to 8.627, both inside 0.
        TreeMap<YearMonth, Long> twelve = new TreeMap<>();
        long[] v = {4, 6, 5, 3, 7, 5, 4, 6, 5, 5, 5, 5};
        for (int i = 0; i < v.length; i++) {
            twelve.put(YearMonth.of(2015, 1).plusMonths(i), v[i]);
        }
        ControlLimits<YearMonth> l = ControlLimits.ofCounts(twelve, ControlLimits.Method.XMR);
        assertEquals(5 - 2.66 * 15 / 11, l.lower(), 1e-12);
        // Two months, 1,000 and 6,000 (moving range 5,000): XmR would give 3,500 -/+ 13,300; no chart at all.
        assertFalse(ControlLimits.enoughPoints(2));
        assertNull(TrendCalculator.monthly("Crimes", new TreeMap<>(java.util.Map.of(YearMonth.of(2016, 1), 1000L,
                YearMonth.of(2016, 2), 6000L))).limits());
        // 12 months alternating 0 and 100: centre 50, mean moving range 100, XmR lower 50 - 266 < 0 -> 0.
        TreeMap<YearMonth, Long> swing = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            swing.put(YearMonth.of(2015, 1).plusMonths(i), i % 2 == 0 ? 0L : 100L);
        }
        ControlLimits<YearMonth> c = ControlLimits.ofCounts(swing, ControlLimits.Method.XMR);
        assertEquals(0.0, c.lower(), 0);
        assertEquals(50 + 266.0, c.upper(), 1e-9);
        assertTrue(c.outside().isEmpty(), "a 0 is on the floor, not below it");
        assertEquals(50 - 266.0, ControlLimits.of(swing, ControlLimits.Method.XMR).lower(), 1e-9,
                "plain XmR (rates, amounts) is not floored");
    }

    @Test
    void twoPerDaySourcesForTheSameDayGiveStormOnlyIfBothHaveIt() {
        // 1 June: North (100 calls, 60 STORM) and South (50 calls, no STORM column); 2 June: North alone
        // (80 calls, 40 STORM). Incidents per day: 40 over the one day whose sources all have STORM.
        Partial north = new Partial();
        Partial south = new Partial();
        LocalDate d1 = LocalDate.of(2015, 6, 1);
        LocalDate d2 = LocalDate.of(2015, 6, 2);
        north.calls().addTotal(d1, 100);
        north.calls().addStorm(d1, 60);
        north.calls().cover(d1, EnumSet.of(Measure.STORM));
        north.calls().addTotal(d2, 80);
        north.calls().addStorm(d2, 40);
        north.calls().cover(d2, EnumSet.of(Measure.STORM));
        south.calls().addTotal(d1, 50);
        south.calls().cover(d1, EnumSet.noneOf(Measure.class));
        Summary s = compute(new Partial().merge(south).merge(north));
        assertEquals(230, s.metric("calls.total").value());
        assertEquals(115, s.metric("calls.per_day").value(), 1e-12);
        assertEquals(40, s.metric("incidents.per_day").value(), 1e-12);
        assertEquals(1, s.metric("calls.storm.days").value());
        assertEquals(0.5, s.metric("calls.no_storm.share").value(), 1e-12, "(80 - 40) / 80");
        assertEquals("calls.999.per_day", s.absentMetric("calls.999.per_day").id());
    }

    @Test
    void callRecordsGiveTheFieldsTheirColumnsHave() {
        // Two calls on 1 June with channel and STORM columns, one on 2 June from a sheet with neither.
        CallCounts c = new CallCounts();
        LocalDate d1 = LocalDate.of(2015, 6, 1);
        LocalDate d2 = LocalDate.of(2015, 6, 2);
        c.addCall(d1, 9, Grading.IMMEDIATE, false, Channel.EMERGENCY, false, true);
        c.addCall(d1, 10, Grading.ADVICE, false, null, true, false);
        c.addCall(d2, 11, Grading.HIGH, false, null, false, null);
        assertTrue(c.has(d1, Measure.CHANNEL));
        assertTrue(c.has(d1, Measure.STORM));
        assertFalse(c.has(d2, Measure.CHANNEL));
        assertFalse(c.has(d2, Measure.STORM));
        assertTrue(c.has(d2, Measure.GRADING));
    }

    @Test
    void coverageMergesInAnyGrouping() {
        CrimeCounts a = new CrimeCounts();
        CrimeCounts b = new CrimeCounts();
        CrimeCounts c = new CrimeCounts();
        LocalDate d = LocalDate.of(2015, 6, 1);
        a.coverDay(d, "a.csv", CrimeCategory.givenBy(EnumSet.of(CrimeCategory.ASB)));
        a.add(d, null, CrimeCategory.ASB, 3);
        b.coverDay(d, "b.csv", ALL_CRIME);
        b.add(d, null, CrimeCategory.THEFT, 4);
        c.coverMonth(YearMonth.of(2015, 7), "c.csv", POLICE_UK);
        c.addMonth(YearMonth.of(2015, 7), null, CrimeCategory.VIOLENCE_AND_SEXUAL, 5);
        CrimeCounts left = copy(a).merge(copy(b)).merge(copy(c));
        CrimeCounts right = copy(a).merge(copy(b).merge(copy(c)));
        CrimeCounts other = copy(c).merge(copy(a)).merge(copy(b));
        for (CrimeCounts x : List.of(left, right, other)) {
            assertFalse(x.gives(d, CrimeCategory.ASB), "b.csv, the same day, records no ASB");
            assertTrue(x.gives(d, CrimeCategory.THEFT));
            assertFalse(x.gives(LocalDate.of(2015, 7, 9), CrimeCategory.VIOLENCE));
            assertTrue(x.gives(LocalDate.of(2015, 7, 9), CrimeCategory.VIOLENCE_AND_SEXUAL));
            assertEquals(32, x.coveredDays().size());
            assertEquals(31, x.coveredDays(CrimeCategory.VIOLENCE_AND_SEXUAL).size());
            assertEquals(4, x.total(CrimeCategory.THEFT, d, d));
            assertEquals(0, x.total(CrimeCategory.ASB, d, d.plusDays(60)));
        }
    }

    private static CrimeCounts copy(CrimeCounts x) {
        return new CrimeCounts().merge(x);
    }
}
