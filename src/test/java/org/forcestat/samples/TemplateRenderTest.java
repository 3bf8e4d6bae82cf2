package org.forcestat.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.forcestat.samples.templates.TemplateWriter;
import org.forcestat.samples.templates.Templates;
import org.forcestat.testing.RealClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens the calls-per-day template in LibreOffice (when installed) and prints it to PDF: the data
 * sheet and the Instructions sheet each print at least one page. The PDF is kept in
 * target/template-render/ for a person to look at.
 */
@Tag("external")
class TemplateRenderTest {
    @Test
    void libreOfficePrintsTheCallsPerDayTemplate() throws Exception {
        Assumptions.assumeTrue(RealClients.onPath("soffice"), "LibreOffice (soffice) is not installed");
        Path out = Path.of("target", "template-render").toAbsolutePath();
        Files.createDirectories(out);
        Path xlsx = TemplateWriter.write(Templates.named("calls-per-day.xlsx"), out.resolve("calls-per-day.xlsx"),
                true);
        Path pdf = RealClients.toPdf(xlsx, out);
        assertTrue(Files.size(pdf) > 2_000, "PDF written");
        int pages = RealClients.pages(pdf);
        assertTrue(pages >= 2, "a page for the data sheet and one for the instructions: " + pages);
    }
}
