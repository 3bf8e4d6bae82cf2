package org.forcestat.cli;

import java.nio.file.Path;
import org.forcestat.output.OutputFolder;
import org.forcestat.pipeline.Printable;
import org.forcestat.window.Host;

/**
 * The command line's side of the window: its log file and its failure messages, so the window
 * reports a failure as {@code run} does (SPEC §7).
 */
public final class WindowHost implements Host {
    @Override
    public String version() {
        return Main.version();
    }

    @Override
    public Path prepareOutput(Path out) {
        try {
            return OutputFolder.prepare(out, true);
        } catch (OutputFolder.Unusable e) {
            // The window has no -o: it names its own field, and a folder that will do.
            throw new UserException(e.getMessage().replace("; name a folder you can write to with -o OUTDIR", "")
                    + " (on a read-only shared drive?). Choose a folder you can write to under \"Write the summary "
                    + "to\", for example " + Path.of(System.getProperty("user.home"), "forcestat-out") + ".");
        }
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

    @Override
    public Failure failure(Throwable t) {
        if (t instanceof org.forcestat.pipeline.NothingToSummarise n) {
            return new Failure(Main.USAGE, Printable.of(n.getMessage().substring(0, 1).toUpperCase(java.util.Locale.UK)
                    + n.getMessage().substring(1)));
        }
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
