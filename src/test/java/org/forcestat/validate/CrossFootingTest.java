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
            set(sh, org.forcestat.format.CellAddress.column(3 + c) + "17", down[c]);
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

    /**
     * Two achieved years (D:E), six planned (F:K), "Total achieved" in L and "Total planned" in M,
     * all typed, with {@code extra} added to L8; the total row 17 adds up every column.
     */
    private static XSSFWorkbook twoTotalPlan(double extra) {
        XSSFWorkbook wb = AuditFixtures.savingsPlan();
        Sheet sh = wb.getSheet("Savings");
        for (int y = 0; y < 8; y++) {
            set(sh, org.forcestat.format.CellAddress.column(3 + y) + "4",
                    (y < 2 ? "Achieved " : "Planned ") + AuditFixtures.YEARS[y]);
        }
        set(sh, "L4", "Total achieved");
        set(sh, "M4", "Total planned");
        double[] down = new double[10];
        for (int i = 0; i < 12; i++) {
            double achieved = 0;
            double planned = 0;
            for (int y = 0; y < 8; y++) {
                double v = AuditFixtures.amount(i, y);
                down[y] += v;
                if (y < 2) {
                    achieved += v;
                } else {
                    planned += v;
                }
            }
            set(sh, "L" + (5 + i), achieved);
            set(sh, "M" + (5 + i), planned);
            down[8] += achieved;
            down[9] += planned;
        }
        for (int c = 0; c < 10; c++) {
            set(sh, org.forcestat.format.CellAddress.column(3 + c) + "17", down[c]);
        }
        set(sh, "L8", sh.getRow(7).getCell(11).getNumericCellValue() + extra);
        return wb;
    }

    @Test
    void withAchievedAndPlannedTotalColumnsAWrongRowTotalExpectsTheSumItsHeaderNames() throws Exception {
        assertEquals(List.of(), validate(twoTotalPlan(0), "two-totals-clean.xlsx").stream()
                .filter(f -> f.severity() != Severity.INFO).toList());
        // Row 8 is line index 3: its achieved years are D8 and E8.
        double achieved = AuditFixtures.amount(3, 0) + AuditFixtures.amount(3, 1);
        List<Finding> all = validate(twoTotalPlan(25_000), "two-totals.xlsx").stream()
                .filter(f -> f.rule().equals(CrossFooting.ID)).toList();
        Finding l8 = all.stream().filter(f -> f.cell().equals("L8")).findFirst().orElseThrow(() -> new AssertionError(all));
        assertEquals(Amounts.pounds(achieved), l8.expected(), "the achieved years of row 8, not every column");
        assertTrue(l8.message().contains("the achieved amounts across row 8"), l8.message());
        assertTrue(all.stream().allMatch(f -> f.cell().equals("L8") || f.cell().equals("L17")), all.toString());
    }
}
