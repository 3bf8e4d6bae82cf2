package org.forcestat.threat;

import java.util.List;

/**
 * One threat area scored and ranked: what the register says about it, its scores after the
 * evidence rule, the evidence lines and adjustments, the risk score, rank (1 = highest risk), RAG,
 * and a sentence saying in words why the score is what it is.
 *
 * @param registerLikelihood the likelihood before the evidence rule
 * @param scores the scores used, likelihood after the evidence rule
 * @param evidence one line per linked crime series found in the data
 * @param adjustments one sentence per change the evidence made ("Likelihood raised 3 → 4: ...")
 * @param model the scoring model used, so the sheet can state its scales and weights
 */
public record ThreatAssessment(int rank, String area, ThreatArea.Kind kind, List<String> facts, List<String> gaps,
                               List<String> operations, String lead, String trend, ThreatScores scores,
                               double registerLikelihood, double weightedHarm, double position,
                               double positionFactor, List<String> evidence, List<String> adjustments,
                               double riskScore, Rag rag, String explanation, String source, ScoringModel model) {
    public ThreatAssessment {
        facts = List.copyOf(facts);
        gaps = List.copyOf(gaps);
        operations = List.copyOf(operations);
        evidence = List.copyOf(evidence);
        adjustments = List.copyOf(adjustments);
    }

    public double likelihood() {
        return scores.likelihood();
    }

    public double confidence() {
        return scores.confidence();
    }

    public double capacity() {
        return scores.capacity();
    }

    public double capability() {
        return scores.capability();
    }

    /** "Burglary — Amber (12.0)", for the Summary sheet's top threats. */
    public String headline() {
        return area + " \u2014 " + rag.label() + " (" + Fmt.one(riskScore) + ")";
    }
}
