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
 */
public record CallStats(LocalDate from, LocalDate to, long days, long total,
                        Map<Grading, Long> gradingTotals, Map<Channel, Long> channelTotals,
                        long stormRecords, SortedMap<LocalDate, Long> dailyTotals,
                        SortedMap<YearMonth, Long> monthlyTotals, long[][] hourByWeekday) {
}
