package org.forcestat.threat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.ThreatInput;

/**
 * Scores a register against the evidence and ranks it. The evidence rule: for each area's linked
 * crime series, a rise with p below the model's alpha (0.05 by default) raises likelihood by 1
 * (at most 5); if none rose and one fell with such a p, likelihood falls by 1 (at least 1); a
 * change that is not significant moves nothing. Likelihood moves at most one step per run.
 * Ranking: risk score (one decimal) descending, then weighted harm, then confidence, then name.
 */
public final class ThreatAssessor {
    /** Where police.uk's merged groups stand in for a seed category the data does not split out. */
    private static final Map<CrimeCategory, CrimeCategory> MERGED = new EnumMap<>(Map.of(
            CrimeCategory.DWELLING_BURGLARY, CrimeCategory.BURGLARY_ALL,
            CrimeCategory.VIOLENCE, CrimeCategory.VIOLENCE_AND_SEXUAL,
            CrimeCategory.SEXUAL_OFFENCES, CrimeCategory.VIOLENCE_AND_SEXUAL,
            CrimeCategory.TOMV, CrimeCategory.VEHICLE_CRIME,
            CrimeCategory.TFMV, CrimeCategory.VEHICLE_CRIME));

    private final ScoringModel model;

    public ThreatAssessor(ScoringModel model) {
        this.model = model;
    }

    /**
     * The whole engine for the pipeline: the register the THREATS rows give (the default, Kent's
     * example, only when there are none), the model from {@code props} ({@code threat.*} keys), scored
     * against {@code evidence}.
     *
     * @param propsFile the properties file's name, for findings about its values
     */
    public static ThreatResult run(List<ThreatInput> inputs, Properties props, String propsFile, Evidence evidence) {
        List<Finding> findings = new ArrayList<>();
        ScoringModel model = ScoringModel.fromProperties(props, propsFile, findings);
        ThreatRegister register = ThreatRegister.of(inputs, model, findings);
        ThreatResult r = new ThreatAssessor(model).assess(register, evidence);
        return new ThreatResult(r.ranked(), findings);
    }

    public ScoringModel model() {
        return model;
    }

    /**
     * Every area of {@code register} scored and ranked (the result has no findings of its own). An area
     * missing a score the risk needs is not ranked: it follows the ranked areas, {@link Rag#NOT_SCORED},
     * with no risk score, in the register's order.
     */
    public ThreatResult assess(ThreatRegister register, Evidence evidence) {
        List<Scored> scored = new ArrayList<>();
        List<Scored> unscored = new ArrayList<>();
        for (ThreatArea a : register.areas()) {
            Scored s = score(a, evidence);
            (a.scores().missingForRisk().isEmpty() ? scored : unscored).add(s);
        }
        // a confidence not given sorts as the lowest
        scored.sort(Comparator.comparingDouble(Scored::risk).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::harm).reversed())
                .thenComparing(Comparator.comparingDouble((Scored s) -> known(s.scores.confidence())).reversed())
                .thenComparing(s -> s.area.name()));
        List<ThreatAssessment> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            Rag rag = model.rag(s.risk);
            ranked.add(assessment(s, i + 1, rag, explain(s, i + 1, scored.size(), rag)));
        }
        for (int i = 0; i < unscored.size(); i++) {
            Scored s = unscored.get(i);
            ranked.add(assessment(s, scored.size() + i + 1, Rag.NOT_SCORED, notScored(s)));
        }
        return new ThreatResult(ranked, List.of());
    }

    private ThreatAssessment assessment(Scored s, int rank, Rag rag, String explanation) {
        ThreatArea a = s.area;
        return new ThreatAssessment(rank, a.name(), a.kind(), a.facts(), a.gaps(), a.operations(), a.lead(),
                a.trend(), s.scores, a.scores().likelihood(), s.harm, model.position(s.scores),
                model.positionFactor(s.scores), s.evidence, s.adjustments, s.risk, rag, explanation, a.source(), model);
    }

    private static double known(double score) {
        return Double.isNaN(score) ? 0 : score;
    }

    /** "Not scored: the register gives no likelihood or capacity for it, so it is not ranked ...". */
    private static String notScored(Scored s) {
        List<String> missing = new ArrayList<>();
        for (ScoreField f : s.area.scores().missingForRisk()) {
            missing.add(f.label().toLowerCase(java.util.Locale.ROOT));
        }
        return "Not scored: the register gives no readable " + join(missing) + " for it (see the Validation sheet), "
                + "so it is not ranked. forcestat does not make up a score; enter the missing scores to rank it.";
    }

    private record Scored(ThreatArea area, ThreatScores scores, double harm, double risk, List<String> evidence,
                          List<String> adjustments, String likelihoodNote) {
    }

    private Scored score(ThreatArea a, Evidence ev) {
        List<String> lines = new ArrayList<>();
        List<String> rises = new ArrayList<>();
        List<String> falls = new ArrayList<>();
        Set<CrimeCategory> asked = new LinkedHashSet<>();
        for (CrimeCategory c : a.evidence()) {
            Optional<TrendEvidence> t = ev.forCategory(c);
            boolean merged = false;
            if (t.isEmpty() && MERGED.containsKey(c) && asked.add(MERGED.get(c))) {
                t = ev.forCategory(MERGED.get(c));
                merged = t.isPresent();
            }
            if (t.isEmpty()) {
                continue;
            }
            TrendEvidence e = t.get();
            boolean sig = e.pValue() < model.alpha() && e.change() != 0;
            lines.add(line(e, sig) + (merged ? " (police.uk group: the split is not available)" : ""));
            if (sig && e.change() > 0) {
                rises.add(sentence(e));
            } else if (sig) {
                falls.add(sentence(e));
            }
        }
        ThreatScores s = a.scores();
        double l = s.likelihood();
        List<String> adjustments = new ArrayList<>();
        String note = "";
        if (Double.isNaN(l)) {
            // no likelihood given: the evidence is shown, but there is nothing to move
            rises.clear();
            falls.clear();
        }
        if (!rises.isEmpty()) {
            if (l < ThreatScores.MAX) {
                double to = Math.min(ThreatScores.MAX, l + 1);
                adjustments.add("Likelihood raised " + Fmt.num(l) + " \u2192 " + Fmt.num(to) + ": " + String.join("; ", rises));
                s = s.with(ScoreField.LIKELIHOOD, to);
            } else {
                note = "Likelihood stays at 5, the top of the scale, although " + String.join("; ", rises) + ".";
            }
        } else if (!falls.isEmpty()) {
            if (l > ThreatScores.MIN) {
                double to = Math.max(ThreatScores.MIN, l - 1);
                adjustments.add("Likelihood lowered " + Fmt.num(l) + " \u2192 " + Fmt.num(to) + ": " + String.join("; ", falls));
                s = s.with(ScoreField.LIKELIHOOD, to);
            } else {
                note = "Likelihood stays at 1, the bottom of the scale, although " + String.join("; ", falls) + ".";
            }
        }
        // Math.round would make NaN a 0: an area missing a score has no risk at all
        double risk = s.missingForRisk().isEmpty() ? model.risk(s) : Double.NaN;
        return new Scored(a, s, model.weightedHarm(s), risk, lines, adjustments, note);
    }

    /** "dwelling burglary rose 5,475 → 6,200 (+13.2%), beyond normal variation at 5% (p = 0.0001)". */
    private String sentence(TrendEvidence e) {
        return lower(e.label()) + (e.change() > 0 ? " rose " : " fell ") + Fmt.num(e.previous()) + " \u2192 "
                + Fmt.num(e.current()) + pct(e) + ", beyond normal variation at " + Fmt.pct0(model.alpha()) + " (" + Fmt.p(e.pValue()) + ")";
    }

    /** "Dwelling burglary: 6,200 (12 months to May 2016), up 725 (+13.2%) on 5,475; a real rise at 5% (p = 0.0001)". */
    private String line(TrendEvidence e, boolean sig) {
        StringBuilder b = new StringBuilder(e.label()).append(": ").append(Fmt.num(e.current()));
        if (!e.period().isEmpty()) {
            b.append(" (").append(e.period()).append(')');
        }
        if (Double.isNaN(e.previous())) {
            return b.append("; no earlier period in the inputs to compare it with").toString();
        }
        if (e.change() == 0) {
            b.append(", unchanged on ").append(Fmt.num(e.previous()));
        } else {
            b.append(e.change() > 0 ? ", up " : ", down ").append(Fmt.num(Math.abs(e.change())))
                    .append(pct(e)).append(" on ").append(Fmt.num(e.previous()));
        }
        // The words of stats.Verdict, judged at the model's own level.
        b.append("; ").append(!sig ? "within normal variation" : e.change() > 0 ? "a real rise" : "a real fall").append(" at ")
                .append(Fmt.pct0(model.alpha())).append(" (").append(Fmt.p(e.pValue())).append(')');
        return b.toString();
    }

    private static String pct(TrendEvidence e) {
        return e.previous() > 0 ? " (" + Fmt.signedPct(e.change() / e.previous()) + ")" : "";
    }

    private static String lower(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /** Words first (rating, what drives it, what the evidence did), the arithmetic last. */
    private String explain(Scored s, int rank, int of, Rag rag) {
        ThreatScores sc = s.scores;
        StringBuilder b = new StringBuilder();
        b.append(rag.label()).append(", rank ").append(rank).append(" of ").append(of).append(". Harm ")
                .append(Fmt.num(round2(s.harm))).append(" of 5 (");
        double top = sc.harm().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> highest = new ArrayList<>();
        for (HarmDimension d : HarmDimension.values()) {
            if (sc.harm(d) == top) {
                highest.add(d == HarmDimension.VULNERABILITY ? "victim vulnerability"
                        : d.label().toLowerCase(java.util.Locale.ROOT) + " harm");
            }
        }
        if (highest.size() == HarmDimension.values().length) {
            b.append("the same on every dimension");
        } else {
            b.append("highest for ").append(join(highest)).append(", ").append(Fmt.num(top));
        }
        b.append("), likelihood ").append(Fmt.num(sc.likelihood())).append(" of 5, organisational position ")
                .append(Fmt.num(model.position(sc))).append(" of 5 (capacity ").append(Fmt.num(sc.capacity()))
                .append(", capability ").append(Fmt.num(sc.capability())).append(')');
        double p = model.position(sc);
        b.append(p < 3 ? ", which raises the risk" : p > 3 ? ", which lowers the risk" : "").append(". ");
        for (String adj : s.adjustments) {
            b.append(adj).append(". ");
        }
        if (!s.likelihoodNote.isEmpty()) {
            b.append(s.likelihoodNote).append(' ');
        } else if (s.adjustments.isEmpty() && !s.evidence.isEmpty()) {
            b.append("The linked crime trends show no change beyond normal variation, so likelihood stays at ")
                    .append(Fmt.num(sc.likelihood())).append(". ");
        }
        if (s.area.kind() == ThreatArea.Kind.INFORMATION_REQUIREMENT) {
            b.append("An information requirement: the score is provisional until the information is gathered. ");
        }
        if (Double.isNaN(sc.confidence())) {
            b.append("Confidence not given");
        } else {
            b.append("Confidence ").append(Fmt.num(sc.confidence())).append(" of 5");
        }
        if (sc.confidence() <= 2 && s.area.kind() != ThreatArea.Kind.INFORMATION_REQUIREMENT) {
            b.append(" (low): treat the score as provisional and close the intelligence gaps");
        }
        b.append(". Score: ").append(Fmt.num(round2(s.harm))).append(" \u00d7 ").append(Fmt.num(sc.likelihood()))
                .append(" \u00d7 ").append(Fmt.num(round2(model.positionFactor(sc)))).append(" = ")
                .append(Fmt.one(s.risk)).append('.');
        return b.toString();
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
