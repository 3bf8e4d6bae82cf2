package org.forcestat.cli;

import picocli.CommandLine.Option;

/** --quiet and --verbose, shared by every command. */
final class VerbosityOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print warnings and errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print details and, on failure, stack traces.")
    boolean verbose;

    void apply() {
        Logging.console(quiet, verbose);
    }
}
