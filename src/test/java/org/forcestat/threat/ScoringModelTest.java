package org.forcestat.threat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class ScoringModelTest {
    private static final ThreatScores BURGLARY = ThreatScores.of(2, 4, 3, 3, 4, 3, 4, 3, 4);

    @Test
    void burglaryScoreWorkedOutByHand() {
        ScoringModel m = ScoringModel.defaults();
        // harm = .30*2 + .20*4 + .10*3 + .15*3 + .25*4 = 0.6 + 0.8 + 0.3 + 0.45 + 1.0 = 3.15
        assertEquals(3.15, m.weightedHarm(BURGLARY), 1e-9);
        // position = (3 + 4) / 2 = 3.5; factor = 1 + 0.2 * (3 - 3.5) / 2 = 0.95
        assertEquals(3.5, m.position(BURGLARY), 1e-9);
        assertEquals(0.95, m.positionFactor(BURGLARY), 1e-9);
        // risk = 3.15 * 3 * 0.95 = 8.9775 -> 9.0, amber (8 <= 9.0 < 15)
        assertEquals(9.0, m.risk(BURGLARY), 1e-9);
        assertEquals(Rag.AMBER, m.rag(9.0));
    }

    @Test
    void ragThresholds() {
        ScoringModel m = ScoringModel.defaults();
        assertEquals(Rag.RED, m.rag(15.0));
        assertEquals(Rag.AMBER, m.rag(14.9));
        assertEquals(Rag.AMBER, m.rag(8.0));
        assertEquals(Rag.GREEN, m.rag(7.9));
        assertEquals(30.0, m.maxRisk(), 1e-9);
    }

    @Test
    void propertyOverridesAWeightAndTheScoreFollows() {
        Properties p = new Properties();
        p.setProperty("threat.weight.harm.physical", "0.5");
        List<Finding> f = new ArrayList<>();
        ScoringModel m = ScoringModel.fromProperties(p, "forcestat.properties", f);
        assertEquals(List.of(), f);
        // weights now sum to 1.2: harm = (0.5*2 + 0.2*4 + 0.1*3 + 0.15*3 + 0.25*4) / 1.2 = 3.55 / 1.2 = 2.958333
        assertEquals(3.55 / 1.2, m.weightedHarm(BURGLARY), 1e-9);
        // risk = 2.958333 * 3 * 0.95 = 8.43125 -> 8.4
        assertEquals(8.4, m.risk(BURGLARY), 1e-9);
    }

    @Test
    void propertyOverridesThresholdsAndPositionWeight() {
        Properties p = new Properties();
        p.setProperty("threat.rag.red", "9");
        p.setProperty("threat.weight.position", "0");
        p.setProperty("unrelated.key", "x");
        List<Finding> f = new ArrayList<>();
        ScoringModel m = ScoringModel.fromProperties(p, "forcestat.properties", f);
        assertEquals(List.of(), f);
        // 3.15 * 3 * 1 = 9.45 -> 9.5, red at 9
        assertEquals(9.5, m.risk(BURGLARY), 1e-9);
        assertEquals(Rag.RED, m.rag(m.risk(BURGLARY)));
    }

    @Test
    void badPropertyValueIsAFindingAndTheDefaultIsKept() {
        Properties p = new Properties();
        p.setProperty("threat.rag.red", "high");
        p.setProperty("threat.weight.harm.financial", "-1");
        List<Finding> f = new ArrayList<>();
        ScoringModel m = ScoringModel.fromProperties(p, "forcestat.properties", f);
        assertEquals(2, f.size(), f.toString());
        Finding red = f.stream().filter(x -> x.seen().startsWith("threat.rag.red")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, red.severity());
        assertEquals("THREAT_PROPERTY", red.rule());
        assertEquals("forcestat.properties", red.file());
        assertEquals("threat.rag.red = high", red.seen());
        assertTrue(red.message().contains("default 15"), red.message());
        assertEquals(15.0, m.redThreshold());
        assertEquals(0.10, m.weight(HarmDimension.FINANCIAL));
    }

    @Test
    void amberNotBelowRedIsAFindingAndBothDefaultsAreKept() {
        Properties p = new Properties();
        p.setProperty("threat.rag.amber", "20");
        List<Finding> f = new ArrayList<>();
        ScoringModel m = ScoringModel.fromProperties(p, "forcestat.properties", f);
        assertEquals(1, f.size());
        assertEquals(8.0, m.amberThreshold());
        assertEquals(15.0, m.redThreshold());
    }

    @Test
    void misspelledThreatKeyIsAFinding() {
        Properties p = new Properties();
        p.setProperty("threat.weight.harm.phsyical", "0.4");
        List<Finding> f = new ArrayList<>();
        ScoringModel.fromProperties(p, "forcestat.properties", f);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("spelling"));
    }

    @Test
    void confidenceWords() {
        ScoringModel m = ScoringModel.defaults();
        assertEquals(5.0, m.confidenceWord("H"));
        assertEquals(3.0, m.confidenceWord("medium"));
        assertEquals(1.0, m.confidenceWord("Low"));
        assertTrue(Double.isNaN(m.confidenceWord("maybe")));
    }

    @Test
    void describeStatesTheWeightsAndThatTheyAreOurs() {
        String d = String.join(" ", ScoringModel.defaults().describe());
        assertTrue(d.contains("forcestat's own"));
        assertTrue(d.contains("MoRiLE"));
        assertTrue(d.contains("physical 30%, psychological 20%, financial 10%, community 15% and victim vulnerability 25%"), d);
        assertTrue(d.contains("Red 15 or more"));
    }
}
