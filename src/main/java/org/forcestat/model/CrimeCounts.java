package org.forcestat.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * <p>Counts are kept apart by the {@link Grain} of their source, so merging stays a plain associative
 * sum, and are resolved when read: every (month, category) figure comes from exactly one grain, the
 * first in {@link Grain}'s order (finest first) whose sources give that category in that month, and
 * figures of different grains are never added (SPEC §3). A category one grain gives and a finer one
 * lacks is kept (police.uk's anti-social behaviour beside a recorded-crime pivot that has no ASB row),
 * unless it overlaps a category the finer grain gives (police.uk's "Violence and sexual offences" beside
 * a pivot's violence). {@link #overlaps()} says where grains met.
 */
public final class CrimeCounts {
    private static final int WIDTH = CrimeCategory.values().length;

    /**
     * The kind of source a count came from, in order of precedence (finest first): where two count the
     * same month, the earlier is used. Sources of one grain for the same days are added (a file per
     * division), as are their categories' coverage: a category is given only where all of them give it.
     */
    public enum Grain {
        /** One row per crime with its date, or a count per day. */
        DAY("daily crime data"),
        /** A recorded-crime workbook: a count per month (a month-by-column pivot, or rows of month and count). */
        MONTH("monthly recorded-crime figures"),
        /** police.uk's street-level download: one row per crime, dated by month only. */
        STREET("police.uk street-level rows");

        private final String description;

        Grain(String description) {
            this.description = description;
        }

        /** What such a source is, in words for a finding. */
        public String description() {
            return description;
        }
    }

    /**
     * Months that sources of two grains both count: the finer ({@code used}) was used for their crimes
     * and the other's were not added; {@code kept} are the categories taken from the other all the same
     * because the finer lacks them (ASB). The crime totals are each grain's own for these months.
     */
    public record Overlap(NavigableSet<YearMonth> months, List<String> used, List<String> notUsed, Grain usedGrain,
                          Grain notUsedGrain, long usedCrimes, long notUsedCrimes, Set<CrimeCategory> kept) {
        /** Months, sources and grains only, for a caller that has no figures to give. */
        public Overlap(NavigableSet<YearMonth> months, List<String> used, List<String> notUsed) {
            this(months, used, notUsed, Grain.DAY, Grain.MONTH, 0, 0, Set.of());
        }
    }

    private final EnumMap<Grain, TreeMap<LocalDate, long[]>> byDate = new EnumMap<>(Grain.class);
    private final EnumMap<Grain, TreeMap<String, TreeMap<YearMonth, long[]>>> byDivisionMonth = new EnumMap<>(Grain.class);
    /**
     * Days covered by daily sources and months by monthly ones (per grain), each with the categories its
     * sources give ({@link #mask}): merged with OR, so merging stays associative and commutative.
     */
    private final TreeMap<LocalDate, Integer> coveredDays = new TreeMap<>();
    private final EnumMap<Grain, TreeMap<YearMonth, Integer>> coveredMonths = new EnumMap<>(Grain.class);
    /** Per source file, the months it covers at each grain. */
    private final TreeMap<String, EnumMap<Grain, TreeSet<YearMonth>>> sources = new TreeMap<>();
    private Resolved resolved;

    /**
     * The counts as read: for each month and category the grain chosen, and the figures it gives.
     * {@code daily} holds the days whose crimes come from daily sources (a daily series).
     */
    private record Resolved(TreeMap<LocalDate, long[]> byDate, TreeMap<String, TreeMap<YearMonth, long[]>> byDivision,
                            TreeMap<LocalDate, Integer> covered, TreeMap<YearMonth, Grain> completeMonths,
                            TreeMap<YearMonth, EnumMap<CrimeCategory, Grain>> chosen, TreeSet<LocalDate> daily) {
    }

    /** Low 16 bits: the categories every source of a day gives; high 16: those some source of it cannot give. */
    private static final int LACKS = 16;
    private static final int ALL = (1 << WIDTH) - 1;

    private static int mask(Set<CrimeCategory> given) {
        int m = 0;
        int lacks = ALL;
        for (CrimeCategory c : given) {
            m |= 1 << c.ordinal();
        }
        if (given.stream().noneMatch(CrimeCategory::isCrime)) {
            // A source of ASB alone (an incident log) says nothing of crime: beside a crime export of the
            // same days it takes no crime category away.
            lacks = 1 << CrimeCategory.ASB.ordinal();
        }
        return m | ((lacks & ~m) << LACKS);
    }

    /** Whether a day's sources, all of them, give this category. */
    private static boolean gives(int mask, CrimeCategory c) {
        int bit = 1 << c.ordinal();
        return (mask & bit) != 0 && (mask & (bit << LACKS)) == 0;
    }

    /** Whether two categories count some of the same crimes (one is, or holds, a part of the other). */
    private static boolean overlap(CrimeCategory a, CrimeCategory b) {
        if (a == b || a.parts().contains(b) || b.parts().contains(a)) {
            return true;
        }
        return !Collections.disjoint(a.parts(), b.parts());
    }

    public CrimeCounts() {
        for (Grain g : Grain.values()) {
            byDate.put(g, new TreeMap<>());
            byDivisionMonth.put(g, new TreeMap<>());
            coveredMonths.put(g, new TreeMap<>());
        }
    }

    /** Adds {@code n} crimes of a category on a day (a daily source). */
    public void add(LocalDate date, String division, CrimeCategory category, long n) {
        add(Grain.DAY, date, division, category, n);
    }

    /** Adds {@code n} crimes of a category in a month from a recorded-crime workbook ({@link Grain#MONTH}). */
    public void addMonth(YearMonth month, String division, CrimeCategory category, long n) {
        addMonth(Grain.MONTH, month, division, category, n);
    }

    /** Adds {@code n} crimes of a category in a month from a monthly source of this grain. */
    public void addMonth(Grain grain, YearMonth month, String division, CrimeCategory category, long n) {
        if (grain == Grain.DAY) {
            throw new IllegalArgumentException("a month's figure is of a monthly grain");
        }
        add(grain, month.atDay(1), division, category, n);
    }

    private void add(Grain g, LocalDate date, String division, CrimeCategory category, long n) {
        resolved = null;
        long[] day = byDate.get(g).computeIfAbsent(date, d -> new long[WIDTH]);
        day[category.ordinal()] = Math.addExact(day[category.ordinal()], n);
        if (division != null && !division.isBlank()) {
            long[] month = byDivisionMonth.get(g).computeIfAbsent(division.trim(), k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(date), m -> new long[WIDTH]);
            month[category.ordinal()] = Math.addExact(month[category.ordinal()], n);
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

    /** Records that a recorded-crime workbook covers every day of this month. */
    public void coverMonth(YearMonth m) {
        coverMonth(m, "");
    }

    public void coverMonth(YearMonth m, String source) {
        coverMonth(m, source, EnumSet.allOf(CrimeCategory.class));
    }

    /** Records that a recorded-crime workbook covers every day of this month and gives these categories. */
    public void coverMonth(YearMonth m, String source, Set<CrimeCategory> given) {
        coverMonth(Grain.MONTH, m, source, given);
    }

    /** Records that a monthly source of this grain covers every day of this month and gives these categories. */
    public void coverMonth(Grain grain, YearMonth m, String source, Set<CrimeCategory> given) {
        if (grain == Grain.DAY) {
            throw new IllegalArgumentException("a month is covered by a monthly grain");
        }
        resolved = null;
        coveredMonths.get(grain).merge(m, mask(given), (a, b) -> a | b);
        sources.computeIfAbsent(source, k -> new EnumMap<>(Grain.class))
                .computeIfAbsent(grain, k -> new TreeSet<>()).add(m);
    }

    /** The months a grain's sources cover (for daily ones, a month with any covered day). */
    private TreeSet<YearMonth> months(Grain g) {
        if (g != Grain.DAY) {
            return new TreeSet<>(coveredMonths.get(g).keySet());
        }
        TreeSet<YearMonth> out = new TreeSet<>();
        coveredDays.keySet().forEach(d -> out.add(YearMonth.from(d)));
        return out;
    }

    /** The categories-given mask of a grain in a month: its days' masks OR-merged for daily sources; null if it has none. */
    private Integer monthMask(Grain g, YearMonth m) {
        if (g != Grain.DAY) {
            return coveredMonths.get(g).get(m);
        }
        Integer out = null;
        for (int mask : coveredDays.subMap(m.atDay(1), true, m.atEndOfMonth(), true).values()) {
            out = out == null ? mask : out | mask;
        }
        return out;
    }

    private Resolved resolved() {
        if (resolved != null) {
            return resolved;
        }
        TreeSet<YearMonth> all = new TreeSet<>();
        for (Grain g : Grain.values()) {
            all.addAll(months(g));
        }
        TreeMap<LocalDate, long[]> dates = new TreeMap<>();
        TreeMap<String, TreeMap<YearMonth, long[]>> divisions = new TreeMap<>();
        TreeMap<LocalDate, Integer> covered = new TreeMap<>();
        TreeMap<YearMonth, Grain> complete = new TreeMap<>();
        TreeMap<YearMonth, EnumMap<CrimeCategory, Grain>> chosen = new TreeMap<>();
        TreeSet<LocalDate> daily = new TreeSet<>();
        for (YearMonth m : all) {
            SortedMap<LocalDate, Integer> days = coveredDays.subMap(m.atDay(1), true, m.atEndOfMonth(), true);
            EnumMap<CrimeCategory, Grain> pick = new EnumMap<>(CrimeCategory.class);
            boolean partDaily = !days.isEmpty() && days.size() < m.lengthOfMonth();
            for (Grain g : Grain.values()) {
                Integer mask = monthMask(g, m);
                // A daily source that covers part of a month is the month's only source: a monthly figure
                // cannot be cut to the days the daily one lacks.
                if (mask == null || partDaily && g != Grain.DAY) {
                    continue;
                }
                for (CrimeCategory c : CrimeCategory.values()) {
                    if (gives(mask, c) && pick.keySet().stream().noneMatch(p -> overlap(p, c))) {
                        pick.put(c, g);
                    }
                }
            }
            chosen.put(m, pick);
            if (partDaily) {
                covered.putAll(days);
                daily.addAll(days.keySet());
            } else {
                int mask = mask(pick.keySet());
                for (int d = 1; d <= m.lengthOfMonth(); d++) {
                    covered.put(m.atDay(d), mask);
                }
                complete.put(m, main(pick, m));
                if (complete.get(m) == Grain.DAY) {
                    daily.addAll(days.keySet());
                }
            }
            pick.forEach((c, g) -> {
                int i = c.ordinal();
                byDate.get(g).subMap(m.atDay(1), true, m.atEndOfMonth(), true).forEach((d, a) -> {
                    if (a[i] != 0) {
                        long[] into = dates.computeIfAbsent(d, k -> new long[WIDTH]);
                        into[i] = Math.addExact(into[i], a[i]);
                    }
                });
                byDivisionMonth.get(g).forEach((div, months) -> {
                    long[] a = months.get(m);
                    if (a != null) {
                        long[] into = divisions.computeIfAbsent(div, k -> new TreeMap<>())
                                .computeIfAbsent(m, k -> new long[WIDTH]);
                        into[i] = Math.addExact(into[i], a[i]);
                    }
                });
            });
        }
        resolved = new Resolved(dates, divisions, covered, complete, chosen, daily);
        return resolved;
    }

    /** The grain a month's crimes come from: the finest used for a crime category (ASB is no crime). */
    private Grain main(Map<CrimeCategory, Grain> pick, YearMonth m) {
        Grain out = null;
        for (Map.Entry<CrimeCategory, Grain> e : pick.entrySet()) {
            if (e.getKey().isCrime() && (out == null || e.getValue().compareTo(out) < 0)) {
                out = e.getValue();
            }
        }
        if (out != null) {
            return out;
        }
        for (Grain g : Grain.values()) {
            if (monthMask(g, m) != null) {
                return g;
            }
        }
        return Grain.MONTH;
    }

    /**
     * Where sources of two grains count the same months: one overlap per pair of grains, over the months
     * where the finer of the two was used (a month a still finer grain took is that pair's overlap).
     */
    public List<Overlap> overlaps() {
        Resolved r = resolved();
        List<Overlap> out = new ArrayList<>();
        Grain[] grains = Grain.values();
        for (int i = 0; i < grains.length; i++) {
            for (int j = i + 1; j < grains.length; j++) {
                Grain used = grains[i];
                Grain notUsed = grains[j];
                TreeSet<YearMonth> both = months(used);
                both.retainAll(months(notUsed));
                both.removeIf(m -> r.chosen().get(m).values().stream().anyMatch(g -> g.compareTo(used) < 0));
                if (both.isEmpty()) {
                    continue;
                }
                Set<CrimeCategory> kept = EnumSet.noneOf(CrimeCategory.class);
                both.forEach(m -> r.chosen().get(m).forEach((c, g) -> {
                    if (g == notUsed) {
                        kept.add(c);
                    }
                }));
                out.add(new Overlap(Collections.unmodifiableNavigableSet(both), files(used, both), files(notUsed, both),
                        used, notUsed, crimes(used, both), crimes(notUsed, both), Collections.unmodifiableSet(kept)));
            }
        }
        return out;
    }

    /** The source files of a grain that cover any of these months. */
    private List<String> files(Grain g, Set<YearMonth> months) {
        List<String> out = new ArrayList<>();
        sources.forEach((source, grains) -> {
            TreeSet<YearMonth> covered = grains.get(g);
            if (covered != null && !Collections.disjoint(covered, months)) {
                out.add(source);
            }
        });
        return out;
    }

    /** Crimes (ASB apart) that a grain's sources count in these months, whether used or not. */
    private long crimes(Grain g, Set<YearMonth> months) {
        long n = 0;
        for (Map.Entry<LocalDate, long[]> e : byDate.get(g).entrySet()) {
            if (months.contains(YearMonth.from(e.getKey()))) {
                for (CrimeCategory c : CrimeCategory.values()) {
                    if (c.isCrime()) {
                        n = Math.addExact(n, e.getValue()[c.ordinal()]);
                    }
                }
            }
        }
        return n;
    }

    /** The grain each category of a month was taken from (empty for a month no source covers). */
    public Map<CrimeCategory, Grain> chosen(YearMonth m) {
        EnumMap<CrimeCategory, Grain> c = resolved().chosen().get(m);
        return c == null ? Map.of() : Collections.unmodifiableMap(c);
    }

    public boolean isEmpty() {
        return coveredDays.isEmpty() && coveredMonths.values().stream().allMatch(Map::isEmpty)
                && byDate.values().stream().allMatch(Map::isEmpty);
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

    /** Whether this day's crimes come from a daily source (a monthly source's days are no daily series). */
    public boolean isDaily(LocalDate d) {
        return resolved().daily().contains(d);
    }

    /**
     * Whether the sources used for this covered day count all recorded crime (every seed category, on
     * its own or in a merged group): only such days give a crime total (false for a day not covered).
     */
    public boolean givesAllCrime(LocalDate d) {
        Integer mask = resolved().covered().get(d);
        if (mask == null) {
            return false;
        }
        List<CrimeCategory> given = new ArrayList<>();
        for (CrimeCategory c : CrimeCategory.values()) {
            if (gives(mask, c)) {
                given.add(c);
            }
        }
        return CrimeCategory.coversAllCrime(given);
    }

    /** Whether the sources used for this covered day give this category (false for a day not covered). */
    public boolean gives(LocalDate d, CrimeCategory c) {
        Integer mask = resolved().covered().get(d);
        return mask != null && gives(mask, c);
    }

    /**
     * The months every day of which is covered, with the grain their crimes come from: a series for a
     * test or a chart takes months of one grain only (SPEC §3).
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
            other.coveredMonths.get(g).forEach((m, mask) -> coveredMonths.get(g).merge(m, mask, (a, b) -> a | b));
        }
        other.coveredDays.forEach((d, mask) -> coveredDays.merge(d, mask, (a, b) -> a | b));
        other.sources.forEach((source, grains) -> grains.forEach((grain, months) ->
                sources.computeIfAbsent(source, k -> new EnumMap<>(Grain.class))
                        .computeIfAbsent(grain, k -> new TreeSet<>()).addAll(months)));
        return this;
    }

    private static void sum(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] = Math.addExact(into[i], from[i]);
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
