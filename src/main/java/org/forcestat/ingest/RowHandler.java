package org.forcestat.ingest;

/** Receives the rows of one sheet in order, as they are streamed. */
@FunctionalInterface
public interface RowHandler {
    void row(SheetRow row);
}
