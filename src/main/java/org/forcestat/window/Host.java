package org.forcestat.window;

import java.nio.file.Path;

/**
 * What the window takes from the command line's side, so both say the same thing the same way: the
 * log file in the output folder, and a failure as one line with its exit code (SPEC §7). The command
 * line hands one in when it opens the window; the window never imports the command line.
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

    /** A failure as the command line would report it: its exit code and one plain line. */
    Failure failure(Throwable t);

    /** An exit code of SPEC §7 and the line that explains it. */
    record Failure(int exitCode, String message) {
    }
}
