package org.forcestat.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Calls for service counted per day (by grading, channel and STORM record), mergeable across
 * files. Memory grows with days, never with rows: a year of call records is 365 small arrays.
 *
 * <p>Counts are kept apart by {@link Grain}, with the days each source file covers, so that merging
 * stays a plain (associative) sum while two sources of different grain for the same days are never
 * added together: when read, a day covered by call records uses them, and per-day counts only fill
 * the days records do not cover (SPEC §3). {@link #overlaps()} says where that happened. Counts
 * are added with {@link Math#addExact}: an overflow fails loudly instead of wrapping to a negative total.
 */
public final class CallCounts {
    /**
     * Which counts a source supplied; a per-day sheet without a STORM column says nothing about STORM.
     * Per day, {@link #has} says whether every source of that day gave the field.
     */
    public enum Measure { GRADING, CHANNEL, STORM, HOURS }

    private static final int TOTAL = 0;
    private static final int GRADING0 = 1;
    private static final int GRADING_UNKNOWN = GRADING0 + Grading.values().length;
    private static final int CHANNEL0 = GRADING_UNKNOWN + 1;
    private static final int CHANNEL_UNKNOWN = CHANNEL0 + Channel.values().length;
    private static final int STORM = CHANNEL_UNKNOWN + 1;
    /**
     * Incidents: the distinct STORM records of the day's calls. Several calls about one incident are
     * several calls with a STORM record ({@link #STORM}) and one incident, counted on its first call's day.
     */
    private static final int INCIDENTS = STORM + 1;
    /** Bits of the fields ({@link #FIELDS}) a day's sources give, and of those some source of it lacks: OR-merged. */
    private static final int GIVES = INCIDENTS + 1;
    private static final int LACKS = GIVES + 1;
    /** Bits of the gradings the sources of a day (or month) have ({@link #attribute}): OR-merged. */
    private static final int GRADED = LACKS + 1;
    private static final int WIDTH = GRADED + 1;
    /** The fields a figure may need beside the total: each figure divides by the days that carry its own (SPEC §3). */
    public static final Set<Measure> FIELDS = Collections.unmodifiableSet(
            EnumSet.of(Measure.GRADING, Measure.CHANNEL, Measure.STORM));

    /**
     * How finely a source counts calls; the finer is used where two overlap. Finest first. Monthly
     * counts (a month-by-column pivot) are kept per month and never spread over days: a month is
     * read from them only when no record or per-day source has any day of it.
     */
    public enum Grain { RECORD, DAY, MONTH }

    /** Days counted by sources of both grains: the sources that were used and those that were not. */
    public record Overlap(NavigableSet<LocalDate> days, Set<String> used, Set<String> notUsed) {
    }

    private final EnumMap<Grain, TreeMap<LocalDate, long[]>> layers = new EnumMap<>(Grain.class);
    /** The record-layer day {@link #addCall} used last (day arrays are never replaced once made). */
    private LocalDate lastRecordDate;
    private long[] lastRecordDay;
    /** Monday 0 to Sunday 6 of {@link #lastRecordDate}: worked out once a day, not once a call. */
    private int lastRecordWeekday;
    /** Per source file, the days it covers at each grain. */
    private final TreeMap<String, EnumMap<Grain, TreeSet<LocalDate>>> coverage = new TreeMap<>();
    /** The days as read: records where there are any, per-day counts elsewhere. Built on demand. */
    private TreeMap<LocalDate, long[]> days;
    private final EnumSet<Measure> measures = EnumSet.noneOf(Measure.class);
    /**
     * The gradings some source has: a call graded so, or a column or row for it (even of zeros). A
     * grading no source has is not in these inputs, not 0 (a force on P1 to P4 has no crime reports).
     */
    private final EnumSet<Grading> gradingsGiven = EnumSet.noneOf(Grading.class);
    /**
     * The channels some source has: a call received so, or a column or row for it. A daily sheet with a
     * "999 calls" column and no other gives 999 calls alone: its 101 and online calls are not in these
     * inputs, not 0.
     */
    private final EnumSet<Channel> channelsGiven = EnumSet.noneOf(Channel.class);
    /** Whether {@link #attribute} has stamped each day with its file's gradings (false in hand-built counts). */
    private boolean stamped;
    /** Calls by weekday (Monday = 0) and hour of day, from one-row-per-call sources only. */
    private final long[][] hourByWeekday = new long[7][24];

    public CallCounts() {
        for (Grain g : Grain.values()) {
            layers.put(g, new TreeMap<>());
        }
    }

    private long[] day(Grain grain, LocalDate date) {
        days = null;
        return layers.get(grain).computeIfAbsent(date, d -> new long[WIDTH]);
    }

    private long[] day(LocalDate date) {
        return day(Grain.DAY, date);
    }

    /** Records that a source has this grading (a call graded so, or a column or row for it). */
    public void giveGrading(Grading g) {
        gradingsGiven.add(g);
    }

    /** The channels some source has: a count was added for them (a call received so, a column or row for it). */
    public Set<Channel> channelsGiven() {
        return Collections.unmodifiableSet(channelsGiven);
    }

    /** The gradings some source has (see {@link #giveGrading}). */
    public Set<Grading> gradingsGiven() {
        return Collections.unmodifiableSet(gradingsGiven);
    }

    /**
     * The gradings the sources used for days in [from, to] have (days, and monthly sources' months that
     * start in it): a grading that only a file outside the period has is not in the period's inputs,
     * so it is absent there, not 0. Without per-file attribution, every grading any source has.
     */
    public Set<Grading> gradingsGiven(LocalDate from, LocalDate to) {
        if (!stamped) {
            return gradingsGiven();
        }
        long bits = 0;
        for (long[] a : days().subMap(from, true, to, true).values()) {
            bits |= a[GRADED];
        }
        for (Map.Entry<YearMonth, long[]> e : monthOnly().entrySet()) {
            if (!e.getKey().atDay(1).isBefore(from) && !e.getKey().atEndOfMonth().isAfter(to)) {
                bits |= e.getValue()[GRADED];
            }
        }
        EnumSet<Grading> out = EnumSet.noneOf(Grading.class);
        for (Grading g : Grading.values()) {
            if ((bits & (1L << g.ordinal())) != 0) {
                out.add(g);
            }
        }
        return out;
    }

    private long[] month(YearMonth m) {
        return day(Grain.MONTH, m.atDay(1));
    }

    /** Adds a month's total calls (a monthly source). */
    public void addMonthTotal(YearMonth m, long n) {
        long[] a = month(m);
        a[TOTAL] = Math.addExact(a[TOTAL], n);
    }

    /** Adds a month's calls of one grading; null adds them as calls with no recognised grading. */
    public void addMonthGrading(YearMonth m, Grading g, long n) {
        long[] a = month(m);
        int i = g == null ? GRADING_UNKNOWN : GRADING0 + g.ordinal();
        a[i] = Math.addExact(a[i], n);
    }

    /** Adds a month's calls by one channel; null adds them as calls with no recognised channel. */
    public void addMonthChannel(YearMonth m, Channel c, long n) {
        long[] a = month(m);
        int i = c == null ? CHANNEL_UNKNOWN : CHANNEL0 + c.ordinal();
        a[i] = Math.addExact(a[i], n);
        if (c != null) {
            channelsGiven.add(c);
        }
    }

    /** Adds a month's calls with a STORM record. */
    public void addMonthStorm(YearMonth m, long n) {
        long[] a = month(m);
        a[STORM] = Math.addExact(a[STORM], n);
        a[INCIDENTS] = Math.addExact(a[INCIDENTS], n);
    }

    /** Records which fields a monthly source gives for this month ({@link #FIELDS} not in {@code given} are lacking). */
    public void coverMonth(YearMonth m, Set<Measure> given) {
        long[] a = month(m);
        for (Measure f : FIELDS) {
            mark(a, f, given.contains(f));
        }
    }

    /**
     * The months read from monthly sources: those no record or per-day source has a day of (a
     * month is never counted from two grains), each with its counts.
     */
    public SortedMap<YearMonth, long[]> monthOnly() {
        TreeMap<YearMonth, long[]> out = new TreeMap<>();
        Set<YearMonth> daily = dailyMonths();
        layers.get(Grain.MONTH).forEach((d, a) -> {
            YearMonth m = YearMonth.from(d);
            if (!daily.contains(m)) {
                out.put(m, a);
            }
        });
        return out;
    }

    private Set<YearMonth> dailyMonths() {
        Set<YearMonth> out = new TreeSet<>();
        days().keySet().forEach(d -> out.add(YearMonth.from(d)));
        return out;
    }

    /** A monthly count's total (see {@link #monthOnly}). */
    public static long total(long[] month) {
        return month[TOTAL];
    }

    public static long grading(long[] month, Grading g) {
        return month[GRADING0 + g.ordinal()];
    }

    public static long channel(long[] month, Channel c) {
        return month[CHANNEL0 + c.ordinal()];
    }

    public static long storm(long[] month) {
        return month[STORM];
    }

    /** A monthly count's incidents (distinct STORM records). */
    public static long incidents(long[] month) {
        return month[INCIDENTS];
    }

    /** Whether every source of a monthly count gives the field. */
    public static boolean has(long[] month, Measure m) {
        long bit = 1L << m.ordinal();
        return (month[GIVES] & bit) != 0 && (month[LACKS] & bit) == 0;
    }

    /** Months counted by both a monthly source and a record or per-day one: the monthly figures were not used. */
    public List<Overlap> monthOverlaps() {
        TreeSet<LocalDate> both = new TreeSet<>();
        Set<YearMonth> daily = dailyMonths();
        layers.get(Grain.MONTH).keySet().forEach(d -> {
            if (daily.contains(YearMonth.from(d))) {
                both.add(d);
            }
        });
        if (both.isEmpty()) {
            return List.of();
        }
        Set<String> used = new TreeSet<>();
        Set<String> notUsed = new TreeSet<>();
        Set<YearMonth> months = new TreeSet<>();
        both.forEach(d -> months.add(YearMonth.from(d)));
        coverage.forEach((source, grains) -> grains.forEach((grain, covered) -> {
            if (covered.stream().anyMatch(d -> months.contains(YearMonth.from(d)))) {
                (grain == Grain.MONTH ? notUsed : used).add(source);
            }
        }));
        return List.of(new Overlap(Collections.unmodifiableNavigableSet(both), used, notUsed));
    }

    /**
     * True when, for every month of {@code overlap}, the monthly figure's total is the total of the daily
     * data's days of that month: a workbook's own summary sheet of its month sheets, say, which repeats
     * the daily data rather than disagreeing with it.
     */
    public boolean monthsAgree(Overlap overlap) {
        TreeMap<LocalDate, long[]> daily = days();
        for (LocalDate first : overlap.days()) {
            long[] month = layers.get(Grain.MONTH).get(first);
            long sum = 0;
            for (long[] a : daily.subMap(first, true, first.plusMonths(1), false).values()) {
                sum += a[TOTAL];
            }
            if (month == null || month[TOTAL] != sum) {
                return false;
            }
        }
        return true;
    }

    private TreeMap<LocalDate, long[]> days() {
        TreeMap<LocalDate, long[]> d = days;
        if (d == null) {
            d = new TreeMap<>(layers.get(Grain.DAY));
            d.putAll(layers.get(Grain.RECORD));
            days = d;
        }
        return d;
    }

    /**
     * Records that the counts now held came from {@code source}: call once per file, on its own partial.
     * Each day and month is stamped with the gradings the file has.
     */
    public void attribute(String source) {
        long graded = 0;
        for (Grading g : gradingsGiven) {
            graded |= 1L << g.ordinal();
        }
        stamped = true;
        for (TreeMap<LocalDate, long[]> m : layers.values()) {
            for (long[] a : m.values()) {
                a[GRADED] |= graded;
            }
        }
        layers.forEach((grain, m) -> {
            if (!m.isEmpty()) {
                coverage.computeIfAbsent(source, k -> new EnumMap<>(Grain.class))
                        .computeIfAbsent(grain, k -> new TreeSet<>()).addAll(m.keySet());
            }
        });
    }

    /** Where sources of different grain count the same days; the finer one was used for them. */
    public List<Overlap> overlaps() {
        TreeSet<LocalDate> both = new TreeSet<>(layers.get(Grain.RECORD).keySet());
        both.retainAll(layers.get(Grain.DAY).keySet());
        if (both.isEmpty()) {
            return List.of();
        }
        Set<String> used = new TreeSet<>();
        Set<String> notUsed = new TreeSet<>();
        coverage.forEach((source, grains) -> grains.forEach((grain, covered) -> {
            if (grain != Grain.MONTH && !Collections.disjoint(covered, both)) {
                (grain == Grain.RECORD ? used : notUsed).add(source);
            }
        }));
        return List.of(new Overlap(Collections.unmodifiableNavigableSet(both), used, notUsed));
    }

    /** Counts one call (record form); null grading/channel means the column is absent, unknown means unrecognised. */
    public void addCall(LocalDate date, int hour, Grading grading, boolean gradingUnknown,
                        Channel channel, boolean channelUnknown, Boolean storm) {
        long[] d;
        if (date.equals(lastRecordDate)) {
            // Calls come in time order: most rows land on the day before them, found without a search.
            d = lastRecordDay;
            days = null;
        } else {
            d = day(Grain.RECORD, date);
            lastRecordDate = date;
            lastRecordDay = d;
            lastRecordWeekday = date.getDayOfWeek().getValue() - 1;
        }
        d[TOTAL]++;
        // Null and not unknown: the sheet has no such column (null storm: no STORM column).
        mark(d, Measure.GRADING, grading != null || gradingUnknown);
        mark(d, Measure.CHANNEL, channel != null || channelUnknown);
        mark(d, Measure.STORM, storm != null);
        if (grading != null) {
            d[GRADING0 + grading.ordinal()]++;
        } else if (gradingUnknown) {
            d[GRADING_UNKNOWN]++;
        }
        if (channel != null) {
            d[CHANNEL0 + channel.ordinal()]++;
            channelsGiven.add(channel);
        } else if (channelUnknown) {
            d[CHANNEL_UNKNOWN]++;
        }
        if (Boolean.TRUE.equals(storm)) {
            d[STORM]++;
            d[INCIDENTS]++;
        }
        if (hour >= 0 && hour < 24) {
            hourByWeekday[lastRecordWeekday][hour]++;
        }
    }

    /**
     * A call already counted with {@link #addCall} on {@code date} whose STORM record is an incident an
     * earlier call of the same source opened: still a call with a STORM record, no longer a new incident.
     */
    public void sameIncident(LocalDate date) {
        long[] d = layers.get(Grain.RECORD).get(date);
        if (d == null || d[INCIDENTS] == 0) {
            throw new IllegalStateException("no incident counted on " + date);
        }
        d[INCIDENTS]--;
    }

    private static void mark(long[] day, Measure m, boolean given) {
        day[given ? GIVES : LACKS] |= 1L << m.ordinal();
    }

    /**
     * Records which fields a per-day source's row for this day carries ({@link #FIELDS} not in
     * {@code given} are lacking): a day from a sheet without a channel column is no day of 999 calls.
     */
    public void cover(LocalDate date, Set<Measure> given) {
        long[] d = day(date);
        for (Measure m : FIELDS) {
            mark(d, m, given.contains(m));
        }
    }

    /** Whether every source of this day gives the field, so that its count on the day is whole. */
    public boolean has(LocalDate date, Measure m) {
        long[] a = days().get(date);
        long bit = 1L << m.ordinal();
        return a != null && (a[GIVES] & bit) != 0 && (a[LACKS] & bit) == 0;
    }

    /** The grain of the sources used for this day (records where there are any), or null when none covers it. */
    public Grain grain(LocalDate date) {
        return layers.get(Grain.RECORD).containsKey(date) ? Grain.RECORD
                : layers.get(Grain.DAY).containsKey(date) ? Grain.DAY : null;
    }

    /** Adds a per-day count of total calls. */
    public void addTotal(LocalDate date, long n) {
        long[] d = day(date);
        d[TOTAL] = Math.addExact(d[TOTAL], n);
    }

    public void addGrading(LocalDate date, Grading g, long n) {
        long[] d = day(date);
        d[GRADING0 + g.ordinal()] = Math.addExact(d[GRADING0 + g.ordinal()], n);
        mark(d, Measure.GRADING, true);
    }

    public void addChannel(LocalDate date, Channel c, long n) {
        long[] d = day(date);
        d[CHANNEL0 + c.ordinal()] = Math.addExact(d[CHANNEL0 + c.ordinal()], n);
        mark(d, Measure.CHANNEL, true);
        channelsGiven.add(c);
    }

    public void addStorm(LocalDate date, long n) {
        long[] d = day(date);
        d[STORM] = Math.addExact(d[STORM], n);
        d[INCIDENTS] = Math.addExact(d[INCIDENTS], n);
        mark(d, Measure.STORM, true);
    }

    /** Records that the source supplied this measure (so a zero is a real zero). */
    public void declare(Measure m) {
        measures.add(m);
    }

    public Set<Measure> measures() {
        return Collections.unmodifiableSet(measures);
    }

    public boolean isEmpty() {
        return layers.values().stream().allMatch(Map::isEmpty);
    }

    public SortedMap<LocalDate, long[]> rawDays() {
        return Collections.unmodifiableSortedMap(days());
    }

    public long total(LocalDate d) {
        long[] a = days().get(d);
        return a == null ? 0 : a[TOTAL];
    }

    public long grading(LocalDate d, Grading g) {
        long[] a = days().get(d);
        return a == null ? 0 : a[GRADING0 + g.ordinal()];
    }

    public long gradingUnknown(LocalDate d) {
        long[] a = days().get(d);
        return a == null ? 0 : a[GRADING_UNKNOWN];
    }

    public long channel(LocalDate d, Channel c) {
        long[] a = days().get(d);
        return a == null ? 0 : a[CHANNEL0 + c.ordinal()];
    }

    public long storm(LocalDate d) {
        long[] a = days().get(d);
        return a == null ? 0 : a[STORM];
    }

    /** The day's incidents: its distinct STORM records (see {@link #sameIncident}). */
    public long incidents(LocalDate d) {
        long[] a = days().get(d);
        return a == null ? 0 : a[INCIDENTS];
    }

    /** Adds {@code n} calls at {@code hour} on {@code dow} to the hour-by-weekday profile only (their days are counted already). */
    public void addHour(DayOfWeek dow, int hour, long n) {
        hourByWeekday[dow.getValue() - 1][hour] += n;
    }

    public long hourCount(DayOfWeek dow, int hour) {
        return hourByWeekday[dow.getValue() - 1][hour];
    }

    public java.util.NavigableSet<LocalDate> dates() {
        return Collections.unmodifiableNavigableSet(days().navigableKeySet());
    }

    /** Two files that count the same dates at the same grain: the earlier one used, the later one not added. */
    private record Pair(Grain grain, String used, String notUsed) {
    }

    /** The dates a {@link Pair} shares, and each file's total calls on them. */
    private static final class Shared {
        final TreeSet<LocalDate> dates = new TreeSet<>();
        long usedTotal;
        long notUsedTotal;

        void add(Shared o) {
            dates.addAll(o.dates);
            usedTotal += o.usedTotal;
            notUsedTotal += o.notUsedTotal;
        }
    }

    /**
     * Days (per-day sources) or months (monthly sources) that two files count at the same grain (SPEC §3:
     * overlapping sources of the same kind are never double-counted).
     */
    private final Map<Pair, Shared> sameGrain = new java.util.LinkedHashMap<>();

    /**
     * Whether {@code theirs}, the figures of {@code other}'s file for this date, repeat a date another
     * file already gave at the same grain: then they are not added, and the overlap is kept for the
     * warning. Counts not yet attributed to a file (sheets of one workbook) are added as before.
     */
    private boolean repeatsAnotherSource(Grain grain, LocalDate date, CallCounts other, long[] theirs) {
        long[] mine = layers.get(grain).get(date);
        if (mine == null) {
            return false;
        }
        String used = sourceOf(grain, date);
        String notUsed = other.sourceOf(grain, date);
        if (used == null || notUsed == null || used.equals(notUsed)) {
            return false;
        }
        Shared o = sameGrain.computeIfAbsent(new Pair(grain, used, notUsed), k -> new Shared());
        o.dates.add(date);
        o.usedTotal += mine[TOTAL];
        o.notUsedTotal += theirs[TOTAL];
        return true;
    }

    /** The file whose figures this date holds at this grain, or null when none is recorded. */
    private String sourceOf(Grain grain, LocalDate date) {
        for (Map.Entry<String, EnumMap<Grain, TreeSet<LocalDate>>> e : coverage.entrySet()) {
            TreeSet<LocalDate> covered = e.getValue().get(grain);
            if (covered != null && covered.contains(date)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** A same-grain overlap as the warning names it. */
    public record Repeated(Grain grain, String used, String notUsed, NavigableSet<LocalDate> dates, long usedTotal,
                           long notUsedTotal) {
    }

    /** Where two files count the same days or months at the same grain (the later file was not added). */
    public List<Repeated> sameGrainOverlaps() {
        List<Repeated> out = new java.util.ArrayList<>();
        sameGrain.forEach((k, v) -> out.add(new Repeated(k.grain(), k.used(), k.notUsed(),
                Collections.unmodifiableNavigableSet(v.dates), v.usedTotal, v.notUsedTotal)));
        return out;
    }

    /** Adds every count of {@code other} into this one; except that a day or month another file already
     * gave at the same grain is not added again (see {@link #sameGrainOverlaps}). */
    public CallCounts merge(CallCounts other) {
        other.layers.forEach((grain, m) -> {
            for (Map.Entry<LocalDate, long[]> e : m.entrySet()) {
                long[] theirs = e.getValue();
                if (grain != Grain.RECORD && repeatsAnotherSource(grain, e.getKey(), other, theirs)) {
                    continue;
                }
                long[] mine = day(grain, e.getKey());
                for (int i = 0; i < GIVES; i++) {
                    mine[i] = Math.addExact(mine[i], theirs[i]);
                }
                mine[GIVES] |= theirs[GIVES];
                mine[LACKS] |= theirs[LACKS];
                mine[GRADED] |= theirs[GRADED];
            }
        });
        other.sameGrain.forEach((k, v) -> sameGrain.computeIfAbsent(k, x -> new Shared()).add(v));
        other.coverage.forEach((source, grains) -> grains.forEach((grain, covered) ->
                coverage.computeIfAbsent(source, k -> new EnumMap<>(Grain.class))
                        .computeIfAbsent(grain, k -> new TreeSet<>()).addAll(covered)));
        measures.addAll(other.measures);
        gradingsGiven.addAll(other.gradingsGiven);
        channelsGiven.addAll(other.channelsGiven);
        stamped |= other.stamped;
        for (int w = 0; w < 7; w++) {
            for (int h = 0; h < 24; h++) {
                hourByWeekday[w][h] = Math.addExact(hourByWeekday[w][h], other.hourByWeekday[w][h]);
            }
        }
        return this;
    }
}
