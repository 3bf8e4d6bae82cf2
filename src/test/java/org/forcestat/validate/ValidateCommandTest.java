package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.savingsPlan;
import static org.forcestat.validate.AuditFixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.forcestat.ingest.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path plan(String name, Consumer<Sheet> edit) throws Exception {
        XSSFWorkbook wb = savingsPlan();
        edit.accept(wb.getSheet("Savings"));
        return save(wb, dir.resolve(name));
    }

    private static List<String[]> rows(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void totalRowTwoRowsShortFlagsExactlyTheTotalCellsWithTheFullRange() throws Exception {
        Path f = plan("csr.xlsx", sh -> {
            for (int c = 3; c <= 11; c++) {
                String col = org.forcestat.format.CellAddress.column(c);
                set(sh, col + "17", "=SUM(" + col + "5:" + col + "14)");
            }
        });
        assertEquals(1, run("validate", "--format", "csv", f.toString()), err);
        List<String[]> rows = rows(out);
        assertEquals(9, rows.size(), out);
        for (String[] r : rows) {
            String col = r[4].replaceAll("\\d", "");
            assertEquals(List.of("Error", "AUDIT_SHORT_RANGE", "csr.xlsx", "Savings", col + "17",
                    "SUM(" + col + "5:" + col + "14)", "SUM(" + col + "5:" + col + "16)"), Arrays.asList(r).subList(0, 7));
        }
    }

    @Test
    void cleanPlanExitsZeroWithNoErrorsOrWarnings() throws Exception {
        assertEquals(0, run("validate", plan("clean.xlsx", sh -> { }).toString()), err);
        assertTrue(out.contains("0 error(s), 0 warning(s)"), out);
    }

    @Test
    void onlyWarningsExitZeroAndErrorsExitOne() throws Exception {
        Path warn = plan("warn.xlsx", sh -> {
            for (int r = 5; r <= 16; r++) {
                set(sh, "M" + r, "=L" + r + "*1.025");
            }
        });
        assertEquals(0, run("validate", warn.toString()), out);
        assertTrue(out.contains("AUDIT_CONSTANT_IN_FORMULA (1)"), out);
        assertTrue(out.contains("warn.xlsx, sheet 'Savings', cell M5"), out);
        Path bad = plan("bad.xlsx", sh -> set(sh, "L9", "=SUM(D9:J9)"));
        assertEquals(1, run("validate", warn.toString(), bad.toString()), out);
        assertTrue(out.contains("bad.xlsx, sheet 'Savings', cell L9"), out);
    }

    @Test
    void csvNeutralisesValuesThatExcelWouldRun() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Calls");
            set(sh, "A1", "Date");
            set(sh, "B1", "Total calls");
            sh.createRow(1).createCell(0).setCellValue("=cmd()");
            set(sh, "B2", 100);
            save(wb, dir.resolve("calls.xlsx"));
        }
        assertEquals(1, run("validate", "--format", "csv", dir.resolve("calls.xlsx").toString()), err);
        assertTrue(out.contains(",'=cmd(),"), out);
        assertTrue(!out.contains(",=cmd()"), out);
        assertEquals("'+1", FindingsReport.field("+1"));
        assertEquals("'@x", FindingsReport.field("@x"));
        assertEquals("\"a,b\"", FindingsReport.field("a,b"));
    }

    @Test
    void annotateWritesACheckedCopyAndLeavesTheInputByteIdentical() throws Exception {
        Path f = plan("csr.xlsx", sh -> set(sh, "D17", "=SUM(D5:D14)"));
        String before = WorkbookReader.sha256(f);
        assertEquals(1, run("validate", "--annotate", f.toString()), err);
        assertEquals(before, WorkbookReader.sha256(f));
        Path checked = dir.resolve("csr.checked.xlsx");
        assertTrue(Files.exists(checked), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(checked))) {
            var cell = wb.getSheet("Savings").getRow(16).getCell(3);
            assertNotNull(cell.getCellComment());
            assertTrue(cell.getCellComment().getString().getString().contains("Total stops short"));
            assertEquals("SUM(D5:D14)", cell.getCellFormula(), "the copy keeps the formula as it was");
            Sheet findings = wb.getSheet("Findings");
            assertEquals("Total stops short", findings.getRow(1).getCell(1).getStringCellValue());
            assertEquals("'Savings'!D17", findings.getRow(1).getCell(3).getHyperlink().getAddress());
        }
        Path other = Files.createDirectory(dir.resolve("checked"));
        assertEquals(1, run("validate", "--annotate", "-o", other.toString(), f.toString()), err);
        assertTrue(Files.exists(other.resolve("csr.checked.xlsx")));
        assertEquals(before, WorkbookReader.sha256(f));
    }

    @Test
    void theFindingsSheetNamesEveryRuleInWordsNotByItsId() {
        assertEquals("Total stops short", Annotator.ruleName(ShortRange.ID));
        // a data check beside the audit (the ingest pass's findings on the same workbook)
        assertEquals("Header nearly matches a known one", Annotator.ruleName("HEADER_NEAR_MISS"));
        assertEquals("Amounts given in thousands or millions, read as pounds", Annotator.ruleName("AMOUNTS_SCALED"));
    }

    @Test
    void suppressedFindingIsListedWithItsReasonAndDoesNotCount() throws Exception {
        Path f = plan("csr.xlsx", sh -> set(sh, "E8", "125000"));
        assertEquals(1, run("validate", f.toString()), out);
        Files.writeString(dir.resolve("forcestat.properties"),
                "suppress.AUDIT_NUMBER_AS_TEXT.csr.xlsx/Savings!E8 = agreed one-off\n");
        assertEquals(0, run("validate", f.toString()), out);
        assertTrue(out.contains("[suppressed: agreed one-off]"), out);
        assertEquals(0, run("validate", "--format", "csv", f.toString()));
        assertTrue(out.contains(",agreed one-off"), out);
    }

    @Test
    void unreadableFileExitsTwoAndUsageErrorsExit64() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.xlsx"), "not a workbook");
        Path good = plan("ok.xlsx", sh -> { });
        assertEquals(2, run("validate", junk.toString(), good.toString()));
        assertTrue(out.contains("FILE_NOT_A_WORKBOOK"), out);
        assertTrue(out.contains("ok.xlsx: no findings") || out.contains("ok.xlsx:"), out);
        assertEquals(64, run("validate"));
        assertEquals(64, run("validate", "--format", "xml", good.toString()));
    }

    @Test
    void annotatingAFileThatCannotBeCopiedIsAnInfoFindingNotACrash() throws Exception {
        Path csv = Files.writeString(dir.resolve("crimes.csv"), "Date,Crime type,Count\n01/04/2015,Robbery,1\n");
        assertEquals(0, run("validate", "--annotate", csv.toString()), err);
        assertTrue(out.contains("ANNOTATE_SKIPPED"), out);
        assertTrue(out.contains("annotated copies are made of .xlsx and .xlsm workbooks only"), out);
        assertTrue(!err.contains("internal error"), err);
        try (var files = Files.list(dir)) {
            assertEquals(List.of("crimes.csv"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        // Over the size limit: said in MB (a sparse file, so the test writes no 41 MB).
        Path big = dir.resolve("big.xlsx");
        try (var raf = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(41L * 1024 * 1024);
        }
        String why = Annotator.cannotAnnotate(big);
        assertTrue(why != null && why.contains("it is 41 MB") && why.contains("up to 40 MB"), why);
        assertEquals(null, Annotator.cannotAnnotate(plan("small.xlsx", sh -> { })));
    }
}
