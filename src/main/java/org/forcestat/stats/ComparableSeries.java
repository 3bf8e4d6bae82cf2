package org.forcestat.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcestat.model.CallCounts;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.CrimeCounts;

/**
 * The monthly and daily series a significance test, a trend or a control chart may run on (SPEC §3):
 * complete months (or days) only, every one from sources of the same grain, and for a crime category
 * only months whose sources all give that category. A series that mixes a partial daily CSV with
 * police.uk's monthly download, or C&C records with divisional per-day counts, is cut at the change:
 * its latest run of one grain is what is tested, so a change of source never reads as a change in crime.
 */
final class ComparableSeries {
    private ComparableSeries() {
    }

    /**
     * Crimes per complete month, one category or (null) all crimes, over the latest run of
     * consecutive months of one grain.
     */
    static SortedMap<YearMonth, Long> crimeMonths(CrimeCounts crimes, CrimeCategory category) {
        SortedMap<YearMonth, CrimeCounts.Grain> complete = crimes.completeMonths();
        SortedMap<YearMonth, Long> out = new TreeMap<>();
        for (Map.Entry<YearMonth, CrimeCounts.Grain> e : complete.entrySet()) {
            YearMonth m = e.getKey();
            if (category == null ? allCrimeAllMonth(crimes, m) : givenAllMonth(crimes, m, category)) {
                out.put(m, 0L);
            }
        }
        crimes.rawByDate().forEach((d, counts) -> {
            YearMonth m = YearMonth.from(d);
            if (out.containsKey(m)) {
                long n = 0;
                for (CrimeCategory c : CrimeCategory.values()) {
                    if (category == null ? c.isCrime() : c == category) {
                        n += counts[c.ordinal()];
                    }
                }
                out.merge(m, n, Long::sum);
            }
        });
        return latestRunOfOneGrain(out, complete);
    }

    /**
     * Crimes (ASB apart) per complete month from any source, each month from the one grain chosen for
     * it: the months behind 12-month totals, which count every month the inputs cover (a test on them
     * checks {@link CrimeCounts#completeMonths()} for one grain first).
     */
    static SortedMap<YearMonth, Long> crimeMonthsAnySource(CrimeCounts crimes) {
        SortedMap<YearMonth, Long> out = new TreeMap<>();
        // A month whose sources hold some offences only (a theft extract) has no crime total.
        crimes.completeMonths().keySet().stream().filter(m -> allCrimeAllMonth(crimes, m)).forEach(m -> out.put(m, 0L));
        crimes.rawByDate().forEach((d, counts) -> {
            YearMonth m = YearMonth.from(d);
            if (out.containsKey(m)) {
                long n = 0;
                for (CrimeCategory c : CrimeCategory.values()) {
                    if (c.isCrime()) {
                        n += counts[c.ordinal()];
                    }
                }
                out.merge(m, n, Long::sum);
            }
        });
        return out;
    }

    private static boolean allCrimeAllMonth(CrimeCounts crimes, YearMonth m) {
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            if (!crimes.givesAllCrime(m.atDay(d))) {
                return false;
            }
        }
        return true;
    }

    private static boolean givenAllMonth(CrimeCounts crimes, YearMonth m, CrimeCategory c) {
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            if (!crimes.gives(m.atDay(d), c)) {
                return false;
            }
        }
        return true;
    }

    /** Calls per complete month over the latest run of consecutive months of one grain. */
    static SortedMap<YearMonth, Long> callMonths(CallCounts calls) {
        SortedMap<YearMonth, Long> sums = new TreeMap<>();
        SortedMap<YearMonth, Integer> days = new TreeMap<>();
        SortedMap<YearMonth, CallCounts.Grain> grain = new TreeMap<>();
        SortedMap<YearMonth, Boolean> mixed = new TreeMap<>();
        for (LocalDate d : calls.dates()) {
            YearMonth m = YearMonth.from(d);
            sums.merge(m, calls.total(d), Long::sum);
            days.merge(m, 1, Integer::sum);
            CallCounts.Grain g = calls.grain(d);
            CallCounts.Grain before = grain.putIfAbsent(m, g);
            if (before != null && before != g) {
                mixed.put(m, true);
            }
        }
        // A month with a missing day would read as a fall in demand; one of two grains is no one source.
        sums.keySet().removeIf(m -> days.get(m) != m.lengthOfMonth() || mixed.containsKey(m));
        // Months from monthly sources are whole months of their own grain (no day source has them).
        calls.monthOnly().forEach((m, a) -> {
            sums.put(m, CallCounts.total(a));
            grain.put(m, CallCounts.Grain.MONTH);
        });
        return latestRunOfOneGrain(sums, grain);
    }

    /** The daily calls series as given, or an empty one when its days come from sources of different grains. */
    static boolean callDaysOfOneGrain(CallCounts calls, SortedMap<LocalDate, Long> daily) {
        CallCounts.Grain first = null;
        for (LocalDate d : daily.keySet()) {
            CallCounts.Grain g = calls.grain(d);
            if (first == null) {
                first = g;
            } else if (g != first) {
                return false;
            }
        }
        return true;
    }

    /** The latest run of consecutive months that share the grain of the last one. */
    static <G> SortedMap<YearMonth, Long> latestRunOfOneGrain(SortedMap<YearMonth, Long> months,
                                                               SortedMap<YearMonth, G> grains) {
        if (months.isEmpty()) {
            return new TreeMap<>();
        }
        YearMonth end = months.lastKey();
        G g = grains.get(end);
        YearMonth start = end;
        while (months.containsKey(start.minusMonths(1)) && Objects.equals(grains.get(start.minusMonths(1)), g)) {
            start = start.minusMonths(1);
        }
        return new TreeMap<>(months.subMap(start, end.plusMonths(1)));
    }
}
