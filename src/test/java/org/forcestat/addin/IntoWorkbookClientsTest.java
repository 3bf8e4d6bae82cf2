package org.forcestat.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.forcestat.report.SummaryWorkbookWriter;
import org.forcestat.testing.RealClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The add-in copy as other programs see it: LibreOffice converts it, Gnumeric reads it with no warning
 * that neither the user's own workbook nor forcestat's summary already gives, and openpyxl reads every sheet.
 */
@Tag("external")
class IntoWorkbookClientsTest {
    @TempDir
    Path dir;

    @Test
    void otherProgramsOpenTheCopy() throws Exception {
        IntoWorkbookTest.writeSummary(Files.createDirectories(dir.resolve("summary")));
        Path summary = IntoWorkbookTest.summary;
        Path book = dir.resolve("WCA_May2003.xlsx");
        Files.copy(IntoWorkbookTest.real("WCA_May2003.xlsx"), book);
        Path out = IntoWorkbook.target(book);
        IntoWorkbook.merge(book, summary, SummaryWorkbookWriter.SHEETS, out);

        if (RealClients.onPath("ssconvert")) {
            Set<String> known = new HashSet<>(gnumericWarnings(book));
            known.addAll(gnumericWarnings(summary));
            Set<String> now = new HashSet<>(gnumericWarnings(out));
            now.removeAll(known);
            assertTrue(now.isEmpty(), "Gnumeric warns on the copy only: " + now);
        }
        if (RealClients.onPath("soffice")) {
            Path pdf = RealClients.toPdf(out, dir.resolve("pdf"));
            assertTrue(RealClients.pages(pdf) > 2, "LibreOffice printed the user's sheets only");
        }
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3 with openpyxl");
        Process p = new ProcessBuilder(python.toString(), "-c", String.join("\n",
                "import sys, openpyxl",
                "wb = openpyxl.load_workbook(sys.argv[1])",
                "print('|'.join(wb.sheetnames))",
                "print(wb['Metrics']['A2'].value)"), out.toString()).redirectErrorStream(false).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        Assumptions.assumeFalse(text.isBlank() && p.exitValue() != 0 && new String(p.getErrorStream().readAllBytes())
                .contains("No module named"), "openpyxl not installed");
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).endsWith("|" + String.join("|", SummaryWorkbookWriter.SHEETS)), lines.get(0));
        assertEquals("calls.total", lines.get(1));
    }

    static List<String> gnumericWarnings(Path xlsx) throws Exception {
        Path csv = Files.createTempFile("fs-gnumeric", ".csv");
        Process p = new ProcessBuilder("ssconvert", xlsx.toString(), csv.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "ssconvert did not finish");
        Files.deleteIfExists(csv);
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
