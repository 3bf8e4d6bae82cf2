package org.forcestat.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.forcestat.pipeline.ExitCodes;
import org.forcestat.pipeline.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The forcestat command line: {@code run}, {@code samples} and the others of SPEC §7. */
@Command(name = "forcestat", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        usageHelpAutoWidth = true,
        // The subcommands are added in commandLine(String): picocli builds the model of each one it is
        // given, and building them all costs a short validate a sixth of its CPU.
        description = {
            "Turns police and finance workbooks into one summary workbook with statistics,",
            "charts, a threat-strategy sheet and a validation report."},
        footer = {"", "Examples:",
            "  java -jar forcestat.jar run",
            "      read workbooks/ and write workbooks/out/forcestat-summary-<time>.xlsx",
            "  java -jar forcestat.jar run samples",
            "      the committed sample workbooks (the Kent slides' figures)",
            "  java -jar forcestat.jar watch drop -o reports",
            "      rebuild reports/latest.xlsx whenever files arrive in drop/",
            "  java -jar forcestat.jar validate csr-savings.xlsx --annotate",
            "      check a savings sheet cell by cell and write a marked-up copy",
            "  java -jar forcestat.jar templates",
            "      blank input workbooks with drop-downs, ready to fill in",
            "  java -jar forcestat.jar help run",
            "      the options of one command",
            "  java -jar forcestat.jar --window",
            "      the window with a Run button (also what double-clicking the jar opens)",
            "", "Exit codes: 0 done, no errors; 1 validation errors found;",
            "  2 some inputs unreadable; 64 usage error; 70 internal error;",
            "  73 the output could not be written: its disk is full."})
public final class Main implements Callable<Integer> {
    /** Exit codes of SPEC §7. */
    public static final int OK = ExitCodes.OK;
    public static final int VALIDATION_ERRORS = ExitCodes.VALIDATION_ERRORS;
    public static final int UNREADABLE_INPUTS = ExitCodes.UNREADABLE_INPUTS;
    public static final int USAGE = 64;
    public static final int INTERNAL = 70;
    /** The output could not be written because its disk is full (EX_CANTCREAT of sysexits.h). */
    public static final int DISK_FULL = 73;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--window",
            description = "Open the forcestat window (what double-clicking forcestat.jar does).")
    boolean window;

    @Override
    public Integer call() throws InterruptedException {
        if (window) {
            if (java.awt.GraphicsEnvironment.isHeadless()) {
                spec.commandLine().getErr().println("forcestat: --window needs a desktop, and there is no display here."
                        + " Use the commands instead, for example: java -jar forcestat.jar run FOLDER"
                        + " (java -jar forcestat.jar --help lists them).");
                return USAGE;
            }
            return org.forcestat.window.ForcestatWindow.showAndWait(new WindowHost());
        }
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * Started with no arguments and no console (double-clicked, or javaw) on a desktop: the window,
     * since usage printed to no one looks like a broken program. With a console, the help as before.
     */
    static boolean opensWindow(String[] args, boolean console, boolean headless) {
        return args.length == 0 && !console && !headless;
    }

    /**
     * The subcommands, in the order {@code --help} lists them. A method, not a constant: naming
     * picocli's HelpCommand loads picocli, which a plain validate does without ({@link PlainValidate}).
     */
    private static List<Class<?>> subcommands() {
        return List.of(RunCommand.class, WatchCommand.class, ValidateCommand.class, SamplesCommand.class,
                TemplatesCommand.class, CommandLine.HelpCommand.class);
    }

    /** A command line ready to execute, with the exit codes and error handling of SPEC §7. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name (other than
     * {@code help}), only that subcommand is built, as nothing else can run; otherwise all of them.
     */
    static CommandLine commandLine(String[] args) {
        String first = args == null || args.length == 0 ? null : args[0];
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : subcommands()) {
            String name = c.getAnnotation(Command.class).name();
            if (first == null || "help".equals(first) || !isSubcommand(first) || name.equals(first)) {
                cl.addSubcommand(c);
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(INTERNAL);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> failed(ex, cmd.getErr()));
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, given) -> {
            String line = badDate(ex);
            if (line == null) {
                return usage.handleParseException(ex, given);
            }
            ex.getCommandLine().getErr().println(Printable.of(line));
            ex.getCommandLine().getErr().flush();
            return USAGE;
        });
        return cl;
    }

    /**
     * One line for a date option that is not a date ("forcestat: --from '01/13/16' is not a date: give
     * dd/mm/yyyy ..."), instead of the whole help text; null for any other mistake.
     */
    static String badDate(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m && m.getMissing() != null) {
            for (CommandLine.Model.ArgSpec a : m.getMissing()) {
                if (a instanceof CommandLine.Model.OptionSpec o
                        && (o.longestName().equals("--from") || o.longestName().equals("--to"))) {
                    return "forcestat: " + o.longestName() + " needs a date: " + UkDate.FORMS + ".";
                }
            }
        }
        if (!(ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o)
                || !(o.longestName().equals("--from") || o.longestName().equals("--to"))) {
            return null;
        }
        String value = ex.getValue();
        if (value == null) {
            return "forcestat: " + o.longestName() + " needs a date: " + UkDate.FORMS + ".";
        }
        return "forcestat: " + o.longestName() + " '" + value + "' is not a date: " + UkDate.FORMS + ".";
    }

    static boolean isSubcommand(String arg) {
        for (Class<?> c : subcommands()) {
            if (c.getAnnotation(Command.class).name().equals(arg)) {
                return true;
            }
        }
        return false;
    }

    /** What a command that threw prints to {@code err}, and its exit code (SPEC §7). */
    static int failed(Exception ex, java.io.PrintWriter err) {
        if (ex instanceof UserException u) {
            err.println(Printable.of("forcestat: " + u.getMessage()));
            return USAGE;
        }
        String full = diskFull(ex);
        if (full != null) {
            org.apache.logging.log4j.LogManager.getLogger(Main.class).debug("disk full", ex);
            err.println(Printable.of(full));
            return DISK_FULL;
        }
        org.apache.logging.log4j.LogManager.getLogger(Main.class).debug("internal error", ex);
        err.println(internalError(ex, Runtime.getRuntime().maxMemory()));
        return INTERNAL;
    }

    /**
     * The line for a failure to write because the disk is full (or the user's quota is used up), or
     * null when {@code ex} is something else: that is no bug to report, but space to free.
     */
    static String diskFull(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && t.getMessage() != null) {
                String m = t.getMessage();
                String lower = m.toLowerCase(java.util.Locale.ROOT);
                if (lower.contains("no space left on device") || lower.contains("not enough space on the disk")
                        || lower.contains("disk quota exceeded") || lower.contains("disk full")) {
                    String where = t instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                            ? " writing " + java.nio.file.Path.of(fs.getFile()).toAbsolutePath().getParent() : "";
                    return "forcestat: the disk is full" + where + " (" + m.replaceAll(".*: ", "") + "). Nothing was "
                            + "left half-written. Free some space on that disk, or write the summary to another disk "
                            + "with -o OUTDIR, and run again.";
                }
            }
        }
        return null;
    }

    /**
     * The one line an unexpected failure prints. Running out of memory is no bug to report but a
     * limit the user can raise, so it says how; {@code maxHeap} is the heap Java was allowed.
     */
    static String internalError(Throwable ex, long maxHeap) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                String where = ex instanceof OutOfMemoryError || ex.getMessage() == null ? ""
                        : " (" + ex.getMessage().replace(" failed unexpectedly", "") + ")";
                return "forcestat: ran out of memory" + where + ": Java allowed it " + maxHeap / (1024 * 1024)
                        + " MB. Give it more, for example java -Xmx2g -jar forcestat.jar ..., or move some files out"
                        + " of the folder and run again.";
            }
        }
        return "forcestat: internal error: " + ex
                + " (run again with --verbose for details, and report it with the log file)";
    }

    public static void main(String[] args) {
        if (opensWindow(args, System.console() != null, java.awt.GraphicsEnvironment.isHeadless())) {
            args = new String[] {"--window"};
        }
        if (!log4jConfigured()) {
            PlainLog.install(consoleOnly(args));
        }
        PlainValidate plain = PlainValidate.of(args);
        PlainRun run = plain == null ? PlainRun.of(args) : null;
        System.exit(plain != null ? plain.run() : run != null ? run.run() : commandLine(args).execute(args));
    }

    /** True when the user names a log4j configuration of their own: then log4j-core reads it. */
    static boolean log4jConfigured() {
        return System.getProperty("log4j2.configurationFile") != null
                || System.getProperty("log4j.configurationFile") != null
                || System.getProperty("log4j2.loggerContextFactory") != null
                || System.getenv("LOG4J_CONFIGURATION_FILE") != null;
    }

    /**
     * True for a {@code validate} without {@code --verbose}: it writes no log file and prints only
     * concise lines, through System.err's own encoding as it always has ({@link PlainLog}).
     */
    static boolean consoleOnly(String[] args) {
        boolean validate = false;
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose") || a.startsWith("-") && !a.startsWith("--") && a.length() > 2
                    && a.indexOf('v') > 0) {
                return false;
            }
            if (!validate && !a.startsWith("-")) {
                if (!a.equals("validate")) {
                    return false;
                }
                validate = true;
            }
        }
        return validate;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"forcestat " + version(), "Java " + System.getProperty("java.version")};
        }
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
