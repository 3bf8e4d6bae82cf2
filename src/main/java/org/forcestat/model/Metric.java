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
}
