package org.forcestat.ingest;

/** Turns the data rows of one sheet (those below its header) into counts in the partial aggregate. */
interface KindReader {
    void row(SheetRow row);

    /** The rows about to come, for a reader that fetches ahead (see {@link RowHandler#ahead}). */
    default void ahead(java.util.List<SheetRow> rows) {
    }

    /** A row labelled as a total ("Total", "Sub-total ...") that is never given to {@link #row}. */
    default void totalRow(SheetRow row) {
    }

    /**
     * True when {@code row} and the rows after it are past the data, though the sheet goes on (a budget's
     * financing statement under its net total): blank rows above it are then not inside the data. The row
     * is still given to {@link #row} or {@link #totalRow}.
     */
    default boolean pastData(SheetRow row) {
        return false;
    }

    /** Called once after the last row. */
    default void end() {
    }

    /** The kind the rows turned out to be, where the reader decides it from them (a pivot); null otherwise. */
    default org.forcestat.model.Kind kind() {
        return null;
    }
}
