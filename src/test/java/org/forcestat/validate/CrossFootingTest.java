package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossFootingTest {
    @TempDir
    Path dir;

    /** The plan with every total typed in (no formulas), as many finance sheets arrive. */
    private static XSSFWorkbook typedPlan() {
        XSSFWorkbook wb = AuditFixtures.savingsPlan();
        Sheet sh = wb.getSheet("Savings");
        double[] down = new double[9];
        for (int i = 0; i < 12; i++) {
            double across = 0;
            for (int y = 0; y < 8; y++) {
                across += AuditFixtures.amount(i, y);
                down[y] += AuditFixtures.amount(i, y);
            }
            set(sh, "L" + (5 + i), across);
            down[8] += across;
        }
        for (int c = 0; c < 9; c++) {
            set(sh, org.forcestat.ingest.CellAddress.column(3 + c) + "17", down[c]);
        }
        return wb;
    }

    private List<Finding> validate(XSSFWorkbook wb, String name) throws Exception {
        Path f = save(wb, dir.resolve(name));
        return new ValidateEngine(new HeaderMatcher())
                .run(new ValidateSettings(List.of(f), false, null, ValidateSettings.Format.TEXT)).findings();
    }

    @Test
    void typedPlanThatAddsUpHasNoFindings() throws Exception {
        List<Finding> all = validate(typedPlan(), "typed.xlsx");
        assertEquals(List.of(), all.stream().filter(f -> f.severity() != Severity.INFO).toList());
    }

    @Test
    void rowTotalThatDoesNotAddUpIsACrossFootMismatch() throws Exception {
        XSSFWorkbook wb = typedPlan();
        Sheet sh = wb.getSheet("Savings");
        double l8 = sh.getRow(7).getCell(11).getNumericCellValue();
        set(sh, "L8", l8 + 10_000);
        List<Finding> all = validate(wb, "row.xlsx").stream().filter(f -> f.rule().equals(CrossFooting.ID)).toList();
        assertTrue(all.stream().anyMatch(f -> f.cell().equals("L8") && f.expected().equals(Amounts.pounds(l8))),
                all.toString());
        assertTrue(all.stream().allMatch(f -> f.cell().equals("L8") || f.cell().equals("L17")), all.toString());
    }

    @Test
    void differenceOfAPoundOrLessIsTolerated() throws Exception {
        XSSFWorkbook wb = typedPlan();
        Sheet sh = wb.getSheet("Savings");
        set(sh, "L8", sh.getRow(7).getCell(11).getNumericCellValue() + 0.75);
        assertEquals(List.of(), validate(wb, "pence.xlsx").stream()
                .filter(f -> f.severity() != Severity.INFO).toList());
    }

    @Test
    void planShortOfTheSavingsRequiredIsAWarningWithTheGap() throws Exception {
        XSSFWorkbook wb = typedPlan();
        Sheet facts = wb.createSheet("Facts");
        set(facts, "A1", "Total savings to date");
        set(facts, "B1", 61_000_000);
        set(facts, "A2", "Savings required (next 3 years)");
        set(facts, "B2", 33_000_000);
        List<Finding> all = validate(wb, "gap.xlsx").stream().filter(f -> f.rule().equals(PlanCheck.ID)).toList();
        assertEquals(1, all.size());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals("Facts", all.get(0).sheet());
        assertEquals("B2", all.get(0).cell());
        assertTrue(all.get(0).message().contains("a gap of £"), all.get(0).message());
    }
}
