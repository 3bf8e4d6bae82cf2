package org.forcestat.validate;

import static org.forcestat.validate.AuditFixtures.save;
import static org.forcestat.validate.AuditFixtures.set;
import static org.forcestat.validate.SpreadsheetAuditTest.audit;
import static org.forcestat.validate.SpreadsheetAuditTest.serious;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "table rows" half of AUDIT_MISSING_FORMULA (a formula filled down a table that stops before
 * its rows end, or skips one) only where a person would agree, as on the Reinhart-Rogoff country
 * sheets: a lag that cannot start before the rows it looks back on, a formula kept for a period of
 * a long series; and the cap on "part of" rows stated, the text report safe from control characters.
 */
class AuditTableRowsTest {
    @TempDir
    Path dir;

    /**
     * A short table (20 rows, Excel rows 12-31): price typed in B from row 2, volume typed in D on
     * rows 12-31 (the table's rows), and in E the change in price over 3 rows, =B{r}-B{r-3}, filled
     * down rows 15-31: it starts 3 rows into the table because the first rows have no 3 rows of
     * the table before them.
     */
    private Path lagTable(Consumer<Sheet> edit) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Prices");
        set(sh, "A1", "Week");
        set(sh, "B1", "Price");
        set(sh, "D1", "Volume");
        set(sh, "E1", "3-week change");
        for (int r = 2; r <= 31; r++) {
            set(sh, "A" + r, (double) r - 1);
            set(sh, "B" + r, 100.0 + 3 * r);
            if (r >= 12) {
                set(sh, "D" + r, 40.0 + r);
            }
            if (r >= 15) {
                set(sh, "E" + r, "=B" + r + "-B" + (r - 3));
            }
        }
        edit.accept(sh);
        return save(wb, dir.resolve("prices.xlsx"));
    }

    private static List<String> cells(List<Finding> all, boolean parts) {
        return all.stream().filter(f -> (AuditFindings.partOf(f) != null) == parts).map(Finding::cell).toList();
    }

    @Test
    void aLagThatStartsWhenItsTableHasTheRowsItLooksBackOnIsNotMissing() throws Exception {
        // E12:E14 would use B9:B11, rows before the table (12-31) that no copy reaches
        assertEquals(List.of(), serious(audit(lagTable(sh -> { }))));
    }

    @Test
    void aRowSkippedInsideTheLagColumnIsStillFound() throws Exception {
        List<Finding> all = serious(audit(lagTable(sh -> set(sh, "E20", null))));
        assertEquals(List.of("E20"), cells(all, false), all.toString());
        assertEquals(MissingFormula.ID, all.get(0).rule());
        assertEquals("=B20-B17", all.get(0).expected());
        // a short table: its copies (E15:E19, E21:E31, 16 cells) are the block the gap breaks
        assertEquals(16, cells(all, true).size());
    }

    /**
     * A long series (60 years, Excel rows 2-61, 1950-2009): debt in B, GDP in C, and the debt ratio
     * =100*B{r}/C{r} in D, worked out for 1979-2009 only (rows 31-61), a period the analysis covers.
     */
    private Path series(Consumer<Sheet> edit) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Debt");
        set(sh, "A1", "Year");
        set(sh, "B1", "Debt");
        set(sh, "C1", "GDP");
        set(sh, "D1", "Debt/GDP");
        for (int r = 2; r <= 61; r++) {
            set(sh, "A" + r, 1948.0 + r);
            set(sh, "B" + r, 500.0 + 10 * r);
            set(sh, "C" + r, 1000.0 + 25 * r);
            if (r >= 31) {
                set(sh, "D" + r, "=100*B" + r + "/C" + r);
            }
        }
        edit.accept(sh);
        return save(wb, dir.resolve("series.xlsx"));
    }

    @Test
    void aFormulaKeptForAPeriodOfALongSeriesIsNotMissingBeforeIt() throws Exception {
        // rows 2-30 (29 years) have no ratio: a period left out, not 29 copies forgotten
        assertEquals(List.of(), serious(audit(series(sh -> { }))));
    }

    @Test
    void aRowOrTwoSkippedInALongSeriesAreFoundWithoutListingTheWholeSeries() throws Exception {
        List<Finding> all = serious(audit(series(sh -> {
            set(sh, "D45", null);
            set(sh, "D60", null);
            set(sh, "D61", null);
        })));
        assertEquals(List.of("D45", "D60", "D61"), cells(all, false), all.toString());
        assertEquals("=100*B45/C45", all.get(0).expected());
        assertEquals("=100*B61/C61", all.get(2).expected());
        // over 40 rows: no "part of" rows for the 28 copies
        assertEquals(List.of(), cells(all, true));
        // three years missing at the start of the period are a choice in a series this long
        assertEquals(List.of(), serious(audit(series(sh -> {
            for (int r = 31; r <= 33; r++) {
                set(sh, "D" + r, null);
            }
        }))));
    }

    /**
     * A spliced series, as on the Reinhart-Rogoff country sheets: debt and GDP from a first source in
     * C and E (rows 2-20), from a second source in D (rows 10-20) and F (rows 12-20); the debt ratio of each,
     * =100*C/E in G and =100*D/F in H, is one formula in R1C1 form, so G2:H20 is one block of copies.
     */
    private Path spliced(Consumer<Sheet> edit) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Norway");
        set(sh, "A1", "Year");
        for (int r = 2; r <= 20; r++) {
            set(sh, "A" + r, 1980.0 + r);
            set(sh, "C" + r, 100.0 + r);
            set(sh, "E" + r, 1000.0 + 10 * r);
            set(sh, "G" + r, "=100*C" + r + "/E" + r);
            if (r >= 10) {
                set(sh, "D" + r, 120.0 + r);
            }
            if (r >= 12) {
                set(sh, "F" + r, 1100.0 + 10 * r);
                set(sh, "H" + r, "=100*D" + r + "/F" + r);
            }
        }
        edit.accept(sh);
        return save(wb, dir.resolve("spliced.xlsx"));
    }

    @Test
    void aBlockBesideASeriesThatHasNotStartedIsNotMissingACopy() throws Exception {
        // H2:H9 would divide D by F, both empty there; H10:H11 divide by F, a column of figures
        // that has none there yet: nothing to work on, no copy left out
        assertEquals(List.of(), serious(audit(spliced(sh -> { }))));
    }

    @Test
    void aCopyLeftOutWhereTheSecondSourceHasFiguresIsFound() throws Exception {
        List<Finding> all = serious(audit(spliced(sh -> set(sh, "H15", null))));
        assertEquals(List.of("H15"), cells(all, false), all.toString());
        assertEquals(MissingFormula.ID, all.get(0).rule());
        assertEquals("=100*D15/F15", all.get(0).expected());
    }

    @Test
    void partRowsPastTheCapAreCountedInOneLine() {
        AuditFindings out = new AuditFindings("big.xlsx");
        AuditSheet sh = new AuditSheet("Calc", 0, false);
        List<AuditCell> block = new ArrayList<>();
        for (int r = 0; r < 1_250; r++) {
            block.add(new AuditCell(r, 3, AuditCell.Type.NUMBER, r, null, null));
        }
        out.add(Severity.WARNING, MissingFormula.ID, sh, "D2000", "empty", "=A2000*B2000", "the cell is empty");
        out.addParts(MissingFormula.ID, sh, "D2000", block, "the cell is empty");
        List<Finding> all = out.findings();
        long parts = all.stream().filter(f -> AuditFindings.partOf(f) != null).count();
        assertEquals(1_000, parts);
        List<Finding> more = all.stream().filter(f -> f.cell().isEmpty()).toList();
        assertEquals(1, more.size(), all.toString());
        assertEquals(Severity.INFO, more.get(0).severity());
        assertEquals("250 more", more.get(0).seen());
        assertTrue(more.get(0).message().startsWith("big.xlsx, sheet 'Calc': 250 more cells of the blocks"),
                more.get(0).message());
        // under the cap: no such line
        AuditFindings few = new AuditFindings("small.xlsx");
        few.addParts(MissingFormula.ID, sh, "D2000", block.subList(0, 1_000), "the cell is empty");
        assertEquals(1_000, few.findings().size());
    }

    @Test
    void theTextReportPrintsNamesWithLineBreaksAsEscapes() {
        String sheet = "Plan\nERROR Forged!A1";
        Finding f = new Finding(Severity.ERROR, ShortRange.ID, "a\rb.xlsx", sheet, "D17", "SUM(D5:D15)",
                "SUM(D5:D16)", "a\rb.xlsx, sheet '" + sheet + "', cell D17: the total stops short");
        ValidateEngine.FileResult file = new ValidateEngine.FileResult(Path.of("a\rb.xlsx"), List.of(f), false, null);
        StringWriter w = new StringWriter();
        FindingsReport.text(new ValidateEngine.Result(List.of(file), 1), new PrintWriter(w));
        String text = w.toString();
        assertTrue(text.contains("a\\rb.xlsx: 1 finding(s)"), text);
        assertTrue(text.contains("    ERROR Plan\\nERROR Forged!A1!D17"), text);
        assertTrue(text.contains("sheet 'Plan\\nERROR Forged!A1', cell D17"), text);
        assertTrue(text.lines().noneMatch(l -> l.startsWith("ERROR Forged")), text);
        assertTrue(text.indexOf('\r') < 0, text);
        assertEquals("bell? tab\\t", FindingsReport.printable("bell\u0007 tab\t"));
    }
}
