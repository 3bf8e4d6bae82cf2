package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class SeasonalityTest {

    @Test
    void saturdaysTwentyPercentBusierAreRecovered() {
        // 8 whole weeks: 100 a day, Saturdays 120. Overall mean = (6 * 100 + 120) / 7 = 720/7.
        // Saturday index = 120 / (720/7) = 7/6 = 1.1667; every other day 100 / (720/7) = 35/36 = 0.9722;
        // and Saturday / other = 1.20.
        SortedMap<LocalDate, Integer> daily = new TreeMap<>();
        LocalDate monday = LocalDate.of(2015, 6, 1);
        for (int i = 0; i < 56; i++) {
            LocalDate d = monday.plusDays(i);
            daily.put(d, d.getDayOfWeek() == DayOfWeek.SATURDAY ? 120 : 100);
        }
        Seasonality s = Seasonality.of(daily);
        assertEquals(720.0 / 7, s.overallMean(), 1e-9);
        assertEquals(7.0 / 6, s.dayOfWeek().get(DayOfWeek.SATURDAY), 1e-12);
        assertEquals(35.0 / 36, s.dayOfWeek().get(DayOfWeek.TUESDAY), 1e-12);
        assertEquals(1.2, s.dayOfWeek().get(DayOfWeek.SATURDAY) / s.dayOfWeek().get(DayOfWeek.SUNDAY), 1e-12);
        assertEquals(8L, s.daysPerWeekday().get(DayOfWeek.MONDAY));
        // June and July only: other months have no data.
        assertEquals(Double.NaN, s.monthOfYear().get(Month.JANUARY));
        assertEquals(0L, s.daysPerMonth().get(Month.JANUARY));
    }

    @Test
    void busyDecemberIsRecoveredPerDay() {
        // 2015: 100 a day, December 200. Mean = (334 * 100 + 31 * 200) / 365 = 39,600 / 365 = 108.493.
        // December index 200 / 108.493 = 1.8434; any other month, February included, 100 / 108.493 = 0.9217.
        SortedMap<LocalDate, Integer> daily = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.getYear() == 2015; d = d.plusDays(1)) {
            daily.put(d, d.getMonth() == Month.DECEMBER ? 200 : 100);
        }
        Seasonality s = Seasonality.of(daily);
        assertEquals(200 * 365.0 / 39_600, s.monthOfYear().get(Month.DECEMBER), 1e-12);
        assertEquals(100 * 365.0 / 39_600, s.monthOfYear().get(Month.FEBRUARY), 1e-12);
        assertEquals(28L, s.daysPerMonth().get(Month.FEBRUARY));
    }

    @Test
    void hourByWeekdayIndexAgainstMeanCell() {
        // Every cell 1 except Saturday 22:00 = 169: total 167 + 169 = 336 over 168 cells, mean cell 2.
        long[][] counts = new long[7][24];
        for (long[] row : counts) {
            java.util.Arrays.fill(row, 1);
        }
        counts[5][22] = 169;
        double[][] index = Seasonality.hourByWeekdayIndex(counts);
        assertEquals(84.5, index[5][22], 1e-12);
        assertEquals(0.5, index[0][0], 1e-12);
        assertEquals(Double.NaN, Seasonality.hourByWeekdayIndex(new long[7][24])[3][3]);
        assertThrows(IllegalArgumentException.class, () -> Seasonality.hourByWeekdayIndex(new long[7][23]));
    }
}
