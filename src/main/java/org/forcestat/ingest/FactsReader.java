package org.forcestat.ingest;

import org.forcestat.model.Fact;
import org.forcestat.model.FinanceData;

/** Reads a label/value block: a known label in one cell and its value in the next non-blank cell to the right. */
final class FactsReader implements KindReader {
    private final SheetContext ctx;

    FactsReader(SheetContext ctx) {
        this.ctx = ctx;
    }

    /** True when the row holds a known label followed by a value. */
    static boolean isFactRow(SheetRow row) {
        return find(row) != null;
    }

    private static Cell[] find(SheetRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            Cell c = row.cells().get(i);
            if (c.isText() && fact(c.text()) != null) {
                for (int j = i + 1; j < row.cells().size(); j++) {
                    if (!row.cells().get(j).isBlank()) {
                        return new Cell[] {c, row.cells().get(j)};
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Facts that are amounts of money, which a unit in their label ("£m", "£000") scales to pounds. */
    private static final java.util.Set<Fact> MONEY = java.util.EnumSet.of(Fact.SAVINGS_TO_DATE, Fact.SAVINGS_REQUIRED,
            Fact.TOTAL_BUDGET);

    /** The fact a label names, a unit in it ("Total budget (£m)") set aside; null when none. */
    private static Fact fact(String label) {
        Fact f = Fact.parse(label).orElse(null);
        if (f == null && label.indexOf('£') >= 0) {
            f = Fact.parse(MoneyHeadings.UNIT_WORDS.matcher(label.toLowerCase(java.util.Locale.ROOT)).replaceAll(" "))
                    .orElse(null);
        }
        return f;
    }

    @Override
    public void row(SheetRow row) {
        Cell[] pair = find(row);
        if (pair == null) {
            return;
        }
        Fact f = fact(pair[0].text());
        Cell v = pair[1];
        Object value;
        if (f == Fact.FORCE_NAME) {
            value = Values.text(v);
        } else {
            double d = Values.number(ctx, row, v.col(), f.label().toLowerCase(java.util.Locale.ROOT));
            if (Double.isNaN(d)) {
                ctx.rejected();
                return;
            }
            MoneyHeadings.Unit unit = MoneyHeadings.unit(pair[0].text(), row.ref(pair[0].col()));
            if (unit != null && MONEY.contains(f)) {
                // "Total budget £m | 275": the label says the unit
                d *= unit.factor();
                MoneyHeadings.reportScaling(ctx, java.util.List.of(unit));
            }
            value = d;
        }
        ctx.partial().finance().putFact(f, new FinanceData.FactValue(value, ctx.ref(row.ref(v.col()))));
        ctx.read();
    }
}
