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
 * A medium-term financial plan says under its net budget how the budget is financed: "Funded by:", the core
 * grant, the council tax precept, total funding and the gap. Those rows are not budget lines: counted, they
 * doubled the budget. By hand (2024/25, £m): 180.4 + 75.3 + 12.1 + 14.2 + 6.8 + 22.5 - 18.6 = 292.7.
 */
class BudgetFinancingTest {
    @TempDir
    Path dir;

    private Partial read(Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "MTFP", rows);
            return new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve("mtfp.xlsx")));
        }
    }

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Object[][] plan(boolean withFinancing) {
        List<Object[]> rows = new java.util.ArrayList<>(List.of(
                row("Medium Term Financial Plan 2024/25 to 2027/28"), row("All figures £m"),
                row("Budget line", "Budget 2024/25", "Budget 2025/26"),
                row("Police officer pay", 180.4, 185.2), row("Police staff pay", 75.3, 77.1), row("PCSO pay", 12.1, 12.4),
                row("Premises", 14.2, 14.6), row("Transport", 6.8, 7.0), row("Supplies and services", 22.5, 23.1),
                row("Specific grants and other income", -18.6, -18.6),
                row("Net budget requirement", "=SUM(B4:B10)", "=SUM(C4:C10)")));
        if (withFinancing) {
            rows.add(null);
            rows.add(row("Funded by:"));
            rows.add(row("Police core grant", 170.0, 172.0));
            rows.add(row("Council tax precept", 120.5, 125.0));
            rows.add(row("Total funding", "=SUM(B14:B15)", "=SUM(C14:C15)"));
            rows.add(row("Funding gap", "=B11-B16", "=C11-C16"));
        }
        return rows.toArray(new Object[0][]);
    }

    @Test
    void theFinancingUnderTheNetBudgetIsNotCounted() throws Exception {
        Partial p = read(plan(true));
        assertEquals(7, p.finance().budget().size(), p.finance().budget().toString());
        assertEquals(292_700_000, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 1);
        List<Finding> skipped = of(p, "BUDGET_FINANCING_SKIPPED");
        assertEquals(1, skipped.size(), p.findings().toString());
        assertEquals("A13", skipped.get(0).cell());
        assertTrue(skipped.get(0).message().contains("The 5 row(s) from A13 to A17"), skipped.get(0).message());
        // The blank row between the net budget and "Funded by:" is no gap inside the data.
        assertEquals(List.of(), of(p, "BLANK_ROWS"), p.findings().toString());
        assertEquals(List.of(), of(p, "BUDGET_LINE_UNPLACED"), p.findings().toString());
    }

    @Test
    void withoutFinancingTheSameBudgetAndNoNote() throws Exception {
        Partial p = read(plan(false));
        assertEquals(292_700_000, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 1);
        assertEquals(List.of(), of(p, "BUDGET_FINANCING_SKIPPED"));
    }

    @Test
    void grantLinesAboveTheNetBudgetAreIncomeLines() throws Exception {
        // A revenue budget whose income section holds grants: above the net total they are lines (income).
        Partial p = read(new Object[][] {
            row("Line", "Category", "Budget 2016/17 £"),
            row("Police officer pay", "Employees", 48_000_000), row("Premises", "Running costs", 5_000_000),
            row("Home Office specific grant", "Income", -3_000_000), row("Council tax freeze grant", "Income", -1_000_000),
            row("Net budget", null, "=SUM(C2:C5)")});
        assertEquals(49_000_000, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 1);
        assertEquals(List.of(), of(p, "BUDGET_FINANCING_SKIPPED"));
    }
}
