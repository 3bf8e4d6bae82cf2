package org.forcestat.ingest;

import org.forcestat.model.Fact;
import org.forcestat.model.FinanceData;

/**
 * Reads a label/value block: a known label in one cell and its value in the next non-blank cell to the right.
 * A money fact's unit is its label's own ("Total budget £m"), else the last unit line above it ("£000",
 * "All figures £000"), as finance teams head a block of figures once.
 */
final class FactsReader implements KindReader {
    private final SheetContext ctx;
    /** The unit the last line above said (a row of no fact naming one), or null while none has. */
    private MoneyHeadings.Unit lineUnit;
    private final java.util.List<MoneyHeadings.Unit> used = new java.util.ArrayList<>();

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
                    Cell v = row.cells().get(j);
                    // "Savings required | £000 | 5200": a unit beside the label is not its value
                    if (!v.isBlank() && !(v.isText() && MoneyHeadings.unit(v.text(), "") != null)) {
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
            unitLine(row);
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
            MoneyHeadings.Unit unit = unitOf(row, pair);
            if (unit != null && MONEY.contains(f)) {
                d *= unit.factor();
                used.add(unit);
            }
            value = d;
        }
        ctx.partial().finance().putFact(f, new FinanceData.FactValue(value, ctx.ref(row.ref(v.col()))));
        ctx.read();
    }

    /**
     * The unit of a fact's value: its label's own ("Total budget £m | 275", and a bare "£" says pounds),
     * a unit written between label and value, else the unit line above; null for pounds.
     */
    private MoneyHeadings.Unit unitOf(SheetRow row, Cell[] pair) {
        String label = pair[0].text();
        if (label.indexOf('£') >= 0 || label.toLowerCase(java.util.Locale.ROOT).contains("of pounds")) {
            return MoneyHeadings.unit(label, row.ref(pair[0].col()));
        }
        for (Cell c : row.cells()) {
            if (c.col() > pair[0].col() && c.col() < pair[1].col() && c.isText()) {
                MoneyHeadings.Unit u = MoneyHeadings.unit(c.text(), row.ref(c.col()));
                if (u != null) {
                    return u;
                }
            }
        }
        return lineUnit;
    }

    /** A row of no fact that names a unit ("£000", "All figures £000") sets the unit of the facts below it. */
    private void unitLine(SheetRow row) {
        for (Cell c : row.cells()) {
            if (c.isText()) {
                MoneyHeadings.Unit u = MoneyHeadings.unit(c.text(), row.ref(c.col()));
                if (u != null) {
                    lineUnit = u;
                    return;
                }
                if (c.text().trim().matches("\\(?\\s*£\\s*\\)?")) {
                    // a bare "£" or "(£)" heading: pounds from here on
                    lineUnit = null;
                    return;
                }
            }
        }
    }

    @Override
    public void end() {
        MoneyHeadings.reportScaling(ctx, used);
    }
}
