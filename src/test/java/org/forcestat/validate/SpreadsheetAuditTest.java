package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.savingsPlan;
import static org.forcestat.validate.AuditFixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetAuditTest {
    @TempDir
    Path dir;

    static List<Finding> audit(Path file) throws IOException {
        return new SpreadsheetAudit().audit(new AuditReader(Set.of()).read(file));
    }

    static List<Finding> of(List<Finding> all, String rule) {
        return all.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<Finding> serious(List<Finding> all) {
        return all.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    private Path plan(java.util.function.Consumer<Sheet> edit) throws IOException {
        XSSFWorkbook wb = savingsPlan();
        edit.accept(wb.getSheet("Savings"));
        return save(wb, dir.resolve("plan.xlsx"));
    }

    @Test
    void realisticCleanSavingsPlanHasNoErrorOrWarning() throws Exception {
        assertEquals(List.of(), serious(audit(plan(sh -> { }))));
    }

    @Test
    void totalRowStoppingTwoRowsShortFlagsEveryTotalCellWithTheFullRange() throws Exception {
        Path f = plan(sh -> {
            for (int c = 3; c <= 11; c++) {
                String col = org.forcestat.format.CellAddress.column(c);
                set(sh, col + "17", "=SUM(" + col + "5:" + col + "14)");
            }
        });
        List<Finding> all = serious(audit(f));
        assertEquals(9, all.size(), all.toString());
        for (Finding x : all) {
            assertEquals(ShortRange.ID, x.rule());
            String col = x.cell().replaceAll("\\d", "");
            assertEquals(col + "17", x.cell());
            assertEquals("SUM(" + col + "5:" + col + "16)", x.expected());
            assertEquals("SUM(" + col + "5:" + col + "14)", x.seen());
            assertTrue(x.message().startsWith("plan.xlsx, sheet 'Savings', cell " + col + "17"), x.message());
        }
    }

    @Test
    void rowTotalStoppingOneColumnShortIsFlaggedAtTheEdgeOfTheBlock() throws Exception {
        List<Finding> all = serious(audit(plan(sh -> set(sh, "L16", "=SUM(D16:J16)"))));
        Finding s = of(all, ShortRange.ID).get(0);
        assertEquals("L16", s.cell());
        assertEquals("SUM(D16:K16)", s.expected());
        Finding i = of(all, InconsistentFormula.ID).get(0);
        assertEquals("L16", i.cell());
        assertEquals("SUM(D16:K16)", i.expected());
        assertEquals(2, all.size(), all.toString());
    }

    @Test
    void typedTotalAmongFormulasIsAWarningWhenRightAndAnErrorWhenWrong() throws Exception {
        double right = 0;
        for (int i = 0; i < 12; i++) {
            right += AuditFixtures.amount(i, 2);
        }
        double sum = right;
        List<Finding> ok = serious(audit(plan(sh -> set(sh, "F17", sum))));
        assertEquals(1, ok.size(), ok.toString());
        assertEquals(TypedTotal.ID, ok.get(0).rule());
        assertEquals(Severity.WARNING, ok.get(0).severity());
        assertEquals("F17", ok.get(0).cell());
        assertEquals("SUM(F5:F16)", ok.get(0).expected());

        List<Finding> wrong = of(audit(plan(sh -> set(sh, "F17", sum + 5000))), TypedTotal.ID);
        assertEquals(1, wrong.size());
        assertEquals(Severity.ERROR, wrong.get(0).severity());
        assertEquals("F17", wrong.get(0).cell());
    }

    @Test
    void typedTotalRowThatDiffersFromItsLinesIsAnError() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Budget");
        set(sh, "A1", "Budget line");
        set(sh, "B1", "Budget");
        set(sh, "A2", "Officer pay");
        set(sh, "B2", 150);
        set(sh, "A3", "Staff pay");
        set(sh, "B3", 70);
        set(sh, "A4", "Non-pay");
        set(sh, "B4", 55);
        set(sh, "A5", "Total");
        set(sh, "B5", 285);
        List<Finding> all = serious(audit(save(wb, dir.resolve("b.xlsx"))));
        assertEquals(1, all.size(), all.toString());
        assertEquals(TypedTotal.ID, all.get(0).rule());
        assertEquals("B5", all.get(0).cell());
        assertEquals("275", all.get(0).expected());

        XSSFWorkbook ok = new XSSFWorkbook();
        Sheet s2 = ok.createSheet("Budget");
        set(s2, "A1", "Budget line");
        set(s2, "B1", "Budget");
        set(s2, "A2", "Officer pay");
        set(s2, "B2", 150);
        set(s2, "A3", "Staff pay");
        set(s2, "B3", 125);
        set(s2, "A4", "Total");
        set(s2, "B4", 275);
        assertEquals(List.of(), serious(audit(save(ok, dir.resolve("ok.xlsx")))));
    }

    @Test
    void inconsistentFormulaInsideTheBlockIsFlaggedWithTheBlocksForm() throws Exception {
        List<Finding> all = serious(audit(plan(sh -> set(sh, "L10", "=SUM(D10:K10)-E10"))));
        Finding i = of(all, InconsistentFormula.ID).get(0);
        assertEquals("L10", i.cell());
        assertEquals("SUM(D10:K10)", i.expected());
        assertEquals(1, all.size(), all.toString());
    }

    /**
     * A data sheet with a formula on every row: with each formula compared only with the 50 cells
     * either side (InconsistentFormula.REACH), the odd one out deep inside a long column is still found.
     */
    @Test
    void anOddFormulaDeepInALongColumnIsStillFound() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Calls");
        set(sh, "A1", "Immediate");
        set(sh, "B1", "High");
        set(sh, "C1", "Total");
        for (int r = 2; r <= 5_001; r++) {
            set(sh, "A" + r, 10);
            set(sh, "B" + r, 20);
            set(sh, "C" + r, r == 2_500 ? "=A2500+B2500+1" : "=A" + r + "+B" + r);
        }
        List<Finding> all = serious(audit(save(wb, dir.resolve("long.xlsx"))));
        Finding i = of(all, InconsistentFormula.ID).get(0);
        assertEquals("C2500", i.cell());
        assertEquals("A2500+B2500", i.expected());
        assertEquals(1, all.size(), all.toString());
    }

    @Test
    void firstCellOfARunningTotalIsNotInconsistent() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Running");
        set(sh, "A1", "Amount");
        set(sh, "B1", "Cumulative");
        for (int r = 2; r <= 8; r++) {
            set(sh, "A" + r, r * 10);
            set(sh, "B" + r, r == 2 ? "=A2" : "=B" + (r - 1) + "+A" + r);
        }
        assertEquals(List.of(), serious(audit(save(wb, dir.resolve("run.xlsx")))));
    }

    @Test
    void constantInFormulaIsReportedOnceForACopiedBlock() throws Exception {
        List<Finding> all = audit(plan(sh -> {
            for (int r = 5; r <= 16; r++) {
                set(sh, "M" + r, "=L" + r + "*1.025");
            }
            set(sh, "N5", "=ROUND(L5/12,2)");
        }));
        List<Finding> c = of(all, ConstantInFormula.ID);
        assertEquals(1, c.size(), all.toString());
        assertEquals("M5", c.get(0).cell());
        assertEquals("1.025", c.get(0).seen());
        // a constant copied down a whole block is advice, not a mistake: information only
        assertEquals(Severity.INFO, c.get(0).severity());
        assertEquals(List.of(), serious(all));
    }

    @Test
    void blankReferenceIsFlaggedButABlankTestIsNot() throws Exception {
        List<Finding> all = audit(plan(sh -> {
            set(sh, "M5", "=L5*$N$2");
            set(sh, "M6", "=IF($N$2=\"\",0,L6*$N$2)");
        }));
        List<Finding> b = of(all, BlankReference.ID);
        assertEquals(Severity.INFO, b.get(0).severity());
        assertEquals(1, b.size(), all.toString());
        assertEquals("M5", b.get(0).cell());
        assertEquals("a value in N2", b.get(0).expected());
    }

    @Test
    void hiddenRowWithNumbersInATotalIsFlaggedOnce() throws Exception {
        List<Finding> all = serious(audit(plan(sh -> sh.getRow(9).setZeroHeight(true))));
        List<Finding> h = of(all, HiddenInput.ID).stream().filter(f -> AuditFindings.partOf(f) == null).toList();
        assertEquals(1, h.size(), all.toString());
        // reported at the first visible total that adds the hidden row up, not inside the hidden row,
        // with that total's own hidden number (D10), not the whole row's
        assertEquals("D17", h.get(0).cell());
        assertEquals(Severity.WARNING, h.get(0).severity());
        assertTrue(h.get(0).message().contains("from D10"), h.get(0).message());
        assertTrue(h.get(0).seen().startsWith("1 hidden"), h.get(0).seen());
        // the seven other column totals E17:K17 add row 10 too: five named with their cells, two counted
        assertTrue(h.get(0).message().contains("so do E17 ("), h.get(0).message());
        assertTrue(h.get(0).message().contains(" from I10) and 2 more."), h.get(0).message());
        List<String> parts = of(all, HiddenInput.ID).stream().filter(f -> AuditFindings.partOf(f) != null)
                .map(Finding::cell).toList();
        assertEquals(List.of("E17", "F17", "G17", "H17", "I17", "J17", "K17"), parts);
        assertEquals(8, all.size(), all.toString());
    }

    @Test
    void hiddenSheetFeedingASummaryIsFlagged() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Summary");
        Sheet h = wb.createSheet("Inputs");
        set(h, "A1", 10);
        set(h, "A2", 20);
        set(s, "A1", "Total");
        set(s, "B1", "=SUM(Inputs!A1:A2)");
        wb.setSheetHidden(1, true);
        List<Finding> all = of(audit(save(wb, dir.resolve("h.xlsx"))), HiddenInput.ID);
        assertEquals(1, all.size(), all.toString());
        assertEquals("Summary", all.get(0).sheet());
        assertEquals("B1", all.get(0).cell());
        // a hidden sheet of workings is a design choice: information, not a warning
        assertEquals(Severity.INFO, all.get(0).severity());
        assertTrue(all.get(0).message().contains("'Inputs'!A1"), all.get(0).message());
    }

    @Test
    void numberStoredAsTextInsideASumIsAnError() throws Exception {
        List<Finding> all = serious(audit(plan(sh -> set(sh, "E8", "125000"))));
        List<Finding> n = of(all, NumberAsText.ID);
        assertEquals(1, n.size(), all.toString());
        assertEquals("E8", n.get(0).cell());
        assertEquals(Severity.ERROR, n.get(0).severity());
        assertEquals("125000 as a number", n.get(0).expected());
    }

    @Test
    void errorValueIsReportedWhereItStartsWithWhatDependsOnIt() throws Exception {
        List<Finding> all = serious(audit(plan(sh -> set(sh, "E9", "=1/0"))));
        List<Finding> e = of(all, ErrorValue.ID);
        assertEquals(1, e.size(), all.toString());
        assertEquals("E9", e.get(0).cell());
        assertEquals("#DIV/0!", e.get(0).seen());
        assertTrue(e.get(0).message().contains("E17") && e.get(0).message().contains("L9")
                && e.get(0).message().contains("L17"), e.get(0).message());
    }

    @Test
    void circularReferenceAcrossTwoCellsIsOneFinding() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Loop");
        set(sh, "A1", "=B1+1");
        set(sh, "B1", "=A1+1");
        set(sh, "C1", "=C1");
        set(sh, "D1", "=A1");
        List<Finding> all = of(audit(AuditFixtures.saveUnevaluated(wb, dir.resolve("loop.xlsx"))), Circular.ID);
        assertEquals(List.of("A1", "C1"), all.stream().map(Finding::cell).toList());
        assertEquals("A1 -> B1", all.get(0).seen());
    }

    @Test
    void externalLinkIsFlaggedWithTheLinkedReference() throws Exception {
        Path f = plan(sh -> set(sh, "M5", "=L5*2"));
        AuditFixtures.patch(f, "xl/worksheets/sheet1.xml", x -> x.replace("<f>L5*2</f>", "<f>[1]Rates!B2*L5</f>"));
        List<Finding> all = audit(f);
        List<Finding> e = of(all, ExternalLink.ID);
        assertEquals(1, e.size(), all.toString());
        assertEquals(Severity.INFO, e.get(0).severity());
        assertEquals("M5", e.get(0).cell());
        assertEquals("[1]Rates!B2", e.get(0).seen());
    }

    @Test
    void sharedFormulasAreExpandedAndACleanSharedPlanStaysClean() throws Exception {
        Path f = plan(sh -> { });
        AuditFixtures.patch(f, "xl/worksheets/sheet1.xml", x -> {
            String y = x.replace("<f>SUM(D5:K5)</f>", "<f t=\"shared\" ref=\"L5:L16\" si=\"0\">SUM(D5:K5)</f>");
            for (int r = 6; r <= 16; r++) {
                y = y.replace("<f>SUM(D" + r + ":K" + r + ")</f>", "<f t=\"shared\" si=\"0\"/>");
            }
            return y.replace("<f>SUM(E5:E16)</f>", "<f t=\"shared\" ref=\"E17:K17\" si=\"1\">SUM(E5:E16)</f>")
                    .replaceAll("<f>SUM\\(([F-K])5:\\1(14|16)\\)</f>", "<f t=\"shared\" si=\"1\"/>");
        });
        AuditWorkbook wb = new AuditReader(Set.of()).read(f);
        AuditSheet s = wb.sheet("Savings");
        assertEquals("SUM(D10:K10)", s.get(9, 11).formula().text());
        assertEquals("SUM(H5:H16)", s.get(16, 7).formula().text());
        assertEquals(List.of(), serious(new SpreadsheetAudit().audit(wb)));
    }

    @Test
    void bigDataSheetKeepsOnlyTheCellsFormulasUse() throws Exception {
        Path f = dir.resolve("big.xlsx");
        try (XSSFWorkbook tpl = new XSSFWorkbook()) {
            Sheet sum = tpl.createSheet("Summary");
            set(sum, "A1", "=SUM(Data!B:B)");
            set(sum, "A2", "=SUM(Data!B2:B11)");
            tpl.createSheet("Data");
            try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(tpl, 100)) {
                Sheet data = wb.getSheet("Data");
                for (int r = 0; r < 120_000; r++) {
                    var row = data.createRow(r);
                    row.createCell(0).setCellValue("Line " + r);
                    row.createCell(1).setCellValue(r);
                }
                try (var out = java.nio.file.Files.newOutputStream(f)) {
                    wb.write(out);
                }
                wb.dispose();
            }
        }
        AuditWorkbook wb = new AuditReader(Set.of()).read(f);
        AuditSheet data = wb.sheet("Data");
        assertTrue(data.size() <= 2 * (11 + AuditReader.MARGIN + 1), "kept " + data.size());
        assertTrue(data.complete());
        List<Finding> s = of(new SpreadsheetAudit().audit(wb), ShortRange.ID);
        assertEquals(1, s.size());
        assertEquals("A2", s.get(0).cell());
    }
}
