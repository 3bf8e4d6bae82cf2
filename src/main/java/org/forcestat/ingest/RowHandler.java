package org.forcestat.ingest;

/**
 * Receives the rows of one sheet in order, as they are streamed. A listener that also wants what
 * the formula audit needs of the same pass (hidden rows and columns, which formula cells belong to
 * a block of shared formulas) overrides the default methods; each is called before the row it
 * concerns is handed to {@link #row}.
 */
@FunctionalInterface
public interface RowHandler {
    void row(SheetRow row);

    /** The 0-based row is hidden ({@code <row hidden="1">}). */
    default void hiddenRow(int row) {
    }

    /** The 0-based columns from..to are hidden ({@code <col min max hidden="1">}). */
    default void hiddenColumns(int fromCol, int toCol) {
    }

    /**
     * The formula cell at this 0-based column of the coming row is part of shared formula block
     * {@code index} ({@code <f t="shared" si="index">}): the block's first cell carries the formula
     * text, the others an empty text that is the first cell's formula moved to them.
     */
    default void sharedFormula(int col, String index) {
    }

    /**
     * The rows about to be passed to {@link #row}, in order (some may then be left out), so that a
     * handler can fetch what they will need all at once: {@link PastedBlocks} touches the slots of
     * its big table for a batch together, and the CPU waits for those cache misses side by side
     * instead of one a row.
     */
    default void ahead(java.util.List<SheetRow> rows) {
    }
}
