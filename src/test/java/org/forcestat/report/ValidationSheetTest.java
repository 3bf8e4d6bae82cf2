package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.forcestat.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Validation sheet as printed: rows as tall as their wrapped text and no taller, so a page holds many
 * findings. Widths by hand from Arial's metrics (Helvetica's AFM) at 10 pt = 13.33 px an em.
 */
class ValidationSheetTest {
    @TempDir
    Path dir;

    /** Ten digits: 5.56 em = 74.13 px, 76.36 px with the 3% margin for counting lines; a space 3.82 px. */
    private static final String TEN_DIGITS = "0123456789";

    @Test
    void aRowIsAsTallAsItsMessageWrappedInTheMessageColumn() throws IOException {
        // The Message column is 60 characters wide: 60 x 7 - 5 = 415 px. Five words of ten digits take
        // 5 x 76.36 + 4 x 3.82 = 397.1 px, six 458.2: five a line, so 25 words are 5 lines, and
        // 12.75 pt a line (Excel's Arial 10) + 1 = 64.75 pt. With the old 8% margin a line held four
        // (5 x 80.07 + 4 x 4.00 = 416.4 px) and the row took 7 lines at 13 pt + 3: 94 pt.
        String message = String.join(" ", java.util.Collections.nCopies(25, TEN_DIGITS));
        XSSFSheet v = validation(List.of(
                Finding.of(Severity.WARNING, "DUPLICATE_FILE").at("a.xlsx", "", "").message(message),
                Finding.of(Severity.WARNING, "DUPLICATE_FILE").at("b.xlsx", "", "").message("Short.")));
        assertEquals(60 * 256, v.getColumnWidth(7));
        assertEquals(message, v.getRow(4).getCell(7).getStringCellValue());
        assertEquals(64.75f, v.getRow(4).getHeightInPoints(), 1e-3);
        // a short message: the row is as tall as its Rule cell, "Same file twice (DUPLICATE_FILE)" (15.95 em,
        // 219 px with the margin) in 22 characters (149 px): two lines
        assertEquals(26.5f, v.getRow(5).getHeightInPoints(), 1e-3);
    }

    @Test
    void theColumnsFitOnePageWideAtAReadableSize() throws IOException {
        XSSFSheet v = validation(List.of(Finding.of(Severity.ERROR, "AUDIT_TYPED_TOTAL")
                .at("csr-plan-2016-board.xlsx", "CSR Savings", "G10").seen("900").expected("SUM(D10:F10)")
                .message("csr-plan-2016-board.xlsx, sheet 'CSR Savings', cell G10: the total £900 is typed in.")));
        int chars = 0;
        for (int col = 0; col < ValidationSheetWriter.COLUMNS.length; col++) {
            chars += v.getColumnWidth(col) / 256;
        }
        // LibreOffice prints 139 characters across A4 landscape at 100%: 160 prints at 87%, text at 8.7 pt
        assertTrue(chars <= 160, chars + " characters wide");
        assertTrue(chars >= 150, chars + " characters wide: room left unused");
        assertTrue(v.getFitToPage());
        assertEquals(1, v.getPrintSetup().getFitWidth());
        assertEquals(0, v.getPrintSetup().getFitHeight());
    }

    @Test
    void theMessageDoesNotRepeatThePlaceItsColumnsGive() throws IOException {
        XSSFSheet v = validation(List.of(
                Finding.of(Severity.ERROR, "AUDIT_TYPED_TOTAL").at("plan.xlsx", "CSR Savings", "G10")
                        .message("plan.xlsx, sheet 'CSR Savings', cell G10: the total £900 is typed in."),
                Finding.of(Severity.WARNING, "UNKNOWN_VALUE").at("calls.xlsx", "Report", "D")
                        .message("calls.xlsx, sheet 'Report', column D: 40 row(s) in column D hold a grading."),
                // a place other than the row's cell stays in the message
                Finding.of(Severity.WARNING, "UNKNOWN_VALUE").at("calls.xlsx", "Report", "E")
                        .message("calls.xlsx, sheet 'Report', column D: 40 row(s)."),
                Finding.of(Severity.WARNING, "DUPLICATE_FILE").at("calls - Copy.xlsx", "", "")
                        .message("calls - Copy.xlsx has the same bytes as calls.xlsx.")));
        List<String> messages = List.of(v.getRow(4).getCell(7).getStringCellValue(),
                v.getRow(5).getCell(7).getStringCellValue(), v.getRow(6).getCell(7).getStringCellValue(),
                v.getRow(7).getCell(7).getStringCellValue());
        assertEquals(List.of("The total £900 is typed in.", "40 row(s) in column D hold a grading.",
                "calls.xlsx, sheet 'Report', column D: 40 row(s).", "calls - Copy.xlsx has the same bytes as calls.xlsx."),
                messages);
        // the place is still there, in its columns
        assertEquals("plan.xlsx", v.getRow(4).getCell(2).getStringCellValue());
        assertEquals("CSR Savings", v.getRow(4).getCell(3).getStringCellValue());
        assertEquals("G10", v.getRow(4).getCell(4).getStringCellValue());
    }

    private XSSFSheet validation(List<Finding> findings) throws IOException {
        Summary base = SummaryFixture.empty();
        Summary s = new Summary(base.run(), base.metrics(), null, null, null, findings, base.sources(), null);
        Path file = dir.resolve("summary-" + System.nanoTime() + ".xlsx");
        SummaryWorkbookWriter.write(s, List.of(), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in).getSheet("Validation");
        }
    }
}
