package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.at;
import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.set;
import static org.forcestat.validate.AuditFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A savings plan and a budget as a finance officer writes them (the new-user test of issue 18):
 * Ref, Description, Lead, "Achieved 2015/16" in D, "Planned 2016/17" .. "Planned 2019/20" in E:H,
 * a "Total planned" column I that adds the planned years only with one contiguous =SUM(E5:H5)
 * (the achieved year is deliberately left out), a "Change 16/17 to 18/19" percentage in J, a Total
 * row; a budget with pay, non-pay and income lines, their subtotals and a "Net budget" row; £
 * formats throughout. Clean, it passes with no audit error or warning; each usual mistake planted
 * is found at its cell with the value it should have (worked out by hand in the comments).
 */
class FinancePlanTest {
    @TempDir
    Path dir;

    static final String[] LINES = {"Estates rationalisation", "Fleet reduction", "Custody review",
        "Procurement savings", "Back office restructure", "Contact centre redesign", "Overtime reduction",
        "IT contracts", "Training delivery", "Forensics collaboration"};

    /** Achieved 2015/16 (D), planned 2016/17 .. 2019/20 (E:H) of line i (0-based), in pounds. */
    static double[] amounts(int i) {
        double base = 200_000 + 50_000 * i;
        return new double[] {base - 20_000, base, base + 30_000, base + 60_000, base + 40_000};
    }

    /** Line i's planned total, E:H: 4 * base + 130,000. */
    static double planned(int i) {
        double[] v = amounts(i);
        return v[1] + v[2] + v[3] + v[4];
    }

    /**
     * Budget lines (A4 down), 2016/17 (B) and 2017/18 (C): pay, non-pay and income, each with its
     * subtotal row, and the net budget on row 20.
     */
    static final Object[][] BUDGET = {
        {"Pay", null, null},
        {"Police officer pay", 182_400_000.0, 184_900_000.0},
        {"Police staff pay", 96_300_000.0, 97_100_000.0},
        {"PCSO pay", 8_700_000.0, 8_500_000.0},
        {"Overtime", 6_200_000.0, 5_800_000.0},
        {"Total pay", "=SUM(B5:B8)", "=SUM(C5:C8)"},
        {"Non-pay", null, null},
        {"Premises", 14_100_000.0, 13_600_000.0},
        {"Transport", 6_500_000.0, 6_300_000.0},
        {"Supplies and services", 21_000_000.0, 20_400_000.0},
        {"Third party payments", 3_900_000.0, 4_000_000.0},
        {"Total non-pay", "=SUM(B11:B14)", "=SUM(C11:C14)"},
        {"Income", null, null},
        {"Specific grants", -9_800_000.0, -9_500_000.0},
        {"Fees and charges", -2_700_000.0, -2_900_000.0},
        {"Total income", "=SUM(B17:B18)", "=SUM(C17:C18)"},
        {"Net budget", "=B9+B15+B19", "=C9+C15+C19"},
    };

    static XSSFWorkbook plan() {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("£#,##0;[Red]-£#,##0"));
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));

        Sheet sh = wb.createSheet("Savings plan");
        set(sh, "A1", "Kent Police - savings plan 2016/17 to 2019/20");
        set(sh, "A2", "All figures in £");
        String[] head = {"Ref", "Description", "Lead", "Achieved 2015/16", "Planned 2016/17", "Planned 2017/18",
            "Planned 2018/19", "Planned 2019/20", "Total planned", "Change 16/17 to 18/19"};
        for (int c = 0; c < head.length; c++) {
            set(sh, col(c) + "4", head[c]);
        }
        for (int i = 0; i < LINES.length; i++) {
            int r = 5 + i;
            set(sh, "A" + r, String.format("SP%02d", i + 1));
            set(sh, "B" + r, LINES[i]);
            set(sh, "C" + r, i % 3 == 0 ? "ACC Operations" : "Director of Finance");
            double[] v = amounts(i);
            for (int y = 0; y < v.length; y++) {
                set(sh, col(3 + y) + r, v[y]);
            }
            set(sh, "I" + r, "=SUM(E" + r + ":H" + r + ")");
            set(sh, "J" + r, "=(G" + r + "-E" + r + ")/E" + r);
        }
        set(sh, "B15", "Total");
        for (int c = 3; c <= 8; c++) {
            set(sh, col(c) + "15", "=SUM(" + col(c) + "5:" + col(c) + "14)");
        }
        set(sh, "J15", "=(G15-E15)/E15");
        for (int r = 4; r <= 14; r++) {
            for (int c = 3; c <= 9; c++) {
                org.apache.poi.ss.usermodel.Cell x = cell(sh, r, c);
                if (x != null) {
                    x.setCellStyle(c == 9 ? pct : money);
                }
            }
        }

        Sheet b = wb.createSheet("Budget");
        set(b, "A1", "Revenue budget 2016/17, with the indicative budget for 2017/18 (£)");
        set(b, "A3", "Budget line");
        set(b, "B3", "Budget");
        set(b, "C3", "Indicative 2017/18");
        for (int i = 0; i < BUDGET.length; i++) {
            int r = 4 + i;
            set(b, "A" + r, BUDGET[i][0]);
            for (int c = 1; c <= 2; c++) {
                if (BUDGET[i][c] != null) {
                    set(b, col(c) + r, BUDGET[i][c]);
                    cell(b, r - 1, c).setCellStyle(money);
                }
            }
        }
        return wb;
    }

    static String col(int c) {
        return org.forcestat.format.CellAddress.column(c);
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sh, int row, int c) {
        Row r = sh.getRow(row);
        return r == null ? null : r.getCell(c);
    }

    private Path file(Consumer<XSSFWorkbook> edit, String name) throws Exception {
        return AuditFixtures.edited(plan(), edit, dir.resolve(name));
    }

    /** The audit's and cross-footing's findings that count: errors and warnings, no notes, no "part of" rows. */
    private static List<Finding> audit(ValidateEngine.Result r) {
        return AuditFixtures.audit(r).stream().filter(f -> AuditFindings.partOf(f) == null).toList();
    }

    @Test
    void theCleanPlanAndBudgetPassWithNoAuditErrorOrWarningAndExitZero() throws Exception {
        ValidateEngine.Result r = validate(file(wb -> { }, "clean.xlsx"));
        assertEquals(List.of(), audit(r));
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), r.findings().toString());
        assertEquals(0, r.exitCode());
    }

    /** The new-user test's plan: no "stops short" on the planned-only totals, through the command line too. */
    @Test
    void theCleanPlanPassesOnTheCommandLine() throws Exception {
        Path f = file(wb -> { }, "plan.xlsx");
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cl = org.forcestat.cli.Main.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, cl.execute("validate", "--format", "csv", f.toString()), out.toString());
        assertTrue(out.toString().lines().noneMatch(l -> l.startsWith("Error,") || l.startsWith("Warning,")),
                out.toString());
    }

    /** Every line totals the planned years E:H; a total never takes in "Achieved 2015/16" (D). */
    @Test
    void aShortRowTotalIsFoundWithThePlannedYearsOnlyAsItsFix() throws Exception {
        // line 4 (row 8): 350,000 + 380,000 + 410,000 stop short of 2019/20's 390,000
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Savings plan"), "I8", "=SUM(E8:G8)"),
                "short-row.xlsx")));
        Finding s = at(all, ShortRange.ID, "I8");
        assertEquals("SUM(E8:H8)", s.expected());
        assertEquals(Severity.ERROR, s.severity());
        // the amount at stake, from the saved value: 1,140,000 now, 1,530,000 over the four planned years
        assertTrue(s.message().contains("it gives £1,140,000, the full range £1,530,000"), s.message());
        assertTrue(all.stream().noneMatch(f -> f.expected().contains("D8") || f.expected().contains("D5:")), all.toString());
        assertEquals(1_530_000, planned(3));
    }

    @Test
    void aTotalRowStoppingShortIsFoundWithTheFullRange() throws Exception {
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Savings plan"), "F15", "=SUM(F5:F13)"),
                "short-col.xlsx")));
        Finding s = at(all, ShortRange.ID, "F15");
        assertEquals("SUM(F5:F14)", s.expected());
        assertEquals(Severity.ERROR, s.severity());
    }

    /**
     * Line 5 (row 9) typed £10,000 over its planned years (400,000 + 430,000 + 460,000 + 440,000 =
     * 1,730,000): the typed total is an error with the formula and the right amount, and no check
     * adds the achieved 380,000 in (which would expect 2,110,000).
     */
    @Test
    void aTypedOverTotalIsAnErrorWithThePlannedYearsAmount() throws Exception {
        assertEquals(1_730_000, planned(4));
        ValidateEngine.Result r = validate(file(wb -> set(wb.getSheet("Savings plan"), "I9", 1_740_000), "typed.xlsx"));
        List<Finding> all = audit(r);
        Finding t = at(all, TypedTotal.ID, "I9");
        assertEquals(Severity.ERROR, t.severity());
        assertEquals("SUM(E9:H9)", t.expected());
        assertTrue(t.message().contains("£1,730,000"), t.message());
        assertTrue(r.findings().stream().noneMatch(f -> f.expected().contains("2,110,000")), r.findings().toString());
        assertEquals(1, r.exitCode());
    }

    /** The cross-foot of a typed-over row total adds the columns its column's formula adds: £10,000 off. */
    @Test
    void theCrossFootOfATypedOverRowTotalUsesTheColumnsOfItsColumnsFormula() throws Exception {
        Path f = file(wb -> set(wb.getSheet("Savings plan"), "I9", 1_740_000), "typed-cross.xlsx");
        AuditWorkbook wb = AuditReader.read(f, java.util.Set.of("Savings plan"));
        AuditFindings out = new AuditFindings("typed-cross.xlsx");
        CrossFooting.check(wb.sheet("Savings plan"), 3, out);
        List<Finding> cross = out.findings();
        // the Total row's I15 (=SUM(I5:I14)) is off by the same £10,000 because of I9: not a second finding
        assertEquals(1, cross.size(), cross.toString());
        assertEquals("I9", cross.get(0).cell());
        assertEquals("1,730,000", cross.get(0).expected());
        assertTrue(cross.get(0).message().contains("a difference of £10,000"), cross.get(0).message());
    }

    /**
     * The plan as many arrive, every total typed (no formulas) and right: nothing to report, the %
     * change column included. Then one typed row total £10,000 over: the cross-foot expects the
     * planned years its column adds on the other lines, whether the header says "Total planned" or
     * only "Total".
     */
    @Test
    void aTypedPlanIsCrossFootedOnThePlannedYearsAndNeverOnItsPercentages() throws Exception {
        for (String header : new String[] {"Total planned", "Total"}) {
            assertEquals(List.of(), audit(validate(save(typedPlan(header, 0), dir.resolve("typed-clean.xlsx")))),
                    header);
            List<Finding> all = audit(validate(save(typedPlan(header, 10_000), dir.resolve("typed-off.xlsx"))));
            Finding c = at(all, CrossFooting.ID, "I9");
            assertEquals("1,730,000", c.expected(), header);
            assertTrue(c.message().contains("a difference of £10,000"), c.message());
            assertTrue(all.stream().noneMatch(f -> f.cell().startsWith("J") || f.cell().startsWith("D")), all.toString());
        }
    }

    /**
     * The plan with every formula replaced by its value, as an export gives it: the % change of each
     * line (J) and of the total row typed too; {@code extra} added to I9.
     */
    static XSSFWorkbook typedPlan(String header, double extra) {
        XSSFWorkbook wb = plan();
        Sheet sh = wb.getSheet("Savings plan");
        set(sh, "I4", header);
        double[] down = new double[6];
        for (int i = 0; i < LINES.length; i++) {
            int r = 5 + i;
            double[] v = amounts(i);
            set(sh, "I" + r, planned(i) + (r == 9 ? extra : 0));
            set(sh, "J" + r, Math.round((v[3] - v[1]) / v[1] * 1000) / 1000.0);
            for (int y = 0; y < 5; y++) {
                down[y] += v[y];
            }
            down[5] += planned(i) + (r == 9 ? extra : 0);
        }
        for (int c = 0; c < 6; c++) {
            set(sh, col(3 + c) + "15", down[c]);
        }
        set(sh, "J15", Math.round((down[3] - down[1]) / down[1] * 1000) / 1000.0);
        return wb;
    }

    @Test
    void aNumberTypedAsTextInsideATotalIsAnError() throws Exception {
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Savings plan"), "G8", "410000"), "text.xlsx")));
        Finding n = at(all, NumberAsText.ID, "G8");
        assertEquals(Severity.ERROR, n.severity());
        assertEquals("410000 as a number", n.expected());
    }

    /** Line 6 (row 10): (450,000 + 480,000 + 510,000 + 490,000) * 1.02 = 1,968,600 instead of 1,930,000. */
    @Test
    void aTwoPerCentUpliftOnOneLineIsFoundWithTheFormulaOfItsColumn() throws Exception {
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Savings plan"), "I10", "=SUM(E10:H10)*1.02"),
                "uplift.xlsx")));
        Finding u = at(all, InconsistentFormula.ID, "I10");
        assertEquals("SUM(E10:H10)", u.expected());
        assertEquals(1_930_000, planned(5));
    }

    @Test
    void anExternalLinkIsReportedAtItsCell() throws Exception {
        Path f = file(wb -> set(wb.getSheet("Savings plan"), "K5", "=I5*2"), "link.xlsx");
        AuditFixtures.patch(f, "xl/worksheets/sheet1.xml", x -> x.replace("<f>I5*2</f>", "<f>[1]Rates!B2*I5</f>"));
        Finding e = at(validate(f).findings(), ExternalLink.ID, "K5");
        assertEquals("[1]Rates!B2", e.seen());
        assertEquals(Severity.INFO, e.severity());
    }

    /** Row 11 (line 7) hidden: 480,000 + 500,000 + 530,000 + 560,000 + 540,000 = 2,610,000 typed in D11:H11. */
    @Test
    void aHiddenRowInsideASummedRangeIsAWarningAtTheVisibleTotal() throws Exception {
        List<Finding> all = audit(validate(file(wb -> wb.getSheet("Savings plan").getRow(10).setZeroHeight(true),
                "hidden.xlsx")));
        Finding h = AuditFixtures.first(all, HiddenInput.ID);
        assertEquals(Severity.WARNING, h.severity());
        assertEquals("D15", h.cell());
        // D15 adds D11 alone; each other total names its own hidden number
        assertTrue(h.seen().startsWith("1 hidden number(s), 480,000"), h.seen());
        assertTrue(h.message().contains("row 11"), h.message());
        for (String other : List.of("E15 (£500,000 from E11)", "F15 (£530,000 from F11)", "G15 (£560,000 from G11)",
                "H15 (£540,000 from H11)")) {
            assertTrue(h.message().contains(other), other + " in " + h.message());
        }
    }

    /**
     * The net budget typed over, £10,000 more than its pay (293,600,000), non-pay (45,500,000) and
     * income (-12,500,000) totals come to (326,600,000): an error at B20 with the right amount, under
     * each name finance teams give that row, and under "Total".
     */
    @Test
    void aTypedOverNetBudgetIsAnErrorUnderEachNameOfTheBottomLine() throws Exception {
        for (String label : new String[] {"Net budget", "Net expenditure", "Total expenditure", "Net cost",
            "Budget requirement", "Total"}) {
            List<Finding> all = audit(validate(file(wb -> {
                Sheet b = wb.getSheet("Budget");
                set(b, "A20", label);
                set(b, "B20", 326_610_000);
            }, "net.xlsx")));
            Finding t = at(all, TypedTotal.ID, "B20");
            assertEquals(Severity.ERROR, t.severity(), label);
            assertEquals("326600000", t.expected(), label);
            assertTrue(t.message().contains("rows 9, 15, 19"), t.message());
            assertEquals(1, all.size(), label + ": " + all);
        }
    }

    /** A subtotal typed over: Total non-pay 45,510,000 against its four lines, 45,500,000. */
    @Test
    void aTypedOverSubtotalIsAnErrorAgainstItsOwnSection() throws Exception {
        List<Finding> all = audit(validate(file(wb -> set(wb.getSheet("Budget"), "B15", 45_510_000), "sub.xlsx")));
        Finding t = at(all, TypedTotal.ID, "B15");
        assertEquals("45500000", t.expected());
        assertTrue(t.message().contains("SUM(B11:B14)"), t.message());
    }

    /** The budget with every total typed and right (a budget as exported): nothing to report. */
    @Test
    void aBudgetWithTypedRightTotalsHasNoFindings() throws Exception {
        List<Finding> all = audit(validate(file(wb -> {
            Sheet b = wb.getSheet("Budget");
            // 2016/17: 293.6m + 45.5m - 12.5m = 326.6m; 2017/18: 296.3m + 44.3m - 12.4m = 328.2m
            double[][] totals = {{293_600_000, 45_500_000, -12_500_000, 326_600_000},
                {296_300_000, 44_300_000, -12_400_000, 328_200_000}};
            int[] rows = {9, 15, 19, 20};
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < rows.length; i++) {
                    set(b, col(1 + c) + rows[i], totals[c][i]);
                }
            }
        }, "typed-budget.xlsx")));
        assertEquals(List.of(), all);
    }

    /** A one-block budget: lines, then "Net budget" typed £10,000 off their sum (as the user found). */
    @Test
    void aTypedNetBudgetUnderItsLinesIsAnError() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet b = wb.createSheet("Budget");
        set(b, "A1", "Budget line");
        set(b, "B1", "Budget");
        String[] lines = {"Police officer pay", "Police staff pay", "Premises", "Transport", "Income"};
        double[] v = {180_000_000, 95_000_000, 14_000_000, 6_500_000, -12_500_000};
        for (int i = 0; i < lines.length; i++) {
            set(b, "A" + (2 + i), lines[i]);
            set(b, "B" + (2 + i), v[i]);
        }
        set(b, "A7", "Net budget");
        set(b, "B7", 283_010_000);
        List<Finding> all = audit(validate(save(wb, dir.resolve("one-block.xlsx"))));
        Finding t = at(all, TypedTotal.ID, "B7");
        // 180,000,000 + 95,000,000 + 14,000,000 + 6,500,000 - 12,500,000 = 283,000,000
        assertEquals("283000000", t.expected());
        assertTrue(t.message().contains("SUM(B2:B6)"), t.message());
    }

    /**
     * The Reinhart-Rogoff workbook: its year columns (=A87+1 with typed years) and its typed growth
     * rates are not typed totals (no year warned, no typed-total error), and the Summary's short
     * averages are still found with their full ranges.
     */
    @Test
    void yearsAndRatiosOfTheReinhartRogoffWorkbookAreNotTypedTotals() throws Exception {
        Path rr = Path.of("/work/shared/realbooks/excelint/Public_debt-ratios_advanced.xlsx");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(rr), "the real workbook is not here");
        List<Finding> all = validate(rr).findings().stream().filter(f -> AuditFindings.partOf(f) == null).toList();
        List<Finding> typed = all.stream().filter(f -> f.rule().equals(TypedTotal.ID)).toList();
        assertTrue(typed.stream().noneMatch(f -> f.severity() == Severity.ERROR), typed.toString());
        assertTrue(typed.stream().noneMatch(f -> f.cell().startsWith("A")), typed.toString());
        for (String[] c : new String[][] {{"I26", "AVERAGE(I5:I24)"}, {"P26", "AVERAGE(P5:P24)"},
            {"I51", "AVERAGE(I30:I49)"}, {"P51", "AVERAGE(P30:P49)"}, {"L51", "AVERAGE(L30:L49)"}}) {
            Finding s = all.stream().filter(f -> f.rule().equals(ShortRange.ID) && f.sheet().equals("Summary")
                    && f.cell().equals(c[0])).findFirst().orElseThrow(() -> new AssertionError(c[0]));
            assertEquals(c[1], s.expected());
        }
    }
}
