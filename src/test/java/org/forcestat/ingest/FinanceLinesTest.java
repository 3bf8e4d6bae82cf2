package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finance sheets as force finance teams write them: a revenue budget by subjective lines with no
 * Category column, a savings plan whose sub-total SUM stops short under a long "Total savings" row,
 * and a plan headed "Directorate / Scheme". Every expected figure is worked out by hand in a comment.
 */
class FinanceLinesTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);

    /**
     * A force revenue budget by subjective, £000, two years, no Category column. 2016/17 (C) by hand:
     * officer pay 97,800 + overtime 3,900 + pensions 21,400 = 123,100; PCSO 8,700; staff pay 53,346 +
     * overtime 750 = 54,096; other employee costs 1,200; employees 187,096.
     * Running costs 9,500 + 4,150 + 12,100 + 3,000 + 2,100 = 30,850. Gross 217,946.
     * Income -8,400 - 2,200 = -10,600. Net budget requirement 207,346.
     */
    static Object[][] subjectiveBudget(String wrongGross) {
        return new Object[][] {
            row("Anyshire Police - Revenue budget 2016/17 (£000)"), null,
            row("Subjective", "Budget 2015/16 £000", "Budget 2016/17 £000"),
            row("Police officer pay", 98500, 97800),
            row("Police officer overtime", 4200, 3900),
            row("Police pensions", 21000, 21400),
            row("PCSO pay", 9100, 8700),
            row("Police staff pay", 52300, 53346),
            row("Police staff overtime", 800, 750),
            row("Other employee costs", 1100, 1200),
            row("Total employees", "=SUM(B4:B10)", "=SUM(C4:C10)"),
            row("Premises", 9800, 9500),
            row("Transport", 4300, 4150),
            row("Supplies and services", 12600, 12100),
            row("Third party payments", 3100, 3000),
            row("Capital financing", 2000, 2100),
            row("Total running costs", "=SUM(B12:B16)", "=SUM(C12:C16)"),
            row("Gross expenditure", "=B11+B17", wrongGross == null ? "=C11+C17" : wrongGross),
            row("Specific grants", -8900, -8400),
            row("Fees, charges and other income", -2100, -2200),
            row("Total income", "=SUM(B19:B20)", "=SUM(C19:C20)"),
            row("Net budget requirement", "=B18+B21", "=C18+C21")};
    }

    private Partial read(String file, String sheet, Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, sheet, rows);
            return reader.read(Fixtures.save(wb, dir.resolve(file)));
        }
    }

    private static double of(Partial p, BudgetCategory c) {
        return p.finance().budget().stream().filter(b -> b.category() == c).mapToDouble(BudgetLine::amount).sum();
    }

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aBudgetWithoutACategoryColumnIsSplitByTheLinesOwnWords() throws Exception {
        Partial p = read("budget.xlsx", "Budget 2016-17", subjectiveBudget(null));
        assertEquals(14, p.finance().budget().size()); // 7 employee lines, 5 running costs, 2 income
        assertEquals(123_100_000, of(p, BudgetCategory.OFFICER_PAY), 0.5);
        assertEquals(54_096_000, of(p, BudgetCategory.STAFF_PAY), 0.5);
        assertEquals(8_700_000, of(p, BudgetCategory.PCSO_PAY), 0.5);
        assertEquals(1_200_000, of(p, BudgetCategory.OTHER_PAY), 0.5);
        assertEquals(30_850_000, of(p, BudgetCategory.NON_PAY), 0.5);
        assertEquals(-10_600_000, of(p, BudgetCategory.INCOME), 0.5);
        assertTrue(p.finance().budget().stream().allMatch(b -> b.category() != null));
        assertEquals(List.of(), rule(p, "BUDGET_LINE_UNPLACED"));
        // the count of columns and the list of them agree
        assertTrue(rule(p, "BUDGET_YEAR_CHOSEN").get(0).message().contains("2 budget columns (B 2015/16, C 2016/17)"),
                rule(p, "BUDGET_YEAR_CHOSEN").get(0).message());
        assertEquals(List.of(), p.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
    }

    @Test
    void aLineWhoseWordsGiveNoCategoryIsAWarningNamingIt() throws Exception {
        Object[][] rows = subjectiveBudget(null);
        rows[14] = row("Miscellaneous", 3100, 3000); // was "Third party payments", row 15
        Partial p = read("budget.xlsx", "Budget 2016-17", rows);
        List<Finding> unplaced = rule(p, "BUDGET_LINE_UNPLACED");
        assertEquals(1, unplaced.size());
        assertEquals(Severity.WARNING, unplaced.get(0).severity());
        assertEquals("C15", unplaced.get(0).cell());
        assertTrue(unplaced.get(0).message().contains("\"Miscellaneous\""), unplaced.get(0).message());
        // still in the total: 207,346 as before; non-pay 30,850 - 3,000 = 27,850
        assertEquals(207_346_000, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 0.5);
        assertEquals(27_850_000, of(p, BudgetCategory.NON_PAY), 0.5);
    }

    @Test
    void wordsPlaceTheLinesFinanceTeamsWrite() {
        assertEquals(BudgetCategory.OFFICER_PAY, BudgetCategory.fromLine("Police pensions").orElseThrow());
        assertEquals(BudgetCategory.OFFICER_PAY, BudgetCategory.fromLine("Police Officer Overtime").orElseThrow());
        assertEquals(BudgetCategory.STAFF_PAY, BudgetCategory.fromLine("Police staff salaries & allowances").orElseThrow());
        assertEquals(BudgetCategory.PCSO_PAY, BudgetCategory.fromLine("PCSO salaries").orElseThrow());
        assertEquals(BudgetCategory.NON_PAY, BudgetCategory.fromLine("Third party payments").orElseThrow());
        assertEquals(BudgetCategory.NON_PAY, BudgetCategory.fromLine("Capital financing").orElseThrow());
        assertEquals(BudgetCategory.INCOME, BudgetCategory.fromLine("Police pension top-up grant").orElseThrow());
        assertEquals(BudgetCategory.INCOME, BudgetCategory.fromLine("Fees, charges and other income").orElseThrow());
        assertEquals(BudgetCategory.OTHER_PAY, BudgetCategory.fromLine("Overtime").orElseThrow());
        assertTrue(BudgetCategory.fromLine("Miscellaneous").isEmpty());
        assertTrue(BudgetCategory.fromLine("Chief officer team").isEmpty());
    }

    /**
     * A savings plan by directorate, £000. Achieved 2015/16 (D) by hand: Local Policing 640 + 420 + 260
     * = 1,320, but its sub-total =SUM(D4:D5) stops short at 1,060; Support Services 310 + 180 + 470 =
     * 960. Savings to date: 1,320 + 960 = 2,280 (£2.28m); the grand total =D7+D11 is 2,020,
     * and counting it as a line gave 4,300 (£4.30m).
     */
    static Object[][] savingsPlan(String shortSum, String grandLabel, Object grandD) {
        return new Object[][] {
            row("Anyshire Police - Savings plan 2015/16 to 2017/18"), null,
            row("Ref", "Directorate", "Scheme", "Achieved 2015/16 £000", "Planned 2016/17 £000",
                    "Planned 2017/18 £000", "RAG"),
            row("S01", "Local Policing", "Neighbourhood policing model review", 640, 300, 200, "Green"),
            row("S02", "Local Policing", "Control room shift review", 420, 150, 100, "Amber"),
            row("S03", "Local Policing", "Custody suite consolidation", 260, 200, 0, "Green"),
            row(null, null, "Sub-total Local Policing", shortSum, "=SUM(E4:E6)", "=SUM(F4:F6)"),
            row("S04", "Support Services", "Estates rationalisation", 310, 250, 400, "Red"),
            row("S05", "Support Services", "Fleet reduction and telematics", 180, 120, 90, "Green"),
            row("S06", "Support Services", "Procurement savings", 470, 80, 60, "Green"),
            row(null, null, "Sub-total Support Services", "=SUM(D8:D10)", "=SUM(E8:E10)", "=SUM(F8:F10)"),
            row(null, null, grandLabel, grandD, "=E7+E11", "=F7+F11")};
    }

    private static double achieved(Partial p) {
        return p.finance().savings().stream().flatMap(l -> l.achieved().values().stream()).mapToDouble(d -> d).sum();
    }

    @Test
    void aGrandTotalUnderAShortSubTotalIsNeverASavingsLine() throws Exception {
        Partial p = read("plan.xlsx", "Savings", savingsPlan("=SUM(D4:D5)", "Total savings - all directorates", "=D7+D11"));
        assertEquals(6, p.finance().savings().size());
        assertEquals(2_280_000, achieved(p), 0.5);
        Finding skipped = rule(p, "TOTAL_ROWS_SKIPPED").get(0);
        // three total rows left out: the sub-totals C7 and C11 by their words ("Sub-total ...", before the plan
        // sees them) and the grand total C12 by its figures; all three are counted and named
        assertTrue(skipped.message().contains("3 row(s)") && skipped.message().contains("(C7, C11, C12)"),
                skipped.message());
        assertEquals("C7", skipped.cell());
    }

    @Test
    void aGrandTotalNamedAnotherWayIsNotALineEither() throws Exception {
        Partial p = read("plan.xlsx", "Savings", savingsPlan("=SUM(D4:D5)", "Grand total savings (all directorates)", 2020));
        assertEquals(2_280_000, achieved(p), 0.5);
        // planned 2016/17 by hand: 300 + 150 + 200 + 250 + 120 + 80 = 1,100
        assertEquals(1_100_000, p.finance().savings().stream().mapToDouble(l -> l.planned().getOrDefault("2016/17", 0.0))
                .sum(), 0.5);
    }

    @Test
    void theCleanPlanCountsEverySchemeOnce() throws Exception {
        Partial p = read("plan.xlsx", "Savings", savingsPlan("=SUM(D4:D6)", "Total savings - all directorates", "=D7+D11"));
        assertEquals(List.of("Neighbourhood policing model review", "Control room shift review",
                "Custody suite consolidation", "Estates rationalisation", "Fleet reduction and telematics",
                "Procurement savings"), p.finance().savings().stream().map(SavingsLine::line).toList());
        assertEquals(2_280_000, achieved(p), 0.5);
    }

    /** A line named "Total ..." with no total above it is still a line (a summary budget's first line). */
    @Test
    void aTotalWordedFirstLineIsStillALine() throws Exception {
        Partial p = read("plan.xlsx", "Savings", new Object[][] {
            row("Scheme", "2016/17", "2017/18"),
            row("Total cost of ownership review (fleet)", 120, 80),
            row("Estates", 50, 60)});
        assertEquals(2, p.finance().savings().size());
    }

    /**
     * Headed "Directorate / Scheme" in one column, years as "2016/17 £000". Planned 2016/17 by hand:
     * 300 + 150 + 250 = 700 (£700,000); 2017/18: 200 + 100 + 400 = 700.
     */
    @Test
    void aPlanHeadedDirectorateSlashSchemeIsRead() throws Exception {
        Partial p = read("plan.xlsx", "Savings", new Object[][] {
            row("Savings proposals 2016/17 to 2017/18"), null,
            row("Saving ref", "Directorate / Scheme", "2016/17 £000", "2017/18 £000", "RAG"),
            row("LP1", "Local Policing - neighbourhood model", 300, 200, "Green"),
            row("LP2", "Local Policing - control room shifts", 150, 100, "Amber"),
            row("SS1", "Support Services - estates", 250, 400, "Red"),
            row(null, "Total", "=SUM(C4:C6)", "=SUM(D4:D6)")});
        assertEquals(3, p.finance().savings().size());
        assertEquals(700_000, p.finance().savings().stream().mapToDouble(l -> l.planned().getOrDefault("2016/17", 0.0))
                .sum(), 0.5);
        assertEquals(List.of(), rule(p, "MISSING_COLUMN"));
        assertEquals(List.of(), rule(p, "TOTAL_ROWS_SKIPPED"), "a lone Total at the foot goes without saying");
    }

    /** Portfolio and Proposal are what other teams write for Directorate and Scheme; a CSV as Excel saves it. */
    @Test
    void portfolioAndProposalAreKnownHeadings() throws Exception {
        Path csv = dir.resolve("plan.csv");
        Files.writeString(csv, "\uFEFFPortfolio,Proposal,2016/17,2017/18\r\nOperations,Shift pattern review,300,200\r\n"
                + "Corporate,\"Estates disposals, phase 2\",\"1,250\",400\r\n");
        Partial p = reader.read(csv);
        assertEquals(List.of("Operations", "Corporate"),
                p.finance().savings().stream().map(SavingsLine::department).toList());
        // 2016/17 by hand: 300 + 1,250 = 1,550
        assertEquals(1_550, p.finance().savings().stream().mapToDouble(l -> l.planned().getOrDefault("2016/17", 0.0))
                .sum(), 1e-9);
    }

    /** A plan that lacks the scheme column: a Warning naming the missing column and the headings seen. */
    @Test
    void aPlanWithNoSchemeColumnIsAWarningNotASilentInfo() throws Exception {
        Partial p = read("plan.xlsx", "Savings", new Object[][] {
            row("Directorate", "2016/17 £000", "2017/18 £000", "RAG"),
            row("Local Policing", 300, 200, "Green"),
            row("Support Services", 250, 400, "Red")});
        List<Finding> missing = rule(p, "MISSING_COLUMN");
        assertEquals(1, missing.size(), p.findings().toString());
        assertEquals(Severity.WARNING, missing.get(0).severity());
        assertEquals("A1", missing.get(0).cell());
        assertTrue(missing.get(0).message().contains("line"), missing.get(0).message());
        assertTrue(missing.get(0).message().contains("Directorate, 2016/17 £000, 2017/18 £000, RAG"),
                missing.get(0).message());
    }

    /** Crime by financial year by area is not a savings plan: no warning that says it is. */
    @Test
    void areaByYearIsNotTakenForAPlan() throws Exception {
        Partial p = read("crime.xlsx", "By year", new Object[][] {
            row("Area", "2015/16", "2016/17"),
            row("North", 30100, 31200),
            row("South", 28800, 29400)});
        assertEquals(List.of(), rule(p, "MISSING_COLUMN"));
        assertEquals(0, p.finance().savings().size());
    }
}
