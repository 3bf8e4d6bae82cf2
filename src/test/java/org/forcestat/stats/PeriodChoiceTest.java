package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcestat.model.CallCounts;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;

/** The reporting period of --from/--to against the data's span: inside, partly outside, wholly outside. */
class PeriodChoiceTest {
    private static final RunInfo RUN = new RunInfo(null, "OFFICIAL", LocalDateTime.of(2016, 6, 1, 9, 0), "test",
            List.of(), ".");

    @Test
    void anOverrideHoldingNoneOfTheSpanIsNoPeriodNotOneDay() {
        LocalDate first = LocalDate.of(2016, 1, 1);
        LocalDate last = LocalDate.of(2016, 4, 30);
        assertNull(Period.headline(first, last, LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31)));
        assertNull(Period.headline(first, last, null, LocalDate.of(2015, 12, 31)));
        Period part = Period.headline(first, last, LocalDate.of(2016, 3, 1), LocalDate.of(2016, 6, 30));
        assertEquals(new Period(LocalDate.of(2016, 3, 1), last), part);
        assertEquals(61, part.days());
        Period oneDay = Period.headline(first, last, last, null);
        assertEquals(1, oneDay.days());
    }

    @Test
    void theLastWholeMonthOfAPeriodIsItsOwnOnlyWhenItEndsOnTheMonthsLastDay() {
        assertEquals(YearMonth.of(2015, 12), Period.lastWholeMonth(LocalDate.of(2015, 12, 31)));
        assertEquals(YearMonth.of(2015, 11), Period.lastWholeMonth(LocalDate.of(2015, 12, 30)));
        assertEquals(YearMonth.of(2016, 2), Period.lastWholeMonth(LocalDate.of(2016, 2, 29)));
        assertEquals("01/04/2017 to 31/03/2018", Period.asked(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31)));
        assertEquals("from 01/10/2015", Period.asked(LocalDate.of(2015, 10, 1), null));
    }

    @Test
    void monthlySeriesEndAtThePeriodsLastWholeMonthAndNeedAMonthInIt() {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        for (int i = 0; i < 27; i++) {
            months.put(YearMonth.of(2014, 1).plusMonths(i), 100L + i);
        }
        SortedMap<YearMonth, Long> toDec = TrendCalculator.upToPeriodEnd(months, LocalDate.of(2015, 1, 1),
                LocalDate.of(2015, 12, 31));
        assertEquals(YearMonth.of(2014, 1), toDec.firstKey());
        assertEquals(YearMonth.of(2015, 12), toDec.lastKey());
        assertEquals(24, toDec.size());
        assertEquals(26, TrendCalculator.upToPeriodEnd(months, null, LocalDate.of(2016, 3, 15)).size());
        assertTrue(TrendCalculator.upToPeriodEnd(months, LocalDate.of(2017, 4, 1), null).isEmpty());
        assertTrue(TrendCalculator.upToPeriodEnd(months, null, LocalDate.of(2013, 12, 31)).isEmpty());
        assertEquals(27, TrendCalculator.upToPeriodEnd(months, null, null).size());
    }

    /** 27 months of theft, Jan 2014 to Mar 2016, month k holding 100 + k. */
    private static Partial theftMonths() {
        Partial p = new Partial();
        for (int k = 0; k < 27; k++) {
            YearMonth m = YearMonth.of(2014, 1).plusMonths(k);
            p.crimes().coverMonth(m);
            p.crimes().addMonth(m, null, CrimeCategory.THEFT, 100 + k);
        }
        return p;
    }

    @Test
    void rollingTotalsAndTrendsEndAtThePeriodsEndNotTheDatas() {
        Summary s = SummaryCalculator.compute(theftMonths(), RUN, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        Rolling12 force = s.crime().rolling12().get(s.crime().rolling12().size() - 1);
        assertEquals(YearMonth.of(2015, 12), force.currentEnd());
        // months 12..23: 1,200 + 210; months 0..11: 1,200 + 66
        assertEquals(1410, force.current());
        assertEquals(1266, force.previous());
        assertEquals(YearMonth.of(2015, 12), s.trends().monthlyCrime().values().lastKey());
        assertEquals(24, s.trends().monthlyCrime().values().size());
        assertEquals(YearMonth.of(2015, 12), YearMonth.from(
                s.trends().categoryComparisons().get(CrimeCategory.THEFT).currentPeriod().to()));
        assertEquals(YearMonth.of(2015, 12), s.crime().monthlyByCategory().lastKey());
        // A period ending before 24 months of data: no rolling totals, rather than the data's latest
        Summary early = SummaryCalculator.compute(theftMonths(), RUN, null, LocalDate.of(2015, 11, 30));
        assertTrue(early.crime().rolling12().isEmpty());
    }

    @Test
    void aKindThePeriodHoldsNoneOfIsAbsentWithWhyAndNoDataAtAllIsAMistake() {
        Partial p = theftMonths();
        p.calls().declare(CallCounts.Measure.GRADING);
        for (int i = 0; i < 10; i++) {
            p.calls().addTotal(LocalDate.of(2016, 4, 1).plusDays(i), 20);
        }
        Summary s = SummaryCalculator.compute(p, RUN, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        assertNull(s.calls());
        assertEquals("the calls data covers 01/04/2016 to 10/04/2016, none of the period 01/01/2015 to 31/12/2015",
                s.absentMetric("calls.per_day").reason());
        assertNull(s.metric("calls.total"));
        assertNull(s.trends().monthlyCalls());
        assertEquals(1410.0, s.metric("crimes.total").value());
        assertEquals(1, s.findings().stream().filter(f -> f.rule().equals("PERIOD_OUTSIDE_DATA")).count());

        NoDataInPeriod none = assertThrows(NoDataInPeriod.class,
                () -> SummaryCalculator.compute(p, RUN, LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31)));
        assertEquals("the period 01/04/2017 to 31/03/2018 (--from/--to) holds none of the data: the calls cover "
                + "01/04/2016 to 10/04/2016; the recorded crime covers 01/01/2014 to 31/03/2016. Choose dates within "
                + "those, or leave out --from and --to for the latest 12 months.", none.getMessage());
    }
}
