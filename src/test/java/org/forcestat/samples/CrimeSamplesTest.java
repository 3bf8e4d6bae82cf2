package org.forcestat.samples;

import static org.forcestat.samples.GeneratedSamples.headers;
import static org.forcestat.samples.GeneratedSamples.text;
import static org.forcestat.samples.GeneratedSamples.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CrimeSamplesTest {
    @Test
    void dailyCrimesAddUpToTheSlidesPerDayFiguresForEachCategory() throws Exception {
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<String, Long> byDivision = new TreeMap<>();
        Set<LocalDate> days = new HashSet<>();
        long weekendViolence = 0;
        long weekdayViolence = 0;
        int rows;
        try (XSSFWorkbook workbook = GeneratedSamples.open("crimes-per-day-2014-15.xlsx")) {
            Sheet sheet = workbook.getSheet("Crimes");
            assertEquals(List.of("Date", "Division", "Crime type", "Count"), headers(sheet, 0));
            rows = sheet.getLastRowNum();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell dateCell = sheet.getRow(r).getCell(0);
                assertTrue(DateUtil.isCellDateFormatted(dateCell));
                LocalDate date = dateCell.getLocalDateTimeCellValue().toLocalDate();
                days.add(date);
                String type = text(sheet, r, 2);
                long count = whole(sheet, r, 3);
                assertTrue(count >= 0);
                byType.merge(type, count, Long::sum);
                byDivision.merge(text(sheet, r, 1), count, Long::sum);
                if (type.equals("Violence against the person")) {
                    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY
                            || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                    weekendViolence += weekend ? count : 0;
                    weekdayViolence += weekend ? 0 : count;
                }
            }
        }
        assertEquals(365, days.size());
        assertTrue(days.contains(LocalDate.of(2014, 4, 1)) && days.contains(LocalDate.of(2015, 3, 31)));
        assertEquals(365 * 3 * 9, rows);
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("Dwelling burglary", 5_475L);
        expected.put("Theft from motor vehicle", 6_935L);
        expected.put("Violence against the person", 32_485L);
        expected.put("Sexual offences", 2_555L);
        expected.put("Theft", 29_565L);
        expected.put("Theft of motor vehicle", 2_190L);
        expected.put("Robbery", 1_095L);
        expected.put("Other crime", 31_025L);
        expected.put("Anti-social behaviour", 49_640L);
        assertEquals(expected, byType);
        long crimes = byType.entrySet().stream().filter(e -> !e.getKey().equals("Anti-social behaviour"))
                .mapToLong(Map.Entry::getValue).sum();
        assertEquals(111_325, crimes);
        assertEquals(305.0, crimes / 365.0);
        assertEquals(Set.of("North", "East", "West"), byDivision.keySet());
        double total = byDivision.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(0.38, byDivision.get("North") / total, 0.01);
        assertEquals(0.34, byDivision.get("East") / total, 0.01);
        assertEquals(0.28, byDivision.get("West") / total, 0.01);
        assertTrue(weekendViolence / 2.0 > weekdayViolence / 5.0 * 1.15, "violence peaks at weekends");
    }

    @Test
    void divisionalReturnsGiveTheSlidesRolling12MonthTotals() throws Exception {
        Map<YearMonth, Long> force = new TreeMap<>();
        Map<String, long[]> division = new TreeMap<>();
        try (XSSFWorkbook workbook = GeneratedSamples.open("recorded-crime-by-division.xlsx")) {
            Sheet sheet = workbook.getSheet("Recorded crime");
            assertEquals("Recorded crime by division, June 2014 – May 2016", text(sheet, 0, 0));
            assertEquals(List.of("Month", "Division", "Recorded crimes"), headers(sheet, 3));
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Cell monthCell = sheet.getRow(r).getCell(0);
                assertEquals("mmm yyyy", monthCell.getCellStyle().getDataFormatString());
                LocalDate first = monthCell.getLocalDateTimeCellValue().toLocalDate();
                assertEquals(1, first.getDayOfMonth());
                YearMonth month = YearMonth.from(first);
                long count = whole(sheet, r, 2);
                force.merge(month, count, Long::sum);
                int year = month.isAfter(YearMonth.of(2015, 5)) ? 1 : 0;
                division.computeIfAbsent(text(sheet, r, 1), k -> new long[2])[year] += count;
            }
        }
        assertEquals(24, force.size());
        assertEquals(YearMonth.of(2014, 6), ((TreeMap<YearMonth, Long>) force).firstKey());
        assertEquals(YearMonth.of(2016, 5), ((TreeMap<YearMonth, Long>) force).lastKey());
        long toMay15 = rolling12(force, YearMonth.of(2015, 5));
        long toMay16 = rolling12(force, YearMonth.of(2016, 5));
        assertEquals(102_235, toMay15);
        assertEquals(107_264, toMay16);
        assertEquals(5_029, toMay16 - toMay15);
        assertEquals(Set.of("North", "East", "West"), division.keySet());
        division.forEach((name, years) -> assertTrue(years[1] > years[0], name + " rises"));
    }

    private static long rolling12(Map<YearMonth, Long> months, YearMonth last) {
        long total = 0;
        for (int m = 0; m < 12; m++) {
            total += months.get(last.minusMonths(m));
        }
        return total;
    }
}
