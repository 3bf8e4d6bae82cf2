package org.forcestat.samples;

import static org.forcestat.samples.GeneratedSamples.headers;
import static org.forcestat.samples.GeneratedSamples.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CallsSampleTest {
    /** 0-based: the header is on Excel row 5, days on rows 6 to 370. */
    private static final int HEADER = 4;
    private static final int DAYS = 365;
    private static final List<LocalDate> dates = new ArrayList<>();
    private static final List<long[]> rows = new ArrayList<>();
    private static Sheet sheet;

    @BeforeAll
    static void read() throws Exception {
        try (XSSFWorkbook workbook = GeneratedSamples.open("calls-per-day-2014-15.xlsx")) {
            sheet = workbook.getSheet("Calls per day");
            for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
                Cell date = sheet.getRow(r).getCell(0);
                assertEquals(CellType.NUMERIC, date.getCellType(), "dates are real Excel dates");
                assertTrue(DateUtil.isCellDateFormatted(date), "date cell " + date.getAddress() + " shows as a date");
                assertEquals("dd/mm/yyyy", date.getCellStyle().getDataFormatString());
                dates.add(date.getLocalDateTimeCellValue().toLocalDate());
                long[] values = new long[10];
                for (int c = 0; c < values.length; c++) {
                    values[c] = whole(sheet, r, c + 1);
                }
                rows.add(values);
            }
        }
    }

    @Test
    void titleBlockSitsAboveTheHeaderOnRowFive() {
        assertEquals("Kent Police – calls for service per day, FY 2014/15",
                sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("A1:K1", sheet.getMergedRegion(0).formatAsString());
        assertEquals(List.of("Date", "Immediate", "High", "Appointment", "Advice", "Crime report", "Total calls",
                "999 calls", "101 calls", "Online", "STORM records"), headers(sheet, HEADER));
        assertEquals(HEADER + 1, sheet.getPaneInformation().getHorizontalSplitTopRow());
    }

    @Test
    void rowsAreTheDaysOfFinancialYear2014To15() {
        assertEquals(DAYS, dates.size());
        LocalDate expected = LocalDate.of(2014, 4, 1);
        for (LocalDate date : dates) {
            assertEquals(expected, date);
            expected = expected.plusDays(1);
        }
        assertEquals(LocalDate.of(2015, 4, 1), expected);
    }

    @Test
    void eachColumnAddsUpToTheSlidesYearFigure() {
        long[] expected = {110_000, 190_000, 54_000, 434_000, 39_000, 827_000, 275_575, 497_425, 54_000, 537_000};
        for (int c = 0; c < expected.length; c++) {
            final int column = c;
            assertEquals(expected[c], rows.stream().mapToLong(r -> r[column]).sum(), "column " + (c + 2));
        }
        assertEquals(755L * DAYS, rows.stream().mapToLong(r -> r[6]).sum(), "755 999 calls a day");
        long noStorm = 827_000 - rows.stream().mapToLong(r -> r[9]).sum();
        assertEquals(0.35, noStorm / 827_000.0, 0.005, "35% of calls have no STORM record");
    }

    @Test
    void eachDaysChannelsAndGradingsAddUpToItsTotalCalls() {
        for (int d = 0; d < DAYS; d++) {
            long[] r = rows.get(d);
            String day = dates.get(d).toString();
            assertEquals(r[0] + r[1] + r[2] + r[3] + r[4], r[5], "gradings on " + day);
            assertEquals(r[5], r[6] + r[7] + r[8], "channels on " + day);
            assertTrue(r[9] <= r[5], "STORM records within calls on " + day);
            for (long v : r) {
                assertTrue(v >= 0, "no negative counts on " + day);
            }
        }
    }

    @Test
    void totalCallsIsALiveSumWithItsCachedValue() {
        for (int r = HEADER + 1; r <= HEADER + DAYS; r++) {
            Cell total = sheet.getRow(r).getCell(6);
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals("SUM(B" + (r + 1) + ":F" + (r + 1) + ")", total.getCellFormula());
            long gradings = 0;
            for (int c = 1; c <= 5; c++) {
                gradings += whole(sheet, r, c);
            }
            assertEquals(gradings, (long) total.getNumericCellValue(), "cached value of " + total.getAddress());
        }
    }

    @Test
    void weekendsSummerAndChristmasArePeaks() {
        assertTrue(mean(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY) > mean(DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                "Friday and Saturday busier than Sunday and Monday");
        assertTrue(monthMean(Month.AUGUST) > monthMean(Month.FEBRUARY), "August busier than February");
        assertTrue(monthMean(Month.JULY) > 1.05 * monthMean(Month.APRIL), "July well above April");
        long christmas = rows.get(dates.indexOf(LocalDate.of(2014, 12, 23)))[5];
        assertTrue(christmas > monthMean(Month.NOVEMBER), "23 December busier than the November mean");
    }

    private static double mean(DayOfWeek... days) {
        List<DayOfWeek> wanted = List.of(days);
        return java.util.stream.IntStream.range(0, DAYS).filter(d -> wanted.contains(dates.get(d).getDayOfWeek()))
                .mapToLong(d -> rows.get(d)[5]).average().orElseThrow();
    }

    private static double monthMean(Month month) {
        return java.util.stream.IntStream.range(0, DAYS).filter(d -> dates.get(d).getMonth() == month)
                .mapToLong(d -> rows.get(d)[5]).average().orElseThrow();
    }
}
