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
 * STORM column ({@code stormCalls} calls). {@code incidents} are the distinct STORM records of those
 * calls (several calls about one incident are one incident). A map is empty, and {@code stormRecords}
 * and {@code incidents} -1, when no day has the field.
 */
public record CallStats(LocalDate from, LocalDate to, long days, long total,
                        Map<Grading, Long> gradingTotals, Map<Channel, Long> channelTotals,
                        long stormRecords, SortedMap<LocalDate, Long> dailyTotals,
                        SortedMap<YearMonth, Long> monthlyTotals, long[][] hourByWeekday,
                        long gradingDays, long gradedCalls, long channelDays, long stormDays, long stormCalls,
                        long incidents) {

    /** Every field over every day. */
    public CallStats(LocalDate from, LocalDate to, long days, long total, Map<Grading, Long> gradingTotals,
                     Map<Channel, Long> channelTotals, long stormRecords, SortedMap<LocalDate, Long> dailyTotals,
                     SortedMap<YearMonth, Long> monthlyTotals, long[][] hourByWeekday) {
        this(from, to, days, total, gradingTotals, channelTotals, stormRecords, dailyTotals, monthlyTotals,
                hourByWeekday, gradingTotals.isEmpty() ? 0 : days, gradingTotals.isEmpty() ? 0 : total,
                channelTotals.isEmpty() ? 0 : days, stormRecords < 0 ? 0 : days, stormRecords < 0 ? 0 : total,
                stormRecords);
    }

    /**
     * The days that carry calls data inside [from, to]: from the first day (or first whole month of a
     * monthly source) with data to the last. A --from/--to period wider than the data, or a year with
     * data only in its last quarter, is not the calls' period (SPEC §3: each figure by its own days).
     */
    public Period dataSpan() {
        LocalDate first = dailyTotals.isEmpty() ? null : dailyTotals.firstKey();
        LocalDate last = dailyTotals.isEmpty() ? null : dailyTotals.lastKey();
        for (YearMonth m : monthlyTotals.keySet()) {
            if (!dailyTotals.subMap(m.atDay(1), m.plusMonths(1).atDay(1)).isEmpty()) {
                continue;
            }
            // A month with no daily figure comes from a monthly source, which covers the whole month.
            first = first == null || m.atDay(1).isBefore(first) ? m.atDay(1) : first;
            last = last == null || m.atEndOfMonth().isAfter(last) ? m.atEndOfMonth() : last;
        }
        return first == null ? new Period(from, to) : new Period(first, last);
    }
}
