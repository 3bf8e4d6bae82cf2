package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget monitoring report (month 6) heads its columns Original budget, Revised budget, Actual to date,
 * Forecast outturn, Variance. The revised budget is the budget; the rest is not. By hand (£000), revised:
 * 121,000 + 59,500 + 9,000 + 15,500 - 13,000 = 192,000; original: 120,000 + 60,000 + 9,000 + 15,000 - 12,000
 * = 192,000 too, so the lines are made to differ below to tell which column was read.
 */
class BudgetMonitoringTest {
    @TempDir
    Path dir;

    private Partial read(Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Month 6", rows);
            return new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve("Budget monitoring M6.xlsx")));
        }
    }

    private static double total(Partial p) {
        return p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum();
    }

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void theRevisedBudgetIsReadAndSaidSo() throws Exception {
        Partial p = read(new Object[][] {row("Revenue budget monitoring 2024/25 - Month 6 (£000)"), null,
            row("Budget line", "Category", "Original budget", "Revised budget", "Actual to date", "Forecast outturn", "Variance"),
            row("Constables", "Police officer pay", 120_000, 121_000, 60_400, 122_500, 1_500),
            row("Police staff", "Police staff pay", 60_000, 59_500, 29_000, 58_200, -1_300),
            row("PCSOs", "PCSO pay", 9_000, 9_000, 4_300, 8_700, -300),
            row("Premises", "Non-pay", 15_000, 16_500, 8_000, 16_100, -400),
            row("Grants & income", "Income", -12_000, -13_000, -6_500, -13_400, -400),
            row("Net budget", null, "=SUM(C4:C8)", "=SUM(D4:D8)", "=SUM(E4:E8)", "=SUM(F4:F8)", "=SUM(G4:G8)")});
        // revised: 121,000 + 59,500 + 9,000 + 16,500 - 13,000 = 193,000 (£000); the original gives 192,000
        assertEquals(193_000_000, total(p), 1);
        assertEquals(5, p.finance().budget().size());
        List<Finding> c = of(p, "BUDGET_VERSION_CHOSEN");
        assertEquals(1, c.size(), p.findings().toString());
        assertEquals("D3", c.get(0).cell());
        assertTrue(c.get(0).message().contains("read D3 \"Revised budget\"") && c.get(0).message().contains("C3 \"Original budget\""),
                c.get(0).message());
    }

    @Test
    void anOriginalBudgetAloneIsTheBudget() throws Exception {
        Partial p = read(new Object[][] {
            row("Budget line", "Category", "Original budget £000", "Actual to date £000"),
            row("Constables", "Police officer pay", 120_000, 60_400), row("Premises", "Non-pay", 15_000, 8_000)});
        assertEquals(135_000_000, total(p), 1);
        assertEquals(List.of(), of(p, "BUDGET_VERSION_CHOSEN"));
    }

    @Test
    void theAnnualBudgetNotTheBudgetToDate() throws Exception {
        // month 6: the budget to date is half the year's; the annual budget is the budget
        Partial p = read(new Object[][] {
            row("Budget line", "Category", "Annual budget", "Budget to date", "Actual to date", "Variance"),
            row("Constables", "Police officer pay", 120_000, 60_000, 60_400, 400),
            row("Premises", "Non-pay", 15_000, 7_500, 8_000, 500)});
        assertEquals(135_000, total(p), 1); // 120,000 + 15,000, not the 67,500 to date
        assertEquals(List.of(), of(p, "BUDGET_VERSION_CHOSEN"));
    }

    @Test
    void aPlainBudgetColumnNeedsNoNote() throws Exception {
        Partial p = read(new Object[][] {row("Budget line", "Category", "Budget", "Forecast outturn"),
            row("Constables", "Police officer pay", 120_000), row("Premises", "Non-pay", 15_000)});
        assertEquals(135_000, total(p), 1);
        assertEquals(List.of(), of(p, "BUDGET_VERSION_CHOSEN"));
    }
}
