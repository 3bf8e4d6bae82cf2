package org.forcestat.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Crimes and ASB incidents counted per date and category, and per division and month, with the
 * days the sources actually cover (a month-resolution source covers the whole of each month).
 */
public final class CrimeCounts {
    private static final int WIDTH = CrimeCategory.values().length;

    private final TreeMap<LocalDate, long[]> byDate = new TreeMap<>();
    private final TreeMap<String, TreeMap<YearMonth, long[]>> byDivisionMonth = new TreeMap<>();
    private final TreeSet<LocalDate> covered = new TreeSet<>();

    /** Adds {@code n} crimes of a category on a date (for monthly data, the first of the month). */
    public void add(LocalDate date, String division, CrimeCategory category, long n) {
        byDate.computeIfAbsent(date, d -> new long[WIDTH])[category.ordinal()] += n;
        if (division != null && !division.isBlank()) {
            byDivisionMonth.computeIfAbsent(division.trim(), k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(date), m -> new long[WIDTH])[category.ordinal()] += n;
        }
    }

    /** Records that a daily source covers this day, even if no crime was recorded on it. */
    public void coverDay(LocalDate d) {
        covered.add(d);
    }

    /** Records that a monthly source covers every day of this month. */
    public void coverMonth(YearMonth m) {
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            covered.add(m.atDay(d));
        }
    }

    public boolean isEmpty() {
        return byDate.isEmpty() && covered.isEmpty();
    }

    public NavigableSet<LocalDate> coveredDays() {
        return Collections.unmodifiableNavigableSet(covered);
    }

    public SortedMap<LocalDate, long[]> rawByDate() {
        return Collections.unmodifiableSortedMap(byDate);
    }

    public long count(LocalDate d, CrimeCategory c) {
        long[] a = byDate.get(d);
        return a == null ? 0 : a[c.ordinal()];
    }

    public SortedMap<String, TreeMap<YearMonth, long[]>> rawByDivisionMonth() {
        return Collections.unmodifiableSortedMap(byDivisionMonth);
    }

    /** Adds every count and covered day of {@code other}; associative and commutative. */
    public CrimeCounts merge(CrimeCounts other) {
        other.byDate.forEach((d, a) -> add(byDate.computeIfAbsent(d, k -> new long[WIDTH]), a));
        other.byDivisionMonth.forEach((div, months) -> {
            TreeMap<YearMonth, long[]> mine = byDivisionMonth.computeIfAbsent(div, k -> new TreeMap<>());
            months.forEach((m, a) -> add(mine.computeIfAbsent(m, k -> new long[WIDTH]), a));
        });
        covered.addAll(other.covered);
        return this;
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Total per category over the covered days in [from, to]. */
    public long[] totals(LocalDate from, LocalDate to) {
        long[] t = new long[WIDTH];
        for (Map.Entry<LocalDate, long[]> e : byDate.subMap(from, true, to, true).entrySet()) {
            add(t, e.getValue());
        }
        return t;
    }
}
