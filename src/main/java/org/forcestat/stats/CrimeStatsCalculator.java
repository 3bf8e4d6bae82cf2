package org.forcestat.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.CrimeCounts;
import org.forcestat.model.CrimeTotals;
import org.forcestat.model.MetricId;
import org.forcestat.model.Text;

/**
 * Crime figures: per-day rates by category over the headline period (ASB apart), monthly counts,
 * and rolling 12-month totals from CRIME_TOTALS, or from CRIMES spanning at least 24 months.
 */
final class CrimeStatsCalculator {
    private CrimeStatsCalculator() {
    }

    static CrimeStats compute(CrimeCounts crimes, CrimeTotals totals, LocalDate from, LocalDate to) {
        List<Rolling12> rolling = rolling12(crimes, totals, from, to);
        Period p = crimes.coveredDays().isEmpty() ? null
                : wholeMonths(crimes, Period.headline(crimes.coveredDays().first(), crimes.coveredDays().last(), from, to));
        if (p == null) {
            // No per-day figures: no crime by day or month, or none in the period (SummaryCalculator says why).
            return rolling.isEmpty() ? null
                    : new CrimeStats(null, null, 0, Double.NaN, Map.of(), Map.of(), new TreeMap<>(), rolling);
        }
        long days = crimes.coveredDays().subSet(p.from(), true, p.to(), true).size();
        long[] t = crimes.totals(p.from(), p.to());
        Map<CrimeCategory, Long> tot = new EnumMap<>(CrimeCategory.class);
        Map<CrimeCategory, Double> perDay = new EnumMap<>(CrimeCategory.class);
        Map<CrimeCategory, Long> categoryDays = new EnumMap<>(CrimeCategory.class);
        long crimeTotal = 0;
        for (CrimeCategory c : CrimeCategory.values()) {
            if (c.isCrime()) {
                crimeTotal += t[c.ordinal()];
            }
            // Each category over the days whose sources give it: police.uk's "Violence and sexual
            // offences" says nothing of violence alone, so its days are not violence's (SPEC §3).
            long cDays = crimes.coveredDays(c).subSet(p.from(), true, p.to(), true).size();
            long n = crimes.total(c, p.from(), p.to());
            if (cDays > 0 && (n > 0 || !c.isMerged())) {
                tot.put(c, n);
                perDay.put(c, n / (double) cDays);
                categoryDays.put(c, cDays);
            }
        }
        // With --to, months after the period are no part of it; earlier months stay, for comparison.
        SortedMap<LocalDate, long[]> raw = to == null ? crimes.rawByDate()
                : crimes.rawByDate().headMap(Period.lastWholeMonth(p.to()).plusMonths(1).atDay(1));
        SortedMap<YearMonth, Map<CrimeCategory, Long>> monthly = monthly(crimes, raw);
        var inPeriod = crimes.coveredDays().subSet(p.from(), true, p.to(), true);
        Period data = inPeriod.isEmpty() ? p : new Period(inPeriod.first(), inPeriod.last());
        // A crime total only where every day's sources count all crime: a theft-only extract's thefts
        // are no "crimes per day" (SPEC §3: absent, never a part passed off as the whole).
        boolean allCrime = inPeriod.stream().allMatch(crimes::givesAllCrime);
        return new CrimeStats(p.from(), p.to(), days, allCrime ? crimeTotal / (double) days : Double.NaN, perDay, tot,
                monthly, rolling, categoryDays, data);
    }

    /**
     * Crimes per month by category, of the categories that every covered day of the month gives (with 0
     * where none was recorded): a category a month's sources cannot give is no key of it, never a 0.
     */
    static SortedMap<YearMonth, Map<CrimeCategory, Long>> monthly(CrimeCounts crimes, SortedMap<LocalDate, long[]> raw) {
        SortedMap<YearMonth, Map<CrimeCategory, Long>> monthly = new TreeMap<>();
        raw.forEach((d, a) -> monthly.computeIfAbsent(YearMonth.from(d), ym -> {
            Map<CrimeCategory, Long> m = new EnumMap<>(CrimeCategory.class);
            var days = crimes.coveredDays().subSet(ym.atDay(1), true, ym.atEndOfMonth(), true);
            for (CrimeCategory c : CrimeCategory.values()) {
                if (!days.isEmpty() && days.stream().allMatch(day -> crimes.gives(day, c))) {
                    m.put(c, 0L);
                }
            }
            return m;
        }));
        raw.forEach((d, a) -> {
            Map<CrimeCategory, Long> m = monthly.get(YearMonth.from(d));
            for (CrimeCategory c : CrimeCategory.values()) {
                if (a[c.ordinal()] != 0 && m.containsKey(c)) {
                    m.merge(c, a[c.ordinal()], Long::sum);
                }
            }
        });
        // A merged group is shown only where it has crimes, as on the per-day table.
        monthly.values().forEach(m -> m.entrySet().removeIf(e -> e.getKey().isMerged() && e.getValue() == 0
                && monthly.values().stream().allMatch(o -> o.getOrDefault(e.getKey(), 0L) == 0)));
        return monthly;
    }

    /**
     * The period without the months it cuts that only a monthly source gives: such a month's crimes
     * are all booked on its 1st, so a period from the 15th would count none of them over 17 days, and
     * one to the 15th all of them over 15. Null when nothing is left.
     */
    static Period wholeMonths(CrimeCounts crimes, Period p) {
        if (p == null) {
            return null;
        }
        LocalDate f = p.from();
        LocalDate t = p.to();
        if (f.getDayOfMonth() != 1 && crimes.coveredDays().contains(f) && !crimes.isDaily(f)) {
            f = YearMonth.from(f).plusMonths(1).atDay(1);
        }
        if (!t.equals(YearMonth.from(t).atEndOfMonth()) && crimes.coveredDays().contains(t) && !crimes.isDaily(t)) {
            t = YearMonth.from(t).minusMonths(1).atEndOfMonth();
        }
        return t.isBefore(f) ? null : new Period(f, t);
    }

    /**
     * Per area then the force; empty when no source gives 24 consecutive months. From CRIMES, the
     * months are complete ones of one grain ({@link ComparableSeries}), and an area is shown only when
     * it has data in each of the 24 months: an area that appears halfway (police.uk's "Falls within",
     * beside a source with no areas) would read as "0 -> 2,327". An area that is the whole force is
     * the force line, not a division of it.
     */
    static List<Rolling12> rolling12(CrimeCounts crimes, CrimeTotals totals) {
        return rolling12(crimes, totals, null, null);
    }

    /**
     * As {@link #rolling12(CrimeCounts, CrimeTotals)}, the 12 months ending at the last whole month of
     * the period [from, to] (either may be null: open) rather than at the data's last month; none when
     * that month is before the period (a total that ends before the period says nothing of it).
     */
    static List<Rolling12> rolling12(CrimeCounts crimes, CrimeTotals totals, LocalDate from, LocalDate to) {
        SortedMap<String, TreeMap<YearMonth, Long>> byArea = new TreeMap<>();
        TreeMap<YearMonth, Long> force = new TreeMap<>();
        if (!totals.isEmpty()) {
            byArea.putAll(totals.byArea());
            byArea.values().forEach(m -> m.forEach((k, v) -> force.merge(k, v, Long::sum)));
        } else {
            // Every month a source covers counts toward the totals, each from the one source chosen for it.
            force.putAll(ComparableSeries.crimeMonthsAnySource(crimes));
            crimes.rawByDivisionMonth().forEach((div, months) -> {
                TreeMap<YearMonth, Long> m = new TreeMap<>();
                months.forEach((ym, a) -> {
                    // An area's month holding only ASB (police.uk's "Falls within" beside a recorded-crime
                    // pivot, whose crimes were used) is no crime figure of that area.
                    long n = crimeSum(a);
                    if (force.containsKey(ym) && n > 0) {
                        m.put(ym, n);
                    }
                });
                byArea.put(div, m);
            });
        }
        List<Rolling12> out = new ArrayList<>();
        if (force.isEmpty()) {
            return out;
        }
        YearMonth end = to != null && Period.lastWholeMonth(to).isBefore(force.lastKey()) ? Period.lastWholeMonth(to)
                : force.lastKey();
        if (from != null && end.atEndOfMonth().isBefore(from)) {
            return out;
        }
        YearMonth start = end.minusMonths(23);
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            if (!force.containsKey(m)) {
                return out;
            }
        }
        // No test across months of different kinds of source (SPEC §3): the totals stand, untested.
        boolean oneGrain = !totals.isEmpty() || crimes.completeMonths().subMap(start, end.plusMonths(1)).values()
                .stream().distinct().count() == 1;
        Rolling12 whole = window("Force", force, end, oneGrain);
        byArea.forEach((area, m) -> {
            if (m.subMap(start, true, end, true).size() == 24) {
                Rolling12 r = window(area, m, end, oneGrain);
                if (totals.isEmpty() && r.previous() == whole.previous() && r.current() == whole.current()) {
                    return;
                }
                out.add(r);
            }
        });
        if (!totals.isEmpty() && byArea.size() == 1 && byArea.containsKey("Force")) {
            return out;
        }
        out.add(whole);
        return out;
    }

    /**
     * Why there are no rolling 12-month totals when the inputs have them but the period [from, to] of
     * --from/--to leaves them out (the 24 months up to the period's end are not all in the inputs, or the
     * inputs end before the period); null when the period is not the reason.
     */
    static String rollingCutByPeriod(CrimeCounts crimes, CrimeTotals totals, LocalDate from, LocalDate to) {
        if (from == null && to == null || !rolling12(crimes, totals, from, to).isEmpty()) {
            return null;
        }
        List<Rolling12> all = rolling12(crimes, totals, null, null);
        if (all.isEmpty()) {
            return null;
        }
        Rolling12 force = all.get(all.size() - 1);
        return String.format("the inputs give 12-month totals to %s, but the period asked for (%s) leaves them out: a "
                        + "rolling total needs the 24 months up to the period's last whole month, or a period that the "
                        + "inputs reach into", label(force.currentEnd()), Period.asked(from, to));
    }

    private static Rolling12 window(String area, SortedMap<YearMonth, Long> m, YearMonth end, boolean oneGrain) {
        List<Long> months = new ArrayList<>(24);
        for (YearMonth ym = end.minusMonths(23); !ym.isAfter(end); ym = ym.plusMonths(1)) {
            months.add(m.getOrDefault(ym, 0L));
        }
        YearOnYear test = YearOnYear.of(months);
        if (!oneGrain) {
            test = YearOnYear.mixedSources(test.previous(), test.current());
        }
        return new Rolling12(area, end.minusMonths(12), test.previous(), end, test.current(), test);
    }

    private static long crimeSum(long[] a) {
        long s = 0;
        for (CrimeCategory c : CrimeCategory.values()) {
            if (c.isCrime()) {
                s += a[c.ordinal()];
            }
        }
        return s;
    }

    /**
     * Where the inputs span more than the headline period, which part the per-day figures are of
     * (SPEC §3: a source longer than 12 months reports its latest 12 complete months), so that a
     * reader of 24 months of data is not left thinking the figure is over all of them. Empty otherwise.
     */
    static String partOfSpan(CrimeStats s) {
        return partOfSpan(s, null);
    }

    /**
     * As {@link #partOfSpan(CrimeStats)}, counting the months of {@code all} the crime data when given:
     * with --to, the stats' monthly table stops at the period's end, but the inputs do not.
     */
    static String partOfSpan(CrimeStats s, CrimeCounts all) {
        if (s.monthlyByCategory().isEmpty() || s.from() == null) {
            return "";
        }
        YearMonth first = s.monthlyByCategory().firstKey();
        YearMonth last = s.monthlyByCategory().lastKey();
        if (all != null && !all.rawByDate().isEmpty()) {
            first = YearMonth.from(all.rawByDate().firstKey());
            last = YearMonth.from(all.rawByDate().lastKey());
        }
        YearMonth from = YearMonth.from(s.from());
        YearMonth to = YearMonth.from(s.to());
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        long inPeriod = java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
        if (!first.isBefore(from) && !last.isAfter(to)) {
            return "";
        }
        if (!last.isAfter(to)) {
            return String.format(" (latest %d months of the %d in the inputs)", inPeriod, months);
        }
        return String.format(" (%s to %s, %d of the %d months in the inputs)", label(from), label(to), inPeriod, months);
    }

    static void metrics(CrimeStats s, Metrics m, String crimeSource, String rollingSource) {
        metrics(s, m, crimeSource, rollingSource, null);
    }

    /** As {@link #metrics(CrimeStats, Metrics, String, String)}, the labels counting the months of {@code all}. */
    static void metrics(CrimeStats s, Metrics m, String crimeSource, String rollingSource, CrimeCounts all) {
        if (s == null) {
            return;
        }
        if (s.from() != null) {
            String period = new Period(s.from(), s.to()).describe(s.days());
            String part = partOfSpan(s, all);
            m.add(MetricId.CRIMES_DAYS.key(), s.days(), period, crimeSource, part);
            if (Double.isNaN(s.crimesPerDay())) {
                String why = "the crime sources of the period hold only some offences (" + given(s)
                        + "), so they give no total of all crime";
                m.absent(MetricId.CRIMES_TOTAL.key(), period, crimeSource, why);
                m.absent(MetricId.CRIMES_PER_DAY.key(), period, crimeSource, why, part);
            } else {
                m.add(MetricId.CRIMES_TOTAL.key(), s.totals().entrySet().stream()
                        .filter(e -> e.getKey().isCrime()).mapToLong(Map.Entry::getValue).sum(), period, crimeSource);
                m.derive(MetricId.CRIMES_PER_DAY.key(), period, crimeSource, part);
            }
            s.totals().forEach((c, n) -> {
                if (c != CrimeCategory.ASB) {
                    m.add(MetricId.CRIME_TOTAL.key(c.id()), n, periodOf(s, c), crimeSource, c.label());
                }
            });
            s.perDay().forEach((c, v) -> {
                if (s.daysOf(c) != s.days()) {
                    m.add(c == CrimeCategory.ASB ? MetricId.ASB_DAYS.key() : MetricId.CRIME_DAYS.key(c.id()),
                            s.daysOf(c), periodOf(s, c), crimeSource, labelArgs(c, label(c)));
                }
                m.derive(perDay(c), periodOf(s, c), crimeSource, labelArgs(c, c.label()));
            });
            if (s.totals().containsKey(CrimeCategory.ASB)) {
                m.add(MetricId.ASB_TOTAL.key(), s.totals().get(CrimeCategory.ASB), periodOf(s, CrimeCategory.ASB),
                        crimeSource);
            }
            absent(s, m, period, crimeSource);
        }
        s.rolling12().stream().filter(r -> r.area().equals("Force")).findFirst().ifPresent(r -> {
            String period = "12 months to " + label(r.currentEnd()) + " vs 12 months to " + label(r.previousEnd());
            m.add(MetricId.ROLLING12_PREVIOUS.key(), r.previous(), "12 months to " + label(r.previousEnd()),
                    rollingSource, label(r.previousEnd()));
            m.add(MetricId.ROLLING12_CURRENT.key(), r.current(), "12 months to " + label(r.currentEnd()),
                    rollingSource, label(r.currentEnd()));
            m.derive(MetricId.ROLLING12_CHANGE.key(), period, rollingSource);
            m.derive(MetricId.ROLLING12_CHANGE_SHARE.key(), period, rollingSource);
            YearOnYear test = r.test();
            m.add(MetricId.ROLLING12_P_VALUE.key(), test.pValue(), period,
                    TrendCalculator.withMethod(rollingSource, test.method()), test.verdict().text());
        });
    }

    /** The per-day figure of a category: ASB has its own ids, as it is an incident, not a crime. */
    private static MetricId.Key perDay(CrimeCategory c) {
        return c == CrimeCategory.ASB ? MetricId.ASB_PER_DAY.key() : MetricId.CRIME_PER_DAY.key(c.id());
    }

    /** ASB's ids name it in their labels already; a crime category's take its name. */
    private static Object[] labelArgs(CrimeCategory c, String name) {
        return c == CrimeCategory.ASB ? new Object[0] : new Object[] {name};
    }

    /** The period line of a category's figures: the headline period and the days that give it. */
    private static String periodOf(CrimeStats s, CrimeCategory c) {
        return new Period(s.from(), s.to()).describe(s.daysOf(c));
    }

    private static String label(CrimeCategory c) {
        return c == CrimeCategory.ASB ? "anti-social behaviour" : c.label().toLowerCase(java.util.Locale.UK);
    }

    /** The seed categories and ASB that no source of the period gives: listed, with why, never as 0. */
    private static void absent(CrimeStats s, Metrics m, String period, String source) {
        List<CrimeCategory> wanted = new ArrayList<>(CrimeCategory.seedCategories());
        wanted.add(CrimeCategory.ASB);
        for (CrimeCategory c : wanted) {
            if (s.perDay().containsKey(c)) {
                continue;
            }
            String reason = "no crime source of the period records anti-social behaviour";
            if (c != CrimeCategory.ASB) {
                reason = "no crime source of the period records " + label(c) + ": a source with rows of only some "
                        + "offences (such as a theft extract) says nothing of the others";
                for (CrimeCategory group : CrimeCategory.values()) {
                    if (group.parts().contains(c) && s.totals().containsKey(group)) {
                        reason = "the crime sources count it only inside the group \"" + group.label()
                                + "\", which cannot be split";
                    }
                }
            }
            m.absent(perDay(c), period, source, reason, labelArgs(c, c.label()));
            m.absent(c == CrimeCategory.ASB ? MetricId.ASB_TOTAL.key() : MetricId.CRIME_TOTAL.key(c.id()), period,
                    source, reason, labelArgs(c, c.label()));
        }
    }

    /** The crime categories with figures, in words, for a reason. */
    private static String given(CrimeStats s) {
        List<String> out = new ArrayList<>();
        s.perDay().keySet().stream().filter(CrimeCategory::isCrime).forEach(c -> out.add(label(c)));
        return out.isEmpty() ? "none of the summary's categories" : String.join(", ", out);
    }

    static String label(YearMonth m) {
        return Text.month(m);
    }
}
