package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A savings plan (£000) whose "Total" column adds each scheme's three planned years (=SUM(E6:G6) down
 * D6:D12) and whose "Total savings" row adds each column (=SUM(E6:E12)), with its own total D13 typed
 * over. Only the typed-over cell is the finding: the seven scheme totals above it are right and are not
 * "part of" it. By hand, the years: E 410 + 260 + 150 + 380 + 95 + 220 + 140 = 1,655; F 300 + 180 + 120
 * + 250 + 60 + 150 + 90 = 1,150; G 200 + 90 + 80 + 170 + 40 + 100 + 60 = 740; all 3,545.
 */
class TypedTotalRowTest {
    @TempDir
    Path dir;

    static XSSFWorkbook plan(double typedD13) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Savings Plan");
        set(sh, "A1", "Medium Term Financial Plan - savings programme 2016/17 to 2018/19");
        set(sh, "A3", "All figures £000");
        String[] head = {"Ref", "Scheme", "Lead", "Total", "Planned 2016/17", "Planned 2017/18", "Planned 2018/19"};
        for (int c = 0; c < head.length; c++) {
            set(sh, org.forcestat.format.CellAddress.column(c) + "5", head[c]);
        }
        Object[][] schemes = {
            {"OP01", "Response shift pattern review", "Ch Supt Operations", 410, 300, 200},
            {"OP02", "Custody suite consolidation", "Ch Supt Operations", 260, 180, 90},
            {"CS01", "Estates rationalisation", "Director of Finance", 150, 120, 80},
            {"CS02", "Fleet reduction and telematics", "Director of Finance", 380, 250, 170},
            {"CS03", "Procurement category savings", "Head of Procurement", 95, 60, 40},
            {"HR01", "Police staff restructure", "Director of People", 220, 150, 100},
            {"IT01", "Mobile data rollout", "Head of ICT", 140, 90, 60}};
        for (int i = 0; i < schemes.length; i++) {
            int r = 6 + i;
            set(sh, "A" + r, schemes[i][0]);
            set(sh, "B" + r, schemes[i][1]);
            set(sh, "C" + r, schemes[i][2]);
            set(sh, "D" + r, "=SUM(E" + r + ":G" + r + ")");
            set(sh, "E" + r, schemes[i][3]);
            set(sh, "F" + r, schemes[i][4]);
            set(sh, "G" + r, schemes[i][5]);
        }
        set(sh, "B13", "Total savings");
        set(sh, "D13", typedD13);
        for (String c : new String[] {"E", "F", "G"}) {
            set(sh, c + "13", "=SUM(" + c + "6:" + c + "12)");
        }
        return wb;
    }

    private List<Finding> audit(XSSFWorkbook wb, String name) throws Exception {
        return AuditFixtures.audit(AuditFixtures.validate(save(wb, dir.resolve(name))));
    }

    @Test
    void aTypedOverTotalThatNoLongerAddsUpIsOneFindingAndNoLine() throws Exception {
        List<Finding> all = audit(plan(3_445), "stale.xlsx"); // 100 short of 3,545
        assertEquals(List.of("D13"), all.stream().map(Finding::cell).distinct().toList(), all.toString());
        Finding f = all.stream().filter(x -> x.cell().equals("D13")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(null, AuditFindings.partOf(f));
    }

    @Test
    void aTypedOverTotalThatStillAddsUpIsOneWarningAndNoLine() throws Exception {
        List<Finding> all = audit(plan(3_545), "typed.xlsx");
        // before: D6 to D12 were listed as "part of the finding at D13"
        assertEquals(List.of("D13"), all.stream().map(Finding::cell).toList(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
    }

    @Test
    void aCorrectPlanHasNoFinding() throws Exception {
        XSSFWorkbook wb = plan(0);
        set(wb.getSheet("Savings Plan"), "D13", "=SUM(D6:D12)");
        assertEquals(List.of(), audit(wb, "clean.xlsx"));
    }
}
