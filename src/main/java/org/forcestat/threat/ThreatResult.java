package org.forcestat.threat;

import java.util.List;
import org.forcestat.model.Finding;

/** The assessed areas in rank order, and the findings made while reading scores and settings. */
public record ThreatResult(List<ThreatAssessment> ranked, List<Finding> findings) {
    public ThreatResult {
        ranked = List.copyOf(ranked);
        findings = List.copyOf(findings);
    }
}
