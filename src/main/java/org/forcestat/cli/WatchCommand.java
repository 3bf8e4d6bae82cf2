package org.forcestat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.forcestat.output.OutputFolder;
import org.forcestat.pipeline.RunSettings;
import org.forcestat.pipeline.WatchEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forcestat watch}: keep the summary of a drop folder up to date as files arrive. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch a drop folder and rebuild the summary whenever its workbooks change.",
            "A file is read once its size and time stop changing, so half-copied files",
            "are left alone. Files that cannot be read are reported and tried again",
            "later. Inputs are never changed or deleted. Each rebuild writes a new",
            "OUTDIR/forcestat-summary-<time>.xlsx and refreshes OUTDIR/latest.xlsx.",
            "Stop with Ctrl-C: a summary being written is finished or removed, never",
            "left half-written."},
        footer = {"", "Examples:",
            "  forcestat watch                              watch workbooks/, write workbooks/out/latest.xlsx",
            "  forcestat watch \"S:\\Demand\\Drop folder\" -o \"S:\\Demand\\Reports\" --interval 30s",
            "  forcestat watch incoming --once              wait until incoming/ is settled, build once, exit",
            "", "With --once the exit code is the run's: 0 no errors, 1 validation errors, 2 some inputs unreadable."})
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityOptions verbosity = new VerbosityOptions();

    @Parameters(paramLabel = "FOLDER", arity = "0..1", defaultValue = "workbooks",
            description = "The drop folder to watch (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = {"-o", "--out"}, paramLabel = "OUTDIR",
            description = "Where to write summaries, latest.xlsx and the log (default: FOLDER/out).")
    Path outDir;

    @Option(names = "--interval", paramLabel = "TIME", defaultValue = "10s", converter = DurationConverter.class,
            description = "Time between polls: 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--once", description = "Wait until the folder is settled, build one summary and exit.")
    boolean once;

    @Mixin
    SummaryOptions summary = new SummaryOptions();

    @Override
    public Integer call() throws Exception {
        verbosity.apply();
        if (!Files.isDirectory(folder)) {
            throw new UserException("no such folder: " + folder.toAbsolutePath()
                    + (folder.toString().equals("workbooks") ? " (run from the forcestat folder, or name a folder)" : ""));
        }
        Path out = OutputFolder.choose(outDir, folder);
        WatchEngine.Settings settings;
        try {
            settings = new WatchEngine.Settings(folder, out, interval, once, summary.forceName, summary.marking,
                    summary.from, summary.to, Math.max(1, Runtime.getRuntime().availableProcessors()));
            new RunSettings(java.util.List.of(folder), out, summary.forceName, summary.marking, summary.from,
                    summary.to, 1);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        OutputFolder.Before before = summary.prepare(out, outDir != null, WatchCommand.class);
        boolean refused = false;
        WatchEngine engine = new WatchEngine(settings, org.forcestat.report.SummaryWorkbookWriter::write,
                spec.commandLine().getOut(), Main.version(), spec.commandLine().getParseResult().originalArgs());
        // Ctrl-C: let the current step finish (a summary being written completes or its temp is removed).
        Thread hook = new Thread(() -> {
            engine.stop();
            try {
                engine.awaitStop(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "forcestat-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return engine.run();
        } catch (org.forcestat.stats.NoDataInPeriod | org.forcestat.pipeline.NothingToSummarise e) {
            // --once with nothing to summarise: refused, leaving no output folder or log (as run does)
            refused = true;
            throw new UserException(e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
            Logging.closeFile();
            if (refused) {
                before.undo();
            }
        }
    }

    /** Reads 10s, 500ms, 2m, 1h or a plain number of seconds. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
                }
                long n = Long.parseLong(v.replaceAll("[smh]$", "").trim());
                return switch (v.charAt(v.length() - 1)) {
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time: use e.g. 10s, 500ms or 2m");
            }
        }
    }
}
