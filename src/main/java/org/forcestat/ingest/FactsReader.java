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
            if (c.isText() && Fact.parse(c.text()).isPresent()) {
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

    @Override
    public void row(SheetRow row) {
        Cell[] pair = find(row);
        if (pair == null) {
            return;
        }
        Fact f = Fact.parse(pair[0].text()).orElseThrow();
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
            value = d;
        }
        ctx.partial().finance().putFact(f, new FinanceData.FactValue(value, ctx.ref(row.ref(v.col()))));
        ctx.read();
    }
}
