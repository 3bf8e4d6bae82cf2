package org.forcestat.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * forcestat.sh's class-data archive (docs/decisions/0007-validate-start-up.md): written by the first validate,
 * used by the next, and never changing what a run prints or its exit code, whether the archive is there,
 * broken, or cannot be written.
 */
@Tag("external")
class LaunchArchiveTest {
    @TempDir
    Path tmp;

    private Path app;
    private Path book;

    @BeforeEach
    void setUp() throws Exception {
        Path target = LaunchScriptTest.TARGET;
        Assumptions.assumeTrue(Files.isRegularFile(target.resolve("forcestat.jar"))
                && Files.isRegularFile(target.resolve("forcestat.sh")), "the jar and scripts are not built (run in verify)");
        app = Files.createDirectories(tmp.resolve("app dir"));
        Files.copy(target.resolve("forcestat.jar"), app.resolve("forcestat.jar"));
        Files.copy(target.resolve("forcestat.sh"), app.resolve("forcestat.sh"));
        book = tmp.resolve("typed total.xlsx");
        // A column of =B*C with one number typed in over the formula: validate finds it (an audit error).
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            Sheet s = wb.createSheet("Budget");
            Row head = s.createRow(0);
            String[] names = {"Item", "Quantity", "Price", "Cost"};
            for (int c = 0; c < names.length; c++) {
                head.createCell(c).setCellValue(names[c]);
            }
            for (int r = 2; r <= 11; r++) {
                Row row = s.createRow(r - 1);
                row.createCell(0).setCellValue("item " + r);
                row.createCell(1).setCellValue(r);
                row.createCell(2).setCellValue(10 * r);
                if (r == 6) {
                    row.createCell(3).setCellValue(1500);
                } else {
                    row.createCell(3).setCellFormula("B" + r + "*C" + r);
                }
            }
            wb.write(out);
        }
    }

    /** {@code java -jar forcestat.jar ARGS} with no JVM options: exit code and output (stdout, then stderr). */
    private String[] javaJar(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", app.resolve("forcestat.jar").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        return new String[] {String.valueOf(p.exitValue()), printed};
    }

    private String[] launcher(Path cache, String... args) throws Exception {
        return LaunchScriptTest.sh(app, tmp, Map.of("XDG_CACHE_HOME", cache.toString()), args);
    }

    private static List<Path> archives(Path cache) throws Exception {
        Path dir = cache.resolve("forcestat");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theFirstValidateWritesTheArchiveAndEveryRunPrintsAndExitsAsJavaJarDoes() throws Exception {
        Path cache = tmp.resolve("cache");
        String[] direct = javaJar("validate", "--format", "csv", book.toString());
        assertEquals("1", direct[0], direct[1]);
        assertTrue(direct[1].contains("AUDIT_TYPED_TOTAL,typed total.xlsx,Budget,D6,1500"), direct[1]);

        assertArrayEquals(direct, launcher(cache, "validate", "--format", "csv", book.toString()), "first run");
        List<Path> written = archives(cache);
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).getFileName().toString().matches("validate-\\d+-\\d+\\.jsa"), written.toString());
        assertArrayEquals(direct, launcher(cache, "validate", "--format", "csv", book.toString()), "with the archive");
        assertEquals(written, archives(cache), "the archive is kept, not written again");

        // The archive is one Java maps: -Xshare:on refuses to start when it cannot.
        String[] mapped = javaJarWith(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + written.get(0),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), "--version");
        assertEquals("0", mapped[0], mapped[1]);

        String[] missing = javaJar("validate", tmp.resolve("no such book.xlsx").toString());
        assertEquals("64", missing[0], missing[1]);
        assertArrayEquals(missing, launcher(cache, "validate", tmp.resolve("no such book.xlsx").toString()));
    }

    @Test
    void aNewerJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
        Path cache = tmp.resolve("cache");
        launcher(cache, "validate", "-q", book.toString());
        List<Path> first = archives(cache);
        assertEquals(1, first.size(), first.toString());
        Files.setLastModifiedTime(app.resolve("forcestat.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 120_000));
        String[] direct = javaJar("validate", "-q", book.toString());
        assertArrayEquals(direct, launcher(cache, "validate", "-q", book.toString()));
        List<Path> second = archives(cache);
        assertEquals(1, second.size(), second.toString());
        assertFalse(second.equals(first), "a new name for the new jar: " + second);
        assertTrue(second.get(0).getFileName().toString().startsWith(
                first.get(0).getFileName().toString().replaceAll("-\\d+\\.jsa$", "-")), "same place: " + second);
    }

    @Test
    void aBrokenArchiveIsSkippedWithoutAWord() throws Exception {
        Path cache = tmp.resolve("cache");
        String[] direct = javaJar("validate", "--format", "csv", book.toString());
        launcher(cache, "validate", "--format", "csv", book.toString());
        Path archive = archives(cache).get(0);
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        assertArrayEquals(direct, launcher(cache, "validate", "--format", "csv", book.toString()));
    }

    @Test
    void withoutAWritableCacheOrWithTheArchiveSwitchedOffRunsAreUnchanged() throws Exception {
        String[] direct = javaJar("validate", "--format", "csv", book.toString());
        Path notAFolder = Files.writeString(tmp.resolve("plain file"), "x");
        assertArrayEquals(direct, launcher(notAFolder, "validate", "--format", "csv", book.toString()));

        Path cache = tmp.resolve("cache");
        String[] off = LaunchScriptTest.sh(app, tmp, Map.of("XDG_CACHE_HOME", cache.toString(), "FORCESTAT_CDS", "off"),
                "validate", "--format", "csv", book.toString());
        assertArrayEquals(direct, off);
        assertFalse(Files.exists(cache.resolve("forcestat")), "FORCESTAT_CDS=off writes no archive");
    }

    private String[] javaJarWith(List<String> options, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(options);
        cmd.addAll(List.of("-jar", app.resolve("forcestat.jar").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        return new String[] {String.valueOf(p.exitValue()), printed};
    }
}
