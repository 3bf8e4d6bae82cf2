package org.forcestat.ingest;

import java.time.LocalDate;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Rows dated after today in a record sheet: not counted, and reported once per sheet with the
 * first cell and how many (a 2051 typed for 2015 is a typo, never a statistic).
 */
final class FutureDates {
    private final SheetContext ctx;
    private final LocalDate today = LocalDate.now();
    private long count;
    private String first;
    private LocalDate firstDate;

    FutureDates(SheetContext ctx) {
        this.ctx = ctx;
    }

    /** True (and counted) when the date is after today: the caller then skips the row. */
    boolean isFuture(LocalDate d, SheetRow row, int col) {
        if (!d.isAfter(today)) {
            return false;
        }
        if (count++ == 0) {
            first = row.ref(col);
            firstDate = d;
        }
        ctx.rejected();
        return true;
    }

    void report() {
        if (count > 0) {
            ctx.finding(Severity.ERROR, RuleId.DATE_IN_FUTURE, first, firstDate.toString(), "a date up to " + today,
                    String.format("%,d row(s) are dated in the future, the first %s; they were not counted. "
                            + "Correct the dates.", count, firstDate));
        }
    }
}
