package org.forcestat.samples;

import static org.forcestat.samples.GeneratedSamples.headers;
import static org.forcestat.samples.GeneratedSamples.number;
import static org.forcestat.samples.GeneratedSamples.text;
import static org.forcestat.samples.GeneratedSamples.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FinanceAndThreatSamplesTest {
    private static final String FINANCE = "csr-finance.xlsx";

    @Test
    void savingsPlanAchievesSixtyOneMillionAndPlansLessThanTheThirtyThreeRequired() throws Exception {
        try (XSSFWorkbook workbook = GeneratedSamples.open(FINANCE)) {
            Sheet sheet = workbook.getSheet("Savings plan");
            List<String> headers = headers(sheet, 3);
            assertEquals("Savings line", headers.get(0));
            assertEquals(List.of("Achieved 2011/12", "Achieved 2012/13", "Achieved 2013/14", "Achieved 2014/15",
                    "Achieved 2015/16", "Planned 2016/17", "Planned 2017/18", "Planned 2018/19", "Total achieved",
                    "Total planned"), headers.subList(3, 13));
            int totalRow = sheet.getLastRowNum();
            assertEquals("Total", text(sheet, totalRow, 0));
            long achieved = 0;
            long planned = 0;
            for (int r = 4; r < totalRow; r++) {
                long rowAchieved = 0;
                long rowPlanned = 0;
                for (int c = 3; c <= 7; c++) {
                    rowAchieved += whole(sheet, r, c);
                }
                for (int c = 8; c <= 10; c++) {
                    rowPlanned += whole(sheet, r, c);
                }
                assertFormula(sheet, r, 11, "SUM(D" + (r + 1) + ":H" + (r + 1) + ")", rowAchieved);
                assertFormula(sheet, r, 12, "SUM(I" + (r + 1) + ":K" + (r + 1) + ")", rowPlanned);
                String status = text(sheet, r, 2);
                assertTrue(Set.of("Delivered", "On track", "At risk", "Not started").contains(status), status);
                if (rowPlanned == 0) {
                    assertEquals("Delivered", status, text(sheet, r, 0) + " has only achieved savings");
                }
                achieved += rowAchieved;
                planned += rowPlanned;
            }
            assertEquals(61_000_000, achieved);
            assertEquals(29_400_000, planned);
            assertTrue(totalRow - 4 >= 10, "about a dozen savings lines");
            for (int c = 3; c <= 12; c++) {
                String col = CellReference.convertNumToColString(c);
                long above = 0;
                for (int r = 4; r < totalRow; r++) {
                    above += whole(sheet, r, c);
                }
                assertFormula(sheet, totalRow, c, "SUM(" + col + "5:" + col + totalRow + ")", above);
            }
            assertEquals(61_000_000, whole(sheet, totalRow, 11));
            assertEquals(29_400_000, whole(sheet, totalRow, 12));
            assertEquals("\"£\"#,##0", sheet.getRow(4).getCell(3).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void budgetIsTwoHundredSeventyFiveMillionWithEightyPercentOnPay() throws Exception {
        try (XSSFWorkbook workbook = GeneratedSamples.open(FINANCE)) {
            Sheet sheet = workbook.getSheet("Budget");
            assertEquals(List.of("Budget line", "Category", "Budget (£)"), headers(sheet, 0));
            int totalRow = sheet.getLastRowNum();
            assertEquals("Total", text(sheet, totalRow, 0));
            long total = 0;
            long pay = 0;
            for (int r = 1; r < totalRow; r++) {
                String category = text(sheet, r, 1);
                assertTrue(Set.of("Police officer pay", "Police staff pay", "PCSO pay", "Non-pay").contains(category));
                long amount = whole(sheet, r, 2);
                total += amount;
                pay += category.equals("Non-pay") ? 0 : amount;
            }
            assertFormula(sheet, totalRow, 2, "SUM(C2:C" + totalRow + ")", total);
            assertEquals(275_000_000, total);
            assertEquals(220_000_000, pay);
            assertEquals(0.80, (double) pay / total, 1e-12);
        }
    }

    @Test
    void factsBlockHoldsTheSlidesKeyFigures() throws Exception {
        try (XSSFWorkbook workbook = GeneratedSamples.open(FINANCE)) {
            Sheet sheet = workbook.getSheet("Facts");
            assertEquals("Key facts", text(sheet, 0, 0));
            Map<String, Object> facts = new LinkedHashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell value = sheet.getRow(r).getCell(1);
                facts.put(text(sheet, r, 0), value.getCellType() == CellType.STRING
                        ? value.getStringCellValue() : (Object) whole(sheet, r, 1));
            }
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("Force name", "Kent Police");
            expected.put("Total savings to date", 61_000_000L);
            expected.put("Savings required (next 3 years)", 33_000_000L);
            expected.put("Total budget", 275_000_000L);
            expected.put("Police officer establishment", 3238L);
            expected.put("Police staff establishment", 2359L);
            assertEquals(expected, facts);
            assertEquals("\"£\"#,##0", sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void threatRegisterScoresEachAreaOfTheControlStrategy() throws Exception {
        try (XSSFWorkbook workbook = GeneratedSamples.open("threat-register.xlsx")) {
            Sheet sheet = workbook.getSheet("Control strategy");
            assertEquals(List.of("Threat area", "Harm", "Likelihood", "Confidence", "Capacity", "Capability", "Trend",
                    "Intelligence gaps", "Operations", "Lead"), headers(sheet, 0));
            List<String> areas = new ArrayList<>();
            Map<String, String> operations = new LinkedHashMap<>();
            Map<String, String> gaps = new LinkedHashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                areas.add(text(sheet, r, 0));
                for (int c = 1; c <= 5; c++) {
                    long score = whole(sheet, r, c);
                    assertTrue(score >= 1 && score <= 5, "score " + score + " on row " + (r + 1));
                }
                gaps.put(text(sheet, r, 0), text(sheet, r, 7));
                operations.put(text(sheet, r, 0), text(sheet, r, 8));
                assertTrue(sheet.getRow(r).getCell(7).getCellStyle().getWrapText());
                assertTrue(!text(sheet, r, 9).isBlank(), "every area has a lead");
            }
            assertEquals(List.of("Child abuse & exploitation", "Human trafficking / modern slavery",
                    "Domestic abuse, serious violence & sexual offences", "Gangs & county lines",
                    "Organised acquisitive crime", "Burglary", "Counter terrorism & domestic extremism"), areas);
            assertEquals("Op Liberal – artifice; Op Blade – lorry load thefts; Courier fraud",
                    operations.get("Burglary"));
            assertEquals("Operation Quantify", operations.get("Counter terrorism & domestic extremism"));
            assertTrue(gaps.get("Domestic abuse, serious violence & sexual offences")
                    .contains("Forced marriage beyond traditional focus of Asian countries"));
            assertTrue(gaps.get("Gangs & county lines").contains("Thanet and Medway due to high LAC"));
        }
    }

    private static void assertFormula(Sheet sheet, int row, int column, String formula, long expected) {
        Cell cell = sheet.getRow(row).getCell(column);
        assertEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress() + " is a formula");
        assertEquals(formula, cell.getCellFormula());
        assertEquals(expected, number(sheet, row, column), "cached value of " + cell.getAddress());
    }
}
