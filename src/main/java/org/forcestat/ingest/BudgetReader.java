package org.forcestat.ingest;

import org.forcestat.model.BudgetCategory;
import org.forcestat.model.BudgetLine;

/** Reads budget lines: line, category (or a line named like a category), amount in pounds. */
final class BudgetReader implements KindReader {
    private final SheetContext ctx;
    private final int line;
    private final int category;
    private final int amount;

    BudgetReader(SheetContext ctx, HeaderMatch h) {
        this.ctx = ctx;
        this.line = h.col("line");
        this.category = h.col("category");
        this.amount = h.col("amount");
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
        String catText = category >= 0 ? Values.text(row.get(category)) : name;
        BudgetCategory cat = BudgetCategory.parse(catText).orElse(null);
        if (cat == null && category >= 0) {
            ctx.unknown(CellAddress.column(category), catText.isEmpty() ? "(blank)" : catText);
        }
        ctx.partial().finance().addBudget(new BudgetLine(name, cat, v, ctx.ref(row.ref(amount))));
        ctx.read();
    }

    @Override
    public void end() {
        ctx.reportUnknowns("budget category", "uncategorised (in the total, not in the staff share)");
    }
}
