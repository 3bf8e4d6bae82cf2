package org.forcestat.window;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.forcestat.cli.Main;
import org.forcestat.cli.WindowHost;
import org.forcestat.report.SummaryWorkbookWriter;

/**
 * Run by {@link WindowXvfbTest} under a virtual display: opens the real window, presses its buttons,
 * and saves what the screen shows as PNG: idle, a long read in progress (the 827,000-row call file,
 * then cancelled), and finished on the samples. Arguments: SAMPLES WORK PNGDIR. Prints
 * "summary=PATH exit=N" and exits 0 if all went as expected.
 */
public final class WindowScreenshots {
    private WindowScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path png = Files.createDirectories(Path.of(args[2]));
        // Laid out as on a share: the jar's folder with workbooks/ (the samples) and a folder of call records.
        Path app = Files.createDirectories(work.resolve("forcestat"));
        Path workbooks = Files.createDirectories(app.resolve("workbooks"));
        try (var s = Files.list(samples)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                Files.copy(p, workbooks.resolve(p.getFileName()));
            }
        }
        Path big = Files.createDirectories(app.resolve("call-records"));
        if (Main.commandLine().execute("samples", big.toString(), "--records", "--quiet") != 0) {
            throw new IllegalStateException("could not write the record file");
        }
        WindowLayout.lookAndFeel();
        AtomicReference<ForcestatWindow> ref = new AtomicReference<>();
        WindowPreferences prefs = new WindowPreferences(work.resolve("home/window.properties"), workbooks);
        SwingUtilities.invokeAndWait(() -> {
            ForcestatWindow w = new ForcestatWindow(new WindowHost(), prefs, SummaryWorkbookWriter::write);
            w.show();
            ref.set(w);
        });
        ForcestatWindow w = ref.get();
        Robot robot = new Robot();
        settle(robot);
        String keyboard = onEdt(() -> keyboard(w));
        require(keyboard.isEmpty(), keyboard);
        System.out.println("keyboard=ok");
        shoot(robot, w, png.resolve("window-idle.png"));

        // A long read: the screenshot is taken once the progress bar shows rows, then the run is cancelled.
        SwingUtilities.invokeAndWait(() -> w.input.setText(big.toString()));
        CountDownLatch reading = new CountDownLatch(1);
        w.progress.addPropertyChangeListener("string", e -> {
            if (String.valueOf(e.getNewValue()).matches("Reading .*: [0-9,]+ rows")
                    && !String.valueOf(e.getNewValue()).matches("Reading .*: 16,384 rows")) {
                reading.countDown();
            }
        });
        SwingUtilities.invokeAndWait(w.run::doClick);
        require(reading.await(3, TimeUnit.MINUTES), "no progress shown while reading the record file");
        settle(robot);
        shoot(robot, w, png.resolve("window-running.png"));
        SwingUtilities.invokeAndWait(w.cancel::doClick);
        waitIdle(w);
        String cancelled = onEdt(() -> w.progress.getString());
        if (cancelled.startsWith("Done")) {
            // On a quick, idle machine the read can end while the screenshot is taken: run it again and
            // cancel as soon as rows are shown, with nothing in between.
            CountDownLatch again = new CountDownLatch(1);
            w.progress.addPropertyChangeListener("string", e -> {
                if (String.valueOf(e.getNewValue()).matches("Reading .*: [0-9,]+ rows")) {
                    again.countDown();
                }
            });
            SwingUtilities.invokeAndWait(w.run::doClick);
            require(again.await(3, TimeUnit.MINUTES), "no progress shown while reading the record file again");
            SwingUtilities.invokeAndWait(w.cancel::doClick);
            waitIdle(w);
            cancelled = onEdt(() -> w.progress.getString());
        }
        require(cancelled.startsWith("Cancelled"), "after Cancel the window says: " + cancelled);

        SwingUtilities.invokeAndWait(() -> w.input.setText(workbooks.toString()));
        SwingUtilities.invokeAndWait(w.run::doClick);
        waitIdle(w);
        settle(robot);
        shoot(robot, w, png.resolve("window-finished.png"));
        String status = onEdt(() -> w.progress.getString());
        String results = onEdt(() -> w.results.getText());
        boolean openable = onEdt(() -> w.openSummary.isEnabled() && w.openLog.isEnabled());
        System.out.println("status=" + status);
        System.out.println("results=" + results.replace('\n', '|'));
        require(openable, "Open summary and Open log are enabled after a run");
        try (var s = Files.list(workbooks.resolve("out"))) {
            Path summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no summary written"));
            System.out.println("summary=" + summary + " exit=" + w.controller().busy());
        }
        openWhereTheDesktopCannot(w, robot, png);
        SwingUtilities.invokeAndWait(() -> w.frame.dispose());
        System.exit(0);
    }

    /**
     * Open summary where Java cannot open files (a bare virtual display has no desktop integration): a
     * message with the summary's path in a field it can be copied from, not an error.
     */
    private static void openWhereTheDesktopCannot(ForcestatWindow w, Robot robot, Path png) throws Exception {
        if (java.awt.Desktop.isDesktopSupported()
                && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            System.out.println("open=desktop supported here; fallback not shown");
            return;
        }
        SwingUtilities.invokeLater(w.openSummary::doClick);
        javax.swing.JDialog dialog = null;
        for (int i = 0; i < 100 && dialog == null; i++) {
            Thread.sleep(100);
            for (java.awt.Window x : java.awt.Window.getWindows()) {
                if (x instanceof javax.swing.JDialog d && d.isShowing()) {
                    dialog = d;
                }
            }
        }
        require(dialog != null, "Open summary showed no message");
        settle(robot);
        javax.swing.JDialog shown = dialog;
        BufferedImage img = robot.createScreenCapture(onEdt(() -> shown.getBounds()));
        ImageIO.write(img, "png", png.resolve("window-open-fallback.png").toFile());
        String text = onEdt(() -> texts(shown.getContentPane()));
        System.out.println("open=" + text.replace('\n', '|'));
        SwingUtilities.invokeAndWait(shown::dispose);
    }

    private static String texts(java.awt.Container c) {
        StringBuilder b = new StringBuilder();
        for (java.awt.Component x : c.getComponents()) {
            if (x instanceof javax.swing.JLabel l) {
                b.append(l.getText()).append('\n');
            } else if (x instanceof javax.swing.text.JTextComponent t) {
                b.append(t.getText()).append('\n');
            }
            if (x instanceof java.awt.Container inner) {
                b.append(texts(inner));
            }
        }
        return b.toString();
    }

    /** What is wrong with the window's keyboard use and legibility, or "" if nothing. */
    static String keyboard(ForcestatWindow w) {
        StringBuilder bad = new StringBuilder();
        if (w.frame.getRootPane().getDefaultButton() != w.run) {
            bad.append("Run is not the default button; ");
        }
        java.util.List<javax.swing.AbstractButton> buttons = java.util.List.of(w.browseInput, w.browseOutput, w.run,
                w.watch, w.check, w.cancel, w.openSummary, w.openChecked, w.openLog);
        java.util.Set<Integer> keys = new java.util.HashSet<>();
        for (javax.swing.AbstractButton b : buttons) {
            if (b.getMnemonic() == 0 || !keys.add(b.getMnemonic())) {
                bad.append(b.getText()).append(" has no mnemonic of its own; ");
            }
        }
        for (java.awt.Component c : java.util.List.of(w.input, w.run, w.progress, w.results, w.openLog)) {
            if (c.getFont().getSize() < WindowLayout.MIN_FONT) {
                bad.append(c.getClass().getSimpleName()).append(" font ").append(c.getFont().getSize()).append("; ");
            }
        }
        // Tab order: top to bottom, as laid out; idle, Cancel and the Open buttons are disabled and skipped.
        java.util.List<java.awt.Component> expected = java.util.List.of(w.input, w.browseInput, w.output, w.browseOutput,
                w.run, w.watch, w.check, w.results, w.input);
        java.awt.FocusTraversalPolicy policy = w.frame.getFocusTraversalPolicy();
        java.awt.Component c = w.input;
        for (int i = 1; i < expected.size(); i++) {
            c = policy.getComponentAfter(w.frame, c);
            if (c != expected.get(i)) {
                bad.append("Tab after ").append(i).append(" goes to ").append(c == null ? "nothing" : c.getClass()
                        .getSimpleName() + (c instanceof javax.swing.AbstractButton b ? " " + b.getText() : "")).append("; ");
                break;
            }
        }
        return bad.toString();
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            System.err.println("FAILED: " + what);
            System.exit(1);
        }
    }

    private static void waitIdle(ForcestatWindow w) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        Thread.sleep(200);
        while (w.controller().busy() || onEdt(() -> w.cancel.isEnabled() || !w.run.isEnabled())) {
            require(System.nanoTime() < end, "the job did not finish in 3 minutes");
            Thread.sleep(100);
        }
    }

    private static void settle(Robot robot) throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
        robot.waitForIdle();
        Thread.sleep(400);
        SwingUtilities.invokeAndWait(() -> { });
    }

    private static void shoot(Robot robot, ForcestatWindow w, Path file) throws Exception {
        Rectangle r = onEdt(() -> w.frame.getBounds());
        BufferedImage img = robot.createScreenCapture(r);
        ImageIO.write(img, "png", file.toFile());
    }

    private static <T> T onEdt(java.util.function.Supplier<T> s) throws Exception {
        AtomicReference<T> v = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> v.set(s.get()));
        return v.get();
    }
}
