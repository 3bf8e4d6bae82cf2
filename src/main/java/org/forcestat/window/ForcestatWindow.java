package org.forcestat.window;

import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.apache.logging.log4j.LogManager;
import org.forcestat.pipeline.RunEngine;

/**
 * The small window for analysts who never open a command prompt: choose a folder, press Run, open
 * the summary. Every button goes through {@link WindowController}, which runs the command line's engines;
 * this class only lays out, enables and reports. Built and used on the Swing event thread.
 */
public final class ForcestatWindow {
    /** Time between polls of Watch, as the command line's default. */
    static final Duration WATCH_INTERVAL = Duration.ofSeconds(10);

    private final Host host;
    private final WindowPreferences prefs;
    private final WindowController controller;
    private final CountDownLatch closed = new CountDownLatch(1);

    final JFrame frame = new JFrame("forcestat");
    final JTextField input = new JTextField(40);
    final JTextField output = new JTextField(40);
    final JButton browseInput = button("Browse...", KeyEvent.VK_B, "Choose the folder of workbooks to read");
    final JButton browseOutput = button("Browse...", KeyEvent.VK_O, "Choose where the summary and the log are written");
    final JButton run = button("Run", KeyEvent.VK_R, "Read every workbook in the folder and write one summary workbook");
    final JButton watch = button("Watch", KeyEvent.VK_W, "Write a new summary whenever the folder's workbooks change");
    final JButton check = button("Check a workbook...", KeyEvent.VK_C,
            "Check one workbook cell by cell and write a checked copy with the problems marked");
    final JButton cancel = button("Cancel", KeyEvent.VK_A, "Stop the run: no summary is written, the workbooks are untouched");
    final JProgressBar progress = new JProgressBar();
    final JTextArea results = new JTextArea(14, 70);
    final JButton openSummary = button("Open summary", KeyEvent.VK_S, "Open the summary workbook just written");
    final JButton openChecked = button("Open checked copy", KeyEvent.VK_H, "Open the checked copy of the workbook");
    final JButton openLog = button("Open log", KeyEvent.VK_L, "Open forcestat.log, which records every run");

    private Path lastSummary;
    private Path lastChecked;
    private Path lastLog;
    private WindowController.Job running;
    private volatile int exitCode;

    ForcestatWindow(Host host, WindowPreferences prefs, RunEngine.SummaryWriter writer) {
        this.host = host;
        this.prefs = prefs;
        this.controller = new WindowController(host, new OnEventThread(), writer);
        Path in = prefs.input();
        input.setText(in.toString());
        output.setText(prefs.output(in).toString());
        new WindowLayout(this).build();
        wire();
        idle("Choose the folder to read and press Run.");
    }

    /**
     * Opens the window and waits until it is closed; returns the exit code of the last job (0 if none),
     * which the log also records.
     */
    public static int showAndWait(Host host) throws InterruptedException {
        WindowLayout.lookAndFeel();
        ForcestatWindow[] w = new ForcestatWindow[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                w[0] = new ForcestatWindow(host, WindowPreferences.forUser(),
                        org.forcestat.report.SummaryWorkbookWriter::write);
                w[0].show();
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("the window could not be opened", e.getCause());
        }
        // A bug in the window itself: the friendly line, never a trace on screen (the trace goes to the log).
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            LogManager.getLogger(ForcestatWindow.class).debug("internal error on {}", t.getName(), e);
            host.logFailure("internal error in the window", e);
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(w[0].frame, host.failure(e).message()
                    + (w[0].lastLog == null ? "" : "\nThe log is " + w[0].lastLog + "."), "forcestat",
                    JOptionPane.ERROR_MESSAGE));
        });
        w[0].closed.await();
        return w[0].exitCode;
    }

    void show() {
        frame.pack();
        frame.setMinimumSize(frame.getSize());
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        run.requestFocusInWindow();
        LogManager.getLogger(ForcestatWindow.class).info("forcestat window open; close it to end");
    }

    WindowController controller() {
        return controller;
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }

    private void wire() {
        browseInput.addActionListener(e -> chooseFolder(input, "Folder to read"));
        browseOutput.addActionListener(e -> chooseFolder(output, "Folder for the summary and the log"));
        run.addActionListener(e -> start(WindowController.Job.RUN));
        watch.addActionListener(e -> {
            if (running == WindowController.Job.WATCH) {
                watch.setEnabled(false);
                progress.setString("Stopping after the current step ...");
                controller.stopWatch();
            } else {
                start(WindowController.Job.WATCH);
            }
        });
        check.addActionListener(e -> chooseAndCheck());
        cancel.addActionListener(e -> {
            cancel.setEnabled(false);
            progress.setString("Cancelling ...");
            controller.cancel();
        });
        openSummary.addActionListener(e -> DesktopFiles.open(frame, lastSummary, "summary"));
        openChecked.addActionListener(e -> DesktopFiles.open(frame, lastChecked, "checked copy"));
        openLog.addActionListener(e -> DesktopFiles.open(frame, lastLog, "log"));
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        frame.getRootPane().setDefaultButton(run);
    }

    private void start(WindowController.Job job) {
        Path in = Path.of(input.getText().trim());
        Path out = output.getText().isBlank() ? WindowPreferences.defaultOutput(in) : Path.of(output.getText().trim());
        prefs.save(in, out);
        if (job == WindowController.Job.RUN) {
            controller.run(in, out);
        } else {
            controller.watch(in, out, WATCH_INTERVAL);
        }
    }

    private void chooseAndCheck() {
        JFileChooser chooser = new JFileChooser(Path.of(input.getText().trim()).toFile());
        chooser.setDialogTitle("Check a workbook");
        chooser.setFileFilter(new FileNameExtensionFilter("Workbooks (.xlsx, .xlsm, .xls, .csv)",
                "xlsx", "xlsm", "xls", "csv"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            Path out = Path.of(output.getText().trim());
            controller.check(chooser.getSelectedFile().toPath(), out);
        }
    }

    private void chooseFolder(JTextField field, String title) {
        JFileChooser chooser = new JFileChooser(Path.of(field.getText().trim()).toFile());
        chooser.setDialogTitle(title);
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            Path before = Path.of(input.getText().trim());
            field.setText(chooser.getSelectedFile().getAbsolutePath());
            // The output follows a new input folder while it is still that folder's default.
            if (field == input && Path.of(output.getText().trim()).equals(WindowPreferences.defaultOutput(before))) {
                output.setText(WindowPreferences.defaultOutput(chooser.getSelectedFile().toPath()).toString());
            }
        }
    }

    private void close() {
        if (controller.busy()) {
            boolean watching = running == WindowController.Job.WATCH;
            int answer = JOptionPane.showConfirmDialog(frame, watching
                    ? "forcestat is watching the folder. Stop watching and close?"
                    : "A run is in progress. Cancel it and close? No summary will be written.",
                    "forcestat", JOptionPane.YES_NO_OPTION);
            if (answer != JOptionPane.YES_OPTION) {
                return;
            }
            controller.cancel();
        }
        frame.dispose();
        closed.countDown();
    }

    private void busy(WindowController.Job job, String line) {
        running = job;
        // Read-only rather than disabled: the folders stay readable while the job runs.
        input.setEditable(false);
        output.setEditable(false);
        for (JComponent c : List.of(browseInput, browseOutput, run, check)) {
            c.setEnabled(false);
        }
        watch.setText(job == WindowController.Job.WATCH ? "Stop watching" : "Watch");
        watch.setMnemonic(KeyEvent.VK_W);
        watch.setEnabled(job == WindowController.Job.WATCH);
        cancel.setEnabled(job == WindowController.Job.RUN);
        progress.setIndeterminate(true);
        progress.setString(job == WindowController.Job.WATCH ? "Watching ..." : "Working ...");
        results.setText(line + "\n");
    }

    private void idle(String status) {
        running = null;
        input.setEditable(true);
        output.setEditable(true);
        for (JComponent c : List.of(browseInput, browseOutput, run, check, watch)) {
            c.setEnabled(true);
        }
        watch.setText("Watch");
        watch.setMnemonic(KeyEvent.VK_W);
        cancel.setEnabled(false);
        progress.setIndeterminate(false);
        progress.setValue(0);
        progress.setString(status);
        openSummary.setEnabled(lastSummary != null);
        openChecked.setEnabled(lastChecked != null);
        openLog.setEnabled(lastLog != null);
        if (KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() == null
                || !KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner().isEnabled()) {
            run.requestFocusInWindow();
        }
    }

    private void finished(WindowController.Outcome o) {
        if (o.exitCode() >= 0) {
            exitCode = o.exitCode();
        }
        if (o.summary() != null) {
            lastSummary = o.summary();
        }
        if (o.checkedCopy() != null) {
            lastChecked = o.checkedCopy();
        }
        if (o.log() != null && Files.exists(o.log())) {
            lastLog = o.log();
        }
        results.setText(String.join("\n", o.lines()) + "\n");
        results.setCaretPosition(0);
        idle(Outcomes.status(o));
        if (o.status() == WindowController.Status.DONE) {
            progress.setValue(progress.getMaximum());
        }
    }

    static JButton button(String text, int mnemonic, String tip) {
        JButton b = new JButton(text);
        b.setMnemonic(mnemonic);
        b.setToolTipText(tip);
        return b;
    }

    /** Passes the controller's news to the event thread. */
    private final class OnEventThread implements WindowController.Listener {
        @Override
        public void started(WindowController.Job job, String line) {
            SwingUtilities.invokeLater(() -> busy(job, line));
        }

        @Override
        public void progress(String file, long rows) {
            SwingUtilities.invokeLater(() -> progress.setString(String.format("Reading %s: %,d rows", file, rows)));
        }

        @Override
        public void line(String text) {
            SwingUtilities.invokeLater(() -> {
                results.append(text + "\n");
                progress.setString("Watching: " + (text.length() > 80 ? text.substring(0, 80) + "..." : text));
            });
        }

        @Override
        public void summaryWritten(Path summary) {
            SwingUtilities.invokeLater(() -> {
                lastSummary = summary;
                openSummary.setEnabled(true);
                Path log = summary.resolveSibling("forcestat.log");
                if (Files.exists(log)) {
                    lastLog = log;
                    openLog.setEnabled(true);
                }
            });
        }

        @Override
        public void finished(WindowController.Outcome outcome) {
            SwingUtilities.invokeLater(() -> ForcestatWindow.this.finished(outcome));
        }
    }
}
