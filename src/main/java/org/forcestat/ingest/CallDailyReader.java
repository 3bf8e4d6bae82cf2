package org.forcestat.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.Severity;

/**
 * Reads one-row-per-day call sheets: a date, then counts headed by gradings, channels, total calls
 * and STORM records. Without a total column the total is the sum of the grading columns.
 */
final class CallDailyReader implements KindReader {
    private final SheetContext ctx;
    private final CallCounts calls;
    private final int date;
    private final int total;
    private final int storm;
    private final Map<Integer, Grading> gradings = new LinkedHashMap<>();
    private final Map<Integer, Channel> channels = new LinkedHashMap<>();
    private final java.util.BitSet days = new java.util.BitSet();
    /** The fields this sheet's rows carry: its days count for 999 calls only if it has a channel column. */
    private final java.util.Set<CallCounts.Measure> fields = java.util.EnumSet.noneOf(CallCounts.Measure.class);
    private LocalDate firstDay;

    CallDailyReader(SheetContext ctx, HeaderMatch h) {
        this.ctx = ctx;
        this.calls = ctx.partial().calls();
        this.date = h.col("date");
        this.total = h.col("total");
        this.storm = h.col("storm");
        h.extraColumns().forEach((col, text) -> {
            Grading g = Grading.parse(text).orElse(null);
            if (g != null) {
                gradings.put(col, g);
            } else {
                Channel.parse(text).ifPresent(c -> channels.put(col, c));
            }
        });
        if (!gradings.isEmpty()) {
            fields.add(CallCounts.Measure.GRADING);
        }
        if (!channels.isEmpty()) {
            fields.add(CallCounts.Measure.CHANNEL);
        }
        if (storm >= 0) {
            fields.add(CallCounts.Measure.STORM);
        }
        fields.forEach(calls::declare);
    }

    @Override
    public void row(SheetRow row) {
        if (row.get(date).isBlank()) {
            return;
        }
        DateValues.Parsed d = ctx.date(row.get(date), row.ref(date));
        if (d == null || d.monthOnly()) {
            ctx.rejected();
            ctx.finding(Severity.ERROR, "DATE_UNREADABLE", row.ref(date), Values.text(row.get(date)),
                    "a date such as 01/04/2014",
                    "Row " + (row.rowNumber() + 1) + " has no readable date in " + row.ref(date)
                            + "; its calls were not counted. Enter an Excel date or dd/mm/yyyy.");
            return;
        }
        LocalDate day = d.date();
        if (day.isAfter(LocalDate.now())) {
            ctx.rejected();
            ctx.finding(Severity.ERROR, "DATE_IN_FUTURE", row.ref(date), day.toString(), "a date up to today",
                    "Row " + (row.rowNumber() + 1) + " is dated " + day + ", in the future; its calls were not counted.");
            return;
        }
        seen(day);
        calls.cover(day, fields);
        long gradingSum = 0;
        for (Map.Entry<Integer, Grading> e : gradings.entrySet()) {
            long n = count(row, e.getKey());
            calls.addGrading(day, e.getValue(), n);
            gradingSum += n;
        }
        for (Map.Entry<Integer, Channel> e : channels.entrySet()) {
            calls.addChannel(day, e.getValue(), count(row, e.getKey()));
        }
        // A total saved as a formula without its result (reported once for the sheet) is not known:
        // the gradings give it, as they do where there is no total column.
        boolean totalKnown = total >= 0 && !(row.get(total).isUncalculatedFormula() && !gradings.isEmpty());
        long dayTotal = totalKnown ? count(row, total) : gradingSum;
        // Only a full set of gradings must add up to the total; a partial set may be less.
        if (totalKnown && !gradings.isEmpty() && (gradingSum > dayTotal
                || gradings.size() == Grading.values().length && gradingSum != dayTotal)) {
            ctx.finding(Severity.ERROR, "TOTAL_MISMATCH", row.ref(total), Long.toString(dayTotal),
                    Long.toString(gradingSum), "The total of " + dayTotal + " calls in " + row.ref(total)
                            + " differs from the sum of its gradings (" + gradingSum + "). Correct the total or the parts.");
        }
        calls.addTotal(day, dayTotal);
        if (storm >= 0) {
            calls.addStorm(day, count(row, storm));
        }
        ctx.read();
    }

    private void seen(LocalDate day) {
        if (firstDay == null) {
            firstDay = day;
        }
        long off = day.toEpochDay() - firstDay.toEpochDay();
        if (off < 0) {
            // An earlier day than the first: re-base the set (rows are rarely out of order).
            java.util.BitSet old = (java.util.BitSet) days.clone();
            days.clear();
            old.stream().forEach(i -> days.set((int) (i - off)));
            firstDay = day;
            days.set(0);
        } else if (off < 40_000) {
            days.set((int) off);
        }
    }

    @Override
    public void end() {
        if (firstDay == null) {
            return;
        }
        int last = days.length() - 1;
        int missing = last + 1 - days.cardinality();
        if (missing > 0) {
            LocalDate gap = firstDay.plusDays(days.nextClearBit(0));
            ctx.finding(Severity.WARNING, "SERIES_GAP", CellAddress.column(date), missing + " day(s) missing",
                    "every day from " + firstDay + " to " + firstDay.plusDays(last),
                    String.format("The daily series in column %s has %d missing day(s) between %s and %s, the first "
                            + "on %s; per-day figures count only the days present. Add the missing days.",
                            CellAddress.column(date), missing, firstDay, firstDay.plusDays(last), gap));
        }
    }

    private long count(SheetRow row, int col) {
        double v = Values.number(ctx, row, col, "count of calls");
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v < 0) {
            ctx.finding(Severity.ERROR, "NEGATIVE_COUNT", row.ref(col), Values.text(row.get(col)), "0 or more",
                    "Cell " + row.ref(col) + " holds a negative count of calls; it was not counted.");
            return 0;
        }
        return Values.wholeCount(ctx, row, col, v, "count of calls");
    }
}
