package org.forcestat.threat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * forcestat's MoRiLE-style scoring model. MoRiLE's own scales and weights are not public, so these
 * are ours, stated on the sheet and changeable in {@code forcestat.properties}:
 * <ul>
 * <li>weighted harm H = sum of w_d x harm_d over the five dimensions, divided by the sum of the
 *     weights (so weights are relative and H stays on 1–5);</li>
 * <li>organisational position P = (capacity + capability) / 2, 1–5, 5 = well placed;</li>
 * <li>risk = H x likelihood x (1 + k x (3 - P) / 2), rounded to one decimal: a poorly placed force
 *     (P = 1) raises the risk by k, a well placed one (P = 5) lowers it by k, P = 3 leaves it;</li>
 * <li>RAG: red at or above {@code threat.rag.red}, amber at or above {@code threat.rag.amber};</li>
 * <li>confidence (1–5; High/Medium/Low read as 5/3/1) is shown beside the score, never in it.</li>
 * </ul>
 */
public final class ScoringModel {
    public static final String PREFIX = "threat.";

    /** Every default in one place; property keys are these names. */
    private static final Map<String, Double> DEFAULTS = defaults0();

    private static Map<String, Double> defaults0() {
        Map<String, Double> d = new java.util.LinkedHashMap<>();
        d.put("threat.weight.harm.physical", 0.30);
        d.put("threat.weight.harm.psychological", 0.20);
        d.put("threat.weight.harm.financial", 0.10);
        d.put("threat.weight.harm.community", 0.15);
        d.put("threat.weight.harm.vulnerability", 0.25);
        d.put("threat.weight.position", 0.20);
        d.put("threat.rag.red", 15.0);
        d.put("threat.rag.amber", 8.0);
        d.put("threat.confidence.high", 5.0);
        d.put("threat.confidence.medium", 3.0);
        d.put("threat.confidence.low", 1.0);
        d.put("threat.evidence.alpha", 0.05);
        return Collections.unmodifiableMap(d);
    }

    private static final ScoringModel DEFAULT = new ScoringModel(DEFAULTS);

    private final Map<String, Double> values;
    private final EnumMap<HarmDimension, Double> weights = new EnumMap<>(HarmDimension.class);
    private final double weightSum;

    private ScoringModel(Map<String, Double> values) {
        this.values = Map.copyOf(values);
        double sum = 0;
        for (HarmDimension d : HarmDimension.values()) {
            double w = this.values.get(weightKey(d));
            weights.put(d, w);
            sum += w;
        }
        this.weightSum = sum;
    }

    /** The model with every default. */
    public static ScoringModel defaults() {
        return DEFAULT;
    }

    /** The default value of a {@code threat.*} property, e.g. {@code defaultValue("threat.rag.red")} is 15. */
    public static double defaultValue(String key) {
        Double v = DEFAULTS.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no threat property " + key);
        }
        return v;
    }

    public static String weightKey(HarmDimension d) {
        return "threat.weight.harm." + d.id();
    }

    /**
     * The model from the {@code threat.*} keys of {@code props} (other keys ignored); a value that is
     * not a number, out of its range, or inconsistent with another (amber not below red, all harm
     * weights zero) is a WARNING finding in {@code findings} and the default is kept.
     *
     * @param file the properties file's name, for findings
     */
    public static ScoringModel fromProperties(Properties props, String file, List<Finding> findings) {
        Map<String, Double> v = new java.util.LinkedHashMap<>(DEFAULTS);
        for (String key : props.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String raw = props.getProperty(key).trim();
            if (!DEFAULTS.containsKey(key)) {
                if (key.startsWith("threat.weight.") || key.startsWith("threat.rag.")
                        || key.startsWith("threat.confidence.") || key.startsWith("threat.evidence.")) {
                    findings.add(bad(file, key, raw, "one of " + String.join(", ", DEFAULTS.keySet()),
                            "'" + key + "' is not a setting of the threat scoring model, so it is ignored. Check its spelling."));
                }
                continue;
            }
            double d;
            try {
                d = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                d = Double.NaN;
            }
            String range = range(key);
            if (!Double.isFinite(d) || !within(key, d)) {
                findings.add(bad(file, key, raw, range, "'" + raw + "' is not a valid value for " + key
                        + " (" + range + "), so the default " + Fmt.num(DEFAULTS.get(key)) + " is used."));
                continue;
            }
            v.put(key, d);
        }
        double sum = 0;
        for (HarmDimension h : HarmDimension.values()) {
            sum += v.get(weightKey(h));
        }
        if (sum <= 0) {
            findings.add(bad(file, "threat.weight.harm.*", "all 0", "at least one weight above 0",
                    "The harm weights are all zero, so no harm could count; the default weights are used."));
            for (HarmDimension h : HarmDimension.values()) {
                v.put(weightKey(h), DEFAULTS.get(weightKey(h)));
            }
        }
        if (v.get("threat.rag.amber") >= v.get("threat.rag.red")) {
            findings.add(bad(file, "threat.rag.amber", Fmt.num(v.get("threat.rag.amber")),
                    "below threat.rag.red (" + Fmt.num(v.get("threat.rag.red")) + ")",
                    "The amber threshold must be below the red one; the default thresholds "
                            + Fmt.num(DEFAULTS.get("threat.rag.amber")) + " and " + Fmt.num(DEFAULTS.get("threat.rag.red"))
                            + " are used."));
            v.put("threat.rag.amber", DEFAULTS.get("threat.rag.amber"));
            v.put("threat.rag.red", DEFAULTS.get("threat.rag.red"));
        }
        return new ScoringModel(v);
    }

    private static String range(String key) {
        if (key.startsWith("threat.weight.harm.")) {
            return "a number, 0 or more";
        } else if (key.equals("threat.weight.position")) {
            return "a number from 0 to 1";
        } else if (key.startsWith("threat.rag.")) {
            return "a number above 0";
        } else if (key.startsWith("threat.confidence.")) {
            return "a number from 1 to 5";
        }
        return "a number above 0 and at most 0.5";
    }

    private static boolean within(String key, double d) {
        if (key.startsWith("threat.weight.harm.")) {
            return d >= 0;
        } else if (key.equals("threat.weight.position")) {
            return d >= 0 && d <= 1;
        } else if (key.startsWith("threat.rag.")) {
            return d > 0;
        } else if (key.startsWith("threat.confidence.")) {
            return ThreatScores.inRange(d);
        }
        return d > 0 && d <= 0.5;
    }

    private static Finding bad(String file, String key, String seen, String expected, String message) {
        return Finding.of(Severity.WARNING, RuleId.THREAT_PROPERTY).at(file, "", "").seen(key + " = " + seen)
                .expected(expected)
                .message(message);
    }

    /** The relative weight of one harm dimension as configured (not normalised). */
    public double weight(HarmDimension d) {
        return weights.get(d);
    }

    /** The weight's share of all harm weights, 0–1. */
    public double weightShare(HarmDimension d) {
        return weights.get(d) / weightSum;
    }

    public double positionWeight() {
        return values.get("threat.weight.position");
    }

    public double redThreshold() {
        return values.get("threat.rag.red");
    }

    public double amberThreshold() {
        return values.get("threat.rag.amber");
    }

    /** The significance level below which a trend moves likelihood. */
    public double alpha() {
        return values.get("threat.evidence.alpha");
    }

    /** The score High, Medium or Low confidence stands for (H/M/L, case-insensitive), or NaN. */
    public double confidenceWord(String text) {
        String k = org.forcestat.model.Text.key(text);
        return switch (k) {
            case "h", "high" -> values.get("threat.confidence.high");
            case "m", "medium", "med" -> values.get("threat.confidence.medium");
            case "l", "low" -> values.get("threat.confidence.low");
            default -> Double.NaN;
        };
    }

    /** Weighted harm, 1–5. */
    public double weightedHarm(ThreatScores s) {
        double h = 0;
        for (HarmDimension d : HarmDimension.values()) {
            h += weights.get(d) * s.harm(d);
        }
        return h / weightSum;
    }

    /** Organisational position, 1–5 (5 = well placed to deal with the threat). */
    public double position(ThreatScores s) {
        return (s.capacity() + s.capability()) / 2;
    }

    /** The multiplier the organisational position applies to harm x likelihood. */
    public double positionFactor(ThreatScores s) {
        return 1 + positionWeight() * (3 - position(s)) / 2;
    }

    /** The risk score, rounded to one decimal place (rank and RAG use this rounded value). */
    public double risk(ThreatScores s) {
        return Math.round(weightedHarm(s) * s.likelihood() * positionFactor(s) * 10) / 10.0;
    }

    public Rag rag(double risk) {
        if (risk >= redThreshold()) {
            return Rag.RED;
        }
        return risk >= amberThreshold() ? Rag.AMBER : Rag.GREEN;
    }

    /** The highest risk score the scales allow: harm 5 x likelihood 5, poorest position. */
    public double maxRisk() {
        return 25 * (1 + positionWeight());
    }

    /** Sentences for the sheet saying how scores are made, with this model's numbers. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("These scales and weights are forcestat's own, in the style of MoRiLE (whose scales are not public); "
                + "they can be changed in forcestat.properties (threat.weight.*, threat.rag.*).");
        StringBuilder w = new StringBuilder("Harm: five dimensions each scored 1 (minimal) to 5 (critical), weighted ");
        HarmDimension[] dims = HarmDimension.values();
        for (int i = 0; i < dims.length; i++) {
            w.append(dims[i].label().toLowerCase(Locale.ROOT)).append(' ').append(Fmt.pct0(weightShare(dims[i])));
            w.append(i == dims.length - 2 ? " and " : i == dims.length - 1 ? "." : ", ");
        }
        lines.add(w.toString());
        lines.add("Likelihood: 1 (rare) to 5 (almost certain). A real rise in a linked crime trend, beyond its normal"
                + " month-to-month variation (p < " + Fmt.num(alpha()) + "), raises it by 1 (to at most 5); a real fall lowers it"
                + " by 1 (to at least 1).");
        lines.add("Risk score = weighted harm \u00d7 likelihood \u00d7 position factor. Organisational position = mean of capacity "
                + "and capability (1 = poorly placed, 5 = well placed); factor = 1 + " + Fmt.num(positionWeight())
                + " \u00d7 (3 \u2212 position) \u00f7 2, from " + Fmt.num(1 + positionWeight()) + " to "
                + Fmt.num(1 - positionWeight()) + ". Highest possible score " + Fmt.num(maxRisk()) + ".");
        lines.add("RAG: Red " + Fmt.num(redThreshold()) + " or more; Amber " + Fmt.num(amberThreshold())
                + " to below " + Fmt.num(redThreshold()) + "; Green below " + Fmt.num(amberThreshold())
                + ". Confidence 1 (low) to 5 (high), High/Medium/Low = " + Fmt.num(confidenceWord("high")) + "/"
                + Fmt.num(confidenceWord("medium")) + "/" + Fmt.num(confidenceWord("low"))
                + ", is shown beside the score, not in it.");
        return lines;
    }
}
