package org.forcestat.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.forcestat.format.CellAddress;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.Text;

/**
 * Counts a month-by-column pivot of calls (SPEC §2.3) into monthly call counts: rows of gradings
 * and/or channels, perhaps a "Total calls" or "STORM records" row, one column per month. The rows
 * come from {@link MonthColumnsReader}, which has already found the total and subtotal rows.
 */
final class MonthlyCalls {
    /** One row of the pivot: its label and a figure per month column (NaN where the cell is blank). */
    record Row(String label, double[] values) {
    }

    private final SheetContext ctx;
    private final ValueMap valueMap;
    private final HeaderMatch header;
    private final int labelCol;
    private final YearMonth[] months;

    MonthlyCalls(SheetContext ctx, ValueMap valueMap, HeaderMatch header, int labelCol, YearMonth[] months) {
        this.ctx = ctx;
        this.valueMap = valueMap;
        this.header = header;
        this.labelCol = labelCol;
        this.months = months;
    }

    static Grading grading(ValueMap valueMap, String text) {
        Grading g = valueMap.grading(text);
        return g != null ? g : Grading.parseValue(text).orElse(null);
    }

    static Channel channel(ValueMap valueMap, String text) {
        Channel c = valueMap.channel(text);
        return c != null ? c : Channel.parse(text).orElse(null);
    }

    /** "Total calls", "Calls received" ({@code total}) or "STORM records", "Incidents" ({@code storm}) as a row label. */
    static String callsLine(String text) {
        String k = Text.key(text);
        for (String field : List.of("total", "storm")) {
            if (Layout.CALLS_DAILY.synonyms().get(field).stream().anyMatch(sy -> Text.key(sy).equals(k))) {
                return field;
            }
        }
        return null;
    }

    /**
     * Counts a pivot of calls per month (SPEC §2.3): rows of gradings and/or channels, perhaps a
     * STORM line. A month's total is the sum of its grading rows (or, without any, of its channel
     * rows, or its "Total calls" row); a row the vocabularies do not know is in the total as a call
     * with no recognised grading (or channel). Months are kept as months: the figures over them
     * divide by the days of those months, and a month a daily source also has is not taken from here.
     */
    void count(List<Row> lines, boolean[] total) {
        List<Row> grad = new ArrayList<>();
        List<Row> chan = new ArrayList<>();
        List<Row> unknown = new ArrayList<>();
        Row totalLine = null;
        Row stormLine = null;
        boolean channelFirst = header.has("channel") && !header.has("grading") || !header.has("grading")
                && channelLabels(lines, total) > gradingLabels(lines, total);
        for (int i = 0; i < lines.size(); i++) {
            Row l = lines.get(i);
            String what = callsLine(l.label());
            if ("total".equals(what) && totalLine == null) {
                totalLine = l;
                continue;
            }
            if (total[i]) {
                continue;
            }
            if ("storm".equals(what)) {
                stormLine = stormLine == null ? l : stormLine;
                continue;
            }
            // "Emergency" is a grading and a channel: a pivot of channels reads it as the 999 line.
            Grading g = channelFirst ? null : grading(valueMap, l.label());
            Channel c = g != null ? null : channel(valueMap, l.label());
            if (g == null && c == null && channelFirst) {
                g = grading(valueMap, l.label());
            }
            if (g != null) {
                grad.add(l);
            } else if (c != null) {
                chan.add(l);
            } else {
                unknown.add(l);
                ctx.unknown(CellAddress.column(labelCol), l.label());
            }
        }
        Set<CallCounts.Measure> given =
                EnumSet.noneOf(CallCounts.Measure.class);
        boolean byGrading = !grad.isEmpty();
        if (byGrading) {
            given.add(CallCounts.Measure.GRADING);
        }
        if (!chan.isEmpty()) {
            given.add(CallCounts.Measure.CHANNEL);
        }
        if (stormLine != null) {
            given.add(CallCounts.Measure.STORM);
        }
        CallCounts calls = ctx.partial().calls();
        given.forEach(calls::declare);
        for (Row l : grad) {
            calls.giveGrading(grading(valueMap, l.label()));
        }
        if (grad.isEmpty() && chan.isEmpty() && unknown.isEmpty() && totalLine == null) {
            return;
        }
        for (int m = 0; m < months.length; m++) {
            long sum = 0;
            boolean any = false;
            for (Row l : grad) {
                double v = l.values()[m];
                if (!Double.isNaN(v)) {
                    calls.addMonthGrading(months[m], grading(valueMap, l.label()), (long) v);
                    sum += (long) v;
                    any = true;
                }
            }
            long channelSum = 0;
            for (Row l : chan) {
                double v = l.values()[m];
                if (!Double.isNaN(v)) {
                    calls.addMonthChannel(months[m], channel(valueMap, l.label()), (long) v);
                    channelSum += (long) v;
                    any = true;
                }
            }
            for (Row l : unknown) {
                double v = l.values()[m];
                if (!Double.isNaN(v)) {
                    if (byGrading) {
                        calls.addMonthGrading(months[m], null, (long) v);
                        sum += (long) v;
                    } else {
                        calls.addMonthChannel(months[m], null, (long) v);
                        channelSum += (long) v;
                    }
                    any = true;
                }
            }
            if (!byGrading) {
                sum = channelSum;
            }
            if (grad.isEmpty() && chan.isEmpty() && unknown.isEmpty()) {
                double v = totalLine.values()[m];
                if (!Double.isNaN(v)) {
                    sum = (long) v;
                    any = true;
                }
            }
            if (!any) {
                // A month with no figure in any row is not covered (a template's months to come).
                continue;
            }
            calls.addMonthTotal(months[m], sum);
            if (stormLine != null && !Double.isNaN(stormLine.values()[m])) {
                calls.addMonthStorm(months[m], (long) stormLine.values()[m]);
            }
            calls.coverMonth(months[m], given);
        }
        ctx.reportUnknowns(byGrading ? "grading" : "channel", "calls with no recognised " + (byGrading ? "grading"
                : "channel") + " (in the total, not in any " + (byGrading ? "grading" : "channel") + ")");
    }

    private long gradingLabels(List<Row> lines, boolean[] total) {
        long n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!total[i] && grading(valueMap, lines.get(i).label()) != null) {
                n++;
            }
        }
        return n;
    }

    private long channelLabels(List<Row> lines, boolean[] total) {
        long n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!total[i] && channel(valueMap, lines.get(i).label()) != null) {
                n++;
            }
        }
        return n;
    }
}
