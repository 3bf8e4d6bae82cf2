package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A force revenue budget by subjective with totals of totals, as finance teams lay it out: "Gross
 * expenditure" = Total employees + Total running costs; "Net budget requirement" = Gross expenditure +
 * Total income (income negative). Such totals are checked against the totals they add, or against the
 * lines they span counted once, never against every row above them sub-totals and all.
 */
class BudgetTotalsTest {
    @TempDir
    Path dir;

    /**
     * 2016/17 £000 in column C (2015/16 in B). By hand, C: employees 97,800 + 3,900 + 21,400 + 8,700 +
     * 53,346 + 750 + 1,200 = 187,096; running costs 9,500 + 4,150 + 12,100 + 3,000 + 2,100 = 30,850; gross
     * 217,946; income -8,400 - 2,200 = -10,600; net 207,346. B: employees 187,000; running 31,800; gross
     * 218,800; income -11,000; net 207,800.
     */
    static XSSFWorkbook budget(boolean typed) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Revenue budget");
        set(sh, "A1", "Anyshire Police - Revenue budget 2016/17 (£000)");
        set(sh, "A3", "Subjective");
        set(sh, "B3", "Budget 2015/16 £000");
        set(sh, "C3", "Budget 2016/17 £000");
        Object[][] lines = {
            {"Police officer pay", 98500, 97800}, {"Police officer overtime", 4200, 3900},
            {"Police pensions", 21000, 21400}, {"PCSO pay", 9100, 8700}, {"Police staff pay", 52300, 53346},
            {"Police staff overtime", 800, 750}, {"Other employee costs", 1100, 1200},
            {"Total employees", "=SUM(B4:B10)", "=SUM(C4:C10)"},
            {"Premises", 9800, 9500}, {"Transport", 4300, 4150}, {"Supplies and services", 12600, 12100},
            {"Third party payments", 3100, 3000}, {"Capital financing", 2000, 2100},
            {"Total running costs", "=SUM(B12:B16)", "=SUM(C12:C16)"},
            {"Gross expenditure", "=B11+B17", "=C11+C17"},
            {"Specific grants", -8900, -8400}, {"Fees, charges and other income", -2100, -2200},
            {"Total income", "=SUM(B19:B20)", "=SUM(C19:C20)"},
            {"Net budget requirement", "=B18+B21", "=C18+C21"}};
        // typed: every total typed in as its value, as a budget pasted from the finance system arrives
        double[][] typedTotals = {{187_000, 187_096}, {31_800, 30_850}, {218_800, 217_946}, {-11_000, -10_600},
                {207_800, 207_346}};
        int t = 0;
        for (int i = 0; i < lines.length; i++) {
            int r = 4 + i;
            set(sh, "A" + r, lines[i][0]);
            boolean total = lines[i][1] instanceof String;
            for (int c = 1; c <= 2; c++) {
                set(sh, (c == 1 ? "B" : "C") + r, typed && total ? (Object) typedTotals[t][c - 1] : lines[i][c]);
            }
            t += total ? 1 : 0;
        }
        return wb;
    }

    /** Every error and warning of {@code validate} on the workbook (notes left out). */
    private List<Finding> problems(XSSFWorkbook wb, String name) throws Exception {
        Path f = save(wb, dir.resolve(name));
        return AuditFixtures.validate(f).findings().stream().filter(x -> x.severity() != Severity.INFO).toList();
    }

    @Test
    void aCorrectBudgetWithTotalsOfTotalsHasNoFinding() throws Exception {
        assertEquals(List.of(), problems(budget(false), "budget.xlsx"));
        assertEquals(List.of(), problems(budget(true), "typed.xlsx"));
        ValidateEngine.Result r = AuditFixtures.validate(save(budget(false), dir.resolve("again.xlsx")));
        assertEquals(0, r.exitCode());
    }

    /** Gross typed as 218,946 (1,000 too much): one finding, at C18, against the two totals it adds. */
    @Test
    void aWrongTypedGrossIsOneFindingAtItsCell() throws Exception {
        XSSFWorkbook wb = budget(false);
        set(wb.getSheet("Revenue budget"), "C18", 218_946);
        List<Finding> all = problems(wb, "gross.xlsx");
        assertEquals(1, all.size(), all.toString());
        assertEquals("C18", all.get(0).cell());
        assertEquals(Severity.ERROR, all.get(0).severity());
        assertEquals(217_946, Double.parseDouble(all.get(0).expected().replace(",", "")), 1e-9); // 187,096 + 30,850
        assertTrue(all.get(0).message().contains("11, 17"), all.get(0).message());
        // the sheet is in £000: the message says pounds, not "£218,946"
        assertTrue(all.get(0).message().contains("£218,946,000") && all.get(0).message().contains("£217,946,000"),
                all.get(0).message());
    }

    /** A wrong typed sub-total is one finding at its cell: the totals above take it as typed. */
    @Test
    void aWrongTypedSubTotalIsOneFindingAtItsCell() throws Exception {
        XSSFWorkbook wb = budget(true);
        set(wb.getSheet("Revenue budget"), "B17", 31_700); // 9,800 + 4,300 + 12,600 + 3,100 + 2,000 = 31,800
        List<Finding> all = problems(wb, "sub.xlsx");
        // B18 typed 218,800 still equals the lines once (187,000 + 31,800), so it is right and says nothing
        assertEquals(List.of("B17"), all.stream().map(Finding::cell).toList(), all.toString());
        assertEquals(31_800, Double.parseDouble(all.get(0).expected().replace(",", "")), 1e-9);
    }
}
