package org.forcestat.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.forcestat.format.CellAddress;
import org.forcestat.model.RuleId;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * Reads a CSR savings plan: one row per savings line, with either year columns ("Achieved
 * 2014/15", "2016/17") or a Year column with Planned/Achieved/Amount. Total rows are skipped.
 */
final class SavingsReader implements KindReader {
    private final SheetContext ctx;
    private final int line;
    private final int department;
    private final int status;
    private final int year;
    private final int planned;
    private final int achieved;
    private final int amount;
    private final Map<Integer, HeaderMatcher.YearColumn> years = new LinkedHashMap<>();

    private final ValueMap values;
    /** Lines as read, kept to the end so subtotal rows among them are found (a plan is tens of lines). */
    private final java.util.List<SavingsLine> lines = new java.util.ArrayList<>();
    /** The row of each line, beside {@link #lines}. */
    private final java.util.List<Integer> lineRows = new java.util.ArrayList<>();
    private final java.util.List<Subtotals.Label> labels = new java.util.ArrayList<>();
    private final java.util.List<Boolean> sums = new java.util.ArrayList<>();
    /** True once a total row has been seen: a "Total ..." row below one is a total of totals. */
    private boolean totalAbove;
    /** The row of every total row left out: "Sub-total" rows set aside before they reach the plan, and the rest. */
    private final java.util.TreeSet<Integer> skippedTotals = new java.util.TreeSet<>();

    /** Pounds per unit of each amount column (1000 under "All figures £000"). */
    private final Map<Integer, Double> factors = new java.util.HashMap<>();

    SavingsReader(SheetContext ctx, HeaderMatch h, ValueMap values) {
        this(ctx, h, values, java.util.List.of());
    }

    /** {@code above}: the rows above the header, whose title may say the unit ("All figures £000"). */
    SavingsReader(SheetContext ctx, HeaderMatch h, ValueMap values, java.util.List<SheetRow> above) {
        this.ctx = ctx;
        this.values = values;
        this.line = h.col("line");
        this.department = h.col("department");
        this.status = h.col("status");
        this.year = h.col("year");
        this.planned = h.col("planned");
        this.achieved = h.col("achieved");
        this.amount = h.col("amount");
        h.extraColumns().forEach((col, text) -> years.put(col, HeaderMatcher.yearColumn(text)));
        MoneyHeadings.Unit sheetUnit = MoneyHeadings.sheetUnit(above);
        java.util.List<MoneyHeadings.Unit> used = new java.util.ArrayList<>();
        java.util.Set<Integer> cols = new java.util.TreeSet<>(years.keySet());
        if (years.isEmpty()) {
            java.util.List.of(planned, amount, achieved).forEach(c -> { if (c >= 0) cols.add(c); });
        }
        for (int c : cols) {
            MoneyHeadings.Unit u = MoneyHeadings.columnUnit(h, c, sheetUnit, h.headerRow());
            factors.put(c, u.factor());
            used.add(u);
        }
        MoneyHeadings.reportScaling(ctx, used);
    }

    /** A cell's amount in pounds, NaN when it holds none. */
    private double pounds(SheetRow row, int col, String what) {
        return Values.money(ctx, row, col, what) * factors.getOrDefault(col, 1.0);
    }

    @Override
    public void totalRow(SheetRow row) {
        totalAbove = true;
        skippedTotals.add(row.rowNumber());
    }

    @Override
    public void row(SheetRow row) {
        String name = Values.text(row.get(line));
        if (name.isEmpty()) {
            return;
        }
        if (Values.isTotalRow(row)) {
            skippedTotals.add(row.rowNumber());
            return;
        }
        Map<String, Double> plan = new LinkedHashMap<>();
        Map<String, Double> done = new LinkedHashMap<>();
        years.forEach((col, yc) -> {
            double v = pounds(row, col, "saving in pounds");
            if (!Double.isNaN(v)) {
                (yc.achieved() ? done : plan).merge(yc.year(), v, Double::sum);
            }
        });
        if (years.isEmpty()) {
            String y = year >= 0 ? yearOf(row) : "All years";
            if (y == null) {
                ctx.rejected();
                return;
            }
            put(plan, y, pounds(row, planned, "planned saving in pounds"));
            put(plan, y, pounds(row, amount, "saving in pounds"));
            put(done, y, pounds(row, achieved, "achieved saving in pounds"));
        }
        String st = status >= 0 ? values.status(Values.text(row.get(status))) : "";
        if (!st.isEmpty() && !isKnownStatus(st)) {
            ctx.unknown(CellAddress.column(status), st);
        }
        lineRows.add(row.rowNumber());
        lines.add(new SavingsLine(name, department >= 0 ? Values.text(row.get(department)) : "", plan, done, st,
                ctx.ref(row.ref(line))));
        // "Total" may be written in the directorate column beside "All schemes": the stronger word counts
        Subtotals.Label label = Subtotals.label(name);
        Subtotals.Label byDepartment = department >= 0 ? Subtotals.label(Values.text(row.get(department)))
                : Subtotals.Label.LINE;
        label = byDepartment.compareTo(label) < 0 ? byDepartment : label;
        boolean sum = false;
        for (Cell c : row.cells()) {
            sum |= c.col() != line && Subtotals.sumsRowsAbove(c.formula(), row.rowNumber());
        }
        // "Total savings - all directorates" under the sub-totals is a total whatever its figures add up to
        labels.add(label == Subtotals.Label.WORDS && totalAbove ? Subtotals.Label.TOTAL : label);
        totalAbove |= sum || label == Subtotals.Label.TOTAL;
        sums.add(sum);
    }

    /** Adds the lines that are not totals of the lines next to them. */
    @Override
    public void end() {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (SavingsLine l : lines) {
            l.planned().keySet().forEach(k -> { if (!keys.contains("p" + k)) keys.add("p" + k); });
            l.achieved().keySet().forEach(k -> { if (!keys.contains("a" + k)) keys.add("a" + k); });
        }
        java.util.List<double[]> v = new java.util.ArrayList<>();
        boolean[] formula = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            SavingsLine l = lines.get(i);
            double[] row = new double[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                Double x = (key.charAt(0) == 'p' ? l.planned() : l.achieved()).get(key.substring(1));
                row[k] = x == null ? 0 : x;
            }
            v.add(row);
            formula[i] = sums.get(i);
        }
        boolean[] total = Subtotals.find(v, labels, formula, false, 1.0);
        int byFigures = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!total[i]) {
                ctx.partial().finance().addSavings(lines.get(i));
                ctx.read();
            } else {
                skippedTotals.add(lineRows.get(i));
                byFigures++;
            }
        }
        java.util.List<String> skipped = new java.util.ArrayList<>();
        skippedTotals.forEach(r -> skipped.add(CellAddress.a1(r, line)));
        // every total row left out, as the budget counts them; a lone "Total" row at the foot goes without saying
        if (byFigures > 0 || skipped.size() > 1) {
            ctx.finding(Severity.INFO, RuleId.TOTAL_ROWS_SKIPPED, skipped.get(0), skipped.size() + " total row(s)", "",
                    String.format("%,d row(s) of this savings plan are totals or sub-totals (%s), so they were not "
                            + "counted as savings lines, whatever their figures add up to.", skipped.size(),
                            String.join(", ", skipped.subList(0, Math.min(6, skipped.size())))
                                    + (skipped.size() > 6 ? " ..." : "")));
        }
        ctx.reportUnknowns("savings status (Delivered, On track, At risk, Not started, or Red, Amber, Green)",
                "not at risk, so their planned savings are not in the savings at risk");
    }

    /** True for a status forcestat understands (see {@link org.forcestat.model.SavingsStatus}). */
    static boolean isKnownStatus(String status) {
        return org.forcestat.model.SavingsStatus.known(status);
    }

    private String yearOf(SheetRow row) {
        String t = Values.text(row.get(year));
        HeaderMatcher.YearColumn yc = HeaderMatcher.yearColumn(t);
        if (yc != null) {
            return yc.year();
        }
        ctx.finding(Severity.ERROR, RuleId.YEAR_UNREADABLE, row.ref(year), t, "a financial year such as 2016/17",
                "Cell " + row.ref(year) + " should name a financial year such as 2016/17; the line was not counted.");
        return null;
    }

    private static void put(Map<String, Double> m, String y, double v) {
        if (!Double.isNaN(v)) {
            m.merge(y, v, Double::sum);
        }
    }
}
