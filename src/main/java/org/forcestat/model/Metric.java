package org.forcestat.model;

import java.util.Objects;

/**
 * One headline figure of the Metrics sheet: which figure it is ({@link MetricId.Key}, which gives its
 * stable id and {@link Unit}), its label, value, the dates it covers and where it came from.
 */
public record Metric(MetricId.Key key, String label, double value, String period, String source) {

    public Metric {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        period = period == null ? "" : period;
        source = source == null ? "" : source;
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("metric " + key + " has no finite value: " + value);
        }
    }

    /** A figure with the label its {@link MetricId} declares, filled with {@code labelArgs}. */
    public static Metric of(MetricId.Key key, double value, String period, String source, Object... labelArgs) {
        return new Metric(key, key.id().label(labelArgs), value, period, source);
    }

    /** The stable id the Metrics sheet shows ({@code calls.per_day}). */
    public String id() {
        return key.text();
    }

    public Unit unit() {
        return key.unit();
    }

    /** What the Metrics sheet and the Summary show in place of a figure the inputs cannot give. */
    public static final String NOT_IN_INPUTS = "not in these inputs";

    /**
     * A figure the inputs cannot give (SPEC §3): listed with why, never written as 0. The sources are
     * there (calls, crime), but none of them has the field the figure needs.
     */
    public record Absent(MetricId.Key key, String label, String period, String source, String reason) {
        public Absent {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(reason, "reason");
            period = period == null ? "" : period;
            source = source == null ? "" : source;
        }

        public String id() {
            return key.text();
        }

        public Unit unit() {
            return key.unit();
        }
    }
}
