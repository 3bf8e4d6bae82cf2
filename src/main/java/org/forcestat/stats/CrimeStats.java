package org.forcestat.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.forcestat.model.CrimeCategory;

/**
 * Recorded crime over the reporting period [from, to] ({@code days} covered): per-day figures by
 * category (ASB included, never in {@code crimesPerDay}), monthly counts by category, and rolling
 * 12-month totals per area with the force total last (empty when there are fewer than 24 months).
 * {@code perDay} and {@code totals} hold only the categories the sources give, each over its own
 * {@code categoryDays} (SPEC §3): police.uk's merged groups leave violence, sexual offences,
 * dwelling burglary, TFMV and TOMV out, and a source without ASB leaves ASB out. {@code dataSpan} is
 * the first to the last day inside [from, to] that the crime sources cover: the crime figures' own
 * period, narrower than [from, to] when --from/--to or the latest 12 months reach past the data.
 */
public record CrimeStats(LocalDate from, LocalDate to, long days, double crimesPerDay,
                         Map<CrimeCategory, Double> perDay, Map<CrimeCategory, Long> totals,
                         SortedMap<YearMonth, Map<CrimeCategory, Long>> monthlyByCategory,
                         List<Rolling12> rolling12, Map<CrimeCategory, Long> categoryDays, Period dataSpan) {
    public CrimeStats {
        categoryDays = categoryDays == null ? Map.of() : Map.copyOf(categoryDays);
        if (dataSpan == null && from != null) {
            dataSpan = new Period(from, to);
        }
    }

    /** As the canonical constructor, with data on the whole of [from, to]. */
    public CrimeStats(LocalDate from, LocalDate to, long days, double crimesPerDay, Map<CrimeCategory, Double> perDay,
                      Map<CrimeCategory, Long> totals, SortedMap<YearMonth, Map<CrimeCategory, Long>> monthlyByCategory,
                      List<Rolling12> rolling12, Map<CrimeCategory, Long> categoryDays) {
        this(from, to, days, crimesPerDay, perDay, totals, monthlyByCategory, rolling12, categoryDays, null);
    }

    /** Every category over all {@code days}. */
    public CrimeStats(LocalDate from, LocalDate to, long days, double crimesPerDay, Map<CrimeCategory, Double> perDay,
                      Map<CrimeCategory, Long> totals, SortedMap<YearMonth, Map<CrimeCategory, Long>> monthlyByCategory,
                      List<Rolling12> rolling12) {
        this(from, to, days, crimesPerDay, perDay, totals, monthlyByCategory, rolling12, allDays(perDay, days));
    }

    private static Map<CrimeCategory, Long> allDays(Map<CrimeCategory, Double> perDay, long days) {
        Map<CrimeCategory, Long> m = new java.util.EnumMap<>(CrimeCategory.class);
        perDay.keySet().forEach(c -> m.put(c, days));
        return m;
    }

    /** The days a category's figures divide by: the covered days whose sources all give it. */
    public long daysOf(CrimeCategory c) {
        return categoryDays.getOrDefault(c, 0L);
    }
}
