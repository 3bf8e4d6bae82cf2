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
import org.forcestat.model.Text;

/**
 * Crime figures: per-day rates by category over the headline period (ASB apart), monthly counts,
 * and rolling 12-month totals from CRIME_TOTALS, or from CRIMES spanning at least 24 months.
 */
final class CrimeStatsCalculator {
    private CrimeStatsCalculator() {
    }

    static CrimeStats compute(CrimeCounts crimes, CrimeTotals totals, LocalDate from, LocalDate to) {
        List<Rolling12> rolling = rolling12(crimes, totals);
        if (crimes.coveredDays().isEmpty()) {
            return rolling.isEmpty() ? null
                    : new CrimeStats(null, null, 0, Double.NaN, Map.of(), Map.of(), new TreeMap<>(), rolling);
        }
        Period p = Period.headline(crimes.coveredDays().first(), crimes.coveredDays().last(), from, to);
        long days = crimes.coveredDays().subSet(p.from(), true, p.to(), true).size();
        long[] t = crimes.totals(p.from(), p.to());
        Map<CrimeCategory, Long> tot = new EnumMap<>(CrimeCategory.class);
        Map<CrimeCategory, Double> perDay = new EnumMap<>(CrimeCategory.class);
        long crimeTotal = 0;
        for (CrimeCategory c : CrimeCategory.values()) {
            long n = t[c.ordinal()];
            if (n > 0 || !c.isMerged()) {
                tot.put(c, n);
                perDay.put(c, n / (double) days);
            }
            if (c.isCrime()) {
                crimeTotal += n;
            }
        }
        SortedMap<YearMonth, Map<CrimeCategory, Long>> monthly = new TreeMap<>();
        crimes.rawByDate().forEach((d, a) -> {
            Map<CrimeCategory, Long> m = monthly.computeIfAbsent(YearMonth.from(d), k -> new EnumMap<>(CrimeCategory.class));
            for (CrimeCategory c : CrimeCategory.values()) {
                if (a[c.ordinal()] != 0) {
                    m.merge(c, a[c.ordinal()], Long::sum);
                }
            }
        });
        return new CrimeStats(p.from(), p.to(), days, crimeTotal / (double) days, perDay, tot, monthly, rolling);
    }

    /** Per area then the force; empty when no source gives 24 consecutive months. */
    static List<Rolling12> rolling12(CrimeCounts crimes, CrimeTotals totals) {
        SortedMap<String, TreeMap<YearMonth, Long>> byArea = new TreeMap<>();
        if (!totals.isEmpty()) {
            byArea.putAll(totals.byArea());
        } else {
            crimes.rawByDivisionMonth().forEach((div, months) -> {
                TreeMap<YearMonth, Long> m = new TreeMap<>();
                months.forEach((ym, a) -> m.put(ym, crimeSum(a)));
                byArea.put(div, m);
            });
            if (byArea.isEmpty()) {
                TreeMap<YearMonth, Long> m = new TreeMap<>();
                crimes.rawByDate().forEach((d, a) -> m.merge(YearMonth.from(d), crimeSum(a), Long::sum));
                byArea.put("Force", m);
            }
        }
        TreeMap<YearMonth, Long> force = new TreeMap<>();
        byArea.values().forEach(m -> m.forEach((k, v) -> force.merge(k, v, Long::sum)));
        List<Rolling12> out = new ArrayList<>();
        if (force.isEmpty()) {
            return out;
        }
        YearMonth end = force.lastKey();
        YearMonth start = end.minusMonths(23);
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            if (!force.containsKey(m)) {
                return out;
            }
        }
        byArea.forEach((area, m) -> out.add(window(area, m, end)));
        if (byArea.size() > 1 || !byArea.containsKey("Force")) {
            out.add(window("Force", force, end));
        }
        return out;
    }

    private static Rolling12 window(String area, SortedMap<YearMonth, Long> m, YearMonth end) {
        List<Long> months = new ArrayList<>(24);
        for (YearMonth ym = end.minusMonths(23); !ym.isAfter(end); ym = ym.plusMonths(1)) {
            months.add(m.getOrDefault(ym, 0L));
        }
        YearOnYear test = YearOnYear.of(months);
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

    static void metrics(CrimeStats s, Metrics m, String crimeSource, String rollingSource) {
        if (s == null) {
            return;
        }
        if (s.from() != null) {
            String period = new Period(s.from(), s.to()).describe(s.days());
            m.add("crimes.total", "Crimes recorded", s.totals().entrySet().stream()
                    .filter(e -> e.getKey().isCrime()).mapToLong(Map.Entry::getValue).sum(), Metrics.CRIMES, period, crimeSource);
            m.add("crimes.days", "Days covered by crime data", s.days(), "days", period, crimeSource);
            m.add("crimes.per_day", "Crimes recorded per day", s.crimesPerDay(), Metrics.PER_DAY, period, crimeSource);
            s.totals().forEach((c, n) -> {
                if (c != CrimeCategory.ASB) {
                    m.add("crimes." + c.id() + ".total", c.label() + " (crimes recorded)", n, Metrics.CRIMES, period,
                            crimeSource);
                }
            });
            s.perDay().forEach((c, v) -> {
                String id = c == CrimeCategory.ASB ? "asb" : "crimes." + c.id();
                m.add(id + ".per_day", c.label() + (c.isCrime() ? " per day" : " incidents per day"), v,
                        Metrics.PER_DAY, period, crimeSource);
            });
            m.add("asb.total", "Anti-social behaviour incidents", s.totals().getOrDefault(CrimeCategory.ASB, 0L),
                    Metrics.COUNT, period, crimeSource);
        }
        s.rolling12().stream().filter(r -> r.area().equals("Force")).findFirst().ifPresent(r -> {
            String period = "12 months to " + label(r.currentEnd()) + " vs 12 months to " + label(r.previousEnd());
            m.add("crimes.rolling12.previous", "Recorded crime, 12 months to " + label(r.previousEnd()), r.previous(),
                    Metrics.CRIMES, "12 months to " + label(r.previousEnd()), rollingSource);
            m.add("crimes.rolling12.current", "Recorded crime, 12 months to " + label(r.currentEnd()), r.current(),
                    Metrics.CRIMES, "12 months to " + label(r.currentEnd()), rollingSource);
            m.add("crimes.rolling12.change", "Change in recorded crime (rolling 12 months)", r.change(),
                    Metrics.CRIMES, period, rollingSource);
            m.add("crimes.rolling12.change_share", "Change in recorded crime (rolling 12 months), %",
                    r.changeShare(), Metrics.SHARE, period, rollingSource);
            YearOnYear test = r.test();
            m.add("crimes.rolling12.p_value", "p-value of the change: " + test.verdict().text(), test.pValue(),
                    Metrics.P_VALUE, period, TrendCalculator.withMethod(rollingSource, test.method()));
        });
    }

    static String label(YearMonth m) {
        return Text.month(m);
    }
}
