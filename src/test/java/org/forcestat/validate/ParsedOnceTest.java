package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.XlsxSource;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.SheetInfo;
import org.forcestat.pipeline.RunEngine;
import org.forcestat.pipeline.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: {@code validate} and {@code run} on a workbook with formulas parse each sheet once (ingest
 * and the formula audit listen to the same pass), counted where sheet parts are parsed
 * ({@link XlsxSource#parses}). A sheet too big for the audit to keep its values is the exception,
 * and this says by how much: the audit reads it again, only down to the last row its formulas use.
 */
class ParsedOnceTest {
    @TempDir
    Path dir;

    /** The savings plan (formulas on every line and a totals row) beside a calls sheet. */
    private Path planWithCalls(Path folder) throws Exception {
        XSSFWorkbook wb = AuditFixtures.savingsPlan();
        Sheet calls = wb.createSheet("Calls");
        Row h = calls.createRow(0);
        h.createCell(0).setCellValue("Call ID");
        h.createCell(1).setCellValue("Received");
        h.createCell(2).setCellValue("Grading");
        for (int i = 1; i <= 40; i++) {
            Row r = calls.createRow(i);
            r.createCell(0).setCellValue("C" + i);
            r.createCell(1).setCellValue("0" + (1 + i % 9) + "/04/2014 10:00");
            r.createCell(2).setCellValue(i % 3 == 0 ? "Immediate" : "Standard");
        }
        return AuditFixtures.save(wb, folder.resolve("plan.xlsx"));
    }

    @Test
    void validateParsesEachSheetOfAWorkbookWithFormulasOnce() throws Exception {
        Path f = planWithCalls(dir);
        XlsxSource.countParses(f);
        ValidateEngine.Result r = new ValidateEngine(new HeaderMatcher())
                .run(new ValidateSettings(List.of(f), false, null, ValidateSettings.Format.CSV));
        assertEquals(Map.of("Savings", 1, "Calls", 1), XlsxSource.parses(f));
        // the audit did run in that one pass: a clean plan, so the line totals are found and nothing is flagged
        assertTrue(r.files().get(0).findings().stream().noneMatch(x -> x.rule().startsWith("AUDIT_FAILED")),
                r.files().get(0).findings().toString());
    }

    @Test
    void runParsesEachSheetOfAWorkbookWithFormulasOnce() throws Exception {
        Path in = Files.createDirectory(dir.resolve("workbooks"));
        Path f = planWithCalls(in);
        // a planted error the audit must find in the same pass: a number typed as text inside the totals
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
            AuditFixtures.set(wb.getSheet("Savings"), "E8", "125000");
            AuditFixtures.save(wb, f);
        }
        XlsxSource.countParses(f);
        RunEngine engine = new RunEngine((summary, threats, target) -> Files.writeString(target, "summary"));
        RunEngine.Result r = engine.run(new RunSettings(List.of(in), in.resolve("out"), "Kent Police", null, null,
                null, 1), "test", List.of());
        assertEquals(Map.of("Savings", 1, "Calls", 1), XlsxSource.parses(f));
        List<Finding> audit = r.summary().findings().stream().filter(x -> x.rule().equals(NumberAsText.ID)).toList();
        assertEquals(1, audit.size(), r.summary().findings().toString());
        assertEquals("E8", audit.get(0).cell());
        SheetInfo calls = r.summary().sources().get(0).sheets().stream().filter(x -> x.name().equals("Calls"))
                .findFirst().orElseThrow();
        assertEquals(Kind.CALLS, calls.kind());
        assertEquals(40, calls.rowsRead());
    }

    @Test
    void aSheetTooBigToKeepIsReadAgainOnlyForItsFormulas() throws Exception {
        // 60,001 rows of one value: more than the audit keeps from one pass (SMALL_SHEET value cells)
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Big");
        s.createRow(0).createCell(0).setCellValue("Amount");
        int rows = AuditReader.SMALL_SHEET + 10_000;
        for (int i = 1; i <= rows; i++) {
            s.createRow(i).createCell(0).setCellValue(i);
        }
        s.getRow(1).createCell(2).setCellFormula("SUM(A2:A11)");
        wb.createSheet("Small").createRow(0).createCell(0).setCellValue("notes");
        Path f = AuditFixtures.save(wb, dir.resolve("big.xlsx"));
        XlsxSource.countParses(f);
        new ValidateEngine(new HeaderMatcher()).run(new ValidateSettings(List.of(f), false, null,
                ValidateSettings.Format.CSV));
        // the big sheet twice (the second pass stops below row 1,011: the formula's rows and the margin)
        assertEquals(Map.of("Big", 2, "Small", 1), XlsxSource.parses(f));
    }
}
