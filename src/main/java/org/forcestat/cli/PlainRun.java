package org.forcestat.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The plainest {@code run} command lines ({@code run [-q] [-v] [-o OUTDIR] [FOLDER|FILE...]}), run
 * without picocli, as {@link PlainValidate} does for {@code validate}: building picocli's model
 * (reflection over the annotations, its converters, some 180 classes and the annotation proxies)
 * was a fifth of the main thread's work in a one-row run (issue 19). Anything else (help, version,
 * {@code --into}, {@code --from}, {@code --marking}, an option given twice or as {@code --out=DIR},
 * a path that starts with a dash or {@code @}, a mistake) is left to picocli, which parses it as
 * always. The work, its output and its exit codes are those of {@link RunCommand}.
 */
final class PlainRun {
    /** The command with its fields set as picocli sets them for the same command line. */
    final RunCommand command = new RunCommand();
    private final List<String> args;
    private boolean named;

    private PlainRun(String[] args) {
        this.args = List.of(args);
        // SummaryOptions' defaultValue, which picocli would apply
        command.summary.marking = "OFFICIAL";
    }

    /** The command line as a plain run, or null when picocli is to read it. */
    static PlainRun of(String[] args) {
        if (args.length == 0 || !args[0].equals("run")) {
            return null;
        }
        PlainRun p = new PlainRun(args);
        RunCommand c = p.command;
        try {
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if ((a.equals("-o") || a.equals("--out")) && c.outDir == null && i + 1 < args.length
                        && plainValue(args[i + 1])) {
                    c.outDir = Path.of(args[++i]);
                } else if ((a.equals("-q") || a.equals("--quiet")) && !c.verbosity.quiet) {
                    c.verbosity.quiet = true;
                } else if ((a.equals("-v") || a.equals("--verbose")) && !c.verbosity.verbose) {
                    c.verbosity.verbose = true;
                } else if (plainValue(a)) {
                    c.inputs.add(Path.of(a));
                    p.named = true;
                } else {
                    return null;
                }
            }
        } catch (InvalidPathException e) {
            return null; // picocli says it in its own words
        }
        if (!p.named) {
            c.inputs.add(Path.of("workbooks"));
        }
        return p;
    }

    /** A value picocli would take as it stands: not an option, an argument file or the end of options. */
    private static boolean plainValue(String a) {
        return !a.isEmpty() && !a.startsWith("-") && !a.startsWith("@") && a.indexOf('\0') < 0;
    }

    /** Runs it as picocli would run {@link RunCommand}, with the same handling of failures. */
    int run() {
        return run(System.out, System.err);
    }

    int run(OutputStream stdout, OutputStream stderr) {
        PrintWriter out = PlainValidate.writer(stdout, "sun.stdout.encoding");
        PrintWriter err = PlainValidate.writer(stderr, "sun.stderr.encoding");
        try {
            return command.run(out, err, args, named);
        } catch (Exception ex) {
            return Main.failed(ex, err);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
