package org.forcestat.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.forcestat.format.CellAddress;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Grading;
import org.forcestat.model.Kind;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * Reads a month-by-column pivot (SPEC §2.3): one row per crime type, call grading or area, one
 * column per month. A pivot is small (tens of rows), so its rows are kept until the end: which kind
 * it is follows from its header or, under a blank corner, from what most row labels are, and
 * subtotal rows (a group above its offences, "All crime", a row of SUMs) are found among them and
 * never counted. A month column with no figure in any row is not covered (a template's months to come).
 */
final class MonthColumnsReader implements KindReader {
    private record Line(String label, String division, String ref, double[] values, Subtotals.Label kind, boolean sums) {
    }

    private final SheetContext ctx;
    private final ValueMap valueMap;
    private final HeaderMatch header;
    private final int label;
    private final int division;
    private final int[] cols;
    private final YearMonth[] months;
    private final boolean[] filled;
    private final List<Line> lines = new ArrayList<>();
    private Kind kind;
    /** The categories of the rows counted: which figures this pivot can give (SPEC §3). */
    private final java.util.Set<CrimeCategory> seen = java.util.EnumSet.noneOf(CrimeCategory.class);

    MonthColumnsReader(SheetContext ctx, HeaderMatch h, ValueMap valueMap) {
        this.ctx = ctx;
        this.header = h;
        this.valueMap = valueMap;
        int lab = h.col("label");
        int div = -1;
        if (h.has("type") && h.has("area") && h.col("type") != h.col("area")) {
            lab = h.col("type");
            div = h.col("area");
        } else if (h.has("grading")) {
            lab = h.col("grading");
        } else if (h.has("channel")) {
            lab = h.col("channel");
        } else if (h.has("type")) {
            lab = h.col("type");
        }
        this.label = lab;
        this.division = div;
        Map<Integer, String> extra = new java.util.TreeMap<>(h.extraColumns());
        cols = extra.keySet().stream().mapToInt(Integer::intValue).toArray();
        months = extra.values().stream().map(YearMonth::parse).toArray(YearMonth[]::new);
        filled = new boolean[cols.length];
    }

    @Override
    public void row(SheetRow row) {
        String text = Values.text(row.get(label));
        if (text.isEmpty()) {
            return;
        }
        double[] v = new double[cols.length];
        java.util.Arrays.fill(v, Double.NaN);
        boolean sums = false;
        boolean any = false;
        for (int i = 0; i < cols.length; i++) {
            Cell c = row.get(cols[i]);
            if (c.isBlank()) {
                continue;
            }
            double x = Values.number(ctx, row, cols[i], "count");
            if (Double.isNaN(x)) {
                continue;
            }
            if (x < 0) {
                ctx.finding(Severity.ERROR, RuleId.NEGATIVE_COUNT, row.ref(cols[i]), Values.text(c), "0 or more",
                        "Cell " + row.ref(cols[i]) + " holds a negative count; it was not counted.");
                continue;
            }
            if (Values.tooLarge(ctx, row, cols[i], x, "count", 31)) {
                continue;
            }
            v[i] = Values.wholeCount(ctx, row, cols[i], x, "count");
            any = true;
            sums |= Subtotals.sumsRowsAbove(c.formula(), row.rowNumber());
        }
        if (!any) {
            return;
        }
        String div = division >= 0 ? Values.text(row.get(division)) : null;
        lines.add(new Line(text, div, row.ref(label), v, Subtotals.label(text), sums));
    }

    /** The kind the rows are, once the sheet has ended: crimes, calls by grading, or crime totals per area. */
    @Override
    public Kind kind() {
        return kind == null ? decide() : kind;
    }

    private Kind decide() {
        if ((header.has("grading") || header.has("channel")) && !header.has("type")) {
            return Kind.CALLS;
        }
        if (header.has("type")) {
            return Kind.CRIMES;
        }
        long crimes = 0;
        long gradings = 0;
        long labelled = 0;
        for (Line l : lines) {
            if (l.kind() != Subtotals.Label.LINE) {
                continue;
            }
            labelled++;
            if (category(l.label()) != null) {
                crimes++;
            }
            if (grading(l.label()) != null || channel(l.label()) != null || callsLine(l.label()) != null) {
                gradings++;
            }
        }
        if (gradings * 2 > labelled && gradings > crimes) {
            return Kind.CALLS;
        }
        if (crimes * 2 >= labelled && crimes > 0 || !header.has("area")) {
            return Kind.CRIMES;
        }
        return Kind.CRIME_TOTALS;
    }

    private CrimeCategory category(String text) {
        CrimeCategory c = valueMap.category(text);
        return c != null ? c : CrimeCategory.parse(text).orElse(null);
    }

    private Grading grading(String text) {
        return MonthlyCalls.grading(valueMap, text);
    }

    private Channel channel(String text) {
        return MonthlyCalls.channel(valueMap, text);
    }

    private static String callsLine(String text) {
        return MonthlyCalls.callsLine(text);
    }

    @Override
    public void end() {
        kind = decide();
        List<double[]> values = new ArrayList<>();
        List<Subtotals.Label> labels = new ArrayList<>();
        boolean[] sums = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            values.add(lines.get(i).values());
            labels.add(lines.get(i).kind());
            sums[i] = lines.get(i).sums();
        }
        List<String> names = new ArrayList<>();
        lines.forEach(l -> names.add(Text.key(l.label()) + (l.division() == null ? "" : "\t" + Text.key(l.division()))));
        boolean[] total = Subtotals.find(values, labels, sums, cols.length >= MIN_COLUMNS_BY_VALUE, 0.5, names);
        Map<String, Long> merged = new LinkedHashMap<>();
        long totals = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (total[i]) {
                totals++;
                continue;
            }
            Line l = lines.get(i);
            for (int m = 0; m < cols.length; m++) {
                filled[m] |= !Double.isNaN(l.values()[m]);
            }
            count(l, merged);
            ctx.read();
        }
        if (kind == Kind.CRIMES) {
            for (int m = 0; m < cols.length; m++) {
                if (filled[m]) {
                    ctx.partial().crimes().coverMonth(months[m], ctx.file(), CrimeCategory.givenBy(seen));
                }
            }
            YearMonth first = null;
            YearMonth last = null;
            for (int m = 0; m < cols.length; m++) {
                if (filled[m]) {
                    first = first == null || months[m].isBefore(first) ? months[m] : first;
                    last = last == null || months[m].isAfter(last) ? months[m] : last;
                }
            }
            YearMonth from = first;
            YearMonth to = last;
            merged.forEach((label, rows) -> {
                MergedCategories.Rows r = from == null ? null : new MergedCategories.Rows(rows, from, to);
                ctx.finding(Severity.INFO, RuleId.MERGED_CATEGORY, CellAddress.column(label()), label,
                        "one of the summary's crime categories", r != null ? r.message(label)
                                : String.format("%,d row(s) are of the combined type \"%s\", counted in the crime total "
                                        + "and shown as their own group.", rows, label), r);
            });
            ctx.reportUnknowns("crime type", "Other crime");
        } else if (kind == Kind.CALLS) {
            List<MonthlyCalls.Row> rows = new ArrayList<>();
            lines.forEach(l -> rows.add(new MonthlyCalls.Row(l.label(), l.values())));
            new MonthlyCalls(ctx, valueMap, header, label, months).count(rows, total);
        }
        if (totals > 0) {
            ctx.finding(Severity.INFO, RuleId.TOTAL_ROWS_SKIPPED, CellAddress.column(label()), totals + " total row(s)",
                    "", String.format("%,d row(s) of this pivot are totals or subtotals of the rows next to them (a "
                            + "group above its offences, \"All crime\", or SUMs), so they were not counted again.", totals));
        }
    }

    /** A pivot needs this many month columns before an unlabelled row may be taken for a subtotal by its figures. */
    static final int MIN_COLUMNS_BY_VALUE = 3;

    private int label() {
        return label;
    }

    private void count(Line l, Map<String, Long> merged) {
        switch (kind) {
            case CRIMES -> {
                CrimeCategory cat = category(l.label());
                if (cat == null) {
                    ctx.unknown(CellAddress.column(label), l.label());
                    cat = CrimeCategory.OTHER;
                } else if (cat.isMerged()) {
                    merged.merge(cat.label(), 1L, Long::sum);
                }
                seen.add(cat);
                for (int m = 0; m < cols.length; m++) {
                    if (!Double.isNaN(l.values()[m]) && l.values()[m] != 0) {
                        ctx.partial().crimes().addMonth(months[m], l.division(), cat, (long) l.values()[m]);
                    }
                }
            }
            case CRIME_TOTALS -> {
                for (int m = 0; m < cols.length; m++) {
                    if (!Double.isNaN(l.values()[m])) {
                        ctx.partial().crimeTotals().add(l.label(), months[m], (long) l.values()[m]);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** The months of the sheet, for tests. */
    TreeSet<YearMonth> months() {
        return new TreeSet<>(List.of(months));
    }
}
