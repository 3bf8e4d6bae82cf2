package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.stats.RunInfo;
import org.forcestat.stats.Summary;
import org.forcestat.stats.SummaryCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Budgets of different financial years are different years, not parts of one budget. A workbook with a sheet
 * per year (as finance teams keep last year's budget beside this year's) gives one year: the one the period
 * names, else the latest, with a note naming the sheets left out. Figures in £000, by hand:
 * 2023/24 120,000 + 60,000 + 9,000 + 15,000 - 12,000 = 192,000; 2024/25 (5% more) 126,000 + 63,000 + 9,450
 * + 15,750 - 12,600 = 201,600.
 */
class BudgetYearsTest {
    private static final RunInfo RUN = new RunInfo(null, "OFFICIAL", LocalDateTime.of(2024, 6, 1, 9, 0), "test",
            List.of(), ".");

    @TempDir
    Path dir;

    private static Object[][] budget(String title, double growth) {
        return new Object[][] {row(title), null, row("Budget line", "Category", "Budget"),
            row("Constables", "Police officer pay", 120_000 * growth), row("Police staff", "Police staff pay", 60_000 * growth),
            row("PCSOs", "PCSO pay", 9_000 * growth), row("Premises", "Non-pay", 15_000 * growth),
            row("Grants & income", "Income", -12_000 * growth)};
    }

    private Partial read(String file, String[] sheets, Object[][]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (int i = 0; i < sheets.length; i++) {
                Fixtures.fill(wb, sheets[i], rows[i]);
            }
            return new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve(file)));
        }
    }

    private static List<Finding> chosen(Summary s) {
        return s.findings().stream().filter(f -> f.rule().equals("BUDGET_YEAR_CHOSEN")).toList();
    }

    @Test
    void aSheetPerYearGivesTheLatestYearAndNamesTheOtherSheet() throws Exception {
        Partial p = read("Revenue budgets.xlsx", new String[] {"Budget 2023-24", "Budget 2024-25"},
                budget("Revenue budget 2023/24 (£000)", 1.0), budget("Revenue budget 2024/25 (£000)", 1.05));
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(201_600_000, s.finance().budget(), 1); // not 393,600,000, both years added
        assertEquals(126_000_000, s.finance().budgetSplit().get(org.forcestat.model.BudgetCategory.OFFICER_PAY), 1);
        List<Finding> c = chosen(s);
        assertEquals(1, c.size(), s.findings().toString());
        assertEquals("Budget 2023-24", c.get(0).sheet());
        assertTrue(c.get(0).message().contains("forcestat read 2024/25 (the latest year)"), c.get(0).message());
        assertTrue(c.get(0).message().contains("left the others out: sheet 'Budget 2023-24' of Revenue budgets.xlsx"),
                c.get(0).message());
    }

    @Test
    void theYearThePeriodNamesIsRead() throws Exception {
        Partial p = read("Revenue budgets.xlsx", new String[] {"Budget 2023-24", "Budget 2024-25"},
                budget("Revenue budget 2023/24 (£000)", 1.0), budget("Revenue budget 2024/25 (£000)", 1.05));
        Summary s = SummaryCalculator.compute(p, RUN, LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
        assertEquals(192_000_000, s.finance().budget(), 1);
        assertTrue(chosen(s).get(0).message().contains("read 2023/24 (the year of the period asked for)"));
    }

    @Test
    void theYearFromTheTitleWhenTheSheetNamesNone() throws Exception {
        // sheets named by directorate-free words; only the title rows say the year
        Partial p = read("Budgets.xlsx", new String[] {"Last year", "This year"},
                budget("Revenue budget 2023/24 (£000)", 1.0), budget("Revenue budget 2024/25 (£000)", 1.05));
        assertEquals(201_600_000, SummaryCalculator.compute(p, RUN, null, null).finance().budget(), 1);
    }

    @Test
    void aFilePerYearInOneFolderGivesTheLatestYear() throws Exception {
        // files named by year, sheets and titles naming none: the file's name says the year
        Partial p = read("Budget 2023-24.xlsx", new String[] {"Budget"}, budget("Revenue budget (£000)", 1.0));
        p.merge(read("Budget 2024-25.xlsx", new String[] {"Budget"}, budget("Revenue budget (£000)", 1.05)));
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(201_600_000, s.finance().budget(), 1);
        assertTrue(chosen(s).get(0).message().contains("sheet 'Budget' of Budget 2023-24.xlsx"), chosen(s).get(0).message());
    }

    @Test
    void twoBudgetsOfOneYearAreAdded() throws Exception {
        // two directorates' budgets for 2024/25: parts of one budget, 192,000 + 201,600 = 393,600 (£000)
        Partial p = read("Budgets 2024-25.xlsx", new String[] {"Local policing 2024-25", "Support 2024-25"},
                budget("Local policing budget 2024/25 (£000)", 1.0), budget("Support services budget 2024/25 (£000)", 1.05));
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(393_600_000, s.finance().budget(), 1);
        assertEquals(List.of(), chosen(s));
    }

    @Test
    void budgetsWhoseYearNothingSaysAreAddedAsBefore() throws Exception {
        Partial p = read("budget.xlsx", new String[] {"Local policing", "Support"},
                budget("Local policing (£000)", 1.0), budget("Support services (£000)", 1.05));
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(393_600_000, s.finance().budget(), 1);
        assertEquals(List.of(), chosen(s));
    }

    /** A medium-term financial plan headed by bare years; £m, by hand 2024/25: 180.4+75.3+12.1+14.2+6.8+22.5-18.6 = 292.7. */
    private static Object[][] mtfp(String lineHeader, String unitSuffix) {
        return new Object[][] {row("Medium Term Financial Plan 2024/25 to 2027/28"), row("All figures £m"), null,
            row(lineHeader, "2024/25" + unitSuffix, "2025/26" + unitSuffix, "2026/27" + unitSuffix, "2027/28" + unitSuffix),
            row("Police officer pay", 180.4, 185.2, 190.1, 195.0), row("Police staff pay", 75.3, 77.1, 79.0, 80.9),
            row("PCSO pay", 12.1, 12.4, 12.7, 13.0), row("Premises", 14.2, 14.6, 15.0, 15.4),
            row("Transport", 6.8, 7.0, 7.2, 7.4), row("Supplies and services", 22.5, 23.1, 23.7, 24.3),
            row("Specific grants and other income", -18.6, -18.6, -18.6, -18.6),
            row("Net budget requirement", "=SUM(B5:B11)", "=SUM(C5:C11)", "=SUM(D5:D11)", "=SUM(E5:E11)")};
    }

    @Test
    void anMtfpWithBareYearColumnsIsReadForTheYearItsTitleNamesFirst() throws Exception {
        for (String header : List.of("Budget line", "Subjective", "Cost centre", "Budget heading")) {
            Partial p = read("MTFP.xlsx", new String[] {"MTFP"}, mtfp(header, ""));
            assertEquals(292_700_000, p.finance().budget().stream().mapToDouble(b -> b.amount()).sum(), 1, header);
            List<Finding> c = p.findings().stream().filter(f -> f.rule().equals("BUDGET_YEAR_CHOSEN")).toList();
            assertEquals(1, c.size(), header + ": " + p.findings());
            assertEquals("B4", c.get(0).cell());
            assertTrue(c.get(0).message().contains("4 budget columns (B 2024/25, C 2025/26, D 2026/27, E 2027/28)"),
                    c.get(0).message());
        }
    }

    @Test
    void aBareYearWithItsUnitIsOneBudgetColumn() throws Exception {
        Object[][] rows = {row("Revenue budget"), null, row("Subjective", "2024/25 £m"), row("Police officer pay", 180.4),
            row("Police staff pay", 75.3), row("Premises", 14.2)};
        Partial p = read("budget.xlsx", new String[] {"Budget"}, rows);
        // 180.4 + 75.3 + 14.2 = 269.9 (£m)
        assertEquals(269_900_000, p.finance().budget().stream().mapToDouble(b -> b.amount()).sum(), 1);
        assertEquals("2024/25", p.finance().budget().get(0).year());
    }

    @Test
    void aBareLineHeaderWithBareYearsIsNotTakenForABudget() throws Exception {
        // "Line | 2024/25 | 2025/26" is as much a savings plan's heading: not read as a budget
        Partial p = read("plan.xlsx", new String[] {"Plan"}, mtfp("Line", ""));
        assertEquals(List.of(), p.finance().budget());
    }
}
