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
 */
public record CrimeStats(LocalDate from, LocalDate to, long days, double crimesPerDay,
                         Map<CrimeCategory, Double> perDay, Map<CrimeCategory, Long> totals,
                         SortedMap<YearMonth, Map<CrimeCategory, Long>> monthlyByCategory,
                         List<Rolling12> rolling12) {
}
