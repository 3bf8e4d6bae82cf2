package org.forcestat.stats;

import java.time.YearMonth;

/** Recorded crime in the 12 months to {@code currentEnd} against the 12 months before, for one area or the force. */
public record Rolling12(String area, YearMonth previousEnd, long previous, YearMonth currentEnd, long current) {
    public long change() {
        return current - previous;
    }

    /** Change as a fraction of the previous total; NaN when the previous total is zero. */
    public double changeShare() {
        return previous == 0 ? Double.NaN : (double) change() / previous;
    }
}
