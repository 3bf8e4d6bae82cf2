package org.forcestat.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forcestat.sh and forcestat.cmd as the build leaves them beside the jar in target/. */
@Tag("external")
class LaunchScriptTest {
    static final Path TARGET = Path.of("target");

    @TempDir
    Path tmp;

    private Path app() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TARGET.resolve("forcestat.jar"))
                && Files.isRegularFile(TARGET.resolve("forcestat.sh")), "the jar and scripts are not built (run in verify)");
        Path app = Files.createDirectories(tmp.resolve("share with spaces/forcestat"));
        Files.createSymbolicLink(app.resolve("forcestat.jar"), TARGET.resolve("forcestat.jar").toAbsolutePath());
        Files.copy(TARGET.resolve("forcestat.sh"), app.resolve("forcestat.sh"));
        return app;
    }

    private String[] sh(Path app, Path cwd, String... args) throws Exception {
        return sh(app, cwd, java.util.Map.of("XDG_CACHE_HOME", tmp.resolve("cache").toString()), args);
    }

    /** Runs forcestat.sh with the given environment; returns its exit code and what it printed (stdout, then stderr). */
    static String[] sh(Path app, Path cwd, java.util.Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(app.resolve("forcestat.sh").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        return new String[] {String.valueOf(p.exitValue()), printed};
    }

    @Test
    void aFolderGivenToTheShellScriptIsRunFromAnyWorkingFolder() throws Exception {
        Path app = app();
        assertTrue(Files.isExecutable(TARGET.resolve("forcestat.sh")), "the build leaves forcestat.sh executable");
        Path dropped = Files.createDirectories(tmp.resolve("dropped folder"));
        Files.copy(Path.of("samples/threat-register.xlsx"), dropped.resolve("threat-register.xlsx"));
        String[] r = sh(app, tmp, dropped.toString());
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("1 file(s) read, 0 error(s), 0 warning(s)"), r[1]);
        try (Stream<Path> s = Files.list(dropped.resolve("out"))) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).count());
        }
        String[] version = sh(app, tmp, "--version");
        assertEquals("0", version[0], version[1]);
        assertTrue(version[1].startsWith("forcestat 0."), "a command passes through: " + version[1]);
    }

    @Test
    void noArgumentsWithoutADesktopSaysSoInsteadOfFailingSilently() throws Exception {
        String[] r = sh(app(), tmp);
        assertEquals("64", r[0], r[1]);
        assertTrue(r[1].startsWith("forcestat: --window needs a desktop"), r[1]);
        assertTrue(!r[1].contains("Exception"), r[1]);
    }

    @Test
    void theWindowsScriptFindsTheJarBesideItselfRunsWhatIsDroppedAndOpensTheWindowWithJavaw() throws Exception {
        Path cmd = Path.of("src/main/scripts/forcestat.cmd");
        String text = Files.readString(cmd, StandardCharsets.US_ASCII);
        assertTrue(text.lines().count() > 10 && text.split("\r\n", -1).length == text.split("\n", -1).length,
                "every line ends in CRLF, as cmd.exe wants");
        assertTrue(text.contains("set \"FORCESTAT_JAR=%~dp0forcestat.jar\""), "the jar beside the script, any cwd");
        assertTrue(text.contains("java %FORCESTAT_JVM% %FORCESTAT_SHARE% -jar \"%FORCESTAT_JAR%\" run %*"),
                "a dropped folder is run");
        assertTrue(text.contains("start \"\" javaw -jar \"%FORCESTAT_JAR%\" --window"), "double-click: the window");
        Path built = TARGET.resolve("forcestat.cmd");
        if (Files.exists(built)) {
            assertEquals(Files.readString(cmd, StandardCharsets.US_ASCII), Files.readString(built, StandardCharsets.US_ASCII));
        }
    }
}
