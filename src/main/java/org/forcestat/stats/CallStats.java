package org.forcestat.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;

/**
 * Calls for service over the reporting period [from, to] ({@code days} days covered).
 * {@code hourByWeekday} is [weekday Monday=0][hour], or null when no source gave call times.
 *
 * <p>Each figure is over the days that carry its own field (SPEC §3): {@code gradingTotals} over the
 * {@code gradingDays} whose sources give a grading ({@code gradedCalls} calls with a recognised one), {@code channelTotals}
 * over the {@code channelDays} with a channel, {@code stormRecords} over the {@code stormDays} with a
 * STORM column ({@code stormCalls} calls). A map is empty, and {@code stormRecords} -1, when no day
 * has the field.
 */
public record CallStats(LocalDate from, LocalDate to, long days, long total,
                        Map<Grading, Long> gradingTotals, Map<Channel, Long> channelTotals,
                        long stormRecords, SortedMap<LocalDate, Long> dailyTotals,
                        SortedMap<YearMonth, Long> monthlyTotals, long[][] hourByWeekday,
                        long gradingDays, long gradedCalls, long channelDays, long stormDays, long stormCalls) {

    /** Every field over every day. */
    public CallStats(LocalDate from, LocalDate to, long days, long total, Map<Grading, Long> gradingTotals,
                     Map<Channel, Long> channelTotals, long stormRecords, SortedMap<LocalDate, Long> dailyTotals,
                     SortedMap<YearMonth, Long> monthlyTotals, long[][] hourByWeekday) {
        this(from, to, days, total, gradingTotals, channelTotals, stormRecords, dailyTotals, monthlyTotals,
                hourByWeekday, gradingTotals.isEmpty() ? 0 : days, gradingTotals.isEmpty() ? 0 : total,
                channelTotals.isEmpty() ? 0 : days, stormRecords < 0 ? 0 : days, stormRecords < 0 ? 0 : total);
    }
}
