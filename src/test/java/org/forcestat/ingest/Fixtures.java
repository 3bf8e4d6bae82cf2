package org.forcestat.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small workbooks for ingest tests: rows of Java values written as real cells. */
final class Fixtures {
    private Fixtures() {
    }

    /** A workbook with one sheet; each row's values may be String, Number, LocalDate, LocalDateTime or null. */
    static Path workbook(Path dir, String file, String sheet, Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, sheet, rows);
            return save(wb, dir.resolve(file));
        }
    }

    static Sheet fill(XSSFWorkbook wb, String sheetName, Object[]... rows) {
        Sheet sh = wb.createSheet(sheetName);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sh.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    if (s.startsWith("=")) {
                        cell.setCellFormula(s.substring(1));
                    } else {
                        cell.setCellValue(s);
                    }
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDateTime t) {
                    cell.setCellValue(t);
                    cell.setCellStyle(dateTime);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                }
            }
        }
        return sh;
    }

    static Path save(XSSFWorkbook wb, Path p) throws IOException {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        return p;
    }

    static Object[] row(Object... v) {
        return v;
    }
}
