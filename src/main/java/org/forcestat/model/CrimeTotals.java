package org.forcestat.model;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Recorded crime per area per month (the divisional returns behind rolling 12-month totals). */
public final class CrimeTotals {
    private final TreeMap<String, TreeMap<YearMonth, Long>> byArea = new TreeMap<>();

    public void add(String area, YearMonth month, long n) {
        byArea.computeIfAbsent(area.trim(), k -> new TreeMap<>()).merge(month, n, Math::addExact);
    }

    public boolean isEmpty() {
        return byArea.isEmpty();
    }

    public SortedMap<String, TreeMap<YearMonth, Long>> byArea() {
        return Collections.unmodifiableSortedMap(byArea);
    }

    /** Force-wide total per month: the sum over areas. */
    public TreeMap<YearMonth, Long> forceMonthly() {
        TreeMap<YearMonth, Long> t = new TreeMap<>();
        byArea.values().forEach(m -> m.forEach((k, v) -> t.merge(k, v, Long::sum)));
        return t;
    }

    public CrimeTotals merge(CrimeTotals other) {
        for (Map.Entry<String, TreeMap<YearMonth, Long>> e : other.byArea.entrySet()) {
            e.getValue().forEach((m, n) -> add(e.getKey(), m, n));
        }
        return this;
    }
}
