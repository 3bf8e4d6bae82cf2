package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.set;
import static org.forcestat.validate.SpreadsheetAuditTest.audit;
import static org.forcestat.validate.SpreadsheetAuditTest.serious;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short AVERAGE is described as an average (as on the Reinhart-Rogoff Summary), not as a sum. */
class ShortRangeWordsTest {
    @TempDir
    Path dir;

    @Test
    void aShortAverageSaysItAverages() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Summary");
        set(sh, "A1", "Country");
        set(sh, "B1", "Growth");
        String[] names = {"Australia", "Austria", "Belgium", "Canada", "Denmark", "Finland", "France", "Germany",
            "Greece", "Ireland"};
        for (int i = 0; i < names.length; i++) {
            set(sh, "A" + (i + 2), names[i]);
            set(sh, "B" + (i + 2), 1.5 + 0.25 * i);
        }
        set(sh, "A12", "Average");
        set(sh, "B12", "=AVERAGE(B2:B8)");
        List<Finding> all = serious(audit(save(wb, dir.resolve("summary.xlsx"))));
        assertEquals(1, all.size(), all.toString());
        Finding f = all.get(0);
        assertEquals(ShortRange.ID, f.rule());
        assertEquals("B12", f.cell());
        assertEquals("AVERAGE(B2:B11)", f.expected());
        assertTrue(f.message().contains("=AVERAGE(B2:B8) averages B2:B8 but stops 3 rows short"), f.message());
    }

    @Test
    void aRangeWhoseNextCellWasDeletedIsOneErrorNotTwo() throws Exception {
        // =SUM(C4:C9)+#REF!: C10 was deleted from the formula; the broken reference is the finding, once.
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Budget");
        set(sh, "B3", "Line");
        set(sh, "C3", "Budget £000");
        for (int r = 4; r <= 10; r++) {
            set(sh, "B" + r, "Line " + r);
            set(sh, "C" + r, 1000.0 * r);
        }
        set(sh, "B11", "Net budget");
        set(sh, "C11", "=SUM(C4:C9)+#REF!");
        List<Finding> all = serious(audit(save(wb, dir.resolve("budget.xlsx"))));
        assertEquals(1, all.size(), all.toString());
        assertEquals(ErrorValue.ID, all.get(0).rule());
        assertTrue(all.get(0).message().endsWith("points at a deleted cell (#REF!). Fix this cell."), all.get(0).message());
    }

    @Test
    void eachFunctionHasItsWords() {
        assertEquals("adds up", ShortRange.verb("SUM"));
        assertEquals("averages", ShortRange.verb("AVERAGE"));
        assertEquals("takes the lowest of", ShortRange.verb("MIN"));
        assertEquals("takes the median of", ShortRange.verb("MEDIAN"));
    }
}
