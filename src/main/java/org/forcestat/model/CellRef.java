package org.forcestat.model;

/** Where a value came from: file, sheet and A1 cell, for findings and links. */
public record CellRef(String file, String sheet, String cell) {
    @Override
    public String toString() {
        return file + ", " + sheet + "!" + cell;
    }
}
