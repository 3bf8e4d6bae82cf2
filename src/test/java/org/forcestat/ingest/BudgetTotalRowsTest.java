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
 * TOTAL_ROWS_SKIPPED on a revenue budget (£) with five total rows of two kinds: "Total employees",
 * "Total running costs", "Gross expenditure" and "Total income" are set aside by their words before the
 * budget sees them; "Net budget" (=C13-C18) by its figures. The note counted only the second kind (1)
 * where the budget has 5; it now counts and names all of them. By hand: lines 48,250,000 + 19,730,000 +
 * 9,120,000 + 5,410,000 + 2,380,000 + 8,090,000 = 92,980,000 spending, income 3,640,000 + 1,275,000 +
 * 860,000 = 5,775,000 (positive, so subtracted): net 87,205,000.
 */
class BudgetTotalRowsTest {
    @TempDir
    Path dir;

    static Object[][] budget() {
        return new Object[][] {
            row("Office of the Police and Crime Commissioner - Revenue Budget 2016/17"), null, null,
            row("Subjective", "Category", "Budget 2016/17 £"),
            row("Police officer pay", "Employees", 48_250_000),
            row("Police staff pay", "Employees", 19_730_000),
            row("Police pensions", "Employees", 9_120_000),
            row("Total employees", null, "=SUM(C5:C7)"),
            row("Premises", "Running costs", 5_410_000),
            row("Transport", "Running costs", 2_380_000),
            row("Supplies and services", "Running costs", 8_090_000),
            row("Total running costs", null, "=SUM(C9:C11)"),
            row("Gross expenditure", null, "=C8+C12"), null,
            row("Specific grants", "Income", 3_640_000),
            row("Fees and charges", "Income", 1_275_000),
            row("Partnership income", "Income", 860_000),
            row("Total income", null, "=SUM(C15:C17)"), null,
            row("Net budget", null, "=C13-C18")};
    }

    @Test
    void everyTotalRowIsCountedAndNamed() throws Exception {
        Partial p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Revenue Budget", budget());
            p = new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve("budget.xlsx")));
        }
        assertEquals(9, p.finance().budget().size());
        assertEquals(87_205_000, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 0.5);
        List<Finding> skipped = p.findings().stream().filter(f -> f.rule().equals("TOTAL_ROWS_SKIPPED")).toList();
        assertEquals(1, skipped.size(), skipped.toString());
        assertEquals("5 total row(s)", skipped.get(0).seen());
        assertEquals("A8", skipped.get(0).cell());
        assertTrue(skipped.get(0).message().contains("5 row(s)")
                && skipped.get(0).message().contains("(A8, A12, A13, A18, A20)"), skipped.get(0).message());
    }
}
