package org.forcestat.window;

import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Run by {@link WindowXvfbTest} under a virtual display: starts {@code java -jar APP/forcestat.jar} as a
 * double-click does (no arguments, no console: standard input and output are not a terminal), from
 * another working folder, waits for its window, presses Alt+R (Run) as a user would, and waits for the
 * summary in {@code APP/workbooks/out}. Arguments: APP JAVA HOME PNG. Prints "summary=PATH".
 */
public final class JavawLikeStart {
    private JavawLikeStart() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]);
        String java = args[1];
        Path home = Path.of(args[2]);
        Path png = Path.of(args[3]);
        Path cwd = Files.createDirectories(app.resolveSibling("elsewhere"));
        Path err = cwd.resolve("stderr.txt");
        Process p = new ProcessBuilder(java, "-Duser.home=" + home, "-jar", app.resolve("forcestat.jar").toString())
                .directory(cwd.toFile()).redirectInput(new File("/dev/null"))
                .redirectOutput(cwd.resolve("stdout.txt").toFile()).redirectError(err.toFile()).start();
        try {
            Robot robot = new Robot();
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(err).contains("forcestat window open")) {
                if (!p.isAlive() || System.nanoTime() > end) {
                    System.err.println("FAILED: no window; the jar printed: " + Files.readString(err)
                            + Files.readString(cwd.resolve("stdout.txt")));
                    System.exit(1);
                }
                Thread.sleep(200);
            }
            Thread.sleep(1500);
            var screen = Toolkit.getDefaultToolkit().getScreenSize();
            // The window is centred; a click there gives it the keyboard, then Alt+R is its Run button.
            robot.mouseMove(screen.width / 2, screen.height / 2);
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            robot.delay(500);
            robot.keyPress(KeyEvent.VK_ALT);
            robot.keyPress(KeyEvent.VK_R);
            robot.keyRelease(KeyEvent.VK_R);
            robot.keyRelease(KeyEvent.VK_ALT);
            Path out = app.resolve("workbooks/out");
            Optional<Path> summary = Optional.empty();
            while (summary.isEmpty() && System.nanoTime() < end + TimeUnit.MINUTES.toNanos(2)) {
                Thread.sleep(300);
                if (Files.isDirectory(out)) {
                    try (Stream<Path> s = Files.list(out)) {
                        summary = s.filter(f -> f.getFileName().toString().matches("forcestat-summary-.*\\.xlsx"))
                                .findFirst();
                    }
                }
            }
            Thread.sleep(1500);
            BufferedImage shot = robot.createScreenCapture(new java.awt.Rectangle(screen));
            ImageIO.write(shot, "png", png.toFile());
            if (summary.isEmpty()) {
                System.err.println("FAILED: no summary in " + out + "; the jar printed: " + Files.readString(err));
                System.exit(1);
            }
            System.out.println("summary=" + summary.get());
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        System.exit(0);
    }
}
