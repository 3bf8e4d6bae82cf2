package org.forcestat.stats;

import java.util.Locale;

/**
 * What a test of change says, in the plain words every sheet uses: "a real rise: p = 0.003",
 * "within normal variation (p = 0.41)", "not enough months to judge". Stated once here so the
 * Summary, the Crime sheet, the Metrics labels and the threat evidence cannot word one result two ways.
 *
 * @param outcome  rise, fall, no change beyond normal variation, or too little data to judge
 * @param pValue   the test's two-sided p-value; NaN when there was too little data
 * @param trend    whether the result is a monthly trend (worded "upward trend") rather than a change between periods
 */
public record Verdict(Outcome outcome, double pValue, boolean trend) {
    /** The significance level every verdict is judged at. */
    public static final double ALPHA = 0.05;

    /** The four things a test can conclude. */
    public enum Outcome {
        RISE, FALL, NORMAL, TOO_FEW_MONTHS
    }

    /** The verdict on a change between two periods: direction from {@code change}, significance from {@code pValue}. */
    public static Verdict change(double change, double pValue) {
        return of(change, pValue, false);
    }

    /** The verdict on a monthly trend: direction from the slope. */
    public static Verdict trend(double slope, double pValue) {
        return of(slope, pValue, true);
    }

    /** "Not enough months to judge": the data cannot support a verdict either way. */
    public static Verdict tooFewMonths(boolean trend) {
        return new Verdict(Outcome.TOO_FEW_MONTHS, Double.NaN, trend);
    }

    private static Verdict of(double direction, double pValue, boolean trend) {
        if (Double.isNaN(pValue)) {
            return tooFewMonths(trend);
        }
        Outcome o = pValue >= ALPHA || direction == 0 ? Outcome.NORMAL : direction > 0 ? Outcome.RISE : Outcome.FALL;
        return new Verdict(o, pValue, trend);
    }

    /** A rise or a fall that normal variation does not explain. */
    public boolean real() {
        return outcome == Outcome.RISE || outcome == Outcome.FALL;
    }

    /** "a real rise: p = 0.003", "a real upward trend: p < 0.001", "within normal variation (p = 0.41)". */
    public String text() {
        return switch (outcome) {
            case RISE -> (trend ? "a real upward trend: " : "a real rise: ") + p(pValue);
            case FALL -> (trend ? "a real downward trend: " : "a real fall: ") + p(pValue);
            case NORMAL -> "within normal variation (" + p(pValue) + ")";
            case TOO_FEW_MONTHS -> "not enough months to judge";
        };
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * A p-value as the sheets print it: "p < 0.001", "p = 0.003", "p = 0.41". Two significant figures
     * at most, never rounded across the 5% line (0.0496 is "p = 0.0496", not "p = 0.05").
     */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "p n/a";
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        String two = new java.math.BigDecimal(p).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
        if (p < ALPHA && Double.parseDouble(two) >= ALPHA) {
            two = String.format(Locale.UK, "%.4f", p);
        }
        return "p = " + two;
    }
}
