package org.forcestat.ingest;

import java.util.HashMap;
import java.util.Map;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Finds a day or month that a per-day or per-month source gives twice (SPEC §4.1): two rows with the
 * same date and the same text in every other column (division, crime type, area) are the same
 * figure entered twice, and only the first is counted. Rows that differ in a text column (North and
 * South on the same day) are different figures. Numbers are the counts, so they are not part of the
 * key: the same day with two different totals is still the same day twice. Each key is kept as a
 * 64-bit hash with its row, at most {@link #MAX_KEYS} of them (a per-day source has a few thousand).
 */
final class RepeatedPeriods {
    static final int MAX_KEYS = 1_000_000;
    private final SheetContext ctx;
    private final String period;
    private final Map<Long, Integer> first = new HashMap<>();

    /** {@code period} names what repeats, "day" or "month". */
    RepeatedPeriods(SheetContext ctx, String period) {
        this.ctx = ctx;
        this.period = period;
    }

    /**
     * True when the row gives a period not seen before (count it); false, with an error naming both
     * rows, when an earlier row gave the same period with the same text ({@code shown} is the period as
     * users read it; {@code key} identifies it, e.g. its epoch day).
     */
    boolean firstTime(SheetRow row, int dateCol, long key, String shown) {
        long h = key * 0x9E3779B97F4A7C15L;
        for (Cell c : row.cells()) {
            if (c.col() != dateCol && c.isText()) {
                h = (h ^ c.col()) * 0x100000001b3L;
                h ^= DuplicateIds.hash(c.text().trim().toLowerCase(java.util.Locale.ROOT));
                h *= 0xff51afd7ed558ccdL;
            }
        }
        Integer earlier = first.get(h);
        if (earlier == null) {
            if (first.size() < MAX_KEYS) {
                first.put(h, row.rowNumber());
            }
            return true;
        }
        String ref = row.ref(dateCol);
        ctx.finding(Severity.ERROR, RuleId.DUPLICATE_PERIOD, ref, shown, "each " + period + " once",
                String.format("Row %d gives the %s %s again: row %d already gave it, with the same text in every "
                        + "other column. Only row %d was counted, so nothing is added twice. Delete the repeated "
                        + "row, or correct its date.", row.rowNumber() + 1, period, shown, earlier + 1, earlier + 1));
        ctx.rejected();
        return false;
    }
}
