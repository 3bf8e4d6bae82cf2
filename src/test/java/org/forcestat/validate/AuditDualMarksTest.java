package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.set;
import static org.forcestat.validate.SpreadsheetAuditTest.audit;
import static org.forcestat.validate.SpreadsheetAuditTest.serious;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake that breaks a block is one finding at the odd cell, with the cells of the block it
 * involves listed as "part of" rows (docs/audit.md, dual marks); and the two checks that find
 * such blocks: a formula filled down that stops before its table's rows do, and a result typed
 * over its neighbours' formula.
 */
class AuditDualMarksTest {
    @TempDir
    Path dir;

    /** Rate in A, size in B, cost =A*B in D, rows 2-9 (Excel), headers on row 1; edit before saving. */
    private Path table(Consumer<Sheet> edit) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Calc");
        set(sh, "A1", "Rate");
        set(sh, "B1", "Size");
        set(sh, "D1", "Cost");
        for (int r = 2; r <= 9; r++) {
            set(sh, "A" + r, 0.25 + r);
            set(sh, "B" + r, 100.0 * r);
            set(sh, "D" + r, "=A" + r + "*B" + r);
        }
        edit.accept(sh);
        return save(wb, dir.resolve("table.xlsx"));
    }

    private static List<String> cells(List<Finding> all, boolean parts) {
        return all.stream().filter(f -> (AuditFindings.partOf(f) != null) == parts).map(Finding::cell).toList();
    }

    @Test
    void aFormulaThatStopsBeforeItsTableRowsEndIsMissingThereWithItsCopiesAsParts() throws Exception {
        List<Finding> all = serious(audit(table(sh -> {
            for (int r = 7; r <= 9; r++) {
                set(sh, "D" + r, null);
            }
        })));
        assertEquals(List.of("D7", "D8", "D9"), cells(all, false), all.toString());
        for (Finding f : all) {
            assertEquals(MissingFormula.ID, f.rule());
            assertEquals(Severity.WARNING, f.severity());
        }
        Finding d8 = all.stream().filter(f -> f.cell().equals("D8")).findFirst().orElseThrow();
        assertEquals("=A8*B8", d8.expected());
        assertNull(AuditFindings.partOf(d8));
        // the copies the gap breaks: one "part of" row each, pointing at the first empty cell
        assertEquals(List.of("D2", "D3", "D4", "D5", "D6"), cells(all, true));
        for (Finding p : all.stream().filter(f -> AuditFindings.partOf(f) != null).toList()) {
            assertEquals("D7", AuditFindings.partOf(p));
            assertEquals(Severity.WARNING, p.severity());
        }
    }

    @Test
    void aFullTableAndARowWithNothingToWorkOnAreNotFlagged() throws Exception {
        assertEquals(List.of(), serious(audit(table(sh -> { }))));
        // a line of 0 has no cost to work out; a line with no size neither
        assertEquals(List.of(), serious(audit(table(sh -> {
            set(sh, "B5", 0.0);
            set(sh, "D5", null);
            set(sh, "B8", null);
            set(sh, "A8", "n/a");
            set(sh, "D8", null);
        }))));
    }

    /** A small income statement: years in B, D, F with spacer columns, Gross profit = sales - cost. */
    private Path statement(Consumer<Sheet> edit) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Income");
        set(sh, "B2", "2001");
        set(sh, "D2", "2002");
        set(sh, "F2", "2003");
        set(sh, "A3", "Net sales");
        set(sh, "A4", "Cost of goods sold");
        set(sh, "A5", "Gross profit");
        set(sh, "A6", "Margin");
        double[][] figures = {{1307, 718}, {1470, 744}, {1301, 657}};
        String[] cols = {"B", "D", "F"};
        for (int i = 0; i < 3; i++) {
            String c = cols[i];
            set(sh, c + "3", figures[i][0]);
            set(sh, c + "4", figures[i][1]);
            set(sh, c + "5", "=" + c + "3-" + c + "4");
            set(sh, c + "6", "=" + c + "5/" + c + "3");
        }
        edit.accept(sh);
        return save(wb, dir.resolve("statement.xlsx"));
    }

    @Test
    void aResultTypedOverItsNeighboursFormulaIsFoundWithTheCopiesAsParts() throws Exception {
        // 1301 - 657 = 644 typed where B5 and D5 work it out
        List<Finding> all = serious(audit(statement(sh -> set(sh, "F5", 644.0))));
        List<Finding> own = all.stream().filter(f -> AuditFindings.partOf(f) == null).toList();
        assertEquals(1, own.size(), all.toString());
        assertEquals(TypedTotal.ID, own.get(0).rule());
        assertEquals("F5", own.get(0).cell());
        assertEquals("F3-F4", own.get(0).expected());
        assertEquals(Severity.WARNING, own.get(0).severity());
        assertEquals(List.of("B5", "D5"), cells(all, true).stream().sorted().toList());
    }

    @Test
    void theStatementWithFormulasAndATypedRateAreNotFlagged() throws Exception {
        assertEquals(List.of(), serious(audit(statement(sh -> { }))));
        // 644 / 1301 typed as the published margin: a rate, not a typed-over amount
        assertEquals(List.of(), serious(audit(statement(sh -> set(sh, "F6", 644.0 / 1301)))));
    }

    @Test
    void aTypedCellAlongARowOfTotalsIsItsOwnMistakeWithoutParts() throws Exception {
        XSSFWorkbook wb = AuditFixtures.savingsPlan();
        double right = 0;
        for (int i = 0; i < 12; i++) {
            right += AuditFixtures.amount(i, 2);
        }
        set(wb.getSheet("Savings"), "F17", right + 5_000);
        List<Finding> all = serious(audit(save(wb, dir.resolve("plan.xlsx"))));
        assertEquals(List.of("F17"), cells(all, false), all.toString());
        assertEquals(List.of(), cells(all, true));
    }
}
