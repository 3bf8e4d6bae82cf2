package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Partial;
import org.forcestat.stats.RunInfo;
import org.forcestat.stats.Summary;
import org.forcestat.stats.SummaryCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trend sections on short and record-form inputs: whatever the data lacks is said, never a failure. */
class TrendSheetsTest {
    @TempDir
    Path dir;

    private Path write(Partial p) throws Exception {
        Summary s = SummaryCalculator.compute(p, new RunInfo("Test", "OFFICIAL", LocalDateTime.of(2016, 6, 1, 9, 0),
                "test", List.of(), "in"), null, null);
        Path out = dir.resolve("s.xlsx");
        SummaryWorkbookWriter.write(s, out);
        return out;
    }

    private static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static boolean hasTextStarting(Sheet sh, String start) {
        for (Row r : sh) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(start)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void tenDaysOfCallRecordsGiveDailyTrendsAndSayWhyThereIsNoMonthlyOne() throws Exception {
        Partial p = new Partial();
        p.calls().declare(CallCounts.Measure.HOURS);
        for (int d = 0; d < 10; d++) {
            for (int h = 0; h < 24; h++) {
                p.calls().addCall(LocalDate.of(2015, 6, 10).plusDays(d), h, null, false, null, false, null);
            }
        }
        try (XSSFWorkbook wb = open(write(p))) {
            XSSFSheet data = wb.getSheet(DataCallsSheet.SHEET);
            List<String> tables = data.getTables().stream().map(XSSFTable::getName).toList();
            assertTrue(tables.containsAll(List.of("CallsDailyTrend", "CallsWeekday", "CallsHourIndex")), tables.toString());
            assertTrue(!tables.contains("CallsMonthlyTrend"), tables.toString());
            Sheet calls = wb.getSheet(CallsSheetWriter.SHEET);
            assertTrue(hasTextStarting(calls, "No monthly trend or forecast: the calls data covers no complete month."));
            assertNotNull(calls.getRow(0));
        }
    }

    @Test
    void twoMonthsOfDailyCallsSayATrendNeedsThree() throws Exception {
        Partial p = new Partial();
        for (LocalDate d = LocalDate.of(2015, 4, 1); d.isBefore(LocalDate.of(2015, 6, 1)); d = d.plusDays(1)) {
            p.calls().addTotal(d, 2000 + d.getDayOfMonth());
        }
        try (XSSFWorkbook wb = open(write(p))) {
            Sheet calls = wb.getSheet(CallsSheetWriter.SHEET);
            assertTrue(hasTextStarting(calls, "A trend line needs at least 3 months; found 2."));
            assertTrue(hasTextStarting(calls, "No forecast: a forecast needs at least 24 months of data; found 2."));
            assertEquals(0, wb.getSheet(CrimeSheetWriter.SHEET).getRow(1).getCell(0).getStringCellValue()
                    .indexOf("No crime data"));
        }
    }
}
