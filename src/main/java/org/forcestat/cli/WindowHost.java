package org.forcestat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;
import org.forcestat.window.Host;

/**
 * The command line's side of the window: its log file, its closing lines and its failure messages,
 * so the window says what {@code run} says (SPEC §7).
 */
public final class WindowHost implements Host {
    /** Errors and warnings listed under the closing line; the Validation sheet has them all. */
    static final int LISTED = 10;

    @Override
    public String version() {
        return Main.version();
    }

    @Override
    public Path prepareOutput(Path out) {
        return OutputFolder.prepare(out, true);
    }

    @Override
    public void openLog(Path outDir) {
        Logging.file(outDir);
    }

    @Override
    public void closeLog() {
        Logging.closeFile();
    }

    @Override
    public void logFailure(String what, Throwable t) {
        Logging.failureToFile(what, t);
    }

    /**
     * "Summary written to ...", the closing line of {@code run}, each file not read and why, then the
     * first errors and warnings.
     */
    @Override
    public RunReport report(RunEngine.Result r) {
        List<String> lines = new ArrayList<>();
        lines.add("Summary written to " + Printable.of(r.summaryFile().toAbsolutePath().toString()));
        lines.add(Closing.line(r.summary()));
        List<Finding> shown = r.summary().findings().stream().filter(f -> !f.suppressed()).toList();
        for (SourceInfo s : r.summary().sources()) {
            if (!s.status().equals("read")) {
                String why = shown.stream().filter(f -> f.file().equals(s.file())).map(Finding::message).findFirst()
                        .orElse("");
                lines.add(Printable.of("Not read (" + s.status() + "): " + s.file() + (why.isEmpty() ? "" : " - " + why)));
            }
        }
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING)) {
            List<Finding> of = shown.stream().filter(f -> f.severity() == sev).toList();
            of.stream().limit(LISTED).forEach(f -> lines.add(Printable.of(sev.label().toLowerCase(java.util.Locale.ROOT)
                    + ": " + f.location() + ": " + f.message())));
            if (of.size() > LISTED) {
                lines.add(String.format("... and %,d more %s(s): see the Validation sheet.", of.size() - LISTED,
                        sev.label().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return new RunReport(lines, Closing.findings(r.summary(), Severity.ERROR),
                Closing.findings(r.summary(), Severity.WARNING));
    }

    @Override
    public Failure failure(Throwable t) {
        if (t instanceof UserException u) {
            return new Failure(Main.USAGE, Printable.of("forcestat: " + u.getMessage()));
        }
        String full = Main.diskFull(t);
        if (full != null) {
            return new Failure(Main.DISK_FULL, Printable.of(full));
        }
        return new Failure(Main.INTERNAL, Main.internalError(t, Runtime.getRuntime().maxMemory())
                .replace("(run again with --verbose for details, and report it with the log file)",
                        "(please report it with the log file)"));
    }
}
