package org.forcestat.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Calls for service counted per day (by grading, channel and STORM record), mergeable across
 * files. Memory grows with days, never with rows: a year of call records is 365 small arrays.
 */
public final class CallCounts {
    /** Which counts a source supplied; a per-day sheet without a STORM column says nothing about STORM. */
    public enum Measure { GRADING, CHANNEL, STORM, HOURS }

    private static final int TOTAL = 0;
    private static final int GRADING0 = 1;
    private static final int GRADING_UNKNOWN = GRADING0 + Grading.values().length;
    private static final int CHANNEL0 = GRADING_UNKNOWN + 1;
    private static final int CHANNEL_UNKNOWN = CHANNEL0 + Channel.values().length;
    private static final int STORM = CHANNEL_UNKNOWN + 1;
    private static final int WIDTH = STORM + 1;

    private final TreeMap<LocalDate, long[]> days = new TreeMap<>();
    private final EnumSet<Measure> measures = EnumSet.noneOf(Measure.class);
    /** Calls by weekday (Monday = 0) and hour of day, from one-row-per-call sources only. */
    private final long[][] hourByWeekday = new long[7][24];

    private long[] day(LocalDate date) {
        return days.computeIfAbsent(date, d -> new long[WIDTH]);
    }

    /** Counts one call (record form); null grading/channel means the column is absent, unknown means unrecognised. */
    public void addCall(LocalDate date, int hour, Grading grading, boolean gradingUnknown,
                        Channel channel, boolean channelUnknown, Boolean storm) {
        long[] d = day(date);
        d[TOTAL]++;
        if (grading != null) {
            d[GRADING0 + grading.ordinal()]++;
        } else if (gradingUnknown) {
            d[GRADING_UNKNOWN]++;
        }
        if (channel != null) {
            d[CHANNEL0 + channel.ordinal()]++;
        } else if (channelUnknown) {
            d[CHANNEL_UNKNOWN]++;
        }
        if (Boolean.TRUE.equals(storm)) {
            d[STORM]++;
        }
        if (hour >= 0 && hour < 24) {
            hourByWeekday[date.getDayOfWeek().getValue() - 1][hour]++;
        }
    }

    /** Adds a per-day count of total calls. */
    public void addTotal(LocalDate date, long n) {
        day(date)[TOTAL] += n;
    }

    public void addGrading(LocalDate date, Grading g, long n) {
        day(date)[GRADING0 + g.ordinal()] += n;
    }

    public void addChannel(LocalDate date, Channel c, long n) {
        day(date)[CHANNEL0 + c.ordinal()] += n;
    }

    public void addStorm(LocalDate date, long n) {
        day(date)[STORM] += n;
    }

    /** Records that the source supplied this measure (so a zero is a real zero). */
    public void declare(Measure m) {
        measures.add(m);
    }

    public Set<Measure> measures() {
        return Collections.unmodifiableSet(measures);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    public SortedMap<LocalDate, long[]> rawDays() {
        return Collections.unmodifiableSortedMap(days);
    }

    public long total(LocalDate d) {
        long[] a = days.get(d);
        return a == null ? 0 : a[TOTAL];
    }

    public long grading(LocalDate d, Grading g) {
        long[] a = days.get(d);
        return a == null ? 0 : a[GRADING0 + g.ordinal()];
    }

    public long gradingUnknown(LocalDate d) {
        long[] a = days.get(d);
        return a == null ? 0 : a[GRADING_UNKNOWN];
    }

    public long channel(LocalDate d, Channel c) {
        long[] a = days.get(d);
        return a == null ? 0 : a[CHANNEL0 + c.ordinal()];
    }

    public long storm(LocalDate d) {
        long[] a = days.get(d);
        return a == null ? 0 : a[STORM];
    }

    public long hourCount(DayOfWeek dow, int hour) {
        return hourByWeekday[dow.getValue() - 1][hour];
    }

    public java.util.NavigableSet<LocalDate> dates() {
        return Collections.unmodifiableNavigableSet(days.navigableKeySet());
    }

    /** Adds every count of {@code other} into this one; associative and commutative. */
    public CallCounts merge(CallCounts other) {
        for (Map.Entry<LocalDate, long[]> e : other.days.entrySet()) {
            long[] mine = day(e.getKey());
            long[] theirs = e.getValue();
            for (int i = 0; i < WIDTH; i++) {
                mine[i] += theirs[i];
            }
        }
        measures.addAll(other.measures);
        for (int w = 0; w < 7; w++) {
            for (int h = 0; h < 24; h++) {
                hourByWeekday[w][h] += other.hourByWeekday[w][h];
            }
        }
        return this;
    }

    /** Keeps only the days in [from, to]. */
    public CallCounts restrict(LocalDate from, LocalDate to) {
        days.headMap(from, false).clear();
        days.tailMap(to, false).clear();
        return this;
    }
}
