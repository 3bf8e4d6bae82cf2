package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.xlsx.ChartModel;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.forcestat.stats.FinanceStats;
import org.forcestat.stats.Summary;
import org.forcestat.threat.Evidence;
import org.forcestat.threat.ThreatAssessment;
import org.forcestat.threat.ThreatAssessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Summary, Finance and Validation sheets say, read back from the written workbook: every
 * label true of the data it stands over (a new user's test, issue 20's leftovers).
 */
class SummaryWordsTest {
    /** Summary columns I and J (0-based 8, 9): the threats panel's label and value. */
    private static final int THREAT_COL = 8;

    @TempDir
    Path dir;

    @Test
    void theStaffShareAndTheBudgetSplitEachNameTheirBase() throws IOException {
        // officer 120m + staff 40m + PCSO 10m = 170m of pay; spending 220m; income -20m; net budget 200m.
        // All pay over the net budget is 85.0%; over gross spending 170/220 = 77.3%: both shown, each with its base.
        Map<BudgetCategory, Double> split = new LinkedHashMap<>();
        split.put(BudgetCategory.OFFICER_PAY, 120e6);
        split.put(BudgetCategory.STAFF_PAY, 40e6);
        split.put(BudgetCategory.PCSO_PAY, 10e6);
        split.put(BudgetCategory.NON_PAY, 50e6);
        split.put(BudgetCategory.INCOME, -20e6);
        FinanceStats f = new FinanceStats(61e6, 33e6, 29.4e6, 4e6, List.of(), split, 200e6, 170.0 / 200, 3238, 2359);
        Summary base = SummaryFixture.full();
        Summary s = new Summary(base.run(), base.metrics(), base.calls(), base.crime(), f, base.findings(),
                base.sources(), null);
        Path file = write(s, List.of());

        List<String> finance = texts(file, "Finance");
        assertTrue(finance.contains("Spent on staff (all pay), of net budget £200.0m"), finance.toString());
        assertTrue(finance.contains("Total budget (net of income)"), finance.toString());
        assertTrue(finance.contains("Share of gross spending"), finance.toString());
        assertTrue(finance.contains("Shares are of gross spending, £220.0m, before income of £20.0m."), finance.toString());
        assertTrue(finance.contains("The staff share above is all pay over the net budget, £200.0m, so it is higher."),
                finance.toString());
        assertEquals(170.0 / 220, numberRightOf(file, "Finance", "All pay (officers, staff, PCSOs)", 2), 1e-12);
        assertEquals(170e6, numberRightOf(file, "Finance", "All pay (officers, staff, PCSOs)", 1), 1e-6);
        assertTrue(texts(file, "Data_Finance").contains("Share of gross spending"));

        // the Summary's line says its base, over two rows of normal height (the fixture's metric: £275m)
        List<String> summary = texts(SummaryFixture.full());
        int at = summary.indexOf("Spent on staff (all pay), of");
        assertTrue(at >= 0, summary.toString());
        assertTrue(summary.contains("    net budget £275.0m"), summary.toString());
        assertFalse(summary.contains("Budget spent on staff"));
    }

    @Test
    void plannedSavingsNameTheirYears() throws IOException {
        // the fixture's plan: 2016/17 and 2017/18 achieved, 2018/19 planned only
        assertTrue(texts(write(SummaryFixture.full(), List.of()), "Finance").contains("Planned 2018/19"));
        FinanceStats three = finance(List.of(
                new FinanceStats.YearSavings("2015/16", 9e6, 9.5e6),
                new FinanceStats.YearSavings("2016/17", 11.3e6, Double.NaN),
                new FinanceStats.YearSavings("2017/18", 10e6, Double.NaN),
                new FinanceStats.YearSavings("2018/19", 8.1e6, Double.NaN),
                new FinanceStats.YearSavings("2019/20", 7e6, Double.NaN)));
        assertEquals(List.of("2016/17", "2017/18", "2018/19"), three.plannedYears(), "the next three, not the fourth");
        assertEquals("2016/17 to 2018/19", three.plannedSpan());
        Summary base = SummaryFixture.full();
        Summary s = new Summary(base.run(), base.metrics(), base.calls(), base.crime(), three, base.findings(),
                base.sources(), null);
        List<String> shown = texts(write(s, List.of()), "Finance");
        assertTrue(shown.contains("Planned 2016/17 to 2018/19"), shown.toString());
        assertFalse(shown.contains("Planned (next 3 years)"));
        assertEquals("next 3 years", finance(List.of()).plannedSpan(), "a plan without years says so");
    }

    @Test
    void theGradingHeadingNamesTheSpanItCovers() throws IOException {
        // the fixture's calls: 01/04/2015 to 31/05/2015, two whole months
        List<String> shown = texts(SummaryFixture.full());
        assertTrue(shown.contains("Calls by grading, Apr to May 2015"), shown.toString());
        assertFalse(shown.stream().anyMatch(t -> t.startsWith("In a year")), shown.toString());
        assertEquals("Apr 2015 to Mar 2016", Labels.span(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)));
        assertEquals("Apr to Jun 2015", Labels.span(LocalDate.of(2015, 4, 1), LocalDate.of(2015, 6, 30)));
        assertEquals("Feb 2016", Labels.span(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)));
        assertEquals("03/04/2015 to 30/06/2015", Labels.span(LocalDate.of(2015, 4, 3), LocalDate.of(2015, 6, 30)));
    }

    @Test
    void theExampleRegistersThreatsAreNeverListedOnTheSummary() throws IOException {
        List<ThreatAssessment> defaults = ThreatAssessor.run(List.of(), new Properties(), "forcestat.properties",
                Evidence.of(Map.of())).ranked();
        List<String> shown = texts(write(SummaryFixture.full(), defaults), "Summary");
        assertTrue(shown.contains(SummarySheetWriter.EXAMPLE_THREATS), shown.toString());
        assertFalse(shown.stream().anyMatch(t -> t.contains("Kent 2016")), shown.toString());
        for (ThreatAssessment t : ThreatSheetWriter.topThree(defaults)) {
            String start = t.area().substring(0, Math.min(12, t.area().length()));
            assertFalse(shown.stream().anyMatch(x -> x.contains(start)), "example threat listed: " + t.area());
        }
        List<String> panel = column(write(SummaryFixture.full(), defaults), THREAT_COL);
        String note = String.join(" ", panel.subList(panel.indexOf(SummarySheetWriter.EXAMPLE_THREATS) + 1,
                panel.indexOf("See the example register")));
        assertEquals(SummarySheetWriter.EXAMPLE_THREATS_NOTE, note);
        assertTrue(note.contains("only as an example"));
    }

    @Test
    void aLongThreatAreaWrapsInItsColumnAndNeverRunsIntoItsRating() throws IOException {
        List<ThreatAssessment> own = ThreatSheetWriterTest.sample();
        Path file = write(SummaryFixture.full(), own);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Summary");
            double width = sh.getColumnWidth(THREAT_COL) / 256.0;
            boolean wrapped = false;
            for (ThreatAssessment t : ThreatSheetWriter.topThree(own)) {
                Row first = null;
                for (Row r : sh) {
                    Cell c = r.getCell(THREAT_COL);
                    if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(t.rank() + ". ")) {
                        first = r;
                    }
                }
                assertTrue(first != null, "threat " + t.rank() + " not on the Summary");
                // the rating in its own cell, beside the area's first line
                assertEquals(t.rag().label() + String.format(Locale.UK, " (%.1f)", t.riskScore()),
                        first.getCell(THREAT_COL + 1).getStringCellValue());
                // the area's lines, one to a row, each within the column, together the whole area
                StringBuilder area = new StringBuilder();
                int r = first.getRowNum();
                for (; ; r++) {
                    Row row = sh.getRow(r);
                    Cell c = row == null ? null : row.getCell(THREAT_COL);
                    if (c == null || c.getCellType() != CellType.STRING
                            || r > first.getRowNum() && !c.getStringCellValue().startsWith("    ")) {
                        break;
                    }
                    String line = c.getStringCellValue();
                    assertEquals(1, TextLines.lines(line, width), "'" + line + "' fits its column");
                    assertFalse(line.contains(t.rag().label() + " ("), line);
                    area.append(area.length() == 0 ? "" : " ").append(line.strip());
                }
                wrapped |= r - first.getRowNum() > 1;
                assertEquals(t.rank() + ". " + t.area(), area.toString());
            }
            // "Domestic abuse, serious violence & sexual offences" is wider than its 30-character column
            assertTrue(wrapped, "the sample's long area was laid over two rows");
        }
    }

    @Test
    void eachRuleIsShownInWordsBesideItsId() throws IOException {
        Summary base = SummaryFixture.full();
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(Finding.of(Severity.INFO, "MERGED_CATEGORY").at("crime.xlsx", "Crime", "B").seen("Vehicle offences")
                .message("combined"));
        Summary s = new Summary(base.run(), base.metrics(), base.calls(), base.crime(), base.finance(), findings,
                base.sources(), null);
        List<String> shown = texts(write(s, List.of()), "Validation");
        assertTrue(shown.contains("Combined crime category (MERGED_CATEGORY)"), shown.toString());
        assertTrue(shown.contains("Total typed over a formula (AUDIT_TYPED_TOTAL)"), shown.toString());
        assertFalse(shown.contains("MERGED_CATEGORY"), "no id alone");
        // Finance's audit table says the rule in words too
        assertTrue(texts(write(s, List.of()), "Finance").contains("Total typed over a formula (AUDIT_TYPED_TOTAL)"));
    }

    @Test
    void theDailyChartsDateLabelsAreNeverRepeated() {
        // a quarter of daily data: "mmm yy" every 16 days printed "Apr 15, Apr 15, May 15, May 15 ..."
        for (int days : new int[] {7, 14, 30, 61, 91, 120, 186, 187, 365, 366, 731}) {
            ChartModel chart = new ChartModel(ChartModel.Type.LINE, new ChartModel.Place(0, 0, 4, 10), null,
                    ChartModel.Legend.NONE);
            SummarySheetWriter.dayAxis(chart, days);
            DateTimeFormatter f = DateTimeFormatter.ofPattern(chart.dateFormat.equals("mmm yy") ? "MMM yy" : "dd/MM",
                    Locale.UK);
            Set<String> labels = new HashSet<>();
            int n = 0;
            for (LocalDate d = LocalDate.of(2015, 4, 1); d.isBefore(LocalDate.of(2015, 4, 1).plusDays(days));
                 d = d.plusDays(chart.majorUnit.longValue())) {
                assertTrue(labels.add(f.format(d)), days + " days: label " + f.format(d) + " repeated");
                n++;
            }
            assertTrue(n >= 2 && n <= 8, days + " days: " + n + " labels");
        }
        ChartModel quarter = new ChartModel(ChartModel.Type.LINE, new ChartModel.Place(0, 0, 4, 10), null,
                ChartModel.Legend.NONE);
        SummarySheetWriter.dayAxis(quarter, 91);
        assertEquals("dd/mm", quarter.dateFormat);
        assertEquals(21.0, quarter.majorUnit);
    }

    private static FinanceStats finance(List<FinanceStats.YearSavings> years) {
        return new FinanceStats(61e6, 33e6, Double.NaN, 0, years, Map.of(), 275e6, 0.8, 3238, 2359);
    }

    private List<String> texts(Summary s) throws IOException {
        return texts(write(s, List.of()), "Summary");
    }

    private Path write(Summary s, List<ThreatAssessment> threats) throws IOException {
        Path file = Files.createTempFile(dir, "summary", ".xlsx");
        SummaryWorkbookWriter.write(s, threats, file);
        return file;
    }

    /** The sheet's text cells, row by row. */
    static List<String> texts(Path file, String sheet) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet(sheet)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                        out.add(c.getStringCellValue());
                    }
                }
            }
        }
        return out;
    }

    /** The Summary's text cells of one column, top to bottom. */
    private static List<String> column(Path file, int col) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("Summary")) {
                Cell c = row.getCell(col);
                if (c != null && c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    private static double numberRightOf(Path file, String sheet, String label, int offset) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet(sheet)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                        return row.getCell(c.getColumnIndex() + offset).getNumericCellValue();
                    }
                }
            }
        }
        throw new AssertionError(label + " not on " + sheet);
    }
}
