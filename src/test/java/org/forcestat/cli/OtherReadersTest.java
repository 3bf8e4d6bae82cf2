package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.forcestat.testing.RealClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file forcestat writes (see {@link WrittenFiles}) opened by two readers besides POI, which
 * must say nothing on opening it: Gnumeric ({@code ssconvert}, Debian's {@code gnumeric}) and
 * LibreOffice ({@code soffice --headless}). Skipped, with a message, where a program is missing;
 * .ci/run installs both.
 */
@Tag("external")
class OtherReadersTest {
    /**
     * What Gnumeric 1.12.55 says about valid files because it does not implement the part: Excel
     * tables ({@code tableParts}, which SPEC §6 asks for on Validation and the Data_* sheets; the
     * state line follows the message), and the VML shape every Excel comment carries (Gnumeric
     * reads the comment itself from the comments part, which the test checks).
     */
    private static final List<String> GNUMERIC_GAPS = List.of(
            "Unexpected element 'tableParts' in state : ",
            "\tworksheet",
            "Unhandled object of type Note");

    @TempDir
    static Path dir;
    static WrittenFiles files;

    @BeforeAll
    static void writeEveryKindOfFile() throws Exception {
        files = WrittenFiles.make(dir);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> cmd, int seconds) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "timed out: " + cmd);
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void gnumericOpensEveryFileWithoutAWarning() throws Exception {
        Assumptions.assumeTrue(RealClients.onPath("ssconvert"), "Gnumeric (ssconvert) is not installed");
        List<String> problems = new ArrayList<>();
        for (Path f : files.all()) {
            Path copy = dir.resolve("gnumeric").resolve(f.getFileName() + ".gnumeric");
            Files.createDirectories(copy.getParent());
            Result r = run(List.of("ssconvert", f.toString(), copy.toString()), 300);
            List<String> said = (r.out + r.err).lines().filter(l -> !l.isBlank() && !GNUMERIC_GAPS.contains(l)).toList();
            if (r.exit != 0 || !said.isEmpty() || !Files.exists(copy)) {
                problems.add(f.getFileName() + " (exit " + r.exit + "): " + said);
            }
        }
        assertEquals(List.of(), problems);
        // the annotated copy's comments reach Gnumeric, whatever it says of their VML shapes
        String copy = gunzip(dir.resolve("gnumeric").resolve(files.annotated.getFileName() + ".gnumeric"));
        assertTrue(copy.contains("Author=\"forcestat\"") && copy.contains("Total does not add up"),
                "comments in Gnumeric's copy");
    }

    @Test
    void libreOfficeOpensEveryFileWithoutAWarning() throws Exception {
        Assumptions.assumeTrue(RealClients.onPath("soffice"), "LibreOffice (soffice) is not installed");
        Path outDir = dir.resolve("lo");
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "ods", "--outdir", outDir.toString()));
        for (Path f : files.all()) {
            cmd.add(f.toString());
        }
        Result r = run(cmd, 600);
        assertEquals(0, r.exit, r.out + r.err);
        // javaldx: LibreOffice looking for a Java runtime it does not need to read a workbook
        List<String> said = r.err.lines().filter(l -> !l.isBlank() && !l.contains("failed to launch javaldx")).toList();
        assertEquals(List.of(), said);
        for (Path f : files.all()) {
            Path ods = outDir.resolve(f.getFileName().toString().replaceFirst("\\.xlsx$", ".ods"));
            assertTrue(Files.size(ods) > 2_000, "LibreOffice converted " + f.getFileName() + ": " + r.out);
        }
    }

    private static String gunzip(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            if (head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                try (InputStream z = new GZIPInputStream(Files.newInputStream(file))) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return Files.readString(file);
    }
}
