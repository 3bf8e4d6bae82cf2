package org.forcestat.report;

import org.forcestat.format.xlsx.SheetModel;

/** Excel tables (ListObjects) with autofilter over ranges already written, so analysts can sort, filter and pivot. */
final class Tables {
    private Tables() {
    }

    /**
     * Makes rows [firstRow, lastRow] x columns [firstCol, lastCol] a table named {@code name}; the
     * first row must already hold unique, non-blank header text and there must be at least one data row.
     */
    static void create(SheetModel sheet, String name, int firstRow, int firstCol, int lastRow, int lastCol) {
        if (lastRow <= firstRow) {
            throw new IllegalArgumentException("table " + name + " needs at least one data row");
        }
        sheet.tables.add(new SheetModel.Table(name, firstRow, firstCol, lastRow, lastCol));
    }
}
