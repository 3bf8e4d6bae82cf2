package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.forcestat.model.Kind;
import org.forcestat.model.Severity;

/**
 * Receives a sheet's rows as they stream: looks for the header in the first 30 rows (keeping only
 * those), classifies the sheet, then hands each data row to the kind's reader without keeping it.
 */
final class SheetProcessor implements RowHandler {
    static final int HEADER_SEARCH_ROWS = 30;

    private final SheetContext ctx;
    private final HeaderMatcher matcher;
    /** Layouts a forced kind allows (empty: a facts block), or null when the kind is not forced. */
    private final Set<Layout> forced;
    private final List<SheetRow> firstRows = new ArrayList<>();
    private HeaderMatch header;
    private KindReader reader;
    private Kind kind = Kind.UNRECOGNISED;
    private int factRows;
    private boolean searching = true;
    private long formulaCells;
    private boolean facts;
    private long totalRows;

    SheetProcessor(SheetContext ctx, HeaderMatcher matcher) {
        this(ctx, matcher, null);
    }

    SheetProcessor(SheetContext ctx, HeaderMatcher matcher, Set<Layout> forced) {
        this.ctx = ctx;
        this.matcher = matcher;
        this.forced = forced;
        if (forced != null && forced.isEmpty()) {
            kind = Kind.FACTS;
            reader = new FactsReader(ctx);
            facts = true;
        }
    }

    @Override
    public void row(SheetRow row) {
        for (Cell c : row.cells()) {
            if (c.formula() != null) {
                formulaCells++;
            }
        }
        if (reader != null) {
            if (row.isBlank()) {
                return;
            }
            // "Total" rows under the data repeat it; a facts block's "Total budget" is a fact.
            if (!facts && Values.isTotalRow(row)) {
                totalRows++;
                return;
            }
            reader.row(row);
            return;
        }
        if (!searching) {
            return;
        }
        if (row.rowNumber() >= HEADER_SEARCH_ROWS) {
            searching = false;
            startFactsIfAny();
            if (reader != null) {
                reader.row(row);
            }
            return;
        }
        firstRows.add(row);
        if (FactsReader.isFactRow(row)) {
            factRows++;
        }
        matcher.match(row, forced).ifPresent(m -> {
            header = m;
            kind = m.layout().kind();
            reader = create(m);
            firstRows.clear();
        });
    }

    private void startFactsIfAny() {
        if (factRows >= 2 && forced == null) {
            kind = Kind.FACTS;
            reader = new FactsReader(ctx);
            facts = true;
            firstRows.forEach(reader::row);
        }
        firstRows.clear();
    }

    private KindReader create(HeaderMatch m) {
        return switch (m.layout()) {
            case CALL_RECORDS -> new CallRecordReader(ctx, m);
            case CALLS_DAILY -> new CallDailyReader(ctx, m);
            case CRIMES -> new CrimeReader(ctx, m);
            case CRIME_TOTALS -> new CrimeTotalsReader(ctx, m);
            case SAVINGS -> new SavingsReader(ctx, m);
            case BUDGET -> new BudgetReader(ctx, m);
            case THREATS -> new ThreatReader(ctx, m);
        };
    }

    /** Ends the sheet: a sheet shorter than 30 rows may still be a facts block. */
    void finish() {
        if (reader == null && searching) {
            startFactsIfAny();
        }
        if (reader == null && forced != null) {
            ctx.finding(Severity.WARNING, "FORCED_KIND_NOT_FOUND", "", "no header row",
                    "a header row of " + forced, "forcestat.properties says sheet '" + ctx.sheet() + "' holds "
                            + forced + ", but none of its first " + HEADER_SEARCH_ROWS + " rows is a header of that "
                            + "kind; it was not counted. Check the headers, or map them in forcestat.properties.");
        }
        if (reader != null) {
            reader.end();
        }
    }

    long formulaCells() {
        return formulaCells;
    }

    /** Rows under the header recognised as totals ("Total", "Grand total") and not counted. */
    long totalRows() {
        return totalRows;
    }

    Kind kind() {
        return kind;
    }

    /** 1-based header row, or 0 when there is none. */
    int headerRow() {
        return header == null ? 0 : header.headerRow() + 1;
    }
}
