package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the written workbook in LibreOffice (when installed) and prints it to PDF: the file must
 * open without complaint and print at least one page per sheet. The PDF is kept in
 * target/report-render/ for a person to look at.
 */
class LibreOfficeRenderTest {

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
    void libreOfficePrintsEverySheet() throws Exception {
        render(SummaryFixture.full(), "summary");
    }

    @Test
    void libreOfficePrintsASummaryWithNoData() throws Exception {
        render(SummaryFixture.empty(), "empty");
    }

    private static void render(org.forcestat.stats.Summary summary, String name) throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        Path out = Path.of("target", "report-render").toAbsolutePath();
        Files.createDirectories(out);
        Path xlsx = out.resolve(name + ".xlsx");
        Path pdf = out.resolve(name + ".pdf");
        Files.deleteIfExists(pdf);
        SummaryWorkbookWriter.write(summary, xlsx);

        Path profile = Files.createTempDirectory("lo-report-test");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve(name + "-soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
        assertEquals(0, p.exitValue(), Files.readString(out.resolve(name + "-soffice.log")));
        assertTrue(Files.exists(pdf) && Files.size(pdf) > 5_000, "PDF written");
        int pages = pages(pdf);
        assertTrue(pages >= SummaryWorkbookWriter.SHEETS.size(), "pages: " + pages);
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        if (onPath("pdfinfo")) {
            Process p = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
            String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
