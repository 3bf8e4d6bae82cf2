package org.forcestat.threat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.forcestat.model.CellRef;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.forcestat.model.ThreatInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class ThreatAssessorTest {
    private static final List<String> DEFAULT_ORDER = List.of(
            "Domestic abuse, serious violence & sexual offences", // 4.15 * 5 * 0.95 = 19.7125 -> 19.7
            "Child abuse & exploitation",                          // 4.00 * 4 * 1.05 = 16.8
            "Gangs & county lines",                                // 3.85 * 4 * 1.00 = 15.4
            "Human trafficking / modern slavery",                  // 4.00 * 3 * 1.10 = 13.2
            "Organised acquisitive crime",                         // 2.75 * 4 * 1.00 = 11.0
            "Counter terrorism & domestic extremism",              // 3.75 * 3 * 0.95 = 10.6875 -> 10.7
            "Burglary",                                            // 3.15 * 3 * 0.95 = 8.9775 -> 9.0
            "Digital crime",                                       // 2.35 * 3 * 1.05 = 7.4025 -> 7.4
            "Emerging communities",                                // 2.85 * 2 * 1.10 = 6.27 -> 6.3
            "Criminal use of firearms");                           // 3.50 * 1 * 1.00 = 3.5

    private static final CellRef ROW5 = new CellRef("threats.xlsx", "Register", "A5");

    private static ThreatResult assess(List<ThreatInput> inputs, Evidence ev) {
        return ThreatAssessor.run(inputs, new Properties(), "forcestat.properties", ev);
    }

    private static List<String> order(ThreatResult r) {
        return r.ranked().stream().map(ThreatAssessment::area).toList();
    }

    private static ThreatAssessment get(ThreatResult r, String area) {
        return r.ranked().stream().filter(a -> a.area().equals(area)).findFirst().orElseThrow();
    }

    private static Map<String, Double> full(double harm, double l, double c, double cap, double capab) {
        return Map.of("harm", harm, "likelihood", l, "confidence", c, "capacity", cap, "capability", capab);
    }

    private static TrendEvidence burglary(double current, double p) {
        return TrendEvidence.of("Dwelling burglary", current, 5475, p, "12 months to May 2016");
    }

    @Test
    void defaultRegisterRanksAndRatesAsWorkedOutByHand() {
        ThreatResult r = assess(List.of(), Evidence.NONE);
        assertEquals(DEFAULT_ORDER, order(r));
        assertEquals(List.of(), r.findings());
        double[] risks = r.ranked().stream().mapToDouble(ThreatAssessment::riskScore).toArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new double[] {19.7, 16.8, 15.4, 13.2, 11.0, 10.7, 9.0, 7.4, 6.3, 3.5}, risks, 1e-9);
        List<Rag> rags = r.ranked().stream().map(ThreatAssessment::rag).toList();
        assertEquals(List.of(Rag.RED, Rag.RED, Rag.RED, Rag.AMBER, Rag.AMBER, Rag.AMBER, Rag.AMBER,
                Rag.GREEN, Rag.GREEN, Rag.GREEN), rags);
        for (int i = 0; i < r.ranked().size(); i++) {
            assertEquals(i + 1, r.ranked().get(i).rank());
        }
        ThreatAssessment b = get(r, "Burglary");
        assertEquals(3.15, b.weightedHarm(), 1e-9);
        assertEquals("Amber, rank 7 of 10. Harm 3.15 of 5 (highest for psychological harm and victim vulnerability, 4), "
                + "likelihood 3 of 5, organisational position 3.5 of 5 (capacity 3, capability 4), which lowers the risk. "
                + "Confidence 4 of 5. Score: 3.15 \u00d7 3 \u00d7 0.95 = 9.0.", b.explanation(), b.explanation());
    }

    /**
     * A force's own register (its words, as pt3's MoRiLE sheet): ranked alone, none of the example's areas
     * added, none of its facts, kind or scores carried over.
     */
    @Test
    void aGivenRegisterIsRankedAloneWithItsOwnScoresAndWords() {
        ThreatInput cl = new ThreatInput("County Lines", full(4, 5, 3, 2, 2),
                Map.of("lead", "DCI Example", "intelligence_gaps", "Cuckooed addresses in the north"), ROW5);
        ThreatInput ms = new ThreatInput("Modern Slavery & Human Trafficking", full(4, 3, 2, 3, 3), Map.of(),
                new CellRef("threats.xlsx", "Register", "A6"));
        ThreatInput fa = new ThreatInput("Firearms", full(5, 1, 1, 4, 4), Map.of(),
                new CellRef("threats.xlsx", "Register", "A7"));
        ThreatResult r = assess(List.of(cl, ms, fa), Evidence.NONE);
        // by hand: County Lines 4 * 5 * (1 + 0.2 * (3 - 2) / 2 = 1.1) = 22.0 Red; Modern Slavery 4 * 3 * 1.0 = 12.0
        // Amber; Firearms 5 * 1 * (1 + 0.2 * (3 - 4) / 2 = 0.9) = 4.5 Green. Nothing of the example's ten areas.
        assertEquals(List.of("County Lines", "Modern Slavery & Human Trafficking", "Firearms"), order(r));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {22.0, 12.0, 4.5},
                r.ranked().stream().mapToDouble(ThreatAssessment::riskScore).toArray(), 1e-9);
        assertEquals(List.of(Rag.RED, Rag.AMBER, Rag.GREEN), r.ranked().stream().map(ThreatAssessment::rag).toList());
        assertEquals(List.of(), r.findings());
        ThreatAssessment c = get(r, "County Lines");
        assertEquals(List.of(), c.facts());
        assertEquals(List.of("Cuckooed addresses in the north"), c.gaps());
        assertEquals("DCI Example", c.lead());
        assertEquals("threats.xlsx, Register!A5", c.source());
        assertEquals(ThreatArea.Kind.PRIORITY, get(r, "Firearms").kind());
        assertTrue(!get(r, "Firearms").explanation().contains("information requirement"), get(r, "Firearms").explanation());
    }

    @Test
    void anAreaOfTheExampleByNameTakesOnlyItsCrimeSeriesAsEvidence() {
        ThreatInput cl = new ThreatInput("County Lines", full(4, 3, 3, 3, 3), Map.of(), ROW5);
        ThreatInput veh = new ThreatInput("Organised Vehicle Crime", full(2, 3, 3, 3, 3), Map.of(),
                new CellRef("threats.xlsx", "Register", "A6"));
        Evidence ev = Evidence.of(Map.of(CrimeCategory.VIOLENCE,
                TrendEvidence.of("Violent crime", 33000, 30000, 0.0001, "12 months to May 2016"),
                CrimeCategory.TOMV, TrendEvidence.of("Theft of a motor vehicle", 900, 1000, 0.001, "12 months to May 2016")));
        ThreatResult r = assess(List.of(cl, veh), ev);
        // County Lines is the example's "Gangs & county lines" by alias: violence rose, likelihood 3 -> 4,
        // 4 * 4 * 1.0 = 16.0; its words say "vehicle": TOMV fell, likelihood 3 -> 2, 2 * 2 * 1.0 = 4.0
        assertEquals(16.0, get(r, "County Lines").riskScore(), 1e-9);
        assertEquals(List.of(), get(r, "County Lines").facts());
        assertEquals(4.0, get(r, "Organised Vehicle Crime").riskScore(), 1e-9);
        assertEquals(2, r.ranked().size());
    }

    @Test
    void threatsInputRaisingBurglaryPutsItFirst() {
        ThreatInput b = new ThreatInput("Burglary", full(5, 5, 5, 2, 2),
                Map.of("lead", "D/Supt Example", "operations", "Op Liberal\nOp Blade"), ROW5);
        ThreatResult r = assess(List.of(b), Evidence.NONE);
        // 5 * 5 * 1.1 = 27.5
        assertEquals("Burglary", r.ranked().get(0).area());
        assertEquals(27.5, r.ranked().get(0).riskScore(), 1e-9);
        assertEquals("D/Supt Example", r.ranked().get(0).lead());
        assertEquals(List.of("Op Liberal", "Op Blade"), r.ranked().get(0).operations());
        assertEquals(1, r.ranked().size());
    }

    @Test
    void significantRiseInDwellingBurglaryRaisesLikelihoodAndSaysSo() {
        Evidence ev = Evidence.of(Map.of(CrimeCategory.DWELLING_BURGLARY, burglary(6200, 0.001)));
        ThreatResult r = assess(List.of(), ev);
        ThreatAssessment b = get(r, "Burglary");
        assertEquals(3.0, b.registerLikelihood());
        assertEquals(4.0, b.likelihood());
        // 3.15 * 4 * 0.95 = 11.97 -> 12.0: passes organised acquisitive crime (11.0) and CT (10.7)
        assertEquals(12.0, b.riskScore(), 1e-9);
        assertEquals(5, b.rank());
        assertEquals(List.of("Likelihood raised 3 \u2192 4: dwelling burglary rose 5,475 \u2192 6,200 (+13.2%), "
                + "beyond normal variation at 5% (p = 0.001)"), b.adjustments());
        assertTrue(b.explanation().contains("Likelihood raised 3 \u2192 4: dwelling burglary rose"), b.explanation());
        assertEquals(List.of("Dwelling burglary: 6,200 (12 months to May 2016), up 725 (+13.2%) on 5,475; "
                + "a real rise at 5% (p = 0.001)"), b.evidence());
    }

    @Test
    void nonSignificantRiseLeavesLikelihoodAlone() {
        Evidence ev = Evidence.of(Map.of(CrimeCategory.DWELLING_BURGLARY, burglary(5520, 0.41)));
        ThreatAssessment b = get(assess(List.of(), ev), "Burglary");
        assertEquals(3.0, b.likelihood());
        assertEquals(9.0, b.riskScore(), 1e-9);
        assertEquals(List.of(), b.adjustments());
        assertTrue(b.evidence().get(0).contains("within normal variation at 5% (p = 0.41)"), b.evidence().toString());
        assertTrue(b.explanation().contains("no change beyond normal variation, so likelihood stays at 3"), b.explanation());
    }

    @Test
    void significantFallLowersLikelihood() {
        Evidence ev = Evidence.of(Map.of(CrimeCategory.DWELLING_BURGLARY, burglary(4800, 0.0001)));
        ThreatAssessment b = get(assess(List.of(), ev), "Burglary");
        assertEquals(2.0, b.likelihood());
        // 3.15 * 2 * 0.95 = 5.985 -> 6.0
        assertEquals(6.0, b.riskScore(), 1e-9);
        assertEquals(Rag.GREEN, b.rag());
        assertTrue(b.adjustments().get(0).startsWith("Likelihood lowered 3 \u2192 2: dwelling burglary fell 5,475 \u2192 4,800 (\u221212.3%)"),
                b.adjustments().toString());
    }

    @Test
    void riseAtTheTopOfTheScaleIsCappedAndExplained() {
        Evidence ev = Evidence.of(Map.of(CrimeCategory.VIOLENCE,
                TrendEvidence.of("Violent crime", 32000, 30000, 0.0001, "12 months to May 2016")));
        ThreatAssessment da = get(assess(List.of(), ev), "Domestic abuse, serious violence & sexual offences");
        assertEquals(5.0, da.likelihood());
        assertEquals(List.of(), da.adjustments());
        assertTrue(da.explanation().contains("Likelihood stays at 5, the top of the scale"), da.explanation());
    }

    @Test
    void policeUkMergedGroupStandsInWhenTheSplitIsMissing() {
        Evidence ev = Evidence.of(Map.of(CrimeCategory.VEHICLE_CRIME,
                TrendEvidence.of("Vehicle crime", 1200, 1000, 0.001, "12 months to May 2016")));
        ThreatAssessment oac = get(assess(List.of(), ev), "Organised acquisitive crime");
        assertEquals(5.0, oac.likelihood());
        assertEquals(1, oac.evidence().size());
        assertTrue(oac.evidence().get(0).endsWith("(police.uk group: the split is not available)"));
    }

    @Test
    void onsTheftOffencesDoNotStandInForBurglaryOrVehicleCrime() {
        // ONS's "Theft offences" is mostly shoplifting and other theft: a real rise in it says nothing of
        // dwelling burglary or vehicle crime alone, so neither area's likelihood moves (3 and 4 in the register).
        Evidence ev = Evidence.of(Map.of(CrimeCategory.THEFT_OFFENCES,
                TrendEvidence.of("Theft offences (not split)", 40000, 35000, 0.0001, "12 months to May 2016")));
        ThreatResult r = assess(List.of(), ev);
        assertEquals(3.0, get(r, "Burglary").likelihood());
        assertEquals(List.of(), get(r, "Burglary").evidence());
        assertEquals(4.0, get(r, "Organised acquisitive crime").likelihood());
        assertEquals(List.of(), get(r, "Organised acquisitive crime").evidence());
    }

    @Test
    void outOfRangeScoreIsAnErrorNamingItsCell() {
        Map<String, Double> s = new HashMap<>(full(7, 3, 4, 3, 4));
        ThreatInput in = new ThreatInput("Burglary", s, Map.of("cell.harm", "C5"), ROW5);
        ThreatResult r = assess(List.of(in), Evidence.NONE);
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("THREAT_SCORE_RANGE", f.rule());
        assertEquals("threats.xlsx", f.file());
        assertEquals("Register", f.sheet());
        assertEquals("C5", f.cell());
        assertEquals("7", f.seen());
        assertEquals("a number from 1 to 5, or Critical, Substantial, Moderate, Minimal or Negligible", f.expected());
        assertTrue(f.message().contains("outside the scale 1 to 5"), f.message());
        // no harm to score it from: unscored, not ranked from the example's harm
        assertEquals(Rag.NOT_SCORED, get(r, "Burglary").rag());
        assertTrue(Double.isNaN(get(r, "Burglary").riskScore()));
    }

    @Test
    void withoutAFieldCellTheRowCellIsNamed() {
        ThreatInput in = new ThreatInput("Burglary", full(3, 0, 4, 3, 4), Map.of(), ROW5);
        Finding f = assess(List.of(in), Evidence.NONE).findings().get(0);
        assertEquals("A5", f.cell());
        assertEquals("THREAT_SCORE_RANGE", f.rule());
    }

    @Test
    void cleanInputProducesNoFinding() {
        ThreatInput in = new ThreatInput("Burglary", Map.of("harm", 3.0, "likelihood", 3.0, "capacity", 3.0, "capability", 4.0),
                Map.of("confidence", "High", "trend", "Rising in West Division"), ROW5);
        ThreatResult r = assess(List.of(in), Evidence.NONE);
        assertEquals(List.of(), r.findings());
        assertEquals(5.0, get(r, "Burglary").confidence());
        assertEquals("Rising in West Division", get(r, "Burglary").trend());
    }

    @Test
    void textInAScoreIsAnError() {
        ThreatInput in = new ThreatInput("Gangs", Map.of("harm", 4.0, "confidence", 3.0, "capacity", 3.0, "capability", 3.0),
                Map.of("likelihood", "n/a", "cell.likelihood", "D6"), ROW5);
        List<Finding> f = assess(List.of(in), Evidence.NONE).findings();
        assertEquals(1, f.size(), f.toString());
        assertEquals("THREAT_SCORE_NOT_NUMBER", f.get(0).rule());
        assertEquals("D6", f.get(0).cell());
        assertEquals("n/a", f.get(0).seen());
    }

    @Test
    void missingScoreIsAWarningAndTheAreaIsLeftUnscored() {
        ThreatInput full = new ThreatInput("Burglary", full(3, 3, 4, 3, 3), Map.of(), ROW5);
        Map<String, Double> partial = new HashMap<>(full(4, 4, 3, 3, 3));
        partial.remove("likelihood");
        ThreatInput gangs = new ThreatInput("Gangs", partial, Map.of("cell.likelihood", "C6"),
                new CellRef("threats.xlsx", "Register", "A6"));
        ThreatResult r = assess(List.of(full, gangs), Evidence.NONE);
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("THREAT_SCORE_MISSING", f.rule());
        assertEquals("C6", f.cell());
        assertTrue(f.message().contains("Gangs is not scored or ranked"), f.message());
        // Burglary 3 * 3 * 1.0 = 9.0, rank 1; Gangs after it, unranked, no score made up
        assertEquals(List.of("Burglary", "Gangs"), order(r));
        ThreatAssessment g = get(r, "Gangs");
        assertEquals(Rag.NOT_SCORED, g.rag());
        assertTrue(Double.isNaN(g.likelihood()) && Double.isNaN(g.riskScore()));
        assertTrue(g.explanation().startsWith("Not scored: the register gives no readable likelihood"), g.explanation());
        assertEquals(9.0, get(r, "Burglary").riskScore(), 1e-9);
    }

    @Test
    void missingColumnIsOneWarningForTheSheet() {
        ThreatInput a = new ThreatInput("Burglary", Map.of("harm", 3.0, "likelihood", 3.0, "confidence", 3.0, "capacity", 3.0),
                Map.of(), ROW5);
        ThreatInput b = new ThreatInput("Gangs", Map.of("harm", 3.0, "likelihood", 3.0, "confidence", 3.0, "capacity", 3.0),
                Map.of(), new CellRef("threats.xlsx", "Register", "A6"));
        List<Finding> f = assess(List.of(a, b), Evidence.NONE).findings();
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("no Capability column"));
    }

    @Test
    void harmDimensionsCountAsHarm() {
        ThreatInput in = new ThreatInput("Burglary", Map.of("harm_physical", 5.0, "harm_psychological", 5.0,
                "harm_financial", 5.0, "harm_community", 5.0, "harm_vulnerability", 1.0, "likelihood", 3.0,
                "confidence", 3.0, "capacity", 3.0, "capability", 3.0), Map.of(), ROW5);
        ThreatResult r = assess(List.of(in), Evidence.NONE);
        assertEquals(List.of(), r.findings());
        // .3*5 + .2*5 + .1*5 + .15*5 + .25*1 = 4.0; 4.0 * 3 * 1.0 = 12.0
        assertEquals(12.0, get(r, "Burglary").riskScore(), 1e-9);
    }

    @Test
    void riskMatrixWordsAreScores() {
        Map<String, String> words = Map.of("harm_physical", "Critical", "harm_psychological", "Substantial",
                "harm_financial", "Minimal", "harm_community", "Moderate", "harm_vulnerability", "Critical",
                "likelihood", "Almost certain", "confidence", "Medium", "capacity", "Limited", "capability", "Good");
        ThreatResult r = assess(List.of(new ThreatInput("Fraud", Map.of(), words, ROW5)), Evidence.NONE);
        assertEquals(List.of(), r.findings());
        // harm .30*5 + .20*4 + .10*2 + .15*3 + .25*5 = 4.2; likelihood 5; position (2 + 4) / 2 = 3, factor 1.0;
        // 4.2 * 5 * 1.0 = 21.0 Red; confidence Medium = 3
        ThreatAssessment a = get(r, "Fraud");
        assertEquals(21.0, a.riskScore(), 1e-9);
        assertEquals(3.0, a.confidence());
        assertEquals(2.0, a.capacity());
    }

    @Test
    void aWordOffTheMatrixLeavesTheAreaUnscoredNeverAMiddleThree() {
        ThreatInput in = new ThreatInput("Fraud", Map.of("harm", 4.0, "capacity", 3.0, "capability", 3.0, "confidence", 3.0),
                Map.of("likelihood", "TBC", "cell.likelihood", "G9"), ROW5);
        ThreatResult r = assess(List.of(in), Evidence.NONE);
        assertEquals(List.of("THREAT_SCORE_NOT_NUMBER"), r.findings().stream().map(Finding::rule).toList());
        assertEquals("G9", r.findings().get(0).cell());
        assertEquals(Rag.NOT_SCORED, get(r, "Fraud").rag());
        assertTrue(Double.isNaN(get(r, "Fraud").riskScore()));
    }

    @Test
    void aBlankConfidenceStillScoresTheArea() {
        ThreatInput a = new ThreatInput("Burglary", Map.of("harm", 4.0, "likelihood", 4.0, "capacity", 3.0, "capability", 3.0),
                Map.of("cell.confidence", "E5"), ROW5);
        ThreatInput b = new ThreatInput("Robbery", full(4, 4, 5, 3, 3), Map.of(), new CellRef("threats.xlsx", "Register", "A6"));
        ThreatResult r = assess(List.of(a, b), Evidence.NONE);
        // both 4 * 4 * 1.0 = 16.0: the tie goes to the higher confidence, a blank one counting lowest
        assertEquals(List.of("Robbery", "Burglary"), order(r));
        assertEquals(16.0, get(r, "Burglary").riskScore(), 1e-9);
        assertTrue(get(r, "Burglary").explanation().contains("Confidence not given"), get(r, "Burglary").explanation());
        assertEquals(List.of("THREAT_SCORE_MISSING"), r.findings().stream().map(Finding::rule).toList());
    }

    @Test
    void sameAreaTwiceIsAWarningAndTheLaterRowWins() {
        ThreatInput a = new ThreatInput("Burglary", full(3, 3, 3, 3, 3), Map.of(), ROW5);
        ThreatInput b = new ThreatInput("burglary", full(3, 5, 3, 3, 3), Map.of(),
                new CellRef("threats.xlsx", "Register", "A9"));
        ThreatResult r = assess(List.of(a, b), Evidence.NONE);
        assertEquals(List.of("THREAT_AREA_DUPLICATE"), r.findings().stream().map(Finding::rule).toList());
        assertEquals(5.0, r.ranked().get(0).likelihood());
        assertEquals(1, r.ranked().size());
    }

    @Test
    void badPropertyFindingComesOutOfRun() {
        Properties p = new Properties();
        p.setProperty("threat.weight.harm.physical", "lots");
        List<Finding> f = ThreatAssessor.run(List.of(), p, "forcestat.properties", Evidence.NONE).findings();
        assertEquals(List.of("THREAT_PROPERTY"), f.stream().map(Finding::rule).toList());
    }

    @Test
    void pValuesAreWrittenAsPeopleWriteThem() {
        assertEquals("p = 0.0001", Fmt.p(0.0001));
        assertEquals("p = 0.034", Fmt.p(0.0342));
        assertEquals("p < 0.0001", Fmt.p(0.00001));
        assertEquals("+13.2%", Fmt.signedPct(725.0 / 5475));
        new ArrayList<>();
    }
}
