package org.forcestat.model;

import java.util.List;

/**
 * What was read from one sheet: its kind, where the header was (1-based row), rows read and
 * rejected, how many cells hold formulas (a sheet without any has nothing to audit), and for a sheet
 * of no kind the kind its header came closest to ({@code near}, or null when none came close).
 */
public record SheetInfo(String name, Kind kind, boolean hidden, int headerRow, long rowsRead, long rowsRejected,
                        long formulaCells, Near near) {

    /**
     * The kind an unrecognised sheet's header row comes closest to: it has some of the kind's columns,
     * one of them required ({@code found}, as headed), but not all the required ones ({@code missing},
     * as field names such as "type").
     */
    public record Near(Kind kind, int headerRow, List<String> found, List<String> missing) {
        public Near {
            found = List.copyOf(found);
            missing = List.copyOf(missing);
        }
    }

    /** A sheet whose kind was found, or that came close to none. */
    public SheetInfo(String name, Kind kind, boolean hidden, int headerRow, long rowsRead, long rowsRejected,
                     long formulaCells) {
        this(name, kind, hidden, headerRow, rowsRead, rowsRejected, formulaCells, null);
    }

    /** A sheet whose formulas were not counted. */
    public SheetInfo(String name, Kind kind, boolean hidden, int headerRow, long rowsRead, long rowsRejected) {
        this(name, kind, hidden, headerRow, rowsRead, rowsRejected, -1);
    }
}
