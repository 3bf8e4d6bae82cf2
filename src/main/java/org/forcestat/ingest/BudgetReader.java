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
    /** True once a total row has been seen: a "Total ..." row below one is a total of totals. */
    private boolean totalAbove;
    /** The row of every total row left out: "Total" rows set aside before they reach row(), and the rest. */
    private final java.util.TreeSet<Integer> skippedTotals = new java.util.TreeSet<>();
    /** The row of each line, beside {@link #lines}. */
    private final java.util.List<Integer> lineRows = new java.util.ArrayList<>();
    /** Each line's category as written when forcestat does not know it (null when known). */
    private final java.util.List<String> unknown = new java.util.ArrayList<>();
    /** True once the budget's net total ("Net budget requirement") has been read. */
    private boolean netSeen;
    /**
     * The rows under the net total that say how the budget is financed ("Funded by:", the core grant, the
     * council tax precept, the funding gap): from the first such row to the sheet's end, none is a line.
     */
    private final java.util.List<Integer> financing = new java.util.ArrayList<>();

    /** Pounds per unit of the amount column (1000 for "£000"). */
    private final MoneyHeadings.Unit unit;
    /** The financial year of the budget read ("2024/25"), or null when nothing on the sheet says it. */
    private final String year;

    BudgetReader(SheetContext ctx, HeaderMatch h) {
        this(ctx, h, java.util.List.of());
    }

    /** {@code above}: the rows above the header, whose title may name the budget's year and unit. */
    BudgetReader(SheetContext ctx, HeaderMatch h, java.util.List<SheetRow> above) {
        this.ctx = ctx;
        this.line = h.col("line");
        this.category = h.col("category");
        String[] chosen = new String[1];
        this.amount = yearColumn(ctx, h, above, chosen);
        this.year = chosen[0] != null ? chosen[0] : sheetYear(ctx, h.header(amount), above)[0];
        this.unit = MoneyHeadings.columnUnit(h, amount, MoneyHeadings.sheetUnit(above), h.headerRow());
        MoneyHeadings.reportScaling(ctx, java.util.List.of(unit));
        versionChosen(ctx, h, amount);
    }

    /**
     * A monitoring report's budget columns ("Original budget", "Revised budget"): an info finding says which
     * was read, and that the others, and the actuals, forecasts and variances beside them, were not.
     */
    private static void versionChosen(SheetContext ctx, HeaderMatch h, int amount) {
        if (MoneyHeadings.budgetVersion(h.header(amount)) < 0) {
            return;
        }
        java.util.List<String> others = new java.util.ArrayList<>();
        h.extraColumns().forEach((col, text) -> {
            if (MoneyHeadings.budgetVersion(text) >= 0) {
                others.add(CellAddress.column(col) + (h.headerRow() + 1) + " \"" + text + "\"");
            }
        });
        if (others.isEmpty()) {
            return;
        }
        String ref = CellAddress.column(amount) + (h.headerRow() + 1);
        ctx.finding(org.forcestat.model.Severity.INFO, RuleId.BUDGET_VERSION_CHOSEN, ref, h.header(amount),
                "one budget column", "This budget has " + (others.size() + 1) + " budget columns; forcestat read "
                        + ref + " \"" + h.header(amount) + "\" (the budget the year is now run to) and left out "
                        + String.join(", ", others) + ". Columns of spending to date, forecasts or variances are not "
                        + "budget and are never read as it. To read another column, map it in forcestat.properties "
                        + "(budget.amount = Your Header).");
    }

    /**
     * The amount column: where the sheet has budget columns for several years ("Budget 2015/16 £",
     * "Budget 2016/17 £"), the year the sheet's name or title names, else the latest; an info finding
     * says which was read, so last year's column is never taken silently.
     */
    private static int yearColumn(SheetContext ctx, HeaderMatch h, java.util.List<SheetRow> above, String[] chosen) {
        int amount = h.col("amount");
        java.util.Map<Integer, String> years = new java.util.TreeMap<>();
        h.extraColumns().forEach((col, text) -> {
            String y = MoneyHeadings.columnYear(text);
            if (y != null) {
                years.put(col, y);
            }
        });
        if (years.isEmpty() || !years.containsKey(amount)) {
            return amount;
        }
        String[] said = sheetYear(ctx, null, above);
        String named = said[0];
        String why = said[1];
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
            // every column named, so the count and the list agree ("2016/17" twice: an original and a revised budget)
            java.util.List<String> columns = new java.util.ArrayList<>();
            years.forEach((col, y) -> columns.add(CellAddress.column(col) + " " + y));
            ctx.finding(org.forcestat.model.Severity.INFO, RuleId.BUDGET_YEAR_CHOSEN, ref, h.header(pick),
                    "one budget year", "This budget has " + years.size() + " budget columns ("
                            + String.join(", ", columns) + "); forcestat read "
                            + ref + " \"" + h.header(pick) + "\" (" + years.get(pick) + ", " + why + ") and left the "
                            + "others out. To read another year, keep only that year's column, or map it in "
                            + "forcestat.properties (budget.amount = Your Header).");
        }
        chosen[0] = years.get(pick);
        return pick;
    }

    /**
     * The financial year a budget sheet names, and where: its name ("Budget 2024-25"), else its title rows
     * ("Revenue budget 2024/25 (£000)"), else its amount header ("Budget 2024/25", when given), else the
     * file's name; {null, null} when none does.
     */
    private static String[] sheetYear(SheetContext ctx, String header, java.util.List<SheetRow> above) {
        String named = FinancialYear.named(ctx.sheet());
        if (named != null) {
            return new String[] {named, "the sheet's name"};
        }
        for (SheetRow r : above) {
            for (Cell c : r.cells()) {
                if (c.isText() && FinancialYear.named(c.text()) != null) {
                    return new String[] {FinancialYear.named(c.text()), "the title in " + r.ref(c.col())};
                }
            }
        }
        named = FinancialYear.named(header);
        if (named != null) {
            return new String[] {named, "the amount's header"};
        }
        String file = ctx.file();
        named = FinancialYear.named(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
        return new String[] {named, named == null ? null : "the file's name"};
    }

    @Override
    public void totalRow(SheetRow row) {
        if (!financing.isEmpty()) {
            // "Total funding" under "Funded by:"
            financing.add(row.rowNumber());
            return;
        }
        totalAbove = true;
        skippedTotals.add(row.rowNumber());
    }

    @Override
    public void row(SheetRow row) {
        String name = Values.text(row.get(line));
        if (name.isEmpty() || Values.isTotalRow(row)) {
            return;
        }
        if (pastData(row)) {
            financing.add(row.rowNumber());
            return;
        }
        double v = Values.money(ctx, row, amount, "budget in pounds");
        if (Double.isNaN(v)) {
            ctx.rejected();
            return;
        }
        v *= unit.factor();
        String catText = category >= 0 ? Values.text(row.get(category)) : name;
        // Without a Category column, the line's own words say what it is ("Police officer overtime")
        BudgetCategory cat = (category >= 0 ? BudgetCategory.parse(catText) : BudgetCategory.fromLine(name)).orElse(null);
        unknown.add(cat == null && category >= 0 ? (catText.isEmpty() ? "(blank)" : catText) : null);
        lines.add(new BudgetLine(name, cat, v, ctx.ref(row.ref(amount)), year));
        lineRows.add(row.rowNumber());
        Subtotals.Label label = Subtotals.label(name);
        boolean sum = Subtotals.sumsRowsAbove(row.get(amount).formula(), row.rowNumber());
        // "Total running costs" below "Total employees" is a total whatever its figures add up to
        labels.add(label == Subtotals.Label.WORDS && totalAbove ? Subtotals.Label.TOTAL : label);
        totalAbove |= sum || label == Subtotals.Label.TOTAL;
        sums.add(sum);
        netSeen |= label == Subtotals.Label.TOTAL && org.forcestat.model.Text.key(name).startsWith("net");
    }

    @Override
    public boolean pastData(SheetRow row) {
        return !financing.isEmpty() || netSeen && financingRow(Values.text(row.get(line)));
    }

    /**
     * True for a row, under the net total, of the financing statement a medium-term financial plan puts
     * there: its heading ("Funded by:", "Financed by", "Sources of funding") or its lines (core grant,
     * council tax precept, total funding, use of reserves, funding gap). Those say where the money comes
     * from; counted as lines they doubled a £292.7m budget.
     */
    static boolean financingRow(String name) {
        String k = org.forcestat.model.Text.key(name);
        return k.startsWith("fundedby") || k.startsWith("financedby") || k.equals("funding") || k.equals("financing")
                || k.startsWith("sourcesoffunding") || k.startsWith("fundingsources") || k.contains("grant")
                || k.contains("precept") || k.contains("counciltax") || k.contains("funding") || k.contains("reserves")
                || k.endsWith("gap") || k.endsWith("shortfall") || k.endsWith("surplus");
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
        boolean negateIncome = incomeWrittenPositive(total);
        java.util.List<BudgetLine> unplaced = new java.util.ArrayList<>();
        int byFigures = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (total[i]) {
                skippedTotals.add(lineRows.get(i));
                byFigures++;
            } else {
                BudgetLine b = lines.get(i);
                if (category < 0 && b.category() == null) {
                    unplaced.add(b);
                }
                ctx.partial().finance().addBudget(negateIncome && b.category() == BudgetCategory.INCOME
                        ? new BudgetLine(b.line(), b.category(), -b.amount(), b.source(), b.year()) : b);
                if (unknown.get(i) != null) {
                    ctx.unknown(CellAddress.column(category), unknown.get(i));
                }
                ctx.read();
            }
        }
        if (byFigures > 0 || skippedTotals.size() > 1) {
            // every total row left out, whether its words ("Total income") or its figures (a SUM, a "Net
            // budget" equal to the lines) said so, named by its cell so the count can be checked; a lone
            // "Total" row at the foot of the budget goes without saying
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (int r : skippedTotals) {
                cells.add(CellAddress.a1(r, line));
            }
            int n = cells.size();
            String named = String.join(", ", cells.subList(0, Math.min(8, n))) + (n > 8 ? " ..." : "");
            ctx.finding(org.forcestat.model.Severity.INFO, RuleId.TOTAL_ROWS_SKIPPED, cells.get(0),
                    n + " total row(s)", "", String.format("%,d row(s) of this budget are totals or subtotals "
                            + "of its lines (%s), so they were not counted as lines.", n, named));
        }
        if (!unplaced.isEmpty()) {
            reportUnplaced(unplaced);
        }
        if (!financing.isEmpty()) {
            String first = CellAddress.a1(financing.get(0), line);
            String last = CellAddress.a1(financing.get(financing.size() - 1), line);
            ctx.finding(org.forcestat.model.Severity.INFO, RuleId.BUDGET_FINANCING_SKIPPED, first,
                    financing.size() + " row(s) under the net budget", "budget lines above the net budget",
                    String.format("The %d row(s) from %s to %s, under the net budget, say how the budget is financed "
                            + "(grants, council tax, the funding gap), not what it is spent on; they were not counted "
                            + "as budget lines.", financing.size(), first, last));
        }
        ctx.reportUnknowns("budget category", "uncategorised (in the total, not in the staff share)");
    }

    /**
     * True when the income lines are written as positive figures (as a budget book's "Income" section
     * often shows them) and are to be subtracted: income reduces a net budget whatever its sign on the
     * sheet, unless the sheet's own totals add it (a total equal to expenditure plus income, and none to
     * expenditure less it). An info finding says so, naming the net total that confirms it.
     */
    private boolean incomeWrittenPositive(boolean[] total) {
        double spend = 0;
        double income = 0;
        java.util.List<BudgetLine> in = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine b = lines.get(i);
            if (total[i]) {
                continue;
            }
            if (b.category() == BudgetCategory.INCOME) {
                if (b.amount() < 0) {
                    return false; // income already written as credits (negative), or signs mixed: as written
                }
                income += b.amount();
                in.add(b);
            } else {
                spend += b.amount();
            }
        }
        if (income <= 0) {
            return false;
        }
        double tolerance = Math.max(unit.factor(), 1e-9 * Math.abs(spend));
        BudgetLine net = null;
        boolean added = false;
        for (int i = 0; i < lines.size(); i++) {
            double t = lines.get(i).amount();
            if (!total[i]) {
                continue;
            }
            if (Math.abs(t - (spend - income)) <= tolerance && net == null) {
                net = lines.get(i);
            } else if (Math.abs(t - (spend + income)) <= tolerance) {
                added = true;
            }
        }
        if (added && net == null) {
            return false;
        }
        String cells = in.get(0).source().cell() + (in.size() > 1 ? " to " + in.get(in.size() - 1).source().cell() : "");
        ctx.finding(org.forcestat.model.Severity.INFO, RuleId.INCOME_SUBTRACTED, in.get(0).source().cell(),
                String.format("income %,.0f as positive figures", income), "income subtracted from spending",
                String.format("The income lines (%s, £%,.0f) are written as positive figures; income reduces the net "
                        + "budget, so forcestat subtracted them: net budget £%,.0f (spending £%,.0f less income)%s.",
                        cells, income, spend - income, spend, net == null ? ""
                                : ", as the sheet's own \"" + net.line() + "\" in " + net.source().cell() + " gives"));
        return true;
    }

    /** Lines whose words give no category, in a budget without a Category column: said, never dropped silently. */
    private void reportUnplaced(java.util.List<BudgetLine> unplaced) {
        java.util.List<String> named = new java.util.ArrayList<>();
        for (BudgetLine b : unplaced.subList(0, Math.min(8, unplaced.size()))) {
            named.add("\"" + b.line() + "\" (" + b.source().cell() + ")");
        }
        double sum = unplaced.stream().mapToDouble(BudgetLine::amount).sum();
        ctx.finding(org.forcestat.model.Severity.WARNING, RuleId.BUDGET_LINE_UNPLACED, unplaced.get(0).source().cell(),
                String.join("; ", named) + (unplaced.size() > named.size() ? " ..." : ""),
                "a line forcestat can place in a category", String.format("This budget has no Category column, and "
                        + "the words of %d line(s) do not say whether they are police officer pay, police staff pay, "
                        + "PCSO pay, non-pay or income: %s. They are in the total budget (%s) but in no category, so "
                        + "the staff share leaves them out of the pay. Add a Category column (Police officer pay, "
                        + "Police staff pay, PCSO pay, Non-pay, Income), or rename the lines.", unplaced.size(),
                        String.join("; ", named) + (unplaced.size() > named.size() ? " and others" : ""),
                        String.format("£%,.0f", sum)));
    }
}
