package org.forcestat.model;

/**
 * What was read from one sheet: its kind, where the header was (1-based row), rows read and
 * rejected, and how many cells hold formulas (a sheet without any has nothing to audit).
 */
public record SheetInfo(String name, Kind kind, boolean hidden, int headerRow, long rowsRead, long rowsRejected,
                        long formulaCells) {

    /** A sheet whose formulas were not counted. */
    public SheetInfo(String name, Kind kind, boolean hidden, int headerRow, long rowsRead, long rowsRejected) {
        this(name, kind, hidden, headerRow, rowsRead, rowsRejected, -1);
    }
}
