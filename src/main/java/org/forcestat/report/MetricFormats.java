package org.forcestat.report;

import java.util.Locale;
import java.util.Set;
import org.forcestat.model.Metric;
import org.forcestat.report.HouseStyle.Kind;

/** How a metric's value is shown, decided by its unit: counts, per-day rates, shares, pounds, p-values. */
final class MetricFormats {
    private static final Set<String> COUNTS = Set.of("calls", "crimes", "count", "people", "incidents", "records",
            "findings", "officers", "staff", "days", "months", "rows", "files", "nominals", "gangs", "ocgs");

    private MetricFormats() {
    }

    static Kind kindFor(Metric metric) {
        String unit = metric.unit().trim().toLowerCase(Locale.ROOT);
        String id = metric.id().toLowerCase(Locale.ROOT);
        if (unit.contains("per day") || unit.contains("per month") || unit.contains("per year") || unit.contains("per week")) {
            return Kind.DECIMAL1;
        }
        if (unit.equals("share") || unit.contains("share") || unit.equals("%") || unit.contains("percent")
                || unit.equals("fraction") || unit.equals("proportion")) {
            return Kind.SHARE;
        }
        if (unit.equals("gbp") || unit.contains("£") || unit.equals("pounds")) {
            return Kind.GBP;
        }
        if (unit.equals("p") || unit.contains("p-value") || unit.contains("p value") || id.endsWith(".p_value") || id.endsWith(".p")) {
            return Kind.PVALUE;
        }
        if (unit.equals("r2") || unit.equals("r^2") || unit.equals("ratio") || unit.equals("coefficient")) {
            return Kind.DECIMAL3;
        }
        if (COUNTS.contains(unit) || metric.value() == Math.rint(metric.value())) {
            return Kind.INTEGER;
        }
        return Kind.DECIMAL3;
    }
}
