package org.forcestat.window;

import java.nio.file.Path;
import java.util.List;
import org.forcestat.cli.RunEngine;

/**
 * What the window takes from the command line's side, so both say the same thing the same way: the
 * log file in the output folder, the closing lines of a run, and a failure as one line with its exit
 * code (SPEC §7). The command line hands one in when it opens the window; the window never imports it.
 */
public interface Host {
    /** The version recorded in the summary. */
    String version();

    /** Creates {@code out} and returns it absolute, or throws with a message for the user. */
    Path prepareOutput(Path out);

    /** Starts the rolling log {@code forcestat.log} in {@code outDir}. */
    void openLog(Path outDir);

    /** Closes the log file. */
    void closeLog();

    /** Writes an unexpected failure with its stack trace to the log file only. */
    void logFailure(String what, Throwable t);

    /** The lines {@code run} ends with, and its error and warning counts. */
    RunReport report(RunEngine.Result result);

    /** A failure as the command line would report it: its exit code and one plain line. */
    Failure failure(Throwable t);

    /** The closing lines of a run and the counts they give. */
    record RunReport(List<String> lines, long errors, long warnings) {
        public RunReport {
            lines = List.copyOf(lines);
        }
    }

    /** An exit code of SPEC §7 and the line that explains it. */
    record Failure(int exitCode, String message) {
    }
}
