package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget book whose "Income" section shows income as positive figures under a gross-expenditure line,
 * with the net budget worked out by the sheet's own formula as gross less income.
 */
class BudgetIncomeSignTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);

    private static double total(Partial p) {
        return p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum();
    }

    private static double of(Partial p, BudgetCategory c) {
        return p.finance().budget().stream().filter(b -> b.category() == c).mapToDouble(BudgetLine::amount).sum();
    }

    private static List<Finding> rule(Partial p, String id) {
        return p.findings().stream().filter(f -> f.rule().equals(id)).toList();
    }

    @Test
    void positiveIncomeUnderAnIncomeSectionIsSubtracted() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "budget.xlsx", "Revenue 2017-18",
                row("Office of the Police and Crime Commissioner - Revenue Budget 2017/18"),
                row("£000"),
                null,
                row("Subjective", "Category", "Budget 2017/18"),
                row("Police officers", "Police officer pay", 48250),
                row("Police staff", "Police staff pay", 17400),
                row("PCSOs", "PCSO pay", 2350),
                row("Premises", "Non-pay", 5100),
                row("Supplies and services", "Non-pay", 7900),
                row("Gross expenditure", null, "=SUM(C5:C9)"),
                null,
                row("Home Office specific grant", "Income", 3600),
                row("Sales, fees and charges", "Income", 1150),
                row("Total income", null, "=SUM(C12:C13)"),
                null,
                row("Net budget requirement", null, "=C10-C14")));
        // by hand (£000): spending 48,250 + 17,400 + 2,350 + 5,100 + 7,900 = 81,000; income 3,600 + 1,150 = 4,750;
        // net 81,000 - 4,750 = 76,250, as the sheet's C16 gives: £76,250,000 (not 85,750,000 with income added)
        assertEquals(76_250_000, total(p), 1e-6);
        assertEquals(-4_750_000, of(p, BudgetCategory.INCOME), 1e-6);
        assertEquals(48_250_000, of(p, BudgetCategory.OFFICER_PAY), 1e-6);
        List<Finding> f = rule(p, "INCOME_SUBTRACTED");
        assertEquals(1, f.size(), p.findings().toString());
        assertEquals("C12", f.get(0).cell());
        assertEquals(true, f.get(0).message().contains("\"Net budget requirement\" in C16"), f.get(0).message());
    }

    @Test
    void incomeAlreadyWrittenAsCreditsIsLeftAsWritten() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "budget.xlsx", "Budget",
                row("Cost centre", "Category", "Budget 2016/17 £"),
                row("Officer pay", "Police officer pay", 1000),
                row("Non-pay", "Non-pay", 300),
                row("Grants", "Income", -200),
                row("Net budget", null, "=SUM(C2:C4)")));
        assertEquals(1100, total(p), 1e-9);
        assertEquals(0, rule(p, "INCOME_SUBTRACTED").size());
    }
}
