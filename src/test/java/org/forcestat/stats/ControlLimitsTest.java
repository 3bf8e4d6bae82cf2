package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcestat.stats.ControlLimits.Method;
import org.forcestat.stats.ControlLimits.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class ControlLimitsTest {

    private static final LocalDate START = LocalDate.of(2015, 4, 1);

    private static SortedMap<LocalDate, Integer> daily(int... values) {
        SortedMap<LocalDate, Integer> series = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            series.put(START.plusDays(i), values[i]);
        }
        return series;
    }

    // 4, 6, 5, 3, 7, 5, 4, 6: sum 40, mean 5.
    private static final int[] SMALL = {4, 6, 5, 3, 7, 5, 4, 6};

    @Test
    void cChartLimitsOnSmallSeries() {
        // centre 5; 3 * sqrt(5) = 6.7082; upper 11.7082; lower 5 - 6.7082 < 0, floored to 0.
        ControlLimits<LocalDate> c = ControlLimits.of(daily(SMALL), Method.C_CHART);
        assertEquals(Method.C_CHART, c.method());
        assertEquals(5.0, c.centre(), 1e-12);
        assertEquals(5 + 3 * Math.sqrt(5), c.upper(), 1e-12);
        assertEquals(11.7082, c.upper(), 1e-4);
        assertEquals(0.0, c.lower(), 0);
        assertEquals(8, c.points().size());
        assertFalse(c.hasSignals()); // clean series: nothing outside, no run (5s sit on the centre line)
        assertTrue(c.method().description().startsWith("c-chart"));
    }

    @Test
    void xmrLimitsOnSmallSeries() {
        // moving ranges |6-4|, |5-6|, |3-5|, |7-3|, |5-7|, |4-5|, |6-4| = 2, 1, 2, 4, 2, 1, 2: sum 14, mean 2.
        // limits 5 +- 2.66 * 2 = 5 +- 5.32: upper 10.32, lower -0.32 (not floored for XmR).
        ControlLimits<LocalDate> c = ControlLimits.of(daily(SMALL), Method.XMR);
        assertEquals(5.0, c.centre(), 1e-12);
        assertEquals(10.32, c.upper(), 1e-12);
        assertEquals(-0.32, c.lower(), 1e-12);
        assertFalse(c.hasSignals());
        assertTrue(c.method().description().startsWith("XmR"));
    }

    @Test
    void plantedOutlierIsFlaggedWithItsDate() {
        // 30 days alternating 10, 12 (sum 330), with day index 15 (a 12) replaced by 40: sum 358,
        // mean 11.9333; c-chart upper = 11.9333 + 3 sqrt(11.9333) = 22.2967, lower = 1.5699.
        int[] values = new int[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 2 == 0 ? 10 : 12;
        }
        values[15] = 40;
        ControlLimits<LocalDate> c = ControlLimits.of(daily(values), Method.C_CHART);
        assertEquals(358.0 / 30, c.centre(), 1e-12);
        assertEquals(22.2967, c.upper(), 1e-4);
        assertEquals(1.5699, c.lower(), 1e-4);
        assertEquals(1, c.outside().size());
        assertEquals(15, c.outside().get(0).index());
        assertEquals(LocalDate.of(2015, 4, 16), c.outside().get(0).label());
        assertEquals(40.0, c.outside().get(0).value(), 0);
        assertTrue(c.runs().isEmpty());
        // XmR flags it too: its moving ranges are 2 except 28 and 30 around the spike.
        assertEquals(LocalDate.of(2015, 4, 16), ControlLimits.of(daily(values), Method.XMR).outside().get(0).label());
    }

    @Test
    void plantedRunOfEightIsFlaggedWithStartAndEnd() {
        // 12, 8 x5 (idx 0-9), then 12.5 x8 (idx 10-17), then 8, 12 x5 (idx 18-27).
        // sum = 100 + 100 + 100 = 300, mean 10.7143: the 12.5s are one run above of exactly 8;
        // elsewhere the points alternate sides. All within c-chart limits 0.894 .. 20.534.
        List<Double> values = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            double v = i < 10 ? (i % 2 == 0 ? 12 : 8) : i < 18 ? 12.5 : (i % 2 == 0 ? 8 : 12);
            values.add(v);
            dates.add(START.plusDays(i));
        }
        ControlLimits<LocalDate> c = ControlLimits.of(values, dates, Method.C_CHART);
        assertEquals(300.0 / 28, c.centre(), 1e-12);
        assertTrue(c.outside().isEmpty());
        assertEquals(1, c.runs().size());
        ControlLimits.Run<LocalDate> run = c.runs().get(0);
        assertEquals(Side.ABOVE, run.side());
        assertEquals(10, run.startIndex());
        assertEquals(17, run.endIndex());
        assertEquals(8, run.length());
        assertEquals(LocalDate.of(2015, 4, 11), run.start());
        assertEquals(LocalDate.of(2015, 4, 18), run.end());
    }

    @Test
    void runOfSevenIsNotFlagged() {
        // 7 below (1s), then alternating 9, 1 ... mean is above 1 so the seven 1s are one run of 7.
        List<Double> values = List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 9.0, 1.0, 9.0, 1.0, 9.0);
        List<Integer> labels = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertTrue(ControlLimits.of(values, labels, Method.XMR).runs().isEmpty());
    }

    @Test
    void monthlySeriesKeepsMonthLabels() {
        SortedMap<YearMonth, Long> monthly = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            monthly.put(YearMonth.of(2015, 1).plusMonths(i), i == 6 ? 200L : 100L);
        }
        // mean = (11 * 100 + 200) / 12 = 108.33; upper = 108.33 + 3 sqrt(108.33) = 139.56: July is out.
        ControlLimits<YearMonth> c = ControlLimits.of(monthly, Method.C_CHART);
        assertEquals(YearMonth.of(2015, 7), c.outside().get(0).label());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ControlLimits.of(List.of(1.0), List.of("a"), Method.XMR));
        assertThrows(IllegalArgumentException.class, () -> ControlLimits.of(List.of(-1.0), List.of("a"), Method.C_CHART));
        assertThrows(IllegalArgumentException.class, () -> ControlLimits.of(List.of(1.0, 2.0), List.of("a"), Method.XMR));
    }
}
