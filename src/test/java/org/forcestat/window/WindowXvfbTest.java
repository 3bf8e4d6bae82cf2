package org.forcestat.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window on a virtual display ({@code xvfb-run}, Debian's xvfb): screenshots of it idle,
 * reading with progress and finished (kept in target/window-screenshots, the source of
 * docs/images/window-*.png), and the jar started as a double-click starts it, where one press of Run
 * writes the summary into the {@code workbooks/} beside the jar. Skipped where xvfb-run is missing.
 */
@Tag("external")
class WindowXvfbTest {
    static final Path SHOTS = Path.of("target", "window-screenshots");

    @TempDir
    Path tmp;

    static Path xvfbRun() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, "xvfb-run");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a test main class under xvfb-run with this test's class path; returns its exit code and output. */
    private String[] underXvfb(String mainClass, String... args) throws Exception {
        Path xvfb = xvfbRun();
        Assumptions.assumeTrue(xvfb != null, "xvfb-run is not installed (Debian: apt-get install xvfb xauth)");
        List<String> cmd = new ArrayList<>(List.of(xvfb.toString(), "-a", "-s", "-screen 0 1280x1024x24",
                java(), "-cp", System.getProperty("java.class.path"), "-Xmx1g", mainClass));
        cmd.addAll(List.of(args));
        Path log = tmp.resolve(mainClass.replaceAll(".*\\.", "") + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        boolean done = p.waitFor(8, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, "did not finish in 8 minutes: " + printed);
        return new String[] {String.valueOf(p.exitValue()), printed};
    }

    @Test
    void theWindowRunsTheSamplesAndIsPhotographedIdleRunningAndFinished() throws Exception {
        Files.createDirectories(SHOTS);
        String[] r = underXvfb(WindowScreenshots.class.getName(), Path.of("samples").toAbsolutePath().toString(),
                tmp.resolve("work").toString(), SHOTS.toAbsolutePath().toString());
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("keyboard=ok"), "default button, mnemonics, fonts, Tab order: " + r[1]);
        assertTrue(r[1].contains("status=Done: 0 error(s), 1 warning(s)."), r[1]);
        assertTrue(r[1].contains("5 file(s) read, 0 error(s), 1 warning(s)"), r[1]);
        Path out = tmp.resolve("work/forcestat/workbooks/out");
        // Where Java cannot open files, Open summary says so and gives the path to copy.
        assertTrue(r[1].contains("open=desktop supported here")
                || r[1].matches("(?s).*open=This computer does not let forcestat open files itself\\. The summary is:\\|"
                        + java.util.regex.Pattern.quote(out.toString()) + "/forcestat-summary-[0-9-]+\\.xlsx\\|.*"), r[1]);
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(1, names.stream().filter(n -> n.startsWith("forcestat-summary-")).count(),
                    "one summary (the cancelled run wrote none): " + names);
            assertTrue(names.stream().noneMatch(n -> n.startsWith(".forcestat-tmp-") && n.endsWith(".tmp")), names.toString());
        }
        for (String name : List.of("window-idle.png", "window-running.png", "window-finished.png")) {
            BufferedImage img = ImageIO.read(SHOTS.resolve(name).toFile());
            assertTrue(img.getWidth() >= 500 && img.getHeight() >= 300, name + " " + img.getWidth() + "x" + img.getHeight());
            assertTrue(colours(img) > 8, name + " is not a blank capture");
        }
    }

    @Test
    void startedLikeADoubleClickOnePressOfRunWritesTheSummaryBesideTheJar() throws Exception {
        Path jar = Path.of("target", "forcestat.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "target/forcestat.jar is not built (run in verify)");
        Path app = Files.createDirectories(tmp.resolve("share/forcestat"));
        Files.copy(jar, app.resolve("forcestat.jar"));
        Path workbooks = Files.createDirectories(app.resolve("workbooks"));
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                Files.copy(p, workbooks.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path home = tmp.resolve("home");
        Files.createDirectories(SHOTS);
        String[] r = underXvfb(JavawLikeStart.class.getName(), app.toString(), java(), home.toString(),
                SHOTS.resolve("javaw-like.png").toAbsolutePath().toString());
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("summary=" + workbooks.resolve("out")), r[1]);
        String remembered = Files.readString(home.resolve(".forcestat/window.properties"));
        assertTrue(remembered.contains("input=" + workbooks.toAbsolutePath().toString().replace(":", "\\:")), remembered);
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
