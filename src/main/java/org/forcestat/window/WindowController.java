package org.forcestat.window;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.forcestat.pipeline.RunEngine;
import org.forcestat.pipeline.RunSettings;
import org.forcestat.pipeline.WatchEngine;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.InputProperties;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.forcestat.validate.FindingsReport;
import org.forcestat.validate.ValidateEngine;
import org.forcestat.validate.ValidateSettings;

/**
 * What the window's buttons do, without a display: runs the same engines as the command line
 * ({@code run}, {@code watch}, {@code validate --annotate}) one at a time on a background thread and
 * tells a {@link Listener} about progress and results. A run can be cancelled: the summary being
 * written is discarded by the atomic output (no file appears under its final name) and the inputs,
 * as always, are only read.
 */
public final class WindowController {
    private static final Logger LOG = LogManager.getLogger(WindowController.class);
    /** Lines of a validation report shown in the window; the checked copy holds them all. */
    static final int MAX_REPORT_LINES = 200;

    /** The three jobs of the window. */
    public enum Job { RUN, WATCH, CHECK }

    /** How a job ended. */
    public enum Status { DONE, CANCELLED, FAILED }

    /**
     * What a job produced: its exit code (SPEC §7; -1 when cancelled), the lines to show, the files
     * the Open buttons open (null where there is none) and the error and warning counts.
     */
    public record Outcome(Job job, Status status, int exitCode, List<String> lines, Path summary, Path checkedCopy,
                          Path log, long errors, long warnings) {
        public Outcome {
            lines = List.copyOf(lines);
        }
    }

    /** Told what happens; called on the job's thread, so a window passes it on to its own thread. */
    public interface Listener {
        void started(Job job, String line);

        /** Rows read so far of a file (about every 16,000 rows, as the command line's progress). */
        void progress(String file, long rows);

        /** A line of a watch's output ("Summary written to ...", the closing line). */
        void line(String text);

        /** A watch wrote a new summary. */
        void summaryWritten(Path summary);

        void finished(Outcome outcome);
    }

    private final Host host;
    private final Listener listener;
    private final RunEngine.SummaryWriter writer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "forcestat-window-job");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<CompletableFuture<Outcome>> current = new AtomicReference<>();
    private volatile boolean cancelled;
    private volatile WatchEngine watching;

    /** A controller writing summaries with {@code writer} (the real one: SummaryWorkbookWriter::write). */
    public WindowController(Host host, Listener listener, RunEngine.SummaryWriter writer) {
        this.host = host;
        this.listener = listener;
        this.writer = writer;
    }

    /** True while a job runs. */
    public boolean busy() {
        CompletableFuture<Outcome> f = current.get();
        return f != null && !f.isDone();
    }

    /** Reads {@code folder} and writes a summary to {@code out}, as {@code forcestat run FOLDER -o OUT}. */
    public CompletableFuture<Outcome> run(Path folder, Path out) {
        return start(Job.RUN, "Reading " + folder.toAbsolutePath().normalize() + " ...", () -> doRun(folder, out));
    }

    /** Watches {@code folder} until {@link #stopWatch()}, as {@code forcestat watch FOLDER -o OUT}. */
    public CompletableFuture<Outcome> watch(Path folder, Path out, Duration interval) {
        return start(Job.WATCH, "Watching " + folder.toAbsolutePath().normalize() + " (new summary whenever its "
                + "workbooks change) ...", () -> doWatch(folder, out, interval));
    }

    /** Checks one workbook and writes its checked copy to {@code out}, as {@code forcestat validate --annotate}. */
    public CompletableFuture<Outcome> check(Path file, Path out) {
        return start(Job.CHECK, "Checking " + file.toAbsolutePath().normalize() + " ...", () -> doCheck(file, out));
    }

    /** Cancels a run in progress (nothing is written) or stops a watch after its current step. */
    public void cancel() {
        cancelled = true;
        stopWatch();
    }

    /** Stops a watch after its current step; a summary being written is finished. */
    public void stopWatch() {
        WatchEngine w = watching;
        if (w != null) {
            w.stop();
        }
    }

    private CompletableFuture<Outcome> start(Job job, String line, Supplier<Outcome> work) {
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        CompletableFuture<Outcome> before = current.get();
        if ((before != null && !before.isDone()) || !current.compareAndSet(before, f)) {
            throw new IllegalStateException("another job is still running");
        }
        cancelled = false;
        worker.execute(() -> {
            Outcome o;
            try {
                listener.started(job, line);
                o = work.get();
            } catch (RuntimeException | Error e) {
                o = failed(job, e, null);
            }
            try {
                listener.finished(o);
            } finally {
                f.complete(o);
            }
        });
        return f;
    }

    private Outcome doRun(Path folder, Path out) {
        if (!Files.isDirectory(folder)) {
            return refused(Job.RUN, "There is no folder " + folder.toAbsolutePath().normalize()
                    + ". Choose the folder that holds the workbooks.");
        }
        Path dir;
        try {
            dir = host.prepareOutput(out);
        } catch (RuntimeException e) {
            return failed(Job.RUN, e, null);
        }
        Path log = dir.resolve("forcestat.log");
        host.openLog(dir);
        try {
            LOG.info("window: reading {}, writing to {}", folder.toAbsolutePath(), dir);
            RunSettings settings = new RunSettings(List.of(folder), dir, null, null, null, null, threads());
            RunEngine.Result r = new RunEngine(guarded(), WorkbookReader::new, this::progress)
                    .run(settings, host.version(), List.of("run", folder.toString(), "-o", dir.toString()));
            ClosingLines.Report report = ClosingLines.of(r);
            LOG.info("window: run finished with exit code {}", r.exitCode());
            return new Outcome(Job.RUN, Status.DONE, r.exitCode(), report.lines(), r.summaryFile(), null, log,
                    report.errors(), report.warnings());
        } catch (IOException | RuntimeException | Error e) {
            if (cancelled) {
                LOG.info("window: run cancelled; no summary written");
                return new Outcome(Job.RUN, Status.CANCELLED, -1, List.of("Cancelled: no summary was written. "
                        + "The workbooks were only read, never changed."), null, null, log, 0, 0);
            }
            return failed(Job.RUN, e, log);
        } finally {
            host.closeLog();
        }
    }

    private Outcome doWatch(Path folder, Path out, Duration interval) {
        Path dir;
        WatchEngine engine;
        try {
            dir = host.prepareOutput(out);
            engine = new WatchEngine(new WatchEngine.Settings(folder, dir, interval, false, null, null, null, null,
                    threads()), guarded(), new PrintWriter(new LineWriter(this::watchLine), true), host.version(),
                    List.of("watch", folder.toString(), "-o", dir.toString()));
        } catch (RuntimeException e) {
            return failed(Job.WATCH, e, null);
        }
        Path log = dir.resolve("forcestat.log");
        host.openLog(dir);
        watching = engine;
        try {
            if (cancelled) {
                engine.stop();
            }
            int exit = engine.run();
            LOG.info("window: stopped watching; last exit code {}", exit);
            RunEngine.Result last = engine.lastResult();
            List<String> lines = new ArrayList<>();
            lines.add("Stopped watching " + folder.toAbsolutePath().normalize() + ".");
            ClosingLines.Report report = last == null ? new ClosingLines.Report(List.of(), 0, 0) : ClosingLines.of(last);
            lines.addAll(report.lines());
            return new Outcome(Job.WATCH, Status.DONE, exit, lines, last == null ? null : last.summaryFile(), null, log,
                    report.errors(), report.warnings());
        } catch (IOException | RuntimeException | Error e) {
            return failed(Job.WATCH, e, log);
        } finally {
            watching = null;
            host.closeLog();
        }
    }

    private Outcome doCheck(Path file, Path out) {
        if (!Files.isRegularFile(file)) {
            return refused(Job.CHECK, "There is no file " + file.toAbsolutePath().normalize() + ".");
        }
        Path dir;
        try {
            dir = host.prepareOutput(out);
        } catch (RuntimeException e) {
            return failed(Job.CHECK, e, null);
        }
        Path log = dir.resolve("forcestat.log");
        host.openLog(dir);
        try {
            Path folder = file.toAbsolutePath().getParent();
            HeaderMatcher matcher = new HeaderMatcher(InputProperties.load(List.of(folder)).headerSynonyms());
            ValidateEngine.Result r = new ValidateEngine(matcher)
                    .run(new ValidateSettings(List.of(file), true, dir, ValidateSettings.Format.TEXT));
            LOG.info("window: checked {}, exit code {}", file.getFileName(), r.exitCode());
            StringWriter text = new StringWriter();
            FindingsReport.text(r, new PrintWriter(text));
            List<String> lines = new ArrayList<>();
            Path copy = r.files().isEmpty() ? null : r.files().get(0).annotated();
            if (copy != null) {
                lines.add("Checked copy written to " + copy);
            }
            List<String> report = text.toString().lines().toList();
            lines.addAll(report.subList(0, Math.min(report.size(), MAX_REPORT_LINES)));
            if (report.size() > MAX_REPORT_LINES) {
                lines.add("... " + (report.size() - MAX_REPORT_LINES) + " more lines: open the checked copy.");
            }
            return new Outcome(Job.CHECK, Status.DONE, r.exitCode(), lines, null, copy, log,
                    count(r.findings(), Severity.ERROR), count(r.findings(), Severity.WARNING));
        } catch (IOException | RuntimeException | Error e) {
            return failed(Job.CHECK, e, log);
        } finally {
            host.closeLog();
        }
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> !f.suppressed() && f.severity() == s).count();
    }

    /** The real writer, refusing to finish once cancelled: the atomic output then removes its temp file. */
    private RunEngine.SummaryWriter guarded() {
        return (summary, threats, tmp) -> {
            stopIfCancelled();
            writer.write(summary, threats, tmp);
            stopIfCancelled();
        };
    }

    private void stopIfCancelled() throws IOException {
        if (cancelled && watching == null) {
            throw new IOException("cancelled");
        }
    }

    private void progress(String file, long rows) {
        if (cancelled && watching == null) {
            // Stops this file's read early; the writer refuses to finish, so nothing half-read is written.
            throw new IllegalStateException("cancelled");
        }
        listener.progress(file, rows);
    }

    private void watchLine(String line) {
        listener.line(line);
        WatchEngine w = watching;
        RunEngine.Result last = w == null ? null : w.lastResult();
        if (last != null && line.startsWith("Summary written to ")) {
            listener.summaryWritten(last.summaryFile());
        }
    }

    private Outcome refused(Job job, String message) {
        return new Outcome(job, Status.FAILED, 64, List.of(message), null, null, null, 0, 0);
    }

    private Outcome failed(Job job, Throwable e, Path log) {
        Host.Failure f = host.failure(e);
        if (f.exitCode() != 64 && f.exitCode() != 73) {
            host.logFailure("internal error", e);
        }
        List<String> lines = new ArrayList<>();
        lines.add(f.message());
        if (log != null && f.exitCode() != 64) {
            lines.add("The log is " + log + ".");
        }
        return new Outcome(job, Status.FAILED, f.exitCode(), lines, null, null, log, 0, 0);
    }

    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
