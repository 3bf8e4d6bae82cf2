package org.forcestat.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.model.Formula;
import org.forcestat.model.Metric;
import org.forcestat.model.MetricId;

/**
 * Collects metrics in order, and apart from them the figures the inputs cannot give (never a guessed
 * zero). A derived figure takes its place in the order when it is asked for and its value, from its
 * {@link Formula}, when the list is read: its inputs may come after it on the sheet.
 */
final class Metrics {
    /** A metric, or a derived one still to be worked out. */
    private record Slot(Metric metric, MetricId.Key key, String label, String period, String source) {
    }

    private final List<Slot> slots = new ArrayList<>();
    private final List<Metric.Absent> absent = new ArrayList<>();

    /** A figure counted or estimated from the data; not listed when its value is not finite. */
    void add(MetricId.Key key, double value, String period, String source, Object... labelArgs) {
        if (key.formula() != null) {
            throw new IllegalArgumentException(key + " derives from other figures: use derive");
        }
        if (!Double.isNaN(value) && !Double.isInfinite(value)) {
            slots.add(new Slot(Metric.of(key, value, period, source, labelArgs), key, null, null, null));
        }
    }

    /** A figure already made (copied from another list). */
    void add(Metric metric) {
        slots.add(new Slot(metric, metric.key(), null, null, null));
    }

    /**
     * A figure that derives from others by its {@link MetricId#formula()}: listed here, worked out over
     * the figures of this list when it is read, and left out when an input is missing or the result is
     * not finite (a division by zero).
     */
    void derive(MetricId.Key key, String period, String source, Object... labelArgs) {
        if (key.formula() == null) {
            throw new IllegalArgumentException(key + " has no formula");
        }
        slots.add(new Slot(null, key, key.id().label(labelArgs), period, source));
    }

    /** A figure the inputs cannot give, and why: listed as "not in these inputs", never as 0. */
    void absent(MetricId.Key key, String period, String source, String reason, Object... labelArgs) {
        absent.add(new Metric.Absent(key, key.id().label(labelArgs), period, source, reason));
    }

    List<Metric> list() {
        Map<MetricId.Key, Double> values = new HashMap<>();
        for (Slot s : slots) {
            if (s.metric != null) {
                values.putIfAbsent(s.key, s.metric.value());
            }
        }
        List<Metric> list = new ArrayList<>();
        for (Slot s : slots) {
            if (s.metric != null) {
                list.add(s.metric);
                continue;
            }
            double v = s.key.formula().evaluate(s.key.part(), k -> values.getOrDefault(k, Double.NaN));
            if (Double.isFinite(v)) {
                list.add(new Metric(s.key, s.label, v, s.period, s.source));
                values.putIfAbsent(s.key, v);
            }
        }
        return list;
    }

    List<Metric.Absent> absent() {
        return absent;
    }
}
