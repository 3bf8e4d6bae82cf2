package org.forcestat.ingest;

import org.forcestat.format.CellAddress;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.FinancialYear;
import org.forcestat.model.RuleId;

/** Reads budget lines: line, category (or a line named like a category), amount in pounds. */
final class BudgetReader implements KindReader {
    private final SheetContext ctx;
    private final int line;
    private final int category;
    private final int amount;
    /** Lines as read, kept to the end so total rows among them are found (a budget is tens of lines). */
    private final java.util.List<BudgetLine> lines = new java.util.ArrayList<>();
    private final java.util.List<Subtotals.Label> labels = new java.util.ArrayList<>();
    private final java.util.List<Boolean> sums = new java.util.ArrayList<>();
    /** Each line's category as written when forcestat does not know it (null when known). */
    private final java.util.List<String> unknown = new java.util.ArrayList<>();

    /** Pounds per unit of the amount column (1000 for "£000"). */
    private final MoneyHeadings.Unit unit;

    BudgetReader(SheetContext ctx, HeaderMatch h) {
        this(ctx, h, java.util.List.of());
    }

    /** {@code above}: the rows above the header, whose title may name the budget's year and unit. */
    BudgetReader(SheetContext ctx, HeaderMatch h, java.util.List<SheetRow> above) {
        this.ctx = ctx;
        this.line = h.col("line");
        this.category = h.col("category");
        this.amount = yearColumn(ctx, h, above);
        this.unit = MoneyHeadings.columnUnit(h, amount, MoneyHeadings.sheetUnit(above), h.headerRow());
        MoneyHeadings.reportScaling(ctx, java.util.List.of(unit));
    }

    /**
     * The amount column: where the sheet has budget columns for several years ("Budget 2015/16 £",
     * "Budget 2016/17 £"), the year the sheet's name or title names, else the latest; an info finding
     * says which was read, so last year's column is never taken silently.
     */
    private static int yearColumn(SheetContext ctx, HeaderMatch h, java.util.List<SheetRow> above) {
        int amount = h.col("amount");
        java.util.Map<Integer, String> years = new java.util.TreeMap<>();
        h.extraColumns().forEach((col, text) -> {
            String y = MoneyHeadings.budgetYear(text);
            if (y != null) {
                years.put(col, y);
            }
        });
        if (years.isEmpty() || !years.containsKey(amount)) {
            return amount;
        }
        String named = FinancialYear.named(ctx.sheet());
        String why = "the sheet's name";
        for (SheetRow r : above) {
            for (Cell c : r.cells()) {
                if (named == null && c.isText() && FinancialYear.named(c.text()) != null) {
                    named = FinancialYear.named(c.text());
                    why = "the title in " + r.ref(c.col());
                }
            }
        }
        int pick = amount;
        if (named != null && years.containsValue(named)) {
            for (java.util.Map.Entry<Integer, String> e : years.entrySet()) {
                if (e.getValue().equals(named)) {
                    pick = e.getKey();
                    break;
                }
            }
        } else {
            why = "the latest year";
        }
        if (years.size() > 1) {
            String ref = CellAddress.column(pick) + (h.headerRow() + 1);
            ctx.finding(org.forcestat.model.Severity.INFO, RuleId.BUDGET_YEAR_CHOSEN, ref, h.header(pick),
                    "one budget year", "This budget has columns for " + years.size() + " years ("
                            + String.join(", ", new java.util.TreeSet<>(years.values())) + "); forcestat read "
                            + ref + " \"" + h.header(pick) + "\" (" + years.get(pick) + ", " + why + ") and left the "
                            + "others out. To read another year, keep only that year's column, or map it in "
                            + "forcestat.properties (budget.amount = Your Header).");
        }
        return pick;
    }

    @Override
    public void row(SheetRow row) {
        String name = Values.text(row.get(line));
        if (name.isEmpty() || Values.isTotalRow(row)) {
            return;
        }
        double v = Values.number(ctx, row, amount, "budget in pounds");
        if (Double.isNaN(v)) {
            ctx.rejected();
            return;
        }
        v *= unit.factor();
        String catText = category >= 0 ? Values.text(row.get(category)) : name;
        BudgetCategory cat = BudgetCategory.parse(catText).orElse(null);
        unknown.add(cat == null && category >= 0 ? (catText.isEmpty() ? "(blank)" : catText) : null);
        lines.add(new BudgetLine(name, cat, v, ctx.ref(row.ref(amount))));
        labels.add(Subtotals.label(name));
        sums.add(Subtotals.sumsRowsAbove(row.get(amount).formula(), row.rowNumber()));
    }

    /**
     * Adds the lines that are not totals: a "Net budget", "Total" or "Sub-total" row, a row of SUMs of
     * the rows above, or a "Total pay" row that equals the lines above it, is never a line.
     */
    @Override
    public void end() {
        java.util.List<double[]> v = new java.util.ArrayList<>();
        boolean[] formula = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            v.add(new double[] {lines.get(i).amount()});
            formula[i] = sums.get(i);
        }
        boolean[] total = Subtotals.find(v, labels, formula, false, 1.0);
        long skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (total[i]) {
                skipped++;
            } else {
                ctx.partial().finance().addBudget(lines.get(i));
                if (unknown.get(i) != null) {
                    ctx.unknown(CellAddress.column(category), unknown.get(i));
                }
                ctx.read();
            }
        }
        if (skipped > 0) {
            ctx.finding(org.forcestat.model.Severity.INFO, RuleId.TOTAL_ROWS_SKIPPED, CellAddress.column(line),
                    skipped + " total row(s)", "", String.format("%,d row(s) of this budget are totals or subtotals "
                            + "of its lines (\"Net budget\", \"Total\", SUMs of the rows above), so they were not "
                            + "counted as lines.", skipped));
        }
        ctx.reportUnknowns("budget category", "uncategorised (in the total, not in the staff share)");
    }
}
