package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.SavingsLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finance sheets show a negative in accounting brackets, and Excel's "Save as CSV" writes it as displayed:
 * "(0.3)". It is -0.3, not a text that drops the line (which raised savings to date from £1.6m to £1.9m).
 */
class BracketNegativesTest {
    @TempDir
    Path dir;

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aSavingsCsvWithBracketsReadsThemAsNegatives() throws Exception {
        Path f = Files.writeString(dir.resolve("savings_2024-25.csv"), "Ref,Savings line,RAG,Achieved 2023/24 £m,Planned 2024/25 £m\n"
                + "S01,Estates rationalisation,Green,1.5,0.8\nS02,Fleet,Amber,0.4,0.6\n"
                + "S03,Overtime pressure,Red,(0.3),(0.5)\nS04,Control room,Red,0.0,1.2\n,Total,,1.6,2.1\n");
        Partial p = new WorkbookReader(InputProperties.NONE).read(f);
        // achieved 1.5 + 0.4 - 0.3 + 0.0 = 1.6 (£m); planned 0.8 + 0.6 - 0.5 + 1.2 = 2.1
        assertEquals(4, p.finance().savings().size(), p.findings().toString());
        double achieved = p.finance().savings().stream().mapToDouble(l -> l.achieved().values().stream()
                .mapToDouble(Double::doubleValue).sum()).sum();
        double planned = p.finance().savings().stream().mapToDouble(l -> l.planned().values().stream()
                .mapToDouble(Double::doubleValue).sum()).sum();
        assertEquals(1_600_000, achieved, 1);
        assertEquals(2_100_000, planned, 1);
        SavingsLine s03 = p.finance().savings().get(2);
        assertEquals(-500_000, s03.planned().get("2024/25"), 1);
        assertEquals(List.of(), of(p, "TYPE_TEXT_IN_NUMBER"));
        assertEquals(List.of(), of(p, "NUMBER_AS_TEXT"));
    }

    @Test
    void aBudgetCsvWithPoundsInBrackets() throws Exception {
        Path f = Files.writeString(dir.resolve("budget.csv"), "Budget line,Category,Budget\n"
                + "Constables,Police officer pay,\"£1,200,000\"\nPremises,Non-pay,\"£150,000\"\n"
                + "Grants,Income,\"(£120,000)\"\n");
        Partial p = new WorkbookReader(InputProperties.NONE).read(f);
        // 1,200,000 + 150,000 - 120,000 = 1,230,000
        assertEquals(1_230_000, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 1);
        assertEquals(List.of(), of(p, "TYPE_TEXT_IN_NUMBER"));
    }

    @Test
    void wordsInBracketsAreStillNotANumber() throws Exception {
        Path f = Files.writeString(dir.resolve("budget.csv"), "Budget line,Category,Budget\n"
                + "Constables,Police officer pay,1200000\nPremises,Non-pay,(tbc)\n");
        Partial p = new WorkbookReader(InputProperties.NONE).read(f);
        assertEquals(1_200_000, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 1);
        assertEquals(1, of(p, "TYPE_TEXT_IN_NUMBER").size(), p.findings().toString());
    }

    @Test
    void bracketsTypedAsTextInAWorkbookAreReadWithAWarning() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Budget", row("Budget line", "Category", "Budget"),
                    row("Constables", "Police officer pay", 1_200_000), row("Grants", "Income", "(120000)"));
            Partial p = new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve("budget.xlsx")));
            assertEquals(1_080_000, p.finance().budget().stream().mapToDouble(BudgetLine::amount).sum(), 1);
            List<Finding> w = of(p, "NUMBER_AS_TEXT");
            assertEquals(1, w.size(), p.findings().toString());
            assertEquals("C3", w.get(0).cell());
            assertTrue(w.get(0).message().contains("read as the negative number -120000, but"), w.get(0).message());
        }
    }
}
