package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.SavingsLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A savings tracker with a sheet per directorate and a "Programme total" sheet listing each directorate's
 * total (typed, as a values-only copy has them): the programme sheet is their summary, not more schemes.
 * By hand (£m): achieved 2023/24 = 1.8 + 0.6 + 0.7 = 3.1; planned 2024/25 = 2.3 + 1.0 + 1.4 = 4.7.
 */
class SavingsSummariesTest {
    @TempDir
    Path dir;

    private static Object[][] directorate(String name, Object[]... schemes) {
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(row(name + " savings tracker (£m)"));
        rows.add(row("Ref", "Scheme", "RAG", "Achieved 2023/24", "Planned 2024/25"));
        rows.addAll(List.of(schemes));
        return rows.toArray(new Object[0][]);
    }

    private Partial read(Object[] programmeLine3) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Programme total", new Object[][] {row("Savings programme (£m)"),
                row("Ref", "Scheme", "RAG", "Achieved 2023/24", "Planned 2024/25"),
                row("D1", "Local Policing", null, 1.8, 2.3), row("D2", "Crime and PP", null, 0.6, 1.0), programmeLine3});
            Fixtures.fill(wb, "Local Policing", directorate("Local Policing",
                    row("LP01", "Neighbourhood restructure", "Green", 1.2, 0.8),
                    row("LP02", "Custody consolidation", "Amber", 0.6, 1.1),
                    row("LP03", "Front counter closures", "Red", 0.0, 0.4)));
            Fixtures.fill(wb, "Crime and PP", directorate("Crime and PP",
                    row("CP01", "Investigation hubs", "Green", 0.9, 0.5),
                    row("CP02", "Digital evidence - cost pressure", "Red", -0.3, 0.5)));
            Fixtures.fill(wb, "Support Services", directorate("Support Services",
                    row("SS01", "Estates disposals", "Amber", 0.4, 0.6),
                    row("SS02", "Fleet reduction", "Green", 0.3, 0.8)));
            Partial p = new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve("tracker.xlsx")));
            SavingsSummaries.remove(p);
            return p;
        }
    }

    private static double achieved(Partial p) {
        return p.finance().savings().stream().mapToDouble(l -> l.achieved().getOrDefault("2023/24", 0.0)).sum();
    }

    private static List<Finding> notes(Partial p) {
        return p.findings().stream().filter(f -> f.rule().equals("SAVINGS_SUMMARY_SHEET")).toList();
    }

    @Test
    void aSheetOfTheOtherSheetsTotalsIsNotAddedAgain() throws Exception {
        Partial p = read(row("D3", "Support Services", null, 0.7, 1.4));
        assertEquals(3_100_000, achieved(p), 1);
        assertEquals(4_700_000, p.finance().savings().stream()
                .mapToDouble(l -> l.planned().getOrDefault("2024/25", 0.0)).sum(), 1);
        assertTrue(p.finance().savings().stream().map(SavingsLine::source)
                .noneMatch(s -> s.sheet().equals("Programme total")));
        assertEquals(1, notes(p).size(), p.findings().toString());
        assertEquals("Programme total", notes(p).get(0).sheet());
        assertTrue(notes(p).get(0).message().contains("its 3 lines were not added again"), notes(p).get(0).message());
    }

    @Test
    void aSheetWithALineOfItsOwnIsCounted() throws Exception {
        // Its third line is no other sheet's total (0.9 where Support Services has 0.7): a plan of its own.
        Partial p = read(row("D3", "Corporate contingency", null, 0.9, 1.4));
        // every line added: the directorates' 3.1 and the programme sheet's 1.8 + 0.6 + 0.9 = 3.3
        assertEquals(6_400_000, achieved(p), 1);
        assertEquals(List.of(), notes(p));
    }
}
