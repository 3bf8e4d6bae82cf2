package org.forcestat.threat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.model.Text;

/**
 * The words of the usual five-point risk matrix (MoRiLE's harm levels, the UK police 5x5 matrix)
 * read as scores 1 to 5, so a register written in words is scored as it is written. Confidence has
 * its own High/Medium/Low in {@link ScoringModel#confidenceWord}. A word not in these tables is not a
 * score: the area is left unscored, never given a middle 3.
 */
final class ScoreWords {
    private ScoreWords() {
    }

    /** Harm (each dimension): how bad the harm would be. */
    static final Map<String, Integer> HARM = Map.ofEntries(
            Map.entry("critical", 5), Map.entry("catastrophic", 5), Map.entry("severe", 5), Map.entry("veryhigh", 5),
            Map.entry("substantial", 4), Map.entry("major", 4), Map.entry("significant", 4), Map.entry("high", 4),
            Map.entry("moderate", 3), Map.entry("medium", 3),
            Map.entry("minimal", 2), Map.entry("minor", 2), Map.entry("limited", 2), Map.entry("low", 2),
            Map.entry("negligible", 1), Map.entry("insignificant", 1), Map.entry("none", 1), Map.entry("verylow", 1));

    /** Likelihood: how probable the threat is in the period. */
    static final Map<String, Integer> LIKELIHOOD = Map.ofEntries(
            Map.entry("almostcertain", 5), Map.entry("certain", 5), Map.entry("veryhigh", 5), Map.entry("verylikely", 5),
            Map.entry("likely", 4), Map.entry("probable", 4), Map.entry("high", 4),
            Map.entry("possible", 3), Map.entry("medium", 3), Map.entry("moderate", 3),
            Map.entry("unlikely", 2), Map.entry("low", 2),
            Map.entry("rare", 1), Map.entry("remote", 1), Map.entry("veryunlikely", 1), Map.entry("highlyunlikely", 1),
            Map.entry("verylow", 1));

    /** Capacity and capability: how well placed the force is (5 = well placed). */
    static final Map<String, Integer> POSITION = Map.ofEntries(
            Map.entry("excellent", 5), Map.entry("strong", 5), Map.entry("verygood", 5), Map.entry("full", 5),
            Map.entry("good", 4), Map.entry("high", 4),
            Map.entry("adequate", 3), Map.entry("fair", 3), Map.entry("moderate", 3), Map.entry("medium", 3),
            Map.entry("sufficient", 3), Map.entry("some", 3),
            Map.entry("limited", 2), Map.entry("low", 2), Map.entry("partial", 2),
            Map.entry("poor", 1), Map.entry("weak", 1), Map.entry("none", 1), Map.entry("inadequate", 1),
            Map.entry("verylow", 1));

    /** "4 - Likely", "(4) Likely", "Likely (4)": a lone number 1 to 5 in the words is the score. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])([1-5])(?![\\d.])");

    /** The score a cell's words stand for on {@code f}'s scale, or NaN when they are not a score. */
    static double score(ScoreField f, String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        Matcher m = NUMBER.matcher(text);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            return m.find() ? Double.NaN : n;
        }
        Map<String, Integer> table = f.isHarm() ? HARM : f == ScoreField.LIKELIHOOD ? LIKELIHOOD
                : f == ScoreField.CAPACITY || f == ScoreField.CAPABILITY ? POSITION : Map.of();
        Integer v = table.get(Text.key(text));
        return v == null ? Double.NaN : v;
    }

    /** The words, for a message: "Critical, Substantial, Moderate, Minimal or Negligible". */
    static String examples(ScoreField f) {
        if (f.isHarm()) {
            return "Critical, Substantial, Moderate, Minimal or Negligible";
        }
        if (f == ScoreField.LIKELIHOOD) {
            return "Almost certain, Likely, Possible, Unlikely or Rare";
        }
        if (f == ScoreField.CAPACITY || f == ScoreField.CAPABILITY) {
            return "Excellent, Good, Adequate, Limited or Poor";
        }
        return "High, Medium or Low";
    }
}
