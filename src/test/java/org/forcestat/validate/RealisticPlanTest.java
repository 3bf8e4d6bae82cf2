package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.at;
import static org.forcestat.validate.AuditFixtures.audit;
import static org.forcestat.validate.AuditFixtures.set;
import static org.forcestat.validate.AuditFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A savings plan laid out as finance teams lay them out: a planned and an achieved column for the
 * year under way, planned-only later years, a "Total planned" column that adds the planned years
 * and deliberately leaves the achieved figure out (=E6+SUM(G6:J6)), a "Change 16/17 to 18/19"
 * percentage, a Total row; a budget whose "Net budget" row adds pay, costs and (negative) income;
 * the savings requirement in a facts sheet. Clean, it must pass; with each usual mistake planted,
 * that mistake must be found at its cell with the right expected value.
 */
class RealisticPlanTest {
    @TempDir
    Path dir;

    static final String[] LINES = {"Estates rationalisation", "Fleet reduction", "Custody review",
        "Procurement savings", "Back office restructure", "Contact centre redesign", "Overtime reduction",
        "IT contracts", "Training delivery", "Forensics collaboration"};
    /** Planned 2015/16 (E), achieved 2015/16 (F), planned 2016/17 .. 2019/20 (G:J), for line i. */
    static double[] row(int i) {
        double base = 100_000 + 25_000 * i;
        return new double[] {base, base - 10_000, base + 20_000, base + 40_000, base + 60_000, base + 30_000};
    }

    /** The planned total of line i: E + G + H + I + J, the achieved F left out. */
    static double planned(int i) {
        double[] v = row(i);
        return v[0] + v[2] + v[3] + v[4] + v[5];
    }

    static XSSFWorkbook plan() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Savings");
        set(sh, "A1", "Kent Police - Medium Term Financial Plan: savings");
        String[] head = {"Ref", "Savings line", "Department", "Lead", "Planned 2015/16", "Achieved 2015/16",
            "Planned 2016/17", "Planned 2017/18", "Planned 2018/19", "Planned 2019/20", "Total planned",
            "Change 16/17 to 18/19"};
        for (int c = 0; c < head.length; c++) {
            set(sh, org.forcestat.format.CellAddress.column(c) + "5", head[c]);
        }
        for (int i = 0; i < LINES.length; i++) {
            int r = 6 + i;
            set(sh, "A" + r, String.format("S%02d", i + 1));
            set(sh, "B" + r, LINES[i]);
            set(sh, "C" + r, i % 2 == 0 ? "Operations" : "Support");
            set(sh, "D" + r, i % 3 == 0 ? "ACC Smith" : "Director of Finance");
            double[] v = row(i);
            for (int y = 0; y < v.length; y++) {
                set(sh, org.forcestat.format.CellAddress.column(4 + y) + r, v[y]);
            }
            set(sh, "K" + r, "=E" + r + "+SUM(G" + r + ":J" + r + ")");
            set(sh, "L" + r, "=(I" + r + "-G" + r + ")/G" + r);
        }
        set(sh, "B16", "Total");
        for (int c = 4; c <= 10; c++) {
            String col = org.forcestat.format.CellAddress.column(c);
            set(sh, col + "16", "=SUM(" + col + "6:" + col + "15)");
        }
        set(sh, "L16", "=(I16-G16)/G16");

        Sheet b = wb.createSheet("Budget");
        set(b, "A1", "Budget line");
        set(b, "B1", "Budget 2016/17");
        String[] lines = {"Police officer pay", "Police staff pay", "Premises", "Transport", "Supplies and services",
            "Income"};
        double[] amounts = {180_000_000, 95_000_000, 14_000_000, 6_500_000, 21_000_000, -12_500_000};
        for (int i = 0; i < lines.length; i++) {
            set(b, "A" + (2 + i), lines[i]);
            set(b, "B" + (2 + i), amounts[i]);
        }
        set(b, "A8", "Net budget");
        set(b, "B8", "=SUM(B2:B7)");
        return wb;
    }

    private Path file(Consumer<XSSFWorkbook> edit, String name) throws Exception {
        return AuditFixtures.edited(plan(), edit, dir.resolve(name));
    }

    @Test
    void theCleanPlanPassesWithNoAuditErrorOrWarning() throws Exception {
        ValidateEngine.Result r = validate(file(wb -> { }, "clean.xlsx"));
        assertEquals(List.of(), audit(r));
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), r.findings().toString());
        assertEquals(0, r.exitCode());
    }

    @Test
    void aTypedOverTotalIsAnErrorWithTheFormulaAndTheAmountItShouldBe() throws Exception {
        // K9 (line 4) typed 50,000 more than its planned years add up to
        double right = planned(3);
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Savings"), "K9", right + 50_000), "typed.xlsx")));
        Finding t = at(all, TypedTotal.ID, "K9");
        assertEquals(Severity.ERROR, t.severity());
        assertEquals("E9+SUM(G9:J9)", t.expected());
        // 175,000 + 195,000 + 215,000 + 235,000 + 205,000 = 1,025,000
        assertEquals(1_025_000, right);
        assertTrue(t.message().contains("£1,025,000"), t.message());
    }

    @Test
    void aTotalRowStoppingShortIsFoundWithTheFullRange() throws Exception {
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Savings"), "G16", "=SUM(G6:G14)"), "short.xlsx")));
        Finding s = at(all, ShortRange.ID, "G16");
        assertEquals("SUM(G6:G15)", s.expected());
        assertEquals(Severity.ERROR, s.severity());
    }

    @Test
    void aNumberTypedAsTextInsideATotalIsAnError() throws Exception {
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Savings"), "H8", "190000"), "text.xlsx")));
        Finding n = at(all, NumberAsText.ID, "H8");
        assertEquals(Severity.ERROR, n.severity());
        assertEquals("190000 as a number", n.expected());
    }

    @Test
    void aOnePerCentUpliftOnOneLineIsFoundWithTheFormulaOfItsColumn() throws Exception {
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Savings"), "K10",
                "=(E10+SUM(G10:J10))*1.02"), "uplift.xlsx")));
        Finding u = at(all, InconsistentFormula.ID, "K10");
        assertEquals("E10+SUM(G10:J10)", u.expected());
    }

    @Test
    void anExternalLinkIsReportedAtItsCell() throws Exception {
        Path f = file(wb -> set(wb.getSheet("Savings"), "M6", "=K6*2"), "link.xlsx");
        AuditFixtures.patch(f, "xl/worksheets/sheet1.xml", x -> x.replace("<f>K6*2</f>", "<f>[1]Rates!B2*K6</f>"));
        List<Finding> all = validate(f).findings();
        Finding e = at(all, ExternalLink.ID, "M6");
        assertEquals("[1]Rates!B2", e.seen());
        // a link is a risk to know about, not a mistake in the figures
        assertEquals(Severity.INFO, e.severity());
    }

    @Test
    void aHiddenRowInsideASummedRangeIsAWarningAtTheVisibleTotal() throws Exception {
        List<Finding> all = audit(validate(file(wb -> wb.getSheet("Savings").getRow(11).setZeroHeight(true),
                "hidden.xlsx")));
        Finding h = AuditFixtures.first(all, HiddenInput.ID);
        assertEquals(Severity.WARNING, h.severity());
        assertEquals("E16", h.cell());
        // row 12 holds line 7: 250,000 + 240,000 + 270,000 + 290,000 + 310,000 + 280,000 typed numbers
        // E16 adds E12 alone (250,000); the five other totals over row 12 are named with their own
        assertTrue(h.seen().startsWith("1 hidden number(s), 250,000"), h.seen());
        for (String other : List.of("240,000 from", "270,000 from", "290,000 from", "310,000 from", "280,000 from")) {
            assertTrue(h.message().contains(other), other + " in " + h.message());
        }
        assertTrue(h.message().contains("row 12"), h.message());
    }

    @Test
    void aWrongNetBudgetIsFoundButTheRatiosAreNeverAddedUp() throws Exception {
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Budget"), "B8", "=SUM(B2:B6)"), "net.xlsx")));
        Finding s = at(all, ShortRange.ID, "B8");
        assertEquals("SUM(B2:B7)", s.expected());
        assertTrue(all.stream().noneMatch(f -> f.cell().startsWith("L")), all.toString());
    }

    /** The same audit on an Excel 97-2003 file: a total row stopping one line short is found in a .xls. */
    @Test
    void anXlsWorkbookIsAuditedLikeAnXlsx() throws Exception {
        Path f = dir.resolve("plan.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            Sheet sh = wb.createSheet("Budget");
            set(sh, "A1", "Budget line");
            set(sh, "B1", "Budget 2016/17");
            double[] amounts = {180_000, 95_000, 14_000, 6_500};
            for (int i = 0; i < amounts.length; i++) {
                set(sh, "A" + (2 + i), "Line " + (i + 1));
                set(sh, "B" + (2 + i), amounts[i]);
            }
            set(sh, "A6", "Total");
            set(sh, "B6", "=SUM(B2:B4)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        List<Finding> all = audit(validate(f));
        Finding s = at(all, ShortRange.ID, "B6");
        assertEquals("SUM(B2:B5)", s.expected());
        assertEquals(Severity.ERROR, s.severity());
    }

    /**
     * Two findings on neighbouring cells and two on one cell: the annotated copy has one comment per
     * cell holding every finding on it, plain-English rule names, and validating the copy does not
     * audit its Findings sheet.
     */
    @Test
    void theAnnotatedCopyHasOneCommentPerCellAndIsRecognisedWhenCheckedAgain() throws Exception {
        Path f = file(wb -> {
            Sheet sh = wb.getSheet("Savings");
            for (int c = 4; c <= 10; c++) {
                String col = org.forcestat.format.CellAddress.column(c);
                set(sh, col + "16", "=SUM(" + col + "6:" + col + "14)");
            }
        }, "annot.xlsx");
        Path out = dir.resolve("out");
        java.nio.file.Files.createDirectories(out);
        new ValidateEngine(new HeaderMatcher()).run(new ValidateSettings(List.of(f), true, out,
                ValidateSettings.Format.TEXT));
        Path copy = out.resolve("annot.checked.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(java.nio.file.Files.newInputStream(copy))) {
            Sheet sh = wb.getSheet("Savings");
            for (String a : new String[] {"E16", "F16", "G16"}) {
                org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(a);
                org.apache.poi.ss.usermodel.Comment c = sh.getRow(r.getRow()).getCell(r.getCol()).getCellComment();
                assertTrue(c != null && c.getString().getString().contains("Total stops short"), a + ": " + c);
                assertTrue(c.getString().getString().contains("SUM(" + a.charAt(0) + "6:" + a.charAt(0) + "15)"));
            }
            Sheet findings = wb.getSheet("Findings");
            assertEquals("Rule", findings.getRow(0).getCell(1).getStringCellValue());
            assertTrue(findings.getPrintSetup().getLandscape());
        }
        List<Finding> again = validate(copy).findings();
        assertTrue(again.stream().noneMatch(x -> x.sheet().equals("Findings") && x.severity() != Severity.INFO),
                again.toString());
        assertTrue(again.stream().anyMatch(x -> x.rule().equals("AUDIT_CHECKED_COPY")), again.toString());
    }
}
