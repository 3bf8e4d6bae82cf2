package org.forcestat.stats;

import java.time.YearMonth;

/**
 * Recorded crime in the 12 months to {@code currentEnd} against the 12 months before, for one area or
 * the force, with the test of the change on the 24 monthly figures behind the two totals.
 */
public record Rolling12(String area, YearMonth previousEnd, long previous, YearMonth currentEnd, long current,
                        YearOnYear test) {

    public Rolling12 {
        if (test == null) {
            test = YearOnYear.of(java.util.List.of());
        }
    }

    /** Two totals without their months: the change is shown, but there is no test ("not enough months to judge"). */
    public Rolling12(String area, YearMonth previousEnd, long previous, YearMonth currentEnd, long current) {
        this(area, previousEnd, previous, currentEnd, current, null);
    }

    public long change() {
        return current - previous;
    }

    /** Change as a fraction of the previous total; NaN when the previous total is zero. */
    public double changeShare() {
        return previous == 0 ? Double.NaN : (double) change() / previous;
    }
}
