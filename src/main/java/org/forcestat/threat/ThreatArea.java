package org.forcestat.threat;

import java.util.List;
import java.util.Objects;
import org.forcestat.model.CrimeCategory;

/**
 * One area of a control strategy: what the intelligence says about it ({@code facts}, verbatim
 * from its source), its intelligence gaps, operations and lead, its scores, the crime series that
 * bear on its likelihood, and where the entry came from.
 *
 * @param aliases other names a THREATS workbook may use for the area ("DA", "County lines")
 * @param trend the analyst's own trend statement from a THREATS row, or ""
 * @param evidence crime categories whose trends move likelihood, most specific first
 * @param source "Kent control strategy (default register)" or the THREATS row it came from
 */
public record ThreatArea(String name, Kind kind, List<String> aliases, List<String> facts, List<String> gaps,
                         List<String> operations, String lead, String trend, ThreatScores scores,
                         List<CrimeCategory> evidence, String source) {

    /** A priority of the control strategy, or an area it asks for more information on. */
    public enum Kind {
        PRIORITY("Priority"), INFORMATION_REQUIREMENT("Information requirement");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ThreatArea {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scores, "scores");
        aliases = List.copyOf(aliases);
        facts = List.copyOf(facts);
        gaps = List.copyOf(gaps);
        operations = List.copyOf(operations);
        evidence = List.copyOf(evidence);
        lead = lead == null ? "" : lead;
        trend = trend == null ? "" : trend;
        source = source == null ? "" : source;
    }

    public ThreatArea withScores(ThreatScores s) {
        return new ThreatArea(name, kind, aliases, facts, gaps, operations, lead, trend, s, evidence, source);
    }

    public ThreatArea withText(String trend, List<String> gaps, List<String> operations, String lead, String source) {
        return new ThreatArea(name, kind, aliases, facts, gaps, operations, lead, trend, scores, evidence, source);
    }
}
