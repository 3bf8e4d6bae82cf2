package org.forcestat.ingest;

import java.time.YearMonth;
import org.forcestat.format.CellAddress;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/** Reads recorded crime per area per month (divisional returns). */
final class CrimeTotalsReader implements KindReader {
    private final SheetContext ctx;
    private final int area;
    private final int month;
    private final int count;
    private final java.util.Map<String, java.util.TreeSet<YearMonth>> months = new java.util.TreeMap<>();
    private final RepeatedPeriods periods;

    CrimeTotalsReader(SheetContext ctx, HeaderMatch h) {
        this.ctx = ctx;
        this.area = h.col("area");
        this.month = h.col("month");
        this.count = h.col("count");
        this.periods = new RepeatedPeriods(ctx, "month");
    }

    @Override
    public void row(SheetRow row) {
        String a = Values.text(row.get(area));
        if (a.isEmpty() && row.get(month).isBlank()) {
            return;
        }
        DateValues.Parsed d = ctx.date(row.get(month), row.ref(month));
        if (d == null) {
            ctx.rejected();
            ctx.finding(Severity.ERROR, RuleId.DATE_UNREADABLE, row.ref(month), Values.text(row.get(month)),
                    "a month such as May 2016 or 2016-05",
                    "Row " + (row.rowNumber() + 1) + " has no readable month in " + row.ref(month)
                            + "; it was not counted.");
            return;
        }
        if (a.isEmpty()) {
            ctx.rejected();
            ctx.finding(Severity.ERROR, RuleId.MISSING_VALUE, row.ref(area), "", "an area or division name",
                    "Row " + (row.rowNumber() + 1) + " has a count but no area in " + row.ref(area) + "; it was not counted.");
            return;
        }
        long n = Values.count(ctx, row, count, "count of recorded crimes", 31);
        if (n < 0) {
            ctx.rejected();
            return;
        }
        YearMonth m = YearMonth.from(d.date());
        if (!periods.firstTime(row, month, 12L * m.getYear() + m.getMonthValue(), m.toString())) {
            return;
        }
        months.computeIfAbsent(a, k -> new java.util.TreeSet<>()).add(m);
        ctx.partial().crimeTotals().add(a, m, n);
        ctx.read();
    }

    /** A month missing between an area's first and last month is a gap: its 12-month totals would be short. */
    @Override
    public void end() {
        months.forEach((area, seen) -> {
            java.util.List<YearMonth> missing = new java.util.ArrayList<>();
            for (YearMonth m = seen.first(); m.isBefore(seen.last()); m = m.plusMonths(1)) {
                if (!seen.contains(m)) {
                    missing.add(m);
                }
            }
            if (!missing.isEmpty()) {
                ctx.finding(Severity.WARNING, RuleId.SERIES_GAP, CellAddress.column(month),
                        missing.size() + " month(s) missing for " + area, "every month from " + seen.first() + " to "
                                + seen.last(), "Area " + area + " has no figure for " + missing.subList(0,
                                Math.min(6, missing.size())) + (missing.size() > 6 ? " ..." : "")
                                + "; rolling 12-month totals that include those months are too low. Add the missing "
                                + "months.");
            }
        });
    }
}
