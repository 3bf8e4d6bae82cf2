package org.forcestat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.InputProperties;
import org.forcestat.validate.FindingsReport;
import org.forcestat.validate.ValidateEngine;
import org.forcestat.validate.ValidateSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forcestat validate FILE...}: data checks and the formula audit, as a report or CSV, optionally annotated copies. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Check workbooks cell by cell, like an Excel auditing add-in.",
            "Data checks (missing columns, bad dates, duplicates, gaps ...) and a formula audit (totals that"
                + " stop short, typed totals, inconsistent formulas, hidden inputs, links to other files ...)."
                + " Findings can be suppressed with a reason in forcestat.properties beside the files:",
            "  suppress.AUDIT_TYPED_TOTAL.Savings!F14 = agreed one-off"},
        footer = {"", "Examples:",
            "  java -jar forcestat.jar validate csr-savings.xlsx",
            "  java -jar forcestat.jar validate --annotate csr-savings.xlsx   writes csr-savings.checked.xlsx",
            "  java -jar forcestat.jar validate --format csv *.xlsx > findings.csv",
            "", "Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 a file could not be read;",
            "            64 usage error; 70 internal error."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityOptions verbosity;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Workbooks to check (.xlsx, .xlsm; others as ingest supports).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--annotate", description = "Also write NAME.checked.xlsx: flagged cells highlighted, a comment per "
            + "finding, and a Findings sheet linking to them. The input is never changed.")
    boolean annotate;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder for the annotated copies (default: beside each input).")
    Path outDir;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "Report format: text (grouped by file and rule, with counts) or csv (one finding a line). "
                    + "Default: ${DEFAULT-VALUE}.")
    ValidateSettings.Format format;

    @Override
    public Integer call() throws Exception {
        verbosity.apply();
        return validate(files, annotate, outDir, format, verbosity.quiet, spec.commandLine().getOut());
    }

    /** The command's work: checks the files, prints the report to {@code out}, returns the exit code. */
    static int validate(List<Path> files, boolean annotate, Path outDir, ValidateSettings.Format format,
            boolean quiet, PrintWriter out) throws Exception {
        ValidateSettings settings = new ValidateSettings(files, annotate, outDir, format);
        Set<Path> folders = new LinkedHashSet<>();
        for (Path f : files) {
            // Only a regular file is opened: reading a named pipe would wait for a writer for ever.
            if (java.nio.file.Files.exists(f) && !java.nio.file.Files.isRegularFile(f)
                    && !java.nio.file.Files.isDirectory(f)) {
                throw new UserException("not a regular file (a named pipe, device or socket): " + f);
            }
            if (!java.nio.file.Files.exists(f)) {
                throw new UserException("no such file: " + f.toAbsolutePath() + " (check the name and the folder)");
            }
            if (java.nio.file.Files.isDirectory(f)) {
                throw new UserException(f.toAbsolutePath() + " is a folder: validate checks the workbooks you name"
                        + " (for example " + f.resolve("*.xlsx") + "); run reads a whole folder");
            }
            String name = f.getFileName() == null ? "" : f.getFileName().toString();
            if (name.startsWith("~$")) {
                throw new UserException(name + " is the lock file Excel keeps while a workbook is open, not a workbook:"
                        + " validate " + name.substring(2) + " itself");
            }
            Path dir = f.toAbsolutePath().getParent();
            if (dir != null) {
                folders.add(dir);
            }
        }
        HeaderMatcher matcher = new HeaderMatcher(InputProperties.load(new ArrayList<>(folders)).headerSynonyms());
        ValidateEngine.Result result;
        try {
            result = new ValidateEngine(matcher).run(settings);
        } catch (OutOfMemoryError oom) {
            // An Error passes picocli's handler by: wrapped, it gets the friendly one-line message and
            // exit 70 (never a stack trace, never 1, which means "errors found").
            throw new IllegalStateException("validate failed unexpectedly", oom);
        }
        if (format == ValidateSettings.Format.CSV) {
            FindingsReport.csv(result, out);
        } else {
            FindingsReport.text(result, out, quiet);
        }
        return result.exitCode();
    }
}
