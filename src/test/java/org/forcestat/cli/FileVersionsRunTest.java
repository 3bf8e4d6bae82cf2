package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two versions of a tracker with a sheet per directorate, one directorate's figure changed in the later: the
 * sheets the versions share cell for cell are counted once (DUPLICATE_SHEET, from the earlier file), the changed
 * sheet from the later version only. Nothing may be lost between the two rules.
 */
class FileVersionsRunTest {
    @TempDir
    Path dir;

    private void tracker(Path in, String name, double changed, Instant modified) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "Local Policing", new Object[][] {{"LP01", "Neighbourhood restructure", "Green", 1_200_000.0},
                {"LP02", "Custody consolidation", "Amber", changed}});
            sheet(wb, "Crime and PP", new Object[][] {{"CP01", "Investigation hubs", "Green", 900_000.0}});
            sheet(wb, "Support Services", new Object[][] {{"SS01", "Estates disposals", "Amber", 400_000.0}});
            Path p = in.resolve(name);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
            Files.setLastModifiedTime(p, FileTime.from(modified));
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, Object[][] schemes) {
        Sheet s = wb.createSheet(name);
        String[] head = {"Ref", "Scheme", "RAG", "Achieved 2023/24"};
        Row h = s.createRow(0);
        for (int i = 0; i < head.length; i++) {
            h.createCell(i).setCellValue(head[i]);
        }
        for (int r = 0; r < schemes.length; r++) {
            Row row = s.createRow(r + 1);
            for (int i = 0; i < 3; i++) {
                row.createCell(i).setCellValue((String) schemes[r][i]);
            }
            row.createCell(3).setCellValue((Double) schemes[r][3]);
        }
    }

    @Test
    void theSharedSheetsOnceAndTheChangedSheetFromTheLaterVersion() throws Exception {
        Path in = DropFolders.in(dir);
        Instant t = Instant.parse("2024-03-01T09:00:00Z");
        tracker(in, "Savings tracker.xlsx", 600_000, t.plusSeconds(3600));
        tracker(in, "Savings tracker (1).xlsx", 500_000, t);
        CommandRun r = DropFolders.run(dir);
        // later version: 1,200,000 + 600,000 (Local Policing) + 900,000 + 400,000 (shared) = 3,100,000
        assertEquals(3_100_000.0, r.metrics().get("finance.savings_to_date"), r.printed());
        assertEquals(1, r.findings("FILE_VERSIONS").size(), r.findings().toString());
    }
}
