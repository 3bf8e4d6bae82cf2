package org.forcestat.threat;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Text;
import org.forcestat.stats.CrimeStats;
import org.forcestat.stats.Summary;

/**
 * The statistics stage's crime figures as the threat stage's evidence (SPEC §5): each category's
 * current figure, with its comparison and significance where the data allows one.
 */
public final class StatsEvidence {
    private StatsEvidence() {
    }

    public static Evidence from(Summary s) {
        Map<CrimeCategory, TrendEvidence> map = new EnumMap<>(CrimeCategory.class);
        CrimeStats crime = s.crime();
        if (crime != null && crime.from() != null) {
            java.time.format.DateTimeFormatter uk = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            String period = uk.format(crime.from()) + " to " + uk.format(crime.to());
            crime.perDay().forEach((c, perDay) -> map.put(c, new TrendEvidence(c.label() + " per day",
                    Math.round(perDay * 10) / 10.0, Double.NaN, Double.NaN, Double.NaN, false, period)));
        }
        // A year-on-year test, where the crime data spans 24 months, is the evidence that can move a score:
        // its p-value judges the change against the series' own month-to-month variation (stats.YearOnYear),
        // so a change that variation explains moves nothing.
        if (s.trends() != null) {
            s.trends().categoryComparisons().forEach((c, cmp) -> {
                if (cmp.test().tested()) {
                    map.put(c, new TrendEvidence(c.label(), cmp.current(), cmp.previous(), cmp.change(), cmp.pValue(),
                            cmp.verdict().real(), "12 months to " + Text.month(YearMonth.from(cmp.currentPeriod().to()))));
                }
            });
        }
        return Evidence.of(map);
    }
}
