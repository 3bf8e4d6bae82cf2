package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads back what the end-to-end tests look for in a summary workbook: its Metrics and the words of a sheet. */
final class SummarySheets {
    private SummarySheets() {
    }

    /** The Metrics sheet: each id to its value as written (a number, or the text of a figure the inputs cannot give). */
    static Map<String, Object> metrics(Path summary) throws Exception {
        assertNotNull(summary, "no summary written");
        Map<String, Object> m = new HashMap<>();
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet("Metrics")) {
                Cell id = r.getCell(0);
                Cell v = r.getCell(2);
                if (r.getRowNum() == 0 || id == null || v == null || id.getCellType() != CellType.STRING) {
                    continue;
                }
                m.put(id.getStringCellValue(), text(v) ? v.getStringCellValue() : (Object) v.getNumericCellValue());
            }
        }
        return m;
    }

    /** The text of the cell right of the first cell holding exactly {@code label} (a number as Java writes it). */
    static String rightOf(Sheet sheet, String label) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                    Cell v = r.getCell(c.getColumnIndex() + 1);
                    return v == null ? null : text(v) ? v.getStringCellValue() : String.valueOf(v.getNumericCellValue());
                }
            }
        }
        throw new AssertionError("no " + label + " on " + sheet.getSheetName());
    }

    /** Every text cell of a sheet, a line each, in row order. */
    static String textOf(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** Whether a cell shows text: a text cell, or a formula whose cached result is text. */
    private static boolean text(Cell v) {
        return v.getCellType() == CellType.STRING
                || v.getCellType() == CellType.FORMULA && v.getCachedFormulaResultType() == CellType.STRING;
    }
}
