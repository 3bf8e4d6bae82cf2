package org.forcestat.threat;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The raw scores of one threat area, each on the 1–5 scale: five harm dimensions, likelihood,
 * confidence, and the organisational position (capacity, capability; 5 = well placed). A score the
 * register does not give (blank, unreadable) is NaN, "not given": never a middle score made up for it.
 * Immutable.
 */
public final class ThreatScores {
    /** The lowest and highest value of every scale. */
    public static final double MIN = 1;
    public static final double MAX = 5;

    private final EnumMap<HarmDimension, Double> harm;
    private final double likelihood;
    private final double confidence;
    private final double capacity;
    private final double capability;

    private ThreatScores(Map<HarmDimension, Double> harm, double likelihood, double confidence,
                         double capacity, double capability) {
        this.harm = new EnumMap<>(harm);
        for (HarmDimension d : HarmDimension.values()) {
            check(d.label(), this.harm.get(d));
        }
        this.likelihood = check("likelihood", likelihood);
        this.confidence = check("confidence", confidence);
        this.capacity = check("capacity", capacity);
        this.capability = check("capability", capability);
    }

    private static double check(String what, Double v) {
        if (v == null || !inRange(v) && !Double.isNaN(v)) {
            throw new IllegalArgumentException(what + " must be 1 to 5, was " + v);
        }
        return v;
    }

    /** True when {@code v} is a finite number on the 1–5 scale. */
    public static boolean inRange(double v) {
        return Double.isFinite(v) && v >= MIN && v <= MAX;
    }

    /**
     * Scores in the order the sheet shows them: harm (physical, psychological, financial,
     * community, victim vulnerability), likelihood, confidence, capacity, capability.
     */
    public static ThreatScores of(double physical, double psychological, double financial, double community,
                                  double vulnerability, double likelihood, double confidence,
                                  double capacity, double capability) {
        EnumMap<HarmDimension, Double> h = new EnumMap<>(HarmDimension.class);
        h.put(HarmDimension.PHYSICAL, physical);
        h.put(HarmDimension.PSYCHOLOGICAL, psychological);
        h.put(HarmDimension.FINANCIAL, financial);
        h.put(HarmDimension.COMMUNITY, community);
        h.put(HarmDimension.VULNERABILITY, vulnerability);
        return new ThreatScores(h, likelihood, confidence, capacity, capability);
    }

    /** A register row's starting point: no score given yet. */
    public static ThreatScores none() {
        double n = Double.NaN;
        return of(n, n, n, n, n, n, n, n, n);
    }

    /**
     * The fields the risk score needs (every harm dimension, likelihood, capacity and capability) that
     * are not given; empty when the area can be scored. Confidence is shown beside the score, not in it.
     */
    public java.util.List<ScoreField> missingForRisk() {
        java.util.List<ScoreField> out = new java.util.ArrayList<>();
        for (HarmDimension d : HarmDimension.values()) {
            if (Double.isNaN(harm.get(d))) {
                out.add(ScoreField.of(d));
            }
        }
        if (Double.isNaN(likelihood)) {
            out.add(ScoreField.LIKELIHOOD);
        }
        if (Double.isNaN(capacity)) {
            out.add(ScoreField.CAPACITY);
        }
        if (Double.isNaN(capability)) {
            out.add(ScoreField.CAPABILITY);
        }
        return out;
    }

    public Map<HarmDimension, Double> harm() {
        return Collections.unmodifiableMap(harm);
    }

    public double harm(HarmDimension d) {
        return harm.get(d);
    }

    public double likelihood() {
        return likelihood;
    }

    public double confidence() {
        return confidence;
    }

    public double capacity() {
        return capacity;
    }

    public double capability() {
        return capability;
    }

    /** The value of one field; overall harm is the unweighted mean of the dimensions. */
    public double get(ScoreField f) {
        return switch (f) {
            case HARM -> harm.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case LIKELIHOOD -> likelihood;
            case CONFIDENCE -> confidence;
            case CAPACITY -> capacity;
            case CAPABILITY -> capability;
            default -> harm.get(f.dimension());
        };
    }

    /** A copy with one field changed; {@link ScoreField#HARM} sets every harm dimension. */
    public ThreatScores with(ScoreField f, double v) {
        EnumMap<HarmDimension, Double> h = new EnumMap<>(harm);
        double l = likelihood;
        double c = confidence;
        double cap = capacity;
        double cab = capability;
        switch (f) {
            case HARM -> {
                for (HarmDimension d : HarmDimension.values()) {
                    h.put(d, v);
                }
            }
            case LIKELIHOOD -> l = v;
            case CONFIDENCE -> c = v;
            case CAPACITY -> cap = v;
            case CAPABILITY -> cab = v;
            default -> h.put(f.dimension(), v);
        }
        return new ThreatScores(h, l, c, cap, cab);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThreatScores s && s.harm.equals(harm) && Double.compare(s.likelihood, likelihood) == 0
                && Double.compare(s.confidence, confidence) == 0 && Double.compare(s.capacity, capacity) == 0
                && Double.compare(s.capability, capability) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(harm, likelihood, confidence, capacity, capability);
    }

    @Override
    public String toString() {
        return "harm " + harm + ", likelihood " + likelihood + ", confidence " + confidence
                + ", capacity " + capacity + ", capability " + capability;
    }
}
