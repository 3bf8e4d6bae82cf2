package org.forcestat.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.samples.templates.TemplateWriter;
import org.forcestat.samples.templates.Templates;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the calls-per-day template in LibreOffice (when installed) and prints it to PDF: the data
 * sheet and the Instructions sheet each print at least one page. The PDF is kept in
 * target/template-render/ for a person to look at.
 */
class TemplateRenderTest {

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void libreOfficePrintsTheCallsPerDayTemplate() throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        Path out = Path.of("target", "template-render").toAbsolutePath();
        Files.createDirectories(out);
        Path xlsx = TemplateWriter.write(Templates.named("calls-per-day.xlsx"), out.resolve("calls-per-day.xlsx"),
                true);
        Path pdf = out.resolve("calls-per-day.pdf");
        Files.deleteIfExists(pdf);
        Path profile = Files.createTempDirectory("lo-template-test");
        Path log = out.resolve("soffice.log");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertTrue(Files.exists(pdf) && Files.size(pdf) > 2_000, "PDF written");
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw);
        int pages = 0;
        while (m.find()) {
            pages++;
        }
        assertTrue(pages >= 2, "a page for the data sheet and one for the instructions: " + pages);
    }
}
