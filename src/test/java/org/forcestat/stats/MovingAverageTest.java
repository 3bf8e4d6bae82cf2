package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class MovingAverageTest {

    @Test
    void trailingThreePointAverageByHand() {
        // 1,2,3,4,5,6,7 window 3: -, -, (1+2+3)/3=2, 3, 4, 5, 6.
        List<Double> ma = MovingAverage.trailing(List.of(1, 2, 3, 4, 5, 6, 7), 3);
        assertTrue(Double.isNaN(ma.get(0)));
        assertTrue(Double.isNaN(ma.get(1)));
        assertEquals(List.of(2.0, 3.0, 4.0, 5.0, 6.0), ma.subList(2, 7));
    }

    @Test
    void sevenDayAverageOfAWeekWithABusySaturday() {
        // Mon-Fri 100, Sat 170, Sun 30, then Mon 100 again: first full week (100*5 + 170 + 30) / 7 = 700/7 = 100;
        // the window sliding by one day drops a Monday (100) and adds a Monday (100): still 100.
        SortedMap<LocalDate, Integer> daily = new TreeMap<>();
        LocalDate monday = LocalDate.of(2015, 6, 1);
        int[] week = {100, 100, 100, 100, 100, 170, 30};
        for (int i = 0; i < 8; i++) {
            daily.put(monday.plusDays(i), week[i % 7]);
        }
        SortedMap<LocalDate, Double> ma = MovingAverage.daily(daily, MovingAverage.WEEK);
        assertEquals(8, ma.size());
        assertTrue(Double.isNaN(ma.get(monday.plusDays(5))));
        assertEquals(100.0, ma.get(monday.plusDays(6)), 1e-12);
        assertEquals(100.0, ma.get(monday.plusDays(7)), 1e-12);
    }

    @Test
    void twentyEightDayAverageNeedsTwentyEightDays() {
        // 0, 1, ..., 29: the first full window (days 0-27) averages 27/2 = 13.5, the next 14.5, then 15.5.
        SortedMap<LocalDate, Integer> daily = new TreeMap<>();
        for (int i = 0; i < 30; i++) {
            daily.put(LocalDate.of(2016, 2, 1).plusDays(i), i);
        }
        List<Double> ma = List.copyOf(MovingAverage.daily(daily, MovingAverage.FOUR_WEEKS).values());
        assertTrue(Double.isNaN(ma.get(26)));
        assertEquals(13.5, ma.get(27), 1e-12);
        assertEquals(14.5, ma.get(28), 1e-12);
        assertEquals(15.5, ma.get(29), 1e-12);
    }

    @Test
    void missingDayIsNamed() {
        SortedMap<LocalDate, Integer> daily = new TreeMap<>();
        daily.put(LocalDate.of(2015, 4, 1), 1);
        daily.put(LocalDate.of(2015, 4, 3), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MovingAverage.daily(daily, 7));
        assertTrue(e.getMessage().contains("2015-04-02"), e.getMessage());
    }
}
