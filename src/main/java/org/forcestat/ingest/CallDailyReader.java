package org.forcestat.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.forcestat.format.CellAddress;
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
    private final java.util.BitSet covered = new java.util.BitSet();
    /** The fields this sheet's rows carry: its days count for 999 calls only if it has a channel column. */
    private final java.util.Set<CallCounts.Measure> fields = java.util.EnumSet.noneOf(CallCounts.Measure.class);
    private final RepeatedPeriods days;
    private LocalDate firstDay;

    CallDailyReader(SheetContext ctx, HeaderMatch h) {
        this.ctx = ctx;
        this.calls = ctx.partial().calls();
        this.date = h.col("date");
        this.total = h.col("total");
        this.storm = h.col("storm");
        this.days = new RepeatedPeriods(ctx, "day");
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
            // A column for a grading, even of zeros, says the force uses it.
            gradings.values().forEach(calls::giveGrading);
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
        // Every count is read before any is added: a row with a count that cannot be true is not counted at all.
        long[] byGrading = new long[gradings.size()];
        long[] byChannel = new long[channels.size()];
        boolean rejected = false;
        int i = 0;
        long gradingSum = 0;
        for (int col : gradings.keySet()) {
            long n = count(row, col);
            rejected |= n == Values.REJECTED;
            byGrading[i++] = Math.max(n, 0);
            gradingSum += Math.max(n, 0);
        }
        i = 0;
        for (int col : channels.keySet()) {
            long n = count(row, col);
            rejected |= n == Values.REJECTED;
            byChannel[i++] = Math.max(n, 0);
        }
        long stormN = storm >= 0 ? count(row, storm) : Values.BLANK;
        rejected |= stormN == Values.REJECTED;
        // A total saved as a formula without its result (reported once for the sheet) is not known:
        // the gradings give it, as they do where there is no total column.
        boolean totalKnown = total >= 0 && !(row.get(total).isUncalculatedFormula() && !gradings.isEmpty());
        long dayTotal = totalKnown ? count(row, total) : gradingSum;
        rejected |= dayTotal == Values.REJECTED;
        if (dayTotal == Values.BLANK) {
            // A blank total is not known, never 0; a full set of gradings still gives it.
            if (gradings.size() == Grading.values().length) {
                dayTotal = gradingSum;
                totalKnown = false;
            } else if (!rejected) {
                ctx.rejected();
                ctx.finding(Severity.WARNING, "MISSING_VALUE", row.ref(total), "", "the day's total calls",
                        "Row " + (row.rowNumber() + 1) + " has no total in " + row.ref(total) + " and its gradings do "
                                + "not give one, so the day was not counted (a blank is not 0). Enter the total.");
                return;
            }
        }
        if (rejected) {
            ctx.rejected();
            return;
        }
        if (!days.firstTime(row, date, day.toEpochDay(), String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()))) {
            return;
        }
        seen(day);
        calls.cover(day, fields);
        i = 0;
        for (Grading g : gradings.values()) {
            calls.addGrading(day, g, byGrading[i++]);
        }
        i = 0;
        for (Channel c : channels.values()) {
            calls.addChannel(day, c, byChannel[i++]);
        }
        // Only a full set of gradings must add up to the total; a partial set may be less.
        if (totalKnown && !gradings.isEmpty() && (gradingSum > dayTotal
                || gradings.size() == Grading.values().length && gradingSum != dayTotal)) {
            ctx.finding(Severity.ERROR, "TOTAL_MISMATCH", row.ref(total), Long.toString(dayTotal),
                    Long.toString(gradingSum), "The total of " + dayTotal + " calls in " + row.ref(total)
                            + " differs from the sum of its gradings (" + gradingSum + "). Correct the total or the parts.");
        }
        calls.addTotal(day, dayTotal);
        if (storm >= 0) {
            calls.addStorm(day, Math.max(stormN, 0));
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
            java.util.BitSet old = (java.util.BitSet) covered.clone();
            covered.clear();
            old.stream().forEach(i -> covered.set((int) (i - off)));
            firstDay = day;
            covered.set(0);
        } else if (off < 40_000) {
            covered.set((int) off);
        }
    }

    @Override
    public void end() {
        if (firstDay == null) {
            return;
        }
        int last = covered.length() - 1;
        int missing = last + 1 - covered.cardinality();
        if (missing > 0) {
            LocalDate gap = firstDay.plusDays(covered.nextClearBit(0));
            ctx.finding(Severity.WARNING, "SERIES_GAP", CellAddress.column(date), missing + " day(s) missing",
                    "every day from " + firstDay + " to " + firstDay.plusDays(last),
                    String.format("The daily series in column %s has %d missing day(s) between %s and %s, the first "
                            + "on %s; per-day figures count only the days present. Add the missing days.",
                            CellAddress.column(date), missing, firstDay, firstDay.plusDays(last), gap));
        }
    }

    /** A count of calls in a cell: {@link Values#BLANK}, {@link Values#REJECTED} (with its finding) or 0 or more. */
    private long count(SheetRow row, int col) {
        return Values.count(ctx, row, col, "count of calls", 1);
    }
}
