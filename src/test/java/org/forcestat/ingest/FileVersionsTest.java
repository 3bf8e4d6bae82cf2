package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A savings plan and another version of it ("... (1).xlsx", one scheme's figure changed) are one plan: only
 * the version saved last is counted, with a warning naming both. Plans of different names are both counted.
 */
class FileVersionsTest {
    @TempDir
    Path dir;

    @Test
    void copyMarksAreTakenOffTheName() {
        assertEquals("csr savings plan.xlsx", FileVersions.stem("CSR savings plan (1).xlsx"));
        assertEquals("csr savings plan.xlsx", FileVersions.stem("CSR savings plan - Copy.xlsx"));
        assertEquals("csr savings plan.xlsx", FileVersions.stem("CSR savings plan - Copy (2).xlsx"));
        assertEquals("csr savings plan.xlsx", FileVersions.stem("Copy of CSR savings plan.xlsx"));
        assertEquals("csr savings plan.xlsx", FileVersions.stem("CSR savings plan copy.xlsx"));
        assertEquals("savings 2016.xlsx", FileVersions.stem("Savings 2016.xlsx"));
        assertEquals("budget (draft).xlsx", FileVersions.stem("Budget (draft).xlsx"));
    }

    /** A plan of three schemes, planned 2016/17 in pounds; {@code second} is the second scheme's figure. */
    private Path plan(String name, int second, Instant modified) throws Exception {
        Path p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Savings", row("Scheme", "Status", "Planned 2016/17", "Achieved 2016/17"),
                    row("Estates rationalisation", "Green", 400_000, 400_000),
                    row("Shared back office", "Amber", second, 0),
                    row("Fleet reduction", "Red", 150_000, 0));
            p = Fixtures.save(wb, dir.resolve(name));
        }
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }

    private static Partial run(Path... files) {
        WorkbookReader reader = new WorkbookReader(InputProperties.NONE);
        Partial merged = new Partial();
        for (Path f : files) {
            merged.merge(reader.read(f));
        }
        FileVersions.keepOne(merged);
        return merged;
    }

    private static double planned(Partial p) {
        return p.finance().savings().stream().mapToDouble(l -> l.planned().getOrDefault("2016/17", 0.0)).sum();
    }

    @Test
    void theVersionSavedLastIsCountedAlone() throws Exception {
        Instant t = Instant.parse("2016-05-03T09:00:00Z");
        Path older = plan("CSR savings plan.xlsx", 300_000, t);
        Path newer = plan("CSR savings plan (1).xlsx", 350_000, t.plusSeconds(600));
        Partial p = run(older, newer);
        // 400,000 + 350,000 + 150,000 from the newer version alone (both: 1,800,000)
        assertEquals(900_000, planned(p), 0.5);
        List<Finding> w = p.findings().stream().filter(f -> f.rule().equals("FILE_VERSIONS")).toList();
        assertEquals(1, w.size(), p.findings().toString());
        assertEquals("CSR savings plan.xlsx", w.get(0).file());
        assertTrue(w.get(0).message().contains("only CSR savings plan (1).xlsx was counted (the one saved last)"),
                w.get(0).message());
    }

    @Test
    void savedTogetherTheOneWithoutTheCopyMarkIsCounted() throws Exception {
        Instant t = Instant.parse("2016-05-03T09:00:00Z");
        Partial p = run(plan("CSR savings plan (1).xlsx", 350_000, t), plan("CSR savings plan.xlsx", 300_000, t));
        assertEquals(850_000, planned(p), 0.5);
    }

    @Test
    void plansOfOtherNamesAreBothCounted() throws Exception {
        Instant t = Instant.parse("2016-05-03T09:00:00Z");
        Partial p = run(plan("Savings - Local Policing.xlsx", 300_000, t), plan("Savings - Support.xlsx", 350_000, t));
        assertEquals(1_750_000, planned(p), 0.5);
        assertTrue(p.findings().stream().noneMatch(f -> f.rule().equals("FILE_VERSIONS")));
    }
}
