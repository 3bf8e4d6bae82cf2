package org.forcestat.stats;

import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Metric;
import org.forcestat.model.SourceInfo;

/**
 * Everything the summary workbook shows, computed once from the merged inputs.
 * {@code calls}, {@code crime} and {@code finance} are null when no input gave that data;
 * {@code trends} is null when there is nothing to trend (no calls and no crime).
 */
public record Summary(RunInfo run, List<Metric> metrics, CallStats calls, CrimeStats crime,
                      FinanceStats finance, List<Finding> findings, List<SourceInfo> sources,
                      TrendStats trends) {
    public Summary {
        metrics = List.copyOf(metrics);
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
    }

    /** The metric with this id, or null. */
    public org.forcestat.model.Metric metric(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }
}
