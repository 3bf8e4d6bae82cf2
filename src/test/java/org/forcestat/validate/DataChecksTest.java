package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataChecksTest {
    @TempDir
    Path dir;

    private List<Finding> read(XSSFWorkbook wb, String name) throws Exception {
        Path f = AuditFixtures.save(wb, dir.resolve(name));
        return new WorkbookReader(new HeaderMatcher()).read(f).findings().stream()
                .filter(x -> x.severity() != Severity.INFO).toList();
    }

    /** Date, five gradings, Total calls; one row per day from 1 April 2014. */
    private static XSSFWorkbook daily(int days, int skipDay, int wrongTotalDay, LocalDate extra) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Daily");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        String[] h = {"Date", "Immediate", "High", "Appointment", "Advice", "Crime report", "Total calls"};
        Row hr = sh.createRow(0);
        for (int i = 0; i < h.length; i++) {
            hr.createCell(i).setCellValue(h[i]);
        }
        int r = 1;
        for (int d = 0; d < days; d++) {
            if (d == skipDay) {
                continue;
            }
            Row row = sh.createRow(r++);
            row.createCell(0).setCellValue(LocalDate.of(2014, 4, 1).plusDays(d));
            row.getCell(0).setCellStyle(date);
            for (int g = 1; g <= 5; g++) {
                row.createCell(g).setCellValue(10 * g);
            }
            row.createCell(6).setCellValue(d == wrongTotalDay ? 160 : 150);
        }
        if (extra != null) {
            Row row = sh.createRow(r);
            row.createCell(0).setCellValue(extra);
            row.getCell(0).setCellStyle(date);
            row.createCell(6).setCellValue(0);
        }
        return wb;
    }

    @Test
    void cleanDailySeriesHasNoFindings() throws Exception {
        assertEquals(List.of(), read(daily(10, -1, -1, null), "clean.xlsx"));
    }

    @Test
    void dailyTotalThatDisagreesWithItsGradingsIsAnError() throws Exception {
        List<Finding> f = read(daily(10, -1, 3, null), "total.xlsx");
        assertEquals(1, f.size(), f.toString());
        assertEquals("TOTAL_MISMATCH", f.get(0).rule());
        assertEquals("G5", f.get(0).cell());
        assertEquals("160", f.get(0).seen());
        assertEquals("150", f.get(0).expected());
    }

    @Test
    void missingDayInADailySeriesIsAGap() throws Exception {
        List<Finding> f = read(daily(10, 4, -1, null), "gap.xlsx");
        assertEquals(1, f.size(), f.toString());
        assertEquals("SERIES_GAP", f.get(0).rule());
        assertTrue(f.get(0).message().contains("2014-04-05"), f.get(0).message());
    }

    @Test
    void futureDateIsAnError() throws Exception {
        List<Finding> f = read(daily(3, -1, -1, LocalDate.now().plusDays(30)), "future.xlsx");
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("DATE_IN_FUTURE") && x.cell().equals("A5")), f.toString());
    }

    @Test
    void repeatedCallIdsAreOneWarningNamingTheCells() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Calls");
        CellStyle dt = wb.createCellStyle();
        dt.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        Row h = sh.createRow(0);
        h.createCell(0).setCellValue("Call ID");
        h.createCell(1).setCellValue("Received");
        h.createCell(2).setCellValue("Grading");
        String[] ids = {"C1", "C2", "C3", "C2"};
        for (int i = 0; i < ids.length; i++) {
            Row r = sh.createRow(i + 1);
            r.createCell(0).setCellValue(ids[i]);
            r.createCell(1).setCellValue(LocalDateTime.of(2015, 4, 1, 10, i));
            r.getCell(1).setCellStyle(dt);
            r.createCell(2).setCellValue("Immediate");
        }
        List<Finding> f = read(wb, "ids.xlsx");
        assertEquals(1, f.size(), f.toString());
        assertEquals("DUPLICATE_ID", f.get(0).rule());
        assertEquals("A5", f.get(0).cell());

        XSSFWorkbook ok = new XSSFWorkbook();
        Sheet s2 = ok.createSheet("Calls");
        Row h2 = s2.createRow(0);
        h2.createCell(0).setCellValue("Call ID");
        h2.createCell(1).setCellValue("Received");
        h2.createCell(2).setCellValue("Grading");
        for (int i = 0; i < 3; i++) {
            Row r = s2.createRow(i + 1);
            r.createCell(0).setCellValue("C" + i);
            r.createCell(1).setCellValue("01/04/2015 10:0" + i);
            r.createCell(2).setCellValue("High");
        }
        assertEquals(List.of(), read(ok, "ids-ok.xlsx"));
    }
}
