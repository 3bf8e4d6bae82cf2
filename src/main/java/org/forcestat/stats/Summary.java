package org.forcestat.stats;

import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Metric;
import org.forcestat.model.SourceInfo;

/**
 * Everything the summary workbook shows, computed once from the merged inputs.
 * {@code calls}, {@code crime} and {@code finance} are null when no input gave that data;
 * {@code trends} is null when there is nothing to trend (no calls and no crime); {@code absent}
 * lists the figures the inputs cannot give, each with why (SPEC §3: shown, never as 0).
 */
public record Summary(RunInfo run, List<Metric> metrics, CallStats calls, CrimeStats crime,
                      FinanceStats finance, List<Finding> findings, List<SourceInfo> sources,
                      TrendStats trends, List<Metric.Absent> absent) {
    public Summary {
        metrics = List.copyOf(metrics);
        absent = absent == null ? List.of() : List.copyOf(absent);
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
    }

    /** A summary with no absent figures listed. */
    public Summary(RunInfo run, List<Metric> metrics, CallStats calls, CrimeStats crime, FinanceStats finance,
                   List<Finding> findings, List<SourceInfo> sources, TrendStats trends) {
        this(run, metrics, calls, crime, finance, findings, sources, trends, List.of());
    }

    /** The figure with this id that the inputs cannot give, or null. */
    public Metric.Absent absentMetric(String id) {
        return absent.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /** The metric with this id, or null. */
    public org.forcestat.model.Metric metric(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }
}
