package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Clean sheets that real analysts keep must not make the audit cry wolf. */
class AuditPrecisionTest {
    @TempDir
    Path dir;

    @Test
    void theCommittedSamplesHaveNoErrorsOrAuditWarnings() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.map(Path::toString).filter(n -> n.endsWith(".xlsx")).sorted().toList();
        }
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--format", "csv"));
        args.addAll(files);
        assertEquals(0, cl.execute(args.toArray(String[]::new)), out.toString());
        // The only finding is the plan's real shortfall against the £33m required (29.4m planned).
        List<String> rules = out.toString().lines().skip(1).map(l -> l.split(",")[1]).toList();
        assertEquals(List.of("PLAN_SHORTFALL"), rules, out.toString());
    }

    @Test
    void aDateColumnBesideARowTotalIsNotPartOfTheTotal() throws Exception {
        Path f = dir.resolve("daily.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Calls per day");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row h = sh.createRow(0);
            String[] head = {"Date", "Immediate", "High", "Total calls"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= 5; r++) {
                Row row = sh.createRow(r);
                row.createCell(0).setCellValue(LocalDate.of(2015, 4, r));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(10 + r);
                row.createCell(2).setCellValue(20 + r);
                row.createCell(3).setCellFormula("SUM(B" + (r + 1) + ":C" + (r + 1) + ")");
            }
            AuditFixtures.save(wb, f);
        }
        List<Finding> found = new ValidateEngine(new HeaderMatcher()).check(f,
                new org.forcestat.ingest.WorkbookReader(new HeaderMatcher()).read(f));
        assertEquals(List.of(), found.stream().filter(x -> x.severity() != Severity.INFO).toList());
    }

    @Test
    void aFactsBlockLabelledTotalBudgetIsNotATotalRow() throws Exception {
        Path f = dir.resolve("facts.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Facts");
            Object[][] rows = {{"Key facts", null}, {"Total savings to date", 61_000_000}, {"Savings required", 33_000_000},
                {"Total budget", 275_000_000}, {"Police officer establishment", 3238}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sh.createRow(r);
                row.createCell(0).setCellValue((String) rows[r][0]);
                if (rows[r][1] != null) {
                    row.createCell(1).setCellValue(((Number) rows[r][1]).doubleValue());
                }
            }
            // A budget sheet in the same file makes it a finance workbook, so it is audited in full.
            Sheet budget = wb.createSheet("Budget");
            Object[][] lines = {{"Budget line", "Category", "Budget"}, {"Officers", "Police officer pay", 200.0},
                {"Estates", "Non-pay", 75.0}, {"Total", null, "=SUM(C2:C3)"}};
            for (int r = 0; r < lines.length; r++) {
                Row row = budget.createRow(r);
                for (int c = 0; c < 3; c++) {
                    Object v = lines[r][c];
                    if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof String t && t.startsWith("=")) {
                        row.createCell(c).setCellFormula(t.substring(1));
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            AuditFixtures.save(wb, f);
        }
        List<Finding> found = new ValidateEngine(new HeaderMatcher()).check(f,
                new org.forcestat.ingest.WorkbookReader(new HeaderMatcher()).read(f));
        assertEquals(List.of(), found.stream().filter(x -> x.severity() != Severity.INFO).toList());
    }

    @Test
    void aTypedOverRowTotalIsOneFindingNotAlsoAShortRangeInTheNextTotalColumn() throws Exception {
        Path f = dir.resolve("two-totals.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Plan");
            String[] head = {"Savings line", "Achieved 2013/14", "Achieved 2014/15", "Planned 2016/17",
                "Planned 2017/18", "Total achieved", "Total planned"};
            Row h = sh.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= 6; r++) {
                Row row = sh.createRow(r);
                row.createCell(0).setCellValue("Line " + r);
                for (int c = 1; c <= 4; c++) {
                    row.createCell(c).setCellValue(1000 * r + 10 * c);
                }
                int excel = r + 1;
                if (r == 3) {
                    row.createCell(5).setCellValue(12_345);
                } else {
                    row.createCell(5).setCellFormula("SUM(B" + excel + ":C" + excel + ")");
                }
                row.createCell(6).setCellFormula("SUM(D" + excel + ":E" + excel + ")");
            }
            AuditFixtures.save(wb, f);
        }
        // As users see it: a rule that reports the same cell as the typed total is dropped.
        List<Finding> found = ValidateEngine.dedupe(new ValidateEngine(new HeaderMatcher()).check(f,
                new org.forcestat.ingest.WorkbookReader(new HeaderMatcher()).read(f)));
        List<String> rules = found.stream().filter(x -> x.severity() != Severity.INFO && AuditFindings.partOf(x) == null)
                .map(x -> x.rule() + "@" + x.cell()).toList();
        assertEquals(List.of("AUDIT_TYPED_TOTAL@F4"), rules, found.toString());
        // the copies of the formula it breaks are listed as parts of that one finding, as warnings
        List<String> parts = found.stream().filter(x -> "F4".equals(AuditFindings.partOf(x)))
                .map(x -> x.severity() + " " + x.cell()).toList();
        assertEquals(List.of("WARNING F2", "WARNING F3", "WARNING F5", "WARNING F6", "WARNING F7"), parts);
    }
}
