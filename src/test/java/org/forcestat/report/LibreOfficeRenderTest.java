package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.forcestat.testing.RealClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens the written workbook in LibreOffice (when installed) and prints it to PDF: the file must
 * open without complaint and print at least one page per readable sheet (the Data_* tables are left out
 * of print, empty or not). The PDF is kept in
 * target/report-render/ for a person to look at.
 */
@Tag("external")
class LibreOfficeRenderTest {
    @Test
    void libreOfficePrintsEverySheet() throws Exception {
        render(SummaryFixture.full(), "summary");
    }

    @Test
    void libreOfficePrintsASummaryWithNoData() throws Exception {
        render(SummaryFixture.empty(), "empty");
    }

    private static void render(org.forcestat.stats.Summary summary, String name) throws Exception {
        Assumptions.assumeTrue(RealClients.onPath("soffice"), "LibreOffice (soffice) is not installed");
        Path out = Path.of("target", "report-render").toAbsolutePath();
        Files.createDirectories(out);
        Path xlsx = out.resolve(name + ".xlsx");
        SummaryWorkbookWriter.write(summary, xlsx);
        Path pdf = RealClients.toPdf(xlsx, out);
        assertTrue(Files.size(pdf) > 5_000, "PDF written");
        int pages = RealClients.pages(pdf);
        long readable = SummaryWorkbookWriter.SHEETS.stream().filter(n -> !n.startsWith("Data_")).count();
        assertTrue(pages >= readable, "pages: " + pages);
    }
}
