package org.forcestat.model;

import java.util.Map;

/**
 * One row of a THREATS workbook as read: the area and whatever scores and text it gives.
 * Scores are by lower-case field name ("harm", "likelihood", "confidence", "capacity", "capability").
 */
public record ThreatInput(String area, Map<String, Double> scores, Map<String, String> text, CellRef source) {
    public ThreatInput {
        scores = Map.copyOf(scores);
        text = Map.copyOf(text);
    }
}
