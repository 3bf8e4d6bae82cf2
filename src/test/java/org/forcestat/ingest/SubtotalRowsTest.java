package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.forcestat.ingest.Fixtures.row;

import java.nio.file.Path;
import java.util.List;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Total and subtotal rows are never counted as lines (SPEC §2.3). */
class SubtotalRowsTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);

    private static List<String> lines(Partial p) {
        return p.finance().budget().stream().map(BudgetLine::line).toList();
    }

    @Test
    void typedSubtotalAndNetBudgetRowsAreNotLines() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "budget.xlsx", "Budget",
                row("Cost centre", "Category", "Budget"),
                row("Officers", "Police officer pay", 100),
                row("Staff", "Police staff pay", 40),
                row("PCSOs", "PCSO pay", 5),
                row("Total pay", null, 145),
                row("Estates", "Non-pay", 30),
                row("Grants", "Income", -5),
                row("Net budget", null, 170)));
        assertEquals(List.of("Officers", "Staff", "PCSOs", "Estates", "Grants"), lines(p));
        assertEquals(170, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 1e-9);
    }

    @Test
    void aRowOfSumsOverTheRowsAboveIsNotALineWhateverItsLabel() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "budget.xlsx", "Budget",
                row("Cost centre", "Category", "Budget"),
                row("Officers", "Police officer pay", 100),
                row("Staff", "Police staff pay", 40),
                row("Operational budget", null, "=SUM(C2:C3)")));
        assertEquals(List.of("Officers", "Staff"), lines(p));
    }

    @Test
    void summaryLinesNamedTotalAreLinesWhenNothingAboveAddsUpToThem() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "budget.xlsx", "Budget",
                row("Budget line", "Category", "Budget"),
                row("Total police officer pay", "Police officer pay", 100),
                row("Total police staff pay", "Police staff pay", 40),
                row("Supplies", "Non-pay", 30)));
        assertEquals(List.of("Total police officer pay", "Total police staff pay", "Supplies"), lines(p));
    }

    @Test
    void pivotSubtotalsAreFoundByTheirFiguresAndLinesThatDoNotAddUpAreKept() {
        List<double[]> v = List.of(new double[] {5, 7, 9}, new double[] {2, 3, 4}, new double[] {3, 4, 5},
                new double[] {1, 1, 1}, new double[] {4, 6, 5}, new double[] {10, 14, 15});
        List<Subtotals.Label> labels = java.util.Collections.nCopies(6, Subtotals.Label.LINE);
        boolean[] total = Subtotals.find(v, labels, new boolean[6], true, 0.5);
        // Row 0 is the group of rows 1-2; row 5 is the sum of the lines 1..4 (row 0 being a subtotal).
        assertEquals("[true, false, false, false, false, true]", java.util.Arrays.toString(total));
        // A single column of round figures could add up by chance: not by value alone.
        boolean[] single = Subtotals.find(List.of(new double[] {1}, new double[] {2}, new double[] {3}),
                java.util.Collections.nCopies(3, Subtotals.Label.LINE), new boolean[3], false, 0.5);
        assertEquals("[false, false, false]", java.util.Arrays.toString(single));
    }
}
