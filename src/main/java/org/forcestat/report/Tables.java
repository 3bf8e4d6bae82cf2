package org.forcestat.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/** Excel tables (ListObjects) with autofilter over ranges already written, so analysts can sort, filter and pivot. */
final class Tables {
    private Tables() {
    }

    /**
     * Makes rows [firstRow, lastRow] x columns [firstCol, lastCol] a table named {@code name}; the
     * first row must already hold unique, non-blank header text and there must be at least one data row.
     */
    static XSSFTable create(XSSFSheet sheet, String name, int firstRow, int firstCol, int lastRow, int lastCol) {
        if (lastRow <= firstRow) {
            throw new IllegalArgumentException("table " + name + " needs at least one data row");
        }
        AreaReference area = new AreaReference(new CellReference(firstRow, firstCol),
                new CellReference(lastRow, lastCol), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        table.updateHeaders();
        CTTable ct = table.getCTTable();
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo info = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        info.setName("TableStyleLight9");
        info.setShowRowStripes(true);
        info.setShowColumnStripes(false);
        info.setShowFirstColumn(false);
        info.setShowLastColumn(false);
        return table;
    }
}
