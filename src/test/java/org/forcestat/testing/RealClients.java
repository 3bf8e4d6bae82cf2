package org.forcestat.testing;

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

/** LibreOffice and poppler as the tests use them: is a command installed, convert to PDF, count pages. */
public final class RealClients {
    private RealClients() {
    }

    public static boolean onPath(String command) {
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

    /**
     * Converts a workbook to PDF with {@code soffice --headless} in a private profile (so parallel
     * conversions do not collide), failing the test if LibreOffice fails or takes over 5 minutes.
     */
    public static Path toPdf(Path xlsx, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        String name = xlsx.getFileName().toString().replaceFirst("\\.xlsx$", "");
        Path pdf = outDir.resolve(name + ".pdf");
        Files.deleteIfExists(pdf);
        Path log = outDir.resolve(name + "-soffice.log");
        Path profile = Files.createTempDirectory("lo-profile");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice did not finish in 5 minutes");
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertTrue(Files.exists(pdf), "soffice wrote no PDF: " + Files.readString(log));
        return pdf;
    }

    /** Pages of a PDF, from pdfinfo where installed, else by counting its page objects. */
    public static int pages(Path pdf) throws IOException, InterruptedException {
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
