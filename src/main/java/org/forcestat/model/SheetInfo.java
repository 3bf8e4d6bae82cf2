package org.forcestat.model;

/** What was read from one sheet: its kind, where the header was (1-based row), rows read and rejected. */
public record SheetInfo(String name, Kind kind, boolean hidden, int headerRow, long rowsRead, long rowsRejected) {
}
