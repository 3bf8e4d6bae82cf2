package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.stats.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;

class SummaryWorkbookWriterTest {
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void writeFixture() throws IOException {
        file = dir.resolve("summary.xlsx");
        SummaryWorkbookWriter.write(SummaryFixture.full(), file);
    }

    private static XSSFWorkbook open(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, Row> metricRows(XSSFWorkbook wb) {
        Map<String, Row> rows = new HashMap<>();
        XSSFSheet sheet = wb.getSheet("Metrics");
        for (Row r : sheet) {
            if (r.getRowNum() > 0) {
                rows.put(r.getCell(0).getStringCellValue(), r);
            }
        }
        return rows;
    }

    private static List<XSSFChart> charts(XSSFSheet sheet) {
        XSSFDrawing d = sheet.getDrawingPatriarch();
        return d == null ? List.of() : d.getCharts();
    }

    private static XSSFChart chart(XSSFSheet sheet, String title) {
        return charts(sheet).stream().filter(c -> title.equals(c.getTitleText().getString())).findFirst()
                .orElseThrow(() -> new AssertionError("no chart '" + title + "' on " + sheet.getSheetName()));
    }

    @Test
    void sheetsComeInTheSpecifiedOrder() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Calls", "Crime", "Finance", "Threat Strategy", "Validation", "Metrics", "Sources",
                    "Data_Calls", "Data_Crime", "Data_Finance"), names);
        }
    }

    @Test
    void metricsSheetHasTheExactHeaderAndTheValuesGiven() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            Row header = wb.getSheet("Metrics").getRow(0);
            List<String> cells = new ArrayList<>();
            header.forEach(c -> cells.add(c.getStringCellValue()));
            assertEquals(List.of("Id", "Label", "Value", "Unit", "Period", "Source"), cells);
            Map<String, Row> rows = metricRows(wb);
            assertEquals(SummaryFixture.metrics().size(), rows.size());
            assertEquals(102_235, rows.get("crimes.rolling12.previous").getCell(2).getNumericCellValue());
            assertEquals(61e6, rows.get("finance.savings_to_date").getCell(2).getNumericCellValue());
            assertEquals(0.8, rows.get("finance.staff_share").getCell(2).getNumericCellValue());
            assertEquals(136, rows.get("asb.per_day").getCell(2).getNumericCellValue());
            Row first = wb.getSheet("Metrics").getRow(1);
            assertEquals("calls.total", first.getCell(0).getStringCellValue(), "metrics keep the order given");
            for (Row r : rows.values()) {
                // A number, or a live formula over other metrics whose cached result is a number.
                CellType t = r.getCell(2).getCellType();
                assertEquals(CellType.NUMERIC, t == CellType.FORMULA ? r.getCell(2).getCachedFormulaResultType() : t,
                        "numeric value: " + r.getCell(0));
            }
        }
    }

    @Test
    void metricValuesAreFormattedByUnit() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            Map<String, Row> rows = metricRows(wb);
            Map<String, String> expected = Map.of(
                    "calls.total", "#,##0",
                    "finance.officers", "#,##0",
                    "calls.per_day", "#,##0.0",
                    "crimes.dwelling_burglary.per_day", "#,##0.0",
                    "calls.no_storm.share", "0.0%",
                    "finance.budget", "\"£\"#,##0",
                    "crimes.rolling12.p_value", "[<0.001]\"< 0.001\";0.000",
                    "validation.errors", "#,##0");
            expected.forEach((id, format) ->
                    assertEquals(format, rows.get(id).getCell(2).getCellStyle().getDataFormatString(), id));
            assertEquals("£275,000,000", new DataFormatter(java.util.Locale.UK).formatCellValue(rows.get("finance.budget").getCell(2)));
        }
    }

    @Test
    void summaryFiguresAreLiveLinksToMetricsWithCachedValues() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet summary = wb.getSheet("Summary");
            Cell budget = find(summary, "Budget", 1);
            assertEquals(CellType.FORMULA, budget.getCellType());
            assertTrue(budget.getCellFormula().startsWith("Metrics!"), budget.getCellFormula());
            assertEquals(275e6, budget.getNumericCellValue());
            assertEquals("\"£\"#,##0.0,,\"m\"", budget.getCellStyle().getDataFormatString());
            Cell calls = find(summary, "Calls", 1);
            assertEquals(SummaryFixture.metrics().get(1).value(), calls.getNumericCellValue(), 1e-9);
            Cell errors = find(summary, "Errors", 1);
            assertEquals(1, errors.getNumericCellValue());
            assertNotNull(find(summary, "See every finding on the Validation sheet", 0).getHyperlink());
        }
    }

    @Test
    void aMissingMetricShowsADashNotZero() throws IOException {
        Summary s = SummaryFixture.full();
        List<org.forcestat.model.Metric> fewer = new ArrayList<>(s.metrics());
        fewer.removeIf(m -> m.id().equals("finance.budget"));
        Path p = dir.resolve("missing.xlsx");
        SummaryWorkbookWriter.write(new Summary(s.run(), fewer, s.calls(), s.crime(), s.finance(), s.findings(),
                s.sources(), s.trends()), p);
        try (XSSFWorkbook wb = open(p)) {
            Cell budget = find(wb.getSheet("Summary"), "Budget", 1);
            assertEquals(CellType.STRING, budget.getCellType());
            assertEquals("–", budget.getStringCellValue());
        }
    }

    @Test
    void chartsExistWithTitlesSeriesAndDataSheetReferences() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            XSSFChart grading = chart(wb.getSheet("Calls"), "Calls by grading");
            assertSeries(grading, 1, "Data_Calls!");
            assertEquals(5, grading.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount());
            assertSeries(chart(wb.getSheet("Calls"), "Calls per month"), 1, "Data_Calls!");
            assertSeries(chart(wb.getSheet("Calls"), "Calls per day"), 2, "Data_Calls!");
            XSSFChart perDay = chart(wb.getSheet("Crime"), "Crimes per day by category");
            assertSeries(perDay, 1, "Data_Crime!");
            assertEquals(8, perDay.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount(),
                    "eight seed categories, ASB not among them");
            assertSeries(chart(wb.getSheet("Crime"), "Crimes per month by category"), 8, "Data_Crime!");
            XSSFChart rolling = chart(wb.getSheet("Crime"), "Recorded crime, rolling 12 months by area");
            assertSeries(rolling, 2, "Data_Crime!");
            assertEquals(2, rolling.getChartSeries().get(0).getSeries(0).getValuesData().getPointCount(),
                    "two divisions; the force total is in the table only");
            assertSeries(chart(wb.getSheet("Finance"), "Planned vs achieved savings"), 2, "Data_Finance!");
            assertSeries(chart(wb.getSheet("Finance"), "Budget split"), 1, "Data_Finance!");
        }
    }

    private static void assertSeries(XSSFChart chart, int count, String sheetPrefix) {
        List<XDDFChartData> data = chart.getChartSeries();
        assertEquals(1, data.size());
        assertEquals(count, data.get(0).getSeriesCount());
        for (int i = 0; i < count; i++) {
            XDDFChartData.Series s = data.get(0).getSeries(i);
            assertTrue(s.getValuesData().getDataRangeReference().startsWith(sheetPrefix),
                    s.getValuesData().getDataRangeReference());
            assertTrue(s.getCategoryData().getDataRangeReference().startsWith(sheetPrefix),
                    s.getCategoryData().getDataRangeReference());
        }
        assertNotNull(chart.getCTChart().getPlotArea(), "plot area");
    }

    @Test
    void everyPieSliceHasAnExplicitSolidFill() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            XSSFChart pie = chart(wb.getSheet("Finance"), "Budget split");
            CTPieSer ser = pie.getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0);
            assertEquals(4, ser.getDPtArray().length);
            for (CTDPt p : ser.getDPtArray()) {
                assertTrue(p.getSpPr().isSetSolidFill(), "slice " + p.getIdx().getVal());
            }
        }
    }

    @Test
    void headerRowsAreFrozenOnEverySheet() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                PaneInformation pane = wb.getSheetAt(i).getPaneInformation();
                assertNotNull(pane, wb.getSheetName(i));
                assertTrue(pane.isFreezePane(), wb.getSheetName(i));
                assertTrue(pane.getHorizontalSplitPosition() >= 1, wb.getSheetName(i));
            }
            assertEquals(1, wb.getSheet("Metrics").getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void everySheetPrintsLandscapeAtAReadableSizeWithMarkingAndPageNumbers() throws IOException {
        Set<String> tables = Set.of("Data_Calls", "Data_Crime", "Data_Finance");
        try (XSSFWorkbook wb = open(file)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                String name = s.getSheetName();
                assertTrue(s.getPrintSetup().getLandscape(), name);
                assertTrue(s.getHeader().getCenter().contains("OFFICIAL"), name);
                assertEquals("Page &P of &N", s.getFooter().getCenter());
                if (tables.contains(name)) {
                    // not printed with the workbook: the print area is one empty cell right of the tables;
                    // a selected table prints one page wide with its header row on every page
                    String area = wb.getPrintArea(i);
                    assertNotNull(area, name);
                    String cell = area.substring(area.indexOf('!') + 1).replace("$", "");
                    assertTrue(cell.matches("[A-Z]+1"), area);
                    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cell);
                    for (Row r : s) {
                        assertTrue(r.getLastCellNum() <= ref.getCol() - 1, name + " row " + r.getRowNum() + " reaches " + area);
                    }
                    assertTrue(s.getFitToPage(), name);
                    assertEquals(1, s.getPrintSetup().getFitWidth(), name);
                    assertEquals(0, s.getPrintSetup().getFitHeight(), name);
                    assertNotNull(s.getRepeatingRows(), name);
                    continue;
                }
                assertNull(wb.getPrintArea(i), name);
                if (name.equals("Threat Strategy")) {
                    // A4 at 100%, its two tables one above the other a page wide, with its own page breaks
                    assertFalse(s.getFitToPage(), name);
                    assertEquals(100, s.getPrintSetup().getScale(), name);
                    assertEquals(0, s.getColumnBreaks().length, name);
                    assertEquals(9, s.getPrintSetup().getPaperSize(), name);
                    continue;
                }
                assertTrue(s.getFitToPage(), name);
                assertEquals(1, s.getPrintSetup().getFitWidth(), name);
                // the Summary is one page; the rest as many pages down as they take
                assertEquals(name.equals("Summary") ? 1 : 0, s.getPrintSetup().getFitHeight(), name);
                // A4 for every sheet, the wide Threat Strategy too (it prints in two blocks of columns)
                assertEquals(9, s.getPrintSetup().getPaperSize(), name);
            }
        }
    }

    @Test
    void findingTextFromInputsIsStoredAsTextNeverAFormula() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet v = wb.getSheet("Validation");
            Cell message = find(v, SummaryFixture.FORMULA_MESSAGE, 0);
            assertEquals(CellType.STRING, message.getCellType());
            assertEquals(1, v.getTables().size());
            assertNotNull(v.getTables().get(0).getCTTable().getAutoFilter());
            assertEquals(List.of("Severity", "Rule", "File", "Sheet", "Cell", "Seen", "Expected", "Message", "Suppressed"),
                    v.getTables().get(0).getColumns().stream().map(c -> c.getName()).toList());
            assertEquals(2 + 1, v.getTables().get(0).getRowCount(), "header and two findings");
            for (Row r : v) {
                for (Cell c : r) {
                    assertFalse(c.getCellType() == CellType.FORMULA, "no formulas on Validation: " + c.getAddress());
                }
            }
        }
    }

    @Test
    void financeFiguresNotInTheInputsSayNotZero() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet finance = wb.getSheet("Finance");
            Cell achieved = find(finance, "2018/19", 2);
            assertEquals(CellType.STRING, achieved.getCellType());
            assertEquals("not in the inputs", achieved.getStringCellValue());
            Row data = wb.getSheet("Data_Finance").getRow(3);
            assertNull(data.getCell(2), "absent amount is a blank cell, a gap in the chart");
        }
    }

    /** Excel's own files name the base format "Normal"; without it openpyxl warns on every summary. */
    @Test
    void theBaseCellFormatIsNamedNormalWhereTheSchemaPutsIt() throws IOException {
        String styles;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(styles.contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
                + "</cellStyles>"), styles);
        // The schema's order: ... cellStyleXfs, cellXfs, cellStyles, dxfs ...
        int xfs = styles.indexOf("</cellXfs>");
        int named = styles.indexOf("<cellStyles");
        int dxfs = styles.indexOf("<dxfs");
        assertTrue(styles.indexOf("</cellStyleXfs>") < xfs && xfs < named && named < dxfs,
                "cellStyleXfs, cellXfs, cellStyles, dxfs in that order: " + styles);
    }

    @Test
    void dataSheetsHoldTheSeriesAsTables() throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet calls = wb.getSheet("Data_Calls");
            assertTrue(calls.getTables().size() >= 4);
            assertEquals("dd/mm/yyyy", calls.getRow(1).getCell(0).getCellStyle().getDataFormatString());
            assertEquals(SummaryFixture.DAYS, wb.getSheet("Data_Calls").getTables().stream()
                    .filter(t -> t.getName().equals("DailyCalls")).findFirst().orElseThrow().getDataRowCount());
            assertTrue(wb.getSheet("Data_Crime").getTables().size() >= 3);
            assertEquals(2, wb.getSheet("Data_Finance").getTables().size());
        }
    }

    @Test
    void anEmptySummaryStillWritesAndSaysThereIsNoData() throws IOException {
        Path p = dir.resolve("empty.xlsx");
        SummaryWorkbookWriter.write(SummaryFixture.empty(), p);
        try (XSSFWorkbook wb = open(p)) {
            assertEquals(11, wb.getNumberOfSheets());
            assertNotNull(find(wb.getSheet("Calls"), "No calls data in the inputs", 0));
            assertNotNull(find(wb.getSheet("Crime"), "No crime data in the inputs", 0));
            assertNotNull(find(wb.getSheet("Finance"), "No finance data in the inputs", 0));
            assertNotNull(find(wb.getSheet("Summary"), "No calls data in the inputs", 0));
            assertNotNull(find(wb.getSheet("Validation"), "No findings: every input passed every check.", 0));
            assertTrue(charts(wb.getSheet("Calls")).isEmpty());
            assertEquals("–", find(wb.getSheet("Summary"), "Calls", 1).getStringCellValue());
        }
    }

    /** The cell {@code offset} columns right of the first cell whose text is {@code text}. */
    static Cell find(XSSFSheet sheet, String text, int offset) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) {
                    Cell target = r.getCell(c.getColumnIndex() + offset);
                    assertNotNull(target, "nothing right of '" + text + "' on " + sheet.getSheetName());
                    return target;
                }
            }
        }
        throw new AssertionError("no '" + text + "' on " + sheet.getSheetName());
    }
}
