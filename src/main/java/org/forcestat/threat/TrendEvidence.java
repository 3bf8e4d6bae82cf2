package org.forcestat.threat;

import java.util.Objects;

/**
 * What the data says about one crime series, as the statistics stage works it out: the current and
 * previous figure (e.g. rolling 12-month totals, or per-day rates), their difference
 * {@code change = current - previous}, the p-value of the test between them, the producer's own
 * verdict {@code significant}, and the period the figures cover ("12 months to May 2016").
 * The engine's likelihood rule uses {@code pValue} against the model's significance level, so
 * the rule is stated in one place ({@link ScoringModel#alpha()}).
 */
public record TrendEvidence(String label, double current, double previous, double change, double pValue,
                            boolean significant, String period) {
    public TrendEvidence {
        Objects.requireNonNull(label, "label");
        period = period == null ? "" : period;
    }

    /** Evidence with {@code change} and {@code significant} (at 5%) worked out from the figures. */
    public static TrendEvidence of(String label, double current, double previous, double pValue, String period) {
        return new TrendEvidence(label, current, previous, current - previous, pValue, pValue < 0.05, period);
    }
}
