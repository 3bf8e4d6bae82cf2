package org.forcestat.report;

import java.util.Map;
import org.forcestat.model.Metric;
import org.forcestat.model.Unit;
import org.forcestat.report.HouseStyle.Kind;

/** The cell style that shows a metric's value in its {@link Unit}'s own number format. */
final class MetricFormats {
    /**
     * The house style of each number format a unit can ask for (HouseStyle gives each style its format;
     * MetricFormatsTest checks that every unit's values come out in the unit's own format).
     */
    private static final Map<String, Kind> BY_FORMAT = Map.of(Unit.COUNT.format(), Kind.INTEGER,
            Unit.PER_DAY.format(), Kind.DECIMAL1, Unit.SHARE.format(), Kind.SHARE, Unit.GBP.format(), Kind.GBP,
            Unit.P_VALUE.format(), Kind.PVALUE, Unit.R2.format(), Kind.DECIMAL3);

    private MetricFormats() {
    }

    static Kind kindFor(Metric metric) {
        return kindFor(metric.unit());
    }

    static Kind kindFor(Unit unit) {
        Kind k = BY_FORMAT.get(unit.format());
        if (k == null) {
            throw new IllegalStateException("no house style has the number format " + unit.format() + " of " + unit);
        }
        return k;
    }
}
