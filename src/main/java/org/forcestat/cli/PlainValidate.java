package org.forcestat.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forcestat.validate.ValidateSettings;

/**
 * The plainest {@code validate} command lines ({@code validate [--format csv|text] [-q] [--annotate] FILE...}),
 * run without picocli: building picocli's model and loading its classes cost a short validate about a
 * fifth of its CPU (issue 18). Anything else (help, version, -o, --verbose, a file named like an
 * option or an {@code @argument-file}, a mistake) is left to picocli, which parses it as always.
 * The work, its output and its exit codes are those of {@link ValidateCommand}.
 */
final class PlainValidate {
    final List<Path> files = new ArrayList<>();
    ValidateSettings.Format format = ValidateSettings.Format.TEXT;
    boolean quiet;
    boolean annotate;

    private PlainValidate() {
    }

    /** The command line as a plain validate, or null when picocli is to read it. */
    static PlainValidate of(String[] args) {
        if (args.length < 2 || !args[0].equals("validate")) {
            return null;
        }
        PlainValidate p = new PlainValidate();
        boolean formatGiven = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            // an option given twice is picocli's to refuse
            if (a.equals("--format") && !formatGiven && i + 1 < args.length
                    && (args[i + 1].equals("csv") || args[i + 1].equals("text"))) {
                formatGiven = true;
                p.format = args[++i].equals("csv") ? ValidateSettings.Format.CSV : ValidateSettings.Format.TEXT;
            } else if ((a.equals("-q") || a.equals("--quiet")) && !p.quiet) {
                p.quiet = true;
            } else if (a.equals("--annotate") && !p.annotate) {
                p.annotate = true;
            } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@") || a.indexOf('\0') >= 0) {
                return null;
            } else {
                p.files.add(Path.of(a));
            }
        }
        return p.files.isEmpty() ? null : p;
    }

    /** Runs it as picocli would run {@link ValidateCommand}, with the same handling of failures. */
    int run() {
        return run(System.out, System.err);
    }

    int run(OutputStream stdout, OutputStream stderr) {
        PrintWriter out = writer(stdout, "sun.stdout.encoding");
        PrintWriter err = writer(stderr, "sun.stderr.encoding");
        try {
            Logging.console(quiet, false);
            return ValidateCommand.validate(files, annotate, null, format, quiet, out);
        } catch (Exception ex) {
            return Main.failed(ex, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** As picocli 4.7 makes its standard output and error writers (CommandLine.newPrintWriter, charsetForName). */
    static PrintWriter writer(OutputStream stream, String property) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(System.getProperty(property)))), true);
    }

    static Charset charset(String name) {
        if (name == null) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
        } catch (Exception e) {
            return Charset.defaultCharset();
        }
    }
}
