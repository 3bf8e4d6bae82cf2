package org.forcestat.model;

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
 * Crimes and ASB incidents counted per date and category, and per division and month, with the
 * days the sources actually cover (a month-resolution source covers the whole of each month).
 *
 * <p>Daily sources (one row per crime or per day) and monthly ones (police.uk's "2016-05") are kept
 * apart, each with the sources and periods it covers, so merging stays a plain associative sum
 * while a month counted by both is never counted twice: when read, a month with daily data uses
 * it and the monthly figure is left out (SPEC §3). {@link #overlaps()} says where that happened.
 */
public final class CrimeCounts {
    private static final int WIDTH = CrimeCategory.values().length;

    /** Whether a count came from a daily source or a monthly one. */
    public enum Grain { DAY, MONTH }

    /** A month counted by sources of both grains: the daily sources used, the monthly ones left out. */
    public record Overlap(NavigableSet<YearMonth> months, List<String> used, List<String> notUsed) {
    }

    private final EnumMap<Grain, TreeMap<LocalDate, long[]>> byDate = new EnumMap<>(Grain.class);
    private final EnumMap<Grain, TreeMap<String, TreeMap<YearMonth, long[]>>> byDivisionMonth = new EnumMap<>(Grain.class);
    /**
     * Days covered by daily sources and months by monthly ones, each with the categories its sources
     * give ({@link #mask}): merged with OR, so merging stays associative and commutative.
     */
    private final TreeMap<LocalDate, Integer> coveredDays = new TreeMap<>();
    private final TreeMap<YearMonth, Integer> coveredMonths = new TreeMap<>();
    /** Per source file, the months it covers at each grain. */
    private final TreeMap<String, EnumMap<Grain, TreeSet<YearMonth>>> sources = new TreeMap<>();
    private Resolved resolved;

    /** The counts as read: daily data where there is any in a month, monthly figures elsewhere. */
    private record Resolved(TreeMap<LocalDate, long[]> byDate, TreeMap<String, TreeMap<YearMonth, long[]>> byDivision,
                            TreeMap<LocalDate, Integer> covered, TreeMap<YearMonth, Grain> completeMonths) {
    }

    /** Low 16 bits: the categories every source of a day gives; high 16: those some source of it cannot give. */
    private static final int LACKS = 16;
    private static final int ALL = (1 << WIDTH) - 1;

    private static int mask(Set<CrimeCategory> given) {
        int m = 0;
        for (CrimeCategory c : given) {
            m |= 1 << c.ordinal();
        }
        return m | ((ALL & ~m) << LACKS);
    }

    /** Whether a day's sources, all of them, give this category. */
    private static boolean gives(int mask, CrimeCategory c) {
        int bit = 1 << c.ordinal();
        return (mask & bit) != 0 && (mask & (bit << LACKS)) == 0;
    }

    public CrimeCounts() {
        for (Grain g : Grain.values()) {
            byDate.put(g, new TreeMap<>());
            byDivisionMonth.put(g, new TreeMap<>());
        }
    }

    /** Adds {@code n} crimes of a category on a day (a daily source). */
    public void add(LocalDate date, String division, CrimeCategory category, long n) {
        add(Grain.DAY, date, division, category, n);
    }

    /** Adds {@code n} crimes of a category in a month (a monthly source such as police.uk). */
    public void addMonth(YearMonth month, String division, CrimeCategory category, long n) {
        add(Grain.MONTH, month.atDay(1), division, category, n);
    }

    private void add(Grain g, LocalDate date, String division, CrimeCategory category, long n) {
        resolved = null;
        byDate.get(g).computeIfAbsent(date, d -> new long[WIDTH])[category.ordinal()] += n;
        if (division != null && !division.isBlank()) {
            byDivisionMonth.get(g).computeIfAbsent(division.trim(), k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(date), m -> new long[WIDTH])[category.ordinal()] += n;
        }
    }

    /** Records that a daily source covers this day, even if no crime was recorded on it. */
    public void coverDay(LocalDate d) {
        coverDay(d, "");
    }

    /** As {@link #coverDay(LocalDate, String, Set)} for a source that gives every category. */
    public void coverDay(LocalDate d, String source) {
        coverDay(d, source, EnumSet.allOf(CrimeCategory.class));
    }

    /**
     * Records that a daily source covers this day and gives these categories: a category it cannot
     * give (violence inside police.uk's merged group, ASB from a recording system) is not a zero.
     */
    public void coverDay(LocalDate d, String source, Set<CrimeCategory> given) {
        resolved = null;
        coveredDays.merge(d, mask(given), (a, b) -> a | b);
        sources.computeIfAbsent(source, k -> new EnumMap<>(Grain.class))
                .computeIfAbsent(Grain.DAY, k -> new TreeSet<>()).add(YearMonth.from(d));
    }

    /** Records that a monthly source covers every day of this month. */
    public void coverMonth(YearMonth m) {
        coverMonth(m, "");
    }

    public void coverMonth(YearMonth m, String source) {
        coverMonth(m, source, EnumSet.allOf(CrimeCategory.class));
    }

    /** Records that a monthly source covers every day of this month and gives these categories. */
    public void coverMonth(YearMonth m, String source, Set<CrimeCategory> given) {
        resolved = null;
        coveredMonths.merge(m, mask(given), (a, b) -> a | b);
        sources.computeIfAbsent(source, k -> new EnumMap<>(Grain.class))
                .computeIfAbsent(Grain.MONTH, k -> new TreeSet<>()).add(m);
    }

    /** Months with daily data: a monthly figure for one of them is left out. */
    private TreeSet<YearMonth> dailyMonths() {
        TreeSet<YearMonth> out = new TreeSet<>();
        coveredDays.keySet().forEach(d -> out.add(YearMonth.from(d)));
        return out;
    }

    private Resolved resolved() {
        if (resolved != null) {
            return resolved;
        }
        TreeSet<YearMonth> daily = dailyMonths();
        TreeMap<LocalDate, long[]> dates = new TreeMap<>(byDate.get(Grain.DAY));
        byDate.get(Grain.MONTH).forEach((d, a) -> {
            if (!daily.contains(YearMonth.from(d))) {
                sum(dates.computeIfAbsent(d, k -> new long[WIDTH]), a);
            }
        });
        TreeMap<String, TreeMap<YearMonth, long[]>> divisions = new TreeMap<>();
        for (Grain g : Grain.values()) {
            byDivisionMonth.get(g).forEach((div, months) -> months.forEach((m, a) -> {
                if (g == Grain.DAY || !daily.contains(m)) {
                    sum(divisions.computeIfAbsent(div, k -> new TreeMap<>()).computeIfAbsent(m, k -> new long[WIDTH]), a);
                }
            }));
        }
        TreeMap<LocalDate, Integer> covered = new TreeMap<>(coveredDays);
        TreeMap<YearMonth, Grain> complete = new TreeMap<>();
        coveredMonths.forEach((m, mask) -> {
            if (!daily.contains(m)) {
                complete.put(m, Grain.MONTH);
                for (int d = 1; d <= m.lengthOfMonth(); d++) {
                    covered.put(m.atDay(d), mask);
                }
            }
        });
        for (YearMonth m : daily) {
            if (coveredDays.subMap(m.atDay(1), true, m.atEndOfMonth(), true).size() == m.lengthOfMonth()) {
                complete.put(m, Grain.DAY);
            }
        }
        resolved = new Resolved(dates, divisions, covered, complete);
        return resolved;
    }

    /** Where daily and monthly sources count the same months; the daily ones were used for them. */
    public List<Overlap> overlaps() {
        TreeSet<YearMonth> both = dailyMonths();
        both.retainAll(coveredMonths.keySet());
        if (both.isEmpty()) {
            return List.of();
        }
        TreeSet<String> used = new TreeSet<>();
        TreeSet<String> notUsed = new TreeSet<>();
        sources.forEach((source, grains) -> grains.forEach((grain, months) -> {
            if (months.stream().anyMatch(both::contains)) {
                (grain == Grain.DAY ? used : notUsed).add(source);
            }
        }));
        return List.of(new Overlap(Collections.unmodifiableNavigableSet(both), List.copyOf(used), List.copyOf(notUsed)));
    }

    public boolean isEmpty() {
        return coveredDays.isEmpty() && coveredMonths.isEmpty() && byDate.values().stream().allMatch(Map::isEmpty);
    }

    public NavigableSet<LocalDate> coveredDays() {
        return Collections.unmodifiableNavigableSet(resolved().covered().navigableKeySet());
    }

    /** The covered days whose sources all give this category: the days a figure of it divides by. */
    public NavigableSet<LocalDate> coveredDays(CrimeCategory c) {
        TreeSet<LocalDate> out = new TreeSet<>();
        resolved().covered().forEach((d, mask) -> {
            if (gives(mask, c)) {
                out.add(d);
            }
        });
        return out;
    }

    /** Whether a daily source covers this day (a monthly source's days are no daily series). */
    public boolean isDaily(LocalDate d) {
        return coveredDays.containsKey(d);
    }

    /** Whether the sources of this covered day give this category (false for a day not covered). */
    public boolean gives(LocalDate d, CrimeCategory c) {
        Integer mask = resolved().covered().get(d);
        return mask != null && gives(mask, c);
    }

    /**
     * The months every day of which is covered, with the grain of the sources used for them: a series
     * for a test or a chart takes months of one grain only (SPEC §3).
     */
    public SortedMap<YearMonth, Grain> completeMonths() {
        return Collections.unmodifiableSortedMap(resolved().completeMonths());
    }

    /** Crimes of a category over the days in [from, to] whose sources give it. */
    public long total(CrimeCategory c, LocalDate from, LocalDate to) {
        long n = 0;
        for (Map.Entry<LocalDate, long[]> e : resolved().byDate().subMap(from, true, to, true).entrySet()) {
            if (gives(e.getKey(), c)) {
                n += e.getValue()[c.ordinal()];
            }
        }
        return n;
    }

    public SortedMap<LocalDate, long[]> rawByDate() {
        return Collections.unmodifiableSortedMap(resolved().byDate());
    }

    public long count(LocalDate d, CrimeCategory c) {
        long[] a = resolved().byDate().get(d);
        return a == null ? 0 : a[c.ordinal()];
    }

    public SortedMap<String, TreeMap<YearMonth, long[]>> rawByDivisionMonth() {
        return Collections.unmodifiableSortedMap(resolved().byDivision());
    }

    /** Adds every count, covered period and source of {@code other}; associative and commutative. */
    public CrimeCounts merge(CrimeCounts other) {
        resolved = null;
        for (Grain g : Grain.values()) {
            other.byDate.get(g).forEach((d, a) -> sum(byDate.get(g).computeIfAbsent(d, k -> new long[WIDTH]), a));
            other.byDivisionMonth.get(g).forEach((div, months) -> {
                TreeMap<YearMonth, long[]> mine = byDivisionMonth.get(g).computeIfAbsent(div, k -> new TreeMap<>());
                months.forEach((m, a) -> sum(mine.computeIfAbsent(m, k -> new long[WIDTH]), a));
            });
        }
        other.coveredDays.forEach((d, mask) -> coveredDays.merge(d, mask, (a, b) -> a | b));
        other.coveredMonths.forEach((m, mask) -> coveredMonths.merge(m, mask, (a, b) -> a | b));
        other.sources.forEach((source, grains) -> grains.forEach((grain, months) ->
                sources.computeIfAbsent(source, k -> new EnumMap<>(Grain.class))
                        .computeIfAbsent(grain, k -> new TreeSet<>()).addAll(months)));
        return this;
    }

    private static void sum(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Total per category over the covered days in [from, to]. */
    public long[] totals(LocalDate from, LocalDate to) {
        long[] t = new long[WIDTH];
        for (Map.Entry<LocalDate, long[]> e : resolved().byDate().subMap(from, true, to, true).entrySet()) {
            sum(t, e.getValue());
        }
        return t;
    }
}
