package org.forcestat.cli;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.RollingFileAppender;
import org.apache.logging.log4j.core.appender.rolling.DefaultRolloverStrategy;
import org.apache.logging.log4j.core.appender.rolling.SizeBasedTriggeringPolicy;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.SimpleMessage;

/**
 * Sets console verbosity and adds the rolling log file in the output folder once it is known.
 * {@link LogConfiguration} holds the console appender only, so nothing is written beside the jar.
 * When {@link PlainLog} stands in for log4j-core (no log4j configuration named), it does the same.
 */
final class Logging {
    private static final String FILE_APPENDER = "file";

    private Logging() {
    }

    /** Quiet: warnings only; verbose: debug with stack traces; otherwise concise info. */
    static synchronized void console(boolean quiet, boolean verbose) {
        if (PlainLog.active()) {
            PlainLog.console(quiet, verbose);
            return;
        }
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        root.removeAppender(LogConfiguration.CONSOLE);
        String pattern = verbose ? "%d{HH:mm:ss.SSS} %-5level %c{1} - " + LogConfiguration.MSG + "%n%throwable" : LogConfiguration.CONCISE;
        Appender console = LogConfiguration.console(config, pattern);
        console.start();
        config.addAppender(console);
        root.setLevel(Level.DEBUG);
        root.addAppender(console, quiet ? Level.WARN : verbose ? Level.DEBUG : Level.INFO, null);
        // POI reports a broken input in its own words ("Error in zip file ..."); the finding already says it better.
        LoggerConfig poi = config.getLoggerConfig("org.apache.poi");
        if (poi.getName().equals("org.apache.poi")) {
            poi.setLevel(verbose ? Level.WARN : Level.OFF);
        }
        ctx.updateLoggers();
    }

    /** Adds (or moves) the rolling log file to {@code dir/forcestat.log}. */
    static synchronized void file(Path dir) {
        if (PlainLog.active()) {
            PlainLog.file(dir);
            return;
        }
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        Appender open = current(config);
        if (open != null) {
            root.removeAppender(FILE_APPENDER);
            open.stop();
        }
        String base = dir.resolve("forcestat.log").toString();
        RollingFileAppender file = RollingFileAppender.newBuilder().setName(FILE_APPENDER)
                .withFileName(base).withFilePattern(dir.resolve("forcestat-%i.log").toString())
                .withPolicy(SizeBasedTriggeringPolicy.createPolicy("5 MB"))
                .withStrategy(DefaultRolloverStrategy.newBuilder().withMax("3").withConfig(config).build())
                .setLayout(PatternLayout.newBuilder()
                        .withPattern("%d{yyyy-MM-dd HH:mm:ss} %-5level [%t] %c{1} - " + LogConfiguration.MSG + "%n%throwable")
                        .withConfiguration(config).build())
                .setConfiguration(config).build();
        file.start();
        config.addAppender(file);
        root.setLevel(Level.DEBUG);
        root.addAppender(file, Level.DEBUG, null);
        ctx.updateLoggers();
    }

    /**
     * Writes an internal error with its stack trace to the log file only (the screen gets its own
     * one-line message from Main, and the trace there only with --verbose). The screen asks users to
     * send the log file with such an error, and the file is closed before Main's handler runs.
     */
    static synchronized void failureToFile(String what, Throwable t) {
        if (PlainLog.active()) {
            PlainLog.failureToFile(what, t);
            return;
        }
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Appender a = current(ctx.getConfiguration());
        if (a != null && a.isStarted()) {
            a.append(Log4jLogEvent.newBuilder().setLoggerName(Logging.class.getName()).setLevel(Level.ERROR)
                    .setMessage(new SimpleMessage(what)).setThrown(t).setThreadName(Thread.currentThread().getName())
                    .setTimeMillis(System.currentTimeMillis()).build());
        }
    }

    /** Detaches and closes the log file, so an output folder can be removed or moved. */
    static synchronized void closeFile() {
        if (PlainLog.active()) {
            PlainLog.closeFile();
            return;
        }
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        Appender a = current(config);
        if (a != null) {
            config.getRootLogger().removeAppender(FILE_APPENDER);
            a.stop();
            ctx.updateLoggers();
        }
    }

    /**
     * The log file appender now attached to the root logger, or null. Not the configuration's map of
     * appenders: log4j adds a name there only once, so after the first file it kept returning that
     * first, long-stopped appender, and closing "the" file left each later one open.
     */
    private static Appender current(Configuration config) {
        return config.getRootLogger().getAppenders().get(FILE_APPENDER);
    }
}
