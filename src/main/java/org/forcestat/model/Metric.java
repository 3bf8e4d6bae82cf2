package org.forcestat.model;

import java.util.Objects;

/** One headline figure of the Metrics sheet: a stable id, its value, unit, the dates it covers and where it came from. */
public record Metric(String id, String label, double value, String unit, String period, String source) {

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        unit = unit == null ? "" : unit;
        period = period == null ? "" : period;
        source = source == null ? "" : source;
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("metric " + id + " has no finite value: " + value);
        }
    }

    /** What the Metrics sheet and the Summary show in place of a figure the inputs cannot give. */
    public static final String NOT_IN_INPUTS = "not in these inputs";

    /**
     * A figure the inputs cannot give (SPEC §3): listed with why, never written as 0. The sources are
     * there (calls, crime), but none of them has the field the figure needs.
     */
    public record Absent(String id, String label, String unit, String period, String source, String reason) {
        public Absent {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(reason, "reason");
            unit = unit == null ? "" : unit;
            period = period == null ? "" : period;
            source = source == null ? "" : source;
        }
    }
}
