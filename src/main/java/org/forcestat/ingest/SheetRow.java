package org.forcestat.ingest;

import java.util.List;
import org.forcestat.format.CellAddress;

/**
 * One row of a sheet: its 0-based row number, its non-empty cells in column order and, when its
 * reader worked one out on the row's bytes (a CSV's, {@link CsvBytes#rawHash()}), a 64-bit hash
 * of its content (else 0: {@link RowHash#of} hashes the cells). Show users {@code rowNumber() + 1},
 * or A1 references.
 */
public record SheetRow(int rowNumber, List<Cell> cells, long contentHash) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** A row whose content is hashed from its cells when asked ({@link RowHash#of}). */
    public SheetRow(int rowNumber, List<Cell> cells) {
        this(rowNumber, cells, 0);
    }

    /** The cell in a 0-based column, or a blank cell. */
    public Cell get(int col) {
        for (Cell c : cells) {
            if (c.col() == col) {
                return c;
            }
            if (c.col() > col) {
                break;
            }
        }
        return new Cell(col, Cell.Type.BLANK, Double.NaN, "", false, null);
    }

    public boolean isBlank() {
        for (Cell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public String ref(int col) {
        return CellAddress.a1(rowNumber, col);
    }

}
