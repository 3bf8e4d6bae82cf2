package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.FinancialYear;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finance sheets as a finance team writes them: a title block, budget columns for two years, "£000"
 * in the title or the headers, subtotal rows and income as negatives. Expected figures worked by hand.
 */
class FinanceHeadingsTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);

    /** The persona's budget (pt1/gen/fin.py, clean): 2015/16 and 2016/17 columns, subtotals, net budget. */
    private static Object[][] twoYearBudget(String title) {
        return new Object[][] {
            row(title), null,
            row("Cost centre", "Budget line", "Category", "Budget 2015/16 £", "Budget 2016/17 £"),
            row("P100", "Police officer pay", "Police officer pay", 98500000, 97800000),
            row("P200", "Police staff pay", "Police staff pay", 52300000, 53346000),
            row("P300", "PCSO pay", "PCSO pay", 9100000, 8700000),
            row("P400", "Overtime - officers", "Police officer pay", 4200000, 3900000),
            row("P410", "Overtime - staff", "Police staff pay", 800000, 750000),
            row("P500", "Police pensions - employer contributions", "Police officer pay", 21000000, 21400000),
            row(null, "Sub-total pay", null, "=SUM(D4:D9)", "=SUM(E4:E9)"),
            row("N100", "Premises", "Non-pay", 9800000, 9500000),
            row("N200", "Transport", "Non-pay", 4300000, 4150000),
            row("N300", "Supplies and services", "Non-pay", 12600000, 12100000),
            row("N350", "Regional collaboration recharge", "Non-pay", 1500000, 1600000),
            row("N400", "ICT", "Non-pay", 7200000, 7600000),
            row("N500", "Third party payments", "Non-pay", 3100000, 3000000),
            row(null, "Sub-total non-pay", null, "=SUM(D11:D16)", "=SUM(E11:E16)"),
            row("I100", "Specific grants", "Income", -8900000, -8400000),
            row("I200", "Fees and charges", "Income", -2100000, -2200000),
            row("I300", "Secondment income", "Income", -1300000, -1250000),
            row(null, "Sub-total income", null, "=SUM(D18:D20)", "=SUM(E18:E20)"),
            row(null, "Net budget", null, "=D10+D17+D21", "=E10+E17+E21")};
    }

    private Path book(String file, String sheet, Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sh = Fixtures.fill(wb, sheet, rows);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 4)); // a merged title, as finance teams write them
            return Fixtures.save(wb, dir.resolve(file));
        }
    }

    private static double total(Partial p) {
        return p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum();
    }

    private static double of(Partial p, BudgetCategory c) {
        return p.finance().budget().stream().filter(b -> b.category() == c).mapToDouble(BudgetLine::amount).sum();
    }

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void twoBudgetYearsReadTheSheetsYearAndSaySo() throws Exception {
        Partial p = reader.read(book("plan.xlsx", "Budget 2016-17", twoYearBudget("Revenue Budget 2016/17")));
        // 2016/17 by hand: pay 97.8+53.346+8.7+3.9+0.75+21.4 = 185.896m; non-pay 37.95m; income -11.85m
        assertEquals(211_996_000, total(p), 0.5);
        assertEquals(97_800_000 + 3_900_000 + 21_400_000, of(p, BudgetCategory.OFFICER_PAY), 0.5);
        assertEquals(-11_850_000, of(p, BudgetCategory.INCOME), 0.5);
        List<Finding> chosen = rule(p, "BUDGET_YEAR_CHOSEN");
        assertEquals(1, chosen.size());
        assertEquals(Severity.INFO, chosen.get(0).severity());
        assertEquals("E3", chosen.get(0).cell());
        assertEquals(List.of(), rule(p, "HEADER_NEAR_MISS"));
    }

    @Test
    void theYearTheSheetNamesWinsOverTheLatest() throws Exception {
        Partial p = reader.read(book("plan.xlsx", "Budget 2015-16", twoYearBudget("Revenue Budget")));
        // 2015/16 by hand: pay 98.5+52.3+9.1+4.2+0.8+21.0 = 185.9m; non-pay 38.5m; income -12.3m
        assertEquals(212_100_000, total(p), 0.5);
        assertEquals("D3", rule(p, "BUDGET_YEAR_CHOSEN").get(0).cell());
    }

    @Test
    void withNoYearNamedTheLatestBudgetYearIsRead() throws Exception {
        Partial p = reader.read(book("plan.xlsx", "Budget", new Object[][] {
            row("Revenue budget"), null,
            row("Budget line", "Category", "Revised Budget FY2017 £", "Original budget 15/16 £"),
            row("Officers", "Police officer pay", 100, 90),
            row("Staff", "Police staff pay", 40, 38),
            row("Grants", "Income", -5, -4),
            row("Net budget", null, "=SUM(C4:C6)", "=SUM(D4:D6)")}));
        assertEquals(135, total(p), 1e-9);
        assertEquals("C3", rule(p, "BUDGET_YEAR_CHOSEN").get(0).cell());
    }

    @Test
    void aSheetWithOneBudgetYearIsReadWithoutWarnings() throws Exception {
        Object[][] rows = twoYearBudget("Revenue Budget 2016/17");
        for (int r = 2; r < rows.length; r++) {
            if (rows[r] != null) {
                rows[r] = new Object[] {rows[r][0], rows[r][1], rows[r][2], rows[r][4] instanceof String s
                        ? s.replace('E', 'D') : rows[r][4]};
            }
        }
        rows[2][3] = "Budget 2016/17 £";
        Partial p = reader.read(book("oneyear.xlsx", "Budget 2016-17", rows));
        assertEquals(211_996_000, total(p), 0.5);
        assertEquals(List.of(), p.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
        assertEquals(List.of(), rule(p, "BUDGET_YEAR_CHOSEN"));
    }

    /** The persona's savings plan (pt1/finance/k): "All figures £000" in the title, and in each header. */
    private static Object[][] savings(String title, String unit) {
        return new Object[][] {
            row("Anyshire Police - CSR Savings Plan 2016/17 to 2018/19"), row(title), null,
            row("Ref", "Scheme", "Achieved 2015/16" + unit, "Planned 2016/17" + unit, "Planned 2017/18" + unit),
            row("S01", "Control room shift review", 420, 150, 100),
            row("S02", "Estates rationalisation - Phase 2", 310, 250, 400),
            row("S03", "Fleet reduction and telematics", 180, 120, 90),
            row(null, "Total", "=SUM(C5:C7)", "=SUM(D5:D7)", "=SUM(E5:E7)")};
    }

    private static double sum(Partial p, String year, boolean achieved) {
        return p.finance().savings().stream().map(achieved ? SavingsLine::achieved : SavingsLine::planned)
                .mapToDouble(m -> m.getOrDefault(year, 0.0)).sum();
    }

    @Test
    void savingsInThousandsSaidInTheTitleAreScaledToPounds() throws Exception {
        Partial p = reader.read(book("csr.xlsx", "CSR Savings", savings("All figures £000. Draft for the board", "")));
        assertEquals(3, p.finance().savings().size());
        assertEquals(910_000, sum(p, "2015/16", true), 1e-6); // 420+310+180 = 910 thousand
        assertEquals(520_000, sum(p, "2016/17", false), 1e-6); // 150+250+120
        List<Finding> scaled = rule(p, "AMOUNTS_SCALED");
        assertEquals(1, scaled.size());
        assertEquals("A2", scaled.get(0).cell());
        assertEquals(Severity.INFO, scaled.get(0).severity());
    }

    @Test
    void headersCarryingTheUnitAreStillRecognisedAndScaled() throws Exception {
        for (Map.Entry<String, Double> u : Map.of(" £000", 1000.0, " (£'000)", 1000.0, " £k", 1000.0,
                " £m", 1_000_000.0, " £", 1.0).entrySet()) {
            Partial p = reader.read(book("csr.xlsx", "CSR Savings", savings("Draft for the board", u.getKey())));
            assertEquals(3, p.finance().savings().size(), u.getKey());
            assertEquals(910 * u.getValue(), sum(p, "2015/16", true), 1e-6, u.getKey());
            assertEquals(190 * u.getValue(), sum(p, "2017/18", false) - 400 * u.getValue(), 1e-6, u.getKey());
            assertEquals(u.getValue() == 1.0 ? 0 : 1, rule(p, "AMOUNTS_SCALED").size(), u.getKey());
        }
    }

    @Test
    void anAmountInATitleIsNotAUnit() throws Exception {
        Partial p = reader.read(book("csr.xlsx", "CSR Savings", savings("Target £500,000 a year; in pounds", "")));
        assertEquals(910, sum(p, "2015/16", true), 1e-9);
        assertEquals(List.of(), rule(p, "AMOUNTS_SCALED"));
    }

    @Test
    void unitsAndYearsAreReadFromTheWordsFinanceTeamsUse() {
        assertEquals(1000, MoneyHeadings.unit("All figures £000.", "A2").factor());
        assertEquals(1000, MoneyHeadings.unit("£ thousands", "A2").factor());
        assertEquals(1_000_000, MoneyHeadings.unit("Figures in £m", "A2").factor());
        assertNull(MoneyHeadings.unit("Budget £", "A2"));
        assertNull(MoneyHeadings.unit("Saving of £2m expected", "A2"));
        assertNull(MoneyHeadings.unit("Budget £000,000", "A2"));
        assertEquals(1000, MoneyHeadings.unit("All amounts in thousands of pounds", "A2").factor());
        assertEquals(1_000_000, MoneyHeadings.unit("Stated in millions of pounds", "A2").factor());
        assertEquals("£000 (thousands of pounds)", MoneyHeadings.unit("£'000s", "A2").name());
        assertEquals("£m (millions of pounds)", MoneyHeadings.unit("£ millions", "A2").name());
        // the marks of one table come out of a header before its year is read; a phrase stays in the words
        assertEquals("budget   2016/17  ", MoneyHeadings.UNIT_WORDS.matcher("budget £k 2016/17 (£)").replaceAll(" "));
        assertEquals("2016/17 in thousands of pounds",
                MoneyHeadings.UNIT_WORDS.matcher("2016/17 in thousands of pounds").replaceAll(" "));
        assertEquals("2016/17", MoneyHeadings.budgetYear("Budget 2016/17 £"));
        assertEquals("2016/17", MoneyHeadings.budgetYear("Original budget 16/17"));
        assertEquals("2016/17", MoneyHeadings.budgetYear("Revised Budget 2016-17 (£000)"));
        assertEquals("2016/17", MoneyHeadings.budgetYear("FY2017 Budget"));
        assertNull(MoneyHeadings.budgetYear("Budget line"));
        assertNull(MoneyHeadings.budgetYear("Budget"));
        assertEquals("2016/17", FinancialYear.named("Budget 2016-17"));
        assertEquals("2018/19", HeaderMatcher.yearColumn("Planned FY2019 £000").year());
        assertTrue(HeaderMatcher.yearColumn("Achieved 2015/16 £'000").achieved());
    }

    @Test
    void aFactsBlockWhoseLabelsGiveTheUnitIsScaledToPounds() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "facts.xlsx", "Key facts",
                row("Key facts 2016"),
                row("Total savings to date (£m)", 61),
                row("Savings required (next 3 years) £m", 33.5),
                row("Total budget £000", 275000),
                row("Police officer establishment", 3238)));
        Map<org.forcestat.model.Fact, org.forcestat.model.FinanceData.FactValue> f = p.finance().facts();
        assertEquals(61_000_000, f.get(org.forcestat.model.Fact.SAVINGS_TO_DATE).number(), 1e-6);
        assertEquals(33_500_000, f.get(org.forcestat.model.Fact.SAVINGS_REQUIRED).number(), 1e-6);
        assertEquals(275_000_000, f.get(org.forcestat.model.Fact.TOTAL_BUDGET).number(), 1e-6);
        assertEquals(3238, f.get(org.forcestat.model.Fact.OFFICERS).number(), 0);
    }
}
