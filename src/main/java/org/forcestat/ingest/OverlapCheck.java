package org.forcestat.ingest;

import org.forcestat.model.CallCounts;
import org.forcestat.model.CrimeCounts;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;

/**
 * After merging, says where two sources of the same kind counted the same days (SPEC §3): the
 * finer-grained one was used for those days and the other was not added to it.
 */
public final class OverlapCheck {
    private OverlapCheck() {
    }

    /** Adds one warning per overlap found in the merged partial. */
    public static void report(Partial merged) {
        for (CallCounts.Overlap o : merged.calls().overlaps()) {
            String notUsed = String.join(", ", o.notUsed());
            String used = String.join(", ", o.used());
            merged.addFinding(Finding.of(Severity.WARNING, "SOURCE_OVERLAP").at(notUsed, "", "")
                    .seen(String.format("%,d day(s), %s to %s", o.days().size(), o.days().first(), o.days().last()))
                    .expected("each day's calls from one source")
                    .message(String.format("Calls for %,d day(s) from %s to %s are in both one-row-per-call records (%s) and "
                            + "per-day counts (%s). The records were used for those days and the per-day counts "
                            + "were not added, so no call is counted twice. Remove one of the sources, or keep "
                            + "them to different periods, if that is not what you meant.",
                            o.days().size(), o.days().first(), o.days().last(), used, notUsed)));
        }
        for (CallCounts.Overlap o : merged.calls().monthOverlaps()) {
            String notUsed = String.join(", ", o.notUsed());
            java.time.YearMonth first = java.time.YearMonth.from(o.days().first());
            java.time.YearMonth last = java.time.YearMonth.from(o.days().last());
            merged.addFinding(Finding.of(Severity.WARNING, "SOURCE_OVERLAP").at(notUsed, "", "")
                    .seen(String.format("%d month(s), %s to %s", o.days().size(), first, last))
                    .expected("each month's calls from one source")
                    .message(String.format("Calls for %d month(s) from %s to %s are in both monthly figures (%s) and "
                            + "per-day or one-row-per-call data (%s). The daily data was used for those months and "
                            + "the monthly figures were not added, so no call is counted twice. Remove one of the "
                            + "sources, or keep them to different periods, if that is not what you meant.",
                            o.days().size(), first, last, notUsed, String.join(", ", o.used()))));
        }
        for (CrimeCounts.Overlap o : merged.crimes().overlaps()) {
            String notUsed = String.join(", ", o.notUsed());
            merged.addFinding(Finding.of(Severity.WARNING, "SOURCE_OVERLAP").at(notUsed, "", "")
                    .seen(String.format("%d month(s), %s to %s", o.months().size(), o.months().first(), o.months().last()))
                    .expected("each month's crimes from one source")
                    .message(String.format("Crimes for %d month(s) from %s to %s are in both daily data (%s) and monthly "
                            + "figures (%s). The daily data was used for those months and the monthly figures were "
                            + "not added, so no crime is counted twice. Remove one of the sources, or keep them to "
                            + "different periods, if that is not what you meant.", o.months().size(),
                            o.months().first(), o.months().last(), String.join(", ", o.used()), notUsed)));
        }
    }
}
