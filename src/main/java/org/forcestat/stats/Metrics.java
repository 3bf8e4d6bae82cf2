package org.forcestat.stats;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.Metric;

/** Collects metrics in order, and apart from them the figures the inputs cannot give (never a guessed zero). */
final class Metrics {
    static final String COUNT = "count";
    static final String CALLS = "calls";
    static final String CRIMES = "crimes";
    static final String PER_DAY = "per day";
    static final String SHARE = "share";
    static final String GBP = "GBP";
    static final String PEOPLE = "people";
    static final String P_VALUE = "p-value";

    private final List<Metric> list = new ArrayList<>();
    private final List<Metric.Absent> absent = new ArrayList<>();

    void add(String id, String label, double value, String unit, String period, String source) {
        if (!Double.isNaN(value) && !Double.isInfinite(value)) {
            list.add(new Metric(id, label, value, unit, period, source));
        }
    }

    /** A figure the inputs cannot give, and why: listed as "not in these inputs", never as 0. */
    void absent(String id, String label, String unit, String period, String source, String reason) {
        absent.add(new Metric.Absent(id, label, unit, period, source, reason));
    }

    List<Metric> list() {
        return list;
    }

    List<Metric.Absent> absent() {
        return absent;
    }
}
