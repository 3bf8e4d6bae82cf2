package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.Kind;

/**
 * Receives a sheet's rows as they stream: looks for the header in the first 30 rows (keeping only
 * those), classifies the sheet, then hands each data row to the kind's reader without keeping it.
 */
final class SheetProcessor implements RowHandler {
    static final int HEADER_SEARCH_ROWS = 30;

    private final SheetContext ctx;
    private final HeaderMatcher matcher;
    private final List<SheetRow> firstRows = new ArrayList<>();
    private HeaderMatch header;
    private KindReader reader;
    private Kind kind = Kind.UNRECOGNISED;
    private int factRows;
    private boolean searching = true;
    private long formulaCells;

    SheetProcessor(SheetContext ctx, HeaderMatcher matcher) {
        this.ctx = ctx;
        this.matcher = matcher;
    }

    @Override
    public void row(SheetRow row) {
        for (Cell c : row.cells()) {
            if (c.formula() != null) {
                formulaCells++;
            }
        }
        if (reader != null) {
            if (!row.isBlank()) {
                reader.row(row);
            }
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
        matcher.match(row).ifPresent(m -> {
            header = m;
            kind = m.layout().kind();
            reader = create(m);
            firstRows.clear();
        });
    }

    private void startFactsIfAny() {
        if (factRows >= 2) {
            kind = Kind.FACTS;
            reader = new FactsReader(ctx);
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
        if (reader != null) {
            reader.end();
        }
    }

    long formulaCells() {
        return formulaCells;
    }

    Kind kind() {
        return kind;
    }

    /** 1-based header row, or 0 when there is none. */
    int headerRow() {
        return header == null ? 0 : header.headerRow() + 1;
    }
}
