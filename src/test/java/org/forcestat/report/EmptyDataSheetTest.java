package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Data_* sheet with nothing in it but its heading ("No crime data in the inputs") is left out of print
 * too: its print area is an empty cell beyond where the heading runs on, not one the heading runs into
 * (which printed a page of its own for a folder without crime).
 */
class EmptyDataSheetTest {
    @TempDir
    Path dir;

    @Test
    void theEmptyDataCrimeSheetsPrintAreaIsBeyondItsHeading() throws Exception {
        Summary full = SummaryFixture.full();
        Summary s = new Summary(full.run(), full.metrics(), full.calls(), null, full.finance(), full.findings(),
                full.sources(), null);
        Path file = dir.resolve("summary.xlsx");
        SummaryWorkbookWriter.write(s, List.of(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int sheet = wb.getSheetIndex("Data_Crime");
            assertEquals("No crime data in the inputs", wb.getSheetAt(sheet).getRow(0).getCell(0).getStringCellValue());
            String area = wb.getPrintArea(sheet);
            CellReference cell = new CellReference(area.substring(area.indexOf('!') + 1));
            // 27 characters at 12 pt bold, about 32 column units: past four default columns (8.43 each), column E
            assertTrue(cell.getCol() >= 4, area);
            assertEquals(0, cell.getRow(), area);
        }
    }
}
