package org.forcestat.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.forcestat.format.CellAddress;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

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
    /** The rows counted, added at the end of the sheet (a year of days is 365 small records). */
    private final java.util.List<Counted> rows = new java.util.ArrayList<>();
    private boolean allFirsts = true;
    private final java.util.Set<java.time.YearMonth> months = new java.util.HashSet<>();

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
        if (row.get(date).isBlank() || summaryRow(row.get(date))) {
            return;
        }
        DateValues.Parsed d = ctx.date(row.get(date), row.ref(date));
        if (d == null) {
            ctx.rejected();
            ctx.finding(Severity.ERROR, RuleId.DATE_UNREADABLE, row.ref(date), Values.text(row.get(date)),
                    "a date such as 01/04/2014",
                    "Row " + (row.rowNumber() + 1) + " has no readable date in " + row.ref(date)
                            + "; its calls were not counted. Enter an Excel date or dd/mm/yyyy.");
            return;
        }
        LocalDate day = d.date();
        if (day.isAfter(LocalDate.now())) {
            ctx.rejected();
            ctx.finding(Severity.ERROR, RuleId.DATE_IN_FUTURE, row.ref(date), day.toString(), "a date up to today",
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
                ctx.finding(Severity.WARNING, RuleId.MISSING_VALUE, row.ref(total), "", "the day's total calls",
                        "Row " + (row.rowNumber() + 1) + " has no total in " + row.ref(total) + " and its gradings do "
                                + "not give one, so the day was not counted (a blank is not 0). Enter the total.");
                return;
            }
        }
        if (rejected) {
            ctx.rejected();
            return;
        }
        String shown = d.monthOnly() ? String.format("%02d/%d", day.getMonthValue(), day.getYear())
                : String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        if (!days.firstTime(row, date, day.toEpochDay(), shown)) {
            return;
        }
        // Only a full set of gradings must add up to the total; a partial set may be less.
        if (totalKnown && !gradings.isEmpty() && (gradingSum > dayTotal
                || gradings.size() == Grading.values().length && gradingSum != dayTotal)) {
            ctx.finding(Severity.ERROR, RuleId.TOTAL_MISMATCH, row.ref(total), Long.toString(dayTotal),
                    Long.toString(gradingSum), "The total of " + dayTotal + " calls in " + row.ref(total)
                            + " differs from the sum of its gradings (" + gradingSum + "). Correct the total or the parts.");
        }
        allFirsts &= d.monthOnly() || day.getDayOfMonth() == 1;
        months.add(java.time.YearMonth.from(day));
        rows.add(new Counted(day, d.monthOnly(), byGrading, byChannel, dayTotal, storm >= 0 ? Math.max(stormN, 0) : -1));
        ctx.read();
    }

    /** A label of a row that sums up the days above it: "Average", "Mean", "Daily average", "Max", "Median". */
    private static final Pattern SUMMARY = Pattern.compile(
            "(daily|monthly)?(average|averages|avg|mean|median|max|maximum|min|minimum|peak)(perday|daily|calls|callsperday"
                    + "|of(the)?days?|formonth|forthemonth)?");

    /**
     * Whether a date cell labels a row that sums up the days above it (an Average or Mean row under a
     * month's days, as a sheet kept by hand has), not a day: such a row is left out as a Total row is.
     */
    static boolean summaryRow(Cell c) {
        if (!c.isText()) {
            return false;
        }
        String k = Text.key(c.text());
        return k.length() <= 24 && (SUMMARY.matcher(k).matches() || Text.isTotalLabel(c.text()));
    }

    /** A row's counts, kept to the end of the sheet to see whether its rows are days or months. */
    private record Counted(LocalDate day, boolean monthOnly, long[] byGrading, long[] byChannel, long total, long storm) {
    }

    /**
     * Rows dated by month ("Apr-15") or every one the 1st of a month, over two months or more, are
     * monthly counts (as a template filled monthly writes them, SPEC §2.3): they are months, not days,
     * so figures over them divide by the days of those months rather than by one day each.
     */
    private boolean monthly() {
        return allFirsts && months.size() >= 2;
    }

    private void add(Counted r, boolean asMonth) {
        int i = 0;
        if (asMonth) {
            java.time.YearMonth m = java.time.YearMonth.from(r.day());
            calls.coverMonth(m, fields);
            for (Grading g : gradings.values()) {
                calls.addMonthGrading(m, g, r.byGrading()[i++]);
            }
            i = 0;
            for (Channel c : channels.values()) {
                calls.addMonthChannel(m, c, r.byChannel()[i++]);
            }
            calls.addMonthTotal(m, r.total());
            if (r.storm() >= 0) {
                calls.addMonthStorm(m, r.storm());
            }
            return;
        }
        LocalDate day = r.day();
        seen(day);
        calls.cover(day, fields);
        for (Grading g : gradings.values()) {
            calls.addGrading(day, g, r.byGrading()[i++]);
        }
        i = 0;
        for (Channel c : channels.values()) {
            calls.addChannel(day, c, r.byChannel()[i++]);
        }
        calls.addTotal(day, r.total());
        if (r.storm() >= 0) {
            calls.addStorm(day, r.storm());
        }
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
        boolean monthly = monthly();
        for (Counted r : rows) {
            add(r, monthly || r.monthOnly());
        }
        rows.clear();
        if (firstDay == null) {
            return;
        }
        int last = covered.length() - 1;
        int missing = last + 1 - covered.cardinality();
        if (missing > 0) {
            LocalDate gap = firstDay.plusDays(covered.nextClearBit(0));
            ctx.finding(Severity.WARNING, RuleId.SERIES_GAP, CellAddress.column(date), missing + " day(s) missing",
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
