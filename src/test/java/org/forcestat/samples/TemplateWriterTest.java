package org.forcestat.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Fact;
import org.forcestat.model.Grading;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.Severity;
import org.forcestat.model.SheetInfo;
import org.forcestat.model.ThreatInput;
import org.forcestat.samples.templates.Column;
import org.forcestat.samples.templates.DropDown;
import org.forcestat.samples.templates.Format;
import org.forcestat.samples.templates.Template;
import org.forcestat.samples.templates.TemplateWriter;
import org.forcestat.samples.templates.Templates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataValidationType;

/** The templates as written: read back by forcestat's own reader, and checked cell by cell with POI. */
class TemplateWriterTest {
    private static final LocalDate EXAMPLE_DAY = LocalDate.of(2014, 4, 1);

    @TempDir
    static Path dir;

    static List<Path> written;

    @BeforeAll
    static void writeTemplates() throws Exception {
        written = TemplateWriter.writeAll(dir, false);
    }

    private static Partial read(String file) {
        return new WorkbookReader(new HeaderMatcher()).read(dir.resolve(file));
    }

    private static XSSFWorkbook open(String file) throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve(file))) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void writesOneWorkbookPerTemplateKind() {
        assertEquals(Templates.all().size(), written.size());
        assertEquals(8, written.size());
        for (Kind k : List.of(Kind.CALLS, Kind.CRIMES, Kind.CRIME_TOTALS, Kind.SAVINGS, Kind.BUDGET, Kind.FACTS,
                Kind.THREATS)) {
            assertTrue(Templates.all().stream().anyMatch(t -> t.kind() == k), "a template for " + k);
        }
        written.forEach(p -> assertTrue(Files.isRegularFile(p), p.toString()));
    }

    @Test
    void everyTemplateIsClassifiedAsItsKindWithNothingToReport() {
        for (Template t : Templates.all()) {
            Partial p = read(t.file());
            List<SheetInfo> sheets = p.sources().get(0).sheets();
            assertEquals(List.of(t.sheet(), "Instructions"), sheets.stream().map(SheetInfo::name).toList(), t.file());
            assertEquals(t.kind(), sheets.get(0).kind(), t.file());
            assertEquals(Kind.UNRECOGNISED, sheets.get(1).kind(), t.file() + " Instructions");
            assertEquals(0, sheets.get(0).rowsRejected(), t.file());
            assertTrue(sheets.get(0).rowsRead() >= 1, t.file() + ": the example is read");
            String problems = p.findings().stream().filter(f -> f.severity() != Severity.INFO)
                    .map(Object::toString).collect(Collectors.joining("\n"));
            assertEquals("", problems, t.file());
        }
    }

    @Test
    void callsPerDayExampleRowGivesThatDaysTotals() {
        var calls = read("calls-per-day.xlsx").calls();
        assertEquals(List.of(EXAMPLE_DAY), new ArrayList<>(calls.dates()));
        assertEquals(250 + 467 + 157 + 1116 + 118, calls.total(EXAMPLE_DAY));
        assertEquals(250, calls.grading(EXAMPLE_DAY, Grading.IMMEDIATE));
        assertEquals(118, calls.grading(EXAMPLE_DAY, Grading.CRIME_REPORT));
        assertEquals(709, calls.channel(EXAMPLE_DAY, Channel.EMERGENCY));
        assertEquals(1283, calls.channel(EXAMPLE_DAY, Channel.NON_EMERGENCY));
        assertEquals(1365, calls.storm(EXAMPLE_DAY));
    }

    @Test
    void theOtherExampleRowsReadBack() {
        var call = read("calls-one-row-per-call.xlsx").calls();
        assertEquals(1, call.total(EXAMPLE_DAY));
        assertEquals(1, call.grading(EXAMPLE_DAY, Grading.HIGH));
        assertEquals(1, call.channel(EXAMPLE_DAY, Channel.EMERGENCY));
        assertEquals(1, call.storm(EXAMPLE_DAY));

        assertEquals(7, read("crimes.xlsx").crimes().count(EXAMPLE_DAY, CrimeCategory.DWELLING_BURGLARY));

        var totals = read("recorded-crime-by-area.xlsx").crimeTotals();
        assertEquals(Map.of("North", new java.util.TreeMap<>(Map.of(java.time.YearMonth.of(2014, 6), 3329L))),
                totals.byArea());

        List<SavingsLine> savings = read("savings-plan.xlsx").finance().savings();
        assertEquals(1, savings.size());
        assertEquals(Map.of("2016/17", 1_032_000.0), savings.get(0).planned());
        assertEquals(Map.of(), savings.get(0).achieved());
        assertEquals("On track", savings.get(0).status());

        var budget = read("budget.xlsx").finance().budget();
        assertEquals(1, budget.size());
        assertSame(BudgetCategory.OFFICER_PAY, budget.get(0).category());
        assertEquals(119_083_000.0, budget.get(0).amount());

        var facts = read("facts.xlsx").finance().facts();
        assertEquals(Arrays.asList(Fact.values()), new ArrayList<>(facts.keySet()));
        assertEquals("Kent Police", facts.get(Fact.FORCE_NAME).value());
        assertEquals(275_000_000.0, facts.get(Fact.TOTAL_BUDGET).number());

        List<ThreatInput> threats = read("threat-register.xlsx").threats();
        assertEquals(1, threats.size());
        assertEquals("Burglary", threats.get(0).area());
        assertEquals(3.0, threats.get(0).scores().get("likelihood"));
        assertEquals(4.0, threats.get(0).scores().get("harm_vulnerability"));
    }

    @Test
    void headerRowUsesTheColumnNamesWithInputMessages() throws Exception {
        for (Template t : Templates.all()) {
            if (t.facts()) {
                continue;
            }
            try (XSSFWorkbook wb = open(t.file())) {
                XSSFSheet sh = wb.getSheet(t.sheet());
                Row header = sh.getRow(0);
                for (int c = 0; c < t.columns().size(); c++) {
                    Column col = t.columns().get(c);
                    assertEquals(col.header(), header.getCell(c).getStringCellValue(), t.file());
                    CTDataValidation v = validationAt(sh, 0, c);
                    assertNotNull(v, t.file() + " " + col.header() + ": input message");
                    assertEquals(col.enter(), v.getPrompt());
                    assertTrue(v.getShowInputMessage());
                }
                assertEquals(1, sh.getPaneInformation().getHorizontalSplitPosition(), "frozen header");
                assertTrue(sh.getColumnWidth(0) > 8 * 256, "sized columns");
            }
        }
    }

    @Test
    void factsValueCellsCarryInputMessages() throws Exception {
        Template t = Templates.named("facts.xlsx");
        try (XSSFWorkbook wb = open(t.file())) {
            XSSFSheet sh = wb.getSheet(t.sheet());
            for (int i = 0; i < t.columns().size(); i++) {
                assertEquals(t.columns().get(i).header(), sh.getRow(1 + i).getCell(0).getStringCellValue());
                CTDataValidation v = validationAt(sh, 1 + i, 1);
                assertNotNull(v, "B" + (2 + i));
                assertEquals(t.columns().get(i).enter(), v.getPrompt());
            }
        }
    }

    @Test
    void gradingDropDownListsExactlyTheEnumLabelsWithItsArrowShown() throws Exception {
        try (XSSFWorkbook wb = open("calls-one-row-per-call.xlsx")) {
            XSSFSheet sh = wb.getSheet("Calls");
            CTDataValidation v = validationAt(sh, 1, 1);
            assertNotNull(v, "B2 validation");
            assertEquals(STDataValidationType.LIST, v.getType());
            assertEquals(Arrays.stream(Grading.values()).map(Grading::label).toList(), listItems(wb, v));
            // showDropDown="1" hides the in-cell arrow in Excel (the flag is inverted in the format).
            assertTrue(!v.isSetShowDropDown() || !v.getShowDropDown(), "drop-down arrow shown");
            // rows 2 to 10,000, not the whole column: ExcelJS took 40-90 s and 2.6 GB on B2:B1048576
            assertTrue(v.getSqref().toString().contains("B2:B10000"), v.getSqref().toString());
            assertEquals(Arrays.stream(Channel.values()).map(Channel::label).toList(),
                    listItems(wb, validationAt(sh, 9_999, 2)));
            assertNull(validationAt(sh, 10_000, 2), "row 10,001 is beyond the drop-downs");
        }
    }

    @Test
    void everyListValidationShowsItsArrow() throws Exception {
        for (Template t : Templates.all()) {
            try (XSSFWorkbook wb = open(t.file())) {
                for (CTDataValidation v : wb.getSheet(t.sheet()).getCTWorksheet().getDataValidations()
                        .getDataValidationArray()) {
                    if (v.getType() == STDataValidationType.LIST) {
                        assertTrue(!v.isSetShowDropDown() || !v.getShowDropDown(), t.file() + " " + v.getSqref());
                        assertFalse(listItems(wb, v).isEmpty());
                    }
                }
            }
        }
    }

    @Test
    void listItemsReadBackAsTheirEnumConstants() {
        DropDown.CHANNEL.items().forEach(i -> assertTrue(Channel.parse(i.toString()).isPresent(), i.toString()));
        DropDown.BUDGET_CATEGORY.items().forEach(i -> assertTrue(BudgetCategory.parse(i.toString()).isPresent()));
        assertEquals(BudgetCategory.values().length, DropDown.BUDGET_CATEGORY.items().size());
        List<?> crimes = DropDown.CRIME_CATEGORY.items();
        crimes.forEach(i -> assertFalse(CrimeCategory.parse(i.toString()).orElseThrow().isMerged(), i.toString()));
        for (CrimeCategory c : CrimeCategory.seedCategories()) {
            assertTrue(crimes.contains(c.label()), c.label());
        }
        assertTrue(crimes.contains(CrimeCategory.ASB.label()));
        assertTrue(DropDown.FINANCIAL_YEAR.items().stream()
                .allMatch(y -> HeaderMatcher.yearColumn(y.toString()) != null));
    }

    @Test
    void dataColumnsCarryUkFormats() throws Exception {
        DataFormatter fmt = new DataFormatter(java.util.Locale.UK);
        try (XSSFWorkbook wb = open("calls-per-day.xlsx")) {
            XSSFSheet sh = wb.getSheet("Calls per day");
            assertEquals("dd/mm/yyyy", sh.getRow(1).getCell(0).getCellStyle().getDataFormatString());
            assertEquals("#,##0", sh.getRow(1).getCell(1).getCellStyle().getDataFormatString());
            assertEquals("dd/mm/yyyy", sh.getColumnStyle(0).getDataFormatString(), "new rows are dates too");
            assertEquals("01/04/2014", fmt.formatCellValue(sh.getRow(1).getCell(0)));
        }
        try (XSSFWorkbook wb = open("budget.xlsx")) {
            XSSFSheet sh = wb.getSheet("Budget");
            // quoted as Excel writes it; SheetJS cannot apply a bare £#,##0
            assertEquals("\"£\"#,##0", sh.getColumnStyle(2).getDataFormatString());
            assertEquals("£119,083,000", fmt.formatCellValue(sh.getRow(1).getCell(2)));
        }
        try (XSSFWorkbook wb = open("savings-plan.xlsx")) {
            assertEquals("@", wb.getSheet("Savings plan").getColumnStyle(2).getDataFormatString(),
                    "Year is text, so Excel keeps 2016/17 as typed");
        }
    }

    @Test
    void instructionsExplainTheFileItsColumnsAndTheExampleRow() throws Exception {
        for (Template t : Templates.all()) {
            try (XSSFWorkbook wb = open(t.file())) {
                String text = sheetText(wb.getSheet("Instructions"));
                assertTrue(text.contains(t.purpose().get(0)), t.file());
                assertTrue(text.contains("java -jar forcestat.jar run"), t.file());
                assertTrue(text.toLowerCase().contains("example"), t.file());
                assertTrue(text.contains("overwrite") || text.contains("type your first row over it"), t.file());
                for (Column c : t.columns()) {
                    assertTrue(text.contains(c.enter()), t.file() + ": " + c.header());
                    assertTrue(text.contains(c.use()), t.file() + ": " + c.header());
                }
                if (!t.facts()) {
                    assertTrue(text.contains("delete the row"), t.file());
                }
                assertEquals(0, wb.getActiveSheetIndex(), "opens on the data sheet");
            }
        }
    }

    /** Excel's own files name the base format "Normal"; without it openpyxl warns on every template. */
    @Test
    void everyTemplateNamesItsBaseCellFormatNormalWhereTheSchemaPutsIt() throws Exception {
        for (Path p : written) {
            String styles;
            try (ZipFile zip = new ZipFile(p.toFile())) {
                styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(styles.contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
                    + "</cellStyles>"), p + ": " + styles);
            int xfs = styles.indexOf("</cellXfs>");
            int named = styles.indexOf("<cellStyles");
            assertTrue(xfs < named && (styles.indexOf("<dxfs") < 0 || named < styles.indexOf("<dxfs")),
                    p + ": cellXfs, cellStyles, dxfs in the schema's order");
        }
    }

    @Test
    void refusesToReplaceAnExistingTemplateUnlessForced(@TempDir Path target) throws Exception {
        Path mine = target.resolve("budget.xlsx");
        Files.writeString(mine, "my edited budget");
        assertThrows(FileAlreadyExistsException.class, () -> TemplateWriter.writeAll(target, false));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(Main.USAGE, cl.execute("templates", target.toString()));
        assertTrue(err.toString().contains("budget.xlsx already exists"), err.toString());
        assertTrue(err.toString().contains("--force"), err.toString());
        assertEquals("my edited budget", Files.readString(mine));
        try (var files = Files.list(target)) {
            assertEquals(List.of(mine), files.toList(), "nothing else written, no temp files left");
        }

        var forced = Main.commandLine();
        forced.setOut(new PrintWriter(new StringWriter()));
        assertEquals(Main.OK, forced.execute("templates", target.toString(), "--force", "--quiet"));
        assertEquals(Kind.BUDGET, new WorkbookReader(new HeaderMatcher()).read(mine).sources().get(0).sheets().get(0)
                .kind());
        try (var files = Files.list(target)) {
            assertEquals(Templates.all().size(), files.count(), "no temp files left");
        }
    }

    @Test
    void columnRecordRefusesMessagesExcelWouldReject() {
        assertThrows(IllegalArgumentException.class,
                () -> new Column("X", "x".repeat(256), "", Format.TEXT, null, 10, null));
    }

    /** The validation whose ranges include the 0-based cell, or null. */
    static CTDataValidation validationAt(XSSFSheet sh, int row, int col) {
        for (CTDataValidation v : sh.getCTWorksheet().getDataValidations().getDataValidationArray()) {
            for (Object ref : v.getSqref()) {
                AreaReference area = new AreaReference(ref.toString(), SpreadsheetVersion.EXCEL2007);
                CellReference a = area.getFirstCell();
                CellReference b = area.getLastCell();
                if (row >= a.getRow() && row <= b.getRow() && col >= a.getCol() && col <= b.getCol()) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The items a list validation offers: the cells of the named range its formula names. */
    static List<String> listItems(XSSFWorkbook wb, CTDataValidation v) {
        XSSFName name = wb.getName(v.getFormula1());
        assertNotNull(name, "named range " + v.getFormula1());
        AreaReference area = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
        XSSFSheet sh = wb.getSheet(area.getFirstCell().getSheetName());
        DataFormatter fmt = new DataFormatter();
        List<String> items = new ArrayList<>();
        for (CellReference r : area.getAllReferencedCells()) {
            items.add(fmt.formatCellValue(sh.getRow(r.getRow()).getCell(r.getCol())));
        }
        return items;
    }

    static String sheetText(XSSFSheet sh) {
        StringBuilder b = new StringBuilder();
        for (Row r : sh) {
            for (Cell c : r) {
                b.append(new DataFormatter().formatCellValue(c)).append('\n');
            }
        }
        return b.toString();
    }
}
