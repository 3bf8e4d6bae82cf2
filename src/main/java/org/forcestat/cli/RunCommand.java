package org.forcestat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.forcestat.model.Severity;
import org.forcestat.output.OutputFolder;
import org.forcestat.pipeline.Closing;
import org.forcestat.pipeline.Printable;
import org.forcestat.pipeline.RunEngine;
import org.forcestat.pipeline.RunSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forcestat run}: read a folder (or files) and write the summary workbook. */
@Command(name = "run", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Read the workbooks in FOLDER (or the FILEs given) and write a summary workbook.",
        footer = {"", "Examples:",
            "  forcestat run",
            "      reads workbooks/, writes workbooks/out/forcestat-summary-<time>.xlsx",
            "  forcestat run samples",
            "      the committed sample workbooks",
            "  forcestat run calls.xlsx crime.xlsx -o reports --force-name \"Kent Police\"",
            "      two files, summary in reports/",
            "  forcestat run --from 2014-04-01 --to 2015-03-31 --marking \"OFFICIAL-SENSITIVE\"",
            "      a fixed reporting period and another protective marking",
            "  forcestat run --into Returns.xlsx workbooks",
            "      writes Returns.forcestat.xlsx: your workbook with forcestat's sheets added after yours",
            "  forcestat run --into Plan.xlsx",
            "      summarise this workbook: Plan.forcestat.xlsx, its Validation sheet beside your plan"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityOptions verbosity = new VerbosityOptions();

    @Parameters(paramLabel = "FOLDER|FILE", arity = "0..*",
            description = "A folder of workbooks, or workbook files (default: ${DEFAULT-VALUE}).", defaultValue = "workbooks")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "OUTDIR",
            description = "Where to write the summary and the log (default: FOLDER/out).")
    Path outDir;

    @Mixin
    SummaryOptions summary = new SummaryOptions();

    @Option(names = "--into", paramLabel = "BOOK",
            description = "Add forcestat's sheets to a copy of your own workbook BOOK (.xlsx or .xlsm), written as"
                    + " BOOK.forcestat.xlsx beside it (or in OUTDIR); BOOK itself is never changed. With no FOLDER or"
                    + " FILE, BOOK is the input.")
    Path into;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        return run(cl.getOut(), cl.getErr(), cl.getParseResult().originalArgs(),
                cl.getParseResult().hasMatchedPositional(0));
    }

    /**
     * The command with its options set: what picocli calls, and {@link PlainRun} without picocli.
     * {@code args} are the command line as typed (shown on the Sources sheet); {@code named} says
     * whether FOLDER or FILE was given.
     */
    int run(PrintWriter stdout, PrintWriter err, List<String> args, boolean named) throws Exception {
        verbosity.apply();
        if (into != null) {
            checkInto(named);
        }
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new UserException("no such folder or file: " + p.toAbsolutePath()
                        + (p.toString().equals("workbooks") ? " (run from the forcestat folder, or name a folder)" : ""));
            }
        }
        Path out = OutputFolder.choose(outDir, inputs.get(0));
        // With --into, the plain summary is only a step: it is written to a private folder and merged.
        Path summaryDir = into == null ? out : Files.createTempDirectory("forcestat-into-");
        RunSettings settings;
        try {
            settings = new RunSettings(inputs, summaryDir, summary.forceName, summary.marking, summary.from, summary.to,
                    Math.max(1, Runtime.getRuntime().availableProcessors()));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        OutputFolder.Before before = summary.prepare(out, outDir != null, RunCommand.class);
        boolean refused = false;
        try {
            RunEngine.Result r = new RunEngine(org.forcestat.report.SummaryWorkbookWriter::write)
                    .run(settings, Main.version(), args);
            if (into != null) {
                r = addInto(r, out);
            }
            report(r, stdout, err);
            return r.exitCode();
        } catch (org.forcestat.stats.NoDataInPeriod | org.forcestat.pipeline.NothingToSummarise e) {
            // nothing to summarise, or a period with none of the data: the user's choice, not a failure: exit 64,
            // and no output folder or log left behind, as if nothing had run
            refused = true;
            throw new UserException(e.getMessage());
        } catch (RuntimeException | Error e) {
            if (!(e instanceof UserException)) {
                Logging.failureToFile("internal error", e);
            }
            throw e;
        } finally {
            Logging.closeFile();
            if (refused) {
                before.undo();
            }
            if (into != null) {
                deleteFolder(summaryDir);
            }
        }
    }

    /** Refuses an unusable BOOK before anything is read; with no FOLDER or FILE, BOOK is the input. */
    private void checkInto(boolean named) throws java.io.IOException {
        try {
            org.forcestat.addin.IntoWorkbook.check(into, org.forcestat.report.SummaryWorkbookWriter.SHEETS);
        } catch (org.forcestat.addin.IntoWorkbook.Refused e) {
            throw new UserException("cannot add forcestat's sheets: " + e.getMessage());
        }
        if (!named) {
            inputs = new ArrayList<>(List.of(into));
        }
    }

    /** Merges the summary just written into a copy of BOOK, beside BOOK or in {@code -o OUTDIR}. */
    private RunEngine.Result addInto(RunEngine.Result r, Path out) throws java.io.IOException {
        Path name = org.forcestat.addin.IntoWorkbook.target(into);
        Path target = outDir == null ? name.toAbsolutePath() : out.resolve(name.getFileName()).toAbsolutePath();
        org.forcestat.output.AtomicOutput.write(target, tmp -> org.forcestat.addin.IntoWorkbook.merge(into,
                r.summaryFile(), org.forcestat.report.SummaryWorkbookWriter.SHEETS, tmp));
        return new RunEngine.Result(target, r.summary(), r.exitCode());
    }

    private static void deleteFolder(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            // a temp folder left behind is harmless
        }
    }

    private static void report(RunEngine.Result r, PrintWriter out, PrintWriter err) {
        out.printf("Summary written to %s%n", Printable.of(r.summaryFile().toAbsolutePath().toString()));
        out.println(Closing.line(r.summary()));
        // Errors are shown with --quiet too: it means "warnings and errors only".
        r.summary().findings().stream().filter(f -> !f.suppressed() && f.severity() == Severity.ERROR).limit(10)
                .forEach(f -> err.println(Printable.of(Closing.errorLine(f))));
        // Input that was read but not counted is said last, even with --quiet: a figure left out
        // for a header or a setting is worse than a figure flagged (SPEC §2.3).
        r.summary().findings().stream().filter(f -> !f.suppressed() && f.severity() == Severity.WARNING
                        && org.forcestat.ingest.NotCounted.SAID_ON_SCREEN.contains(f.rule())).limit(10)
                .forEach(f -> out.println("warning: " + f.message()));
        out.flush();
    }
}
