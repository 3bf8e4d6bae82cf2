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
 * A revenue budget as a PCC's finance team sets it out: spending by subjective with a Category column,
 * then an income section written as positive figures, and a "Net budget" that subtracts the income total
 * (=C13-C18). By hand, £: employees 48,250,000 + 19,730,000 + 9,120,000 = 77,100,000; running costs
 * 5,410,000 + 2,380,000 + 8,090,000 = 15,880,000; gross 92,980,000; income 3,640,000 + 1,275,000 +
 * 860,000 = 5,775,000; net 92,980,000 - 5,775,000 = 87,205,000 (adding the income would give 98,755,000).
 */
class NetOfIncomeTest {
    @TempDir
    Path dir;

    static final double GROSS = 92_980_000;
    static final double INCOME = 5_775_000;
    static final double NET = 87_205_000;

    /** The budget with its totals as formulas, or (typed) as the values a paste-values copy keeps. */
    static XSSFWorkbook budget(boolean typed) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Revenue Budget 2016-17");
        set(sh, "A1", "Office of the Police and Crime Commissioner - Revenue Budget 2016/17");
        set(sh, "A4", "Subjective");
        set(sh, "B4", "Category");
        set(sh, "C4", "Budget 2016/17 £");
        Object[][] rows = {
            {"Police officer pay", "Employees", 48_250_000}, {"Police staff pay", "Employees", 19_730_000},
            {"Police pensions", "Employees", 9_120_000}, {"Total employees", null, "=SUM(C5:C7)", 77_100_000},
            {"Premises", "Running costs", 5_410_000}, {"Transport", "Running costs", 2_380_000},
            {"Supplies and services", "Running costs", 8_090_000},
            {"Total running costs", null, "=SUM(C9:C11)", 15_880_000},
            {"Gross expenditure", null, "=C8+C12", GROSS}, null,
            {"Specific grants", "Income", 3_640_000}, {"Fees and charges", "Income", 1_275_000},
            {"Partnership income", "Income", 860_000}, {"Total income", null, "=SUM(C15:C17)", INCOME}, null,
            {"Net budget", null, "=C13-C18", NET}};
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                continue;
            }
            int r = 5 + i;
            set(sh, "A" + r, rows[i][0]);
            if (rows[i][1] != null) {
                set(sh, "B" + r, rows[i][1]);
            }
            set(sh, "C" + r, typed && rows[i].length > 3 ? rows[i][3] : rows[i][2]);
        }
        return wb;
    }

    private List<Finding> problems(XSSFWorkbook wb, String name) throws Exception {
        // the formula audit's and cross-footing's findings (the blank rows between sections are another rule's)
        return AuditFixtures.audit(AuditFixtures.validate(save(wb, dir.resolve(name))));
    }

    @Test
    void aNetBudgetThatSubtractsPositiveIncomeIsNoFinding() throws Exception {
        // before: CROSSFOOT_MISMATCH at C20, "the 2 totals above it (C13, C18) come to £98,755,000"
        assertEquals(List.of(), problems(budget(false), "formulas.xlsx"));
        ValidateEngine.Result r = AuditFixtures.validate(save(budget(false), dir.resolve("exit.xlsx")));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }

    @Test
    void theSameBudgetSavedAsValuesIsNoFindingEither() throws Exception {
        // every total typed: net 87,205,000 is gross less income, as the sheet's own formula gave
        assertEquals(List.of(), problems(budget(true), "values.xlsx"));
    }

    @Test
    void aNetBudgetTypedOverWithAWrongFigureIsStillAnError() throws Exception {
        XSSFWorkbook wb = budget(false);
        set(wb.getSheet("Revenue Budget 2016-17"), "C20", 88_205_000); // £1,000,000 too much
        // one error at C20 (the typed-total rule and cross-footing agree; one finding a cell is kept)
        List<Finding> all = problems(wb, "typed-over.xlsx").stream().filter(f -> f.cell().equals("C20")).toList();
        assertEquals(1, all.size(), all.toString());
        Finding f = all.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(NET, Double.parseDouble(f.expected().replace(",", "")), 0.5);
        assertTrue(f.message().contains("less the income") && f.message().contains("18"), f.message());
    }

    @Test
    void aNetBudgetTypedOverInAValuesCopyIsAnError() throws Exception {
        XSSFWorkbook wb = budget(true);
        set(wb.getSheet("Revenue Budget 2016-17"), "C20", 86_905_000); // £300,000 short
        List<Finding> all = problems(wb, "values-wrong.xlsx").stream().filter(x -> x.cell().equals("C20")).toList();
        assertEquals(1, all.size(), all.toString());
        Finding f = all.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(NET, Double.parseDouble(f.expected().replace(",", "")), 0.5);
    }

    @Test
    void aNetBudgetSubtractingOneIncomeLineInsteadOfTheTotalIsAnError() throws Exception {
        // =C13-C17 takes only the partnership income: 92,980,000 - 860,000 = 92,120,000
        XSSFWorkbook wb = budget(false);
        set(wb.getSheet("Revenue Budget 2016-17"), "C20", "=C13-C17");
        Finding f = AuditFixtures.at(problems(wb, "wrong-ref.xlsx"), CrossFooting.ID, "C20");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(NET, Double.parseDouble(f.expected().replace(",", "")), 0.5);
        assertEquals(92_120_000, Double.parseDouble(f.seen().replace(",", "")), 0.5);
    }

    @Test
    void aTotalThatSubtractsASpendingLineIsAnError() throws Exception {
        // "Total running costs" =C9+C10-C11 subtracts supplies and services, which is not income:
        // 5,410,000 + 2,380,000 - 8,090,000 = -300,000 where its lines come to 15,880,000
        XSSFWorkbook wb = budget(false);
        set(wb.getSheet("Revenue Budget 2016-17"), "C12", "=C9+C10-C11");
        List<Finding> all = problems(wb, "minus.xlsx");
        Finding f = AuditFixtures.at(all, CrossFooting.ID, "C12");
        assertEquals(15_880_000, Double.parseDouble(f.expected().replace(",", "")), 0.5);
    }
}
