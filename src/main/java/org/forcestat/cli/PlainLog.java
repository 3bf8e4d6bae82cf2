package org.forcestat.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.message.ParameterizedMessageFactory;
import org.apache.logging.log4j.simple.SimpleLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * forcestat's logging when no log4j configuration is named: log4j's API with a provider of a few
 * lines instead of log4j-core, writing what {@link LogConfiguration} and {@link Logging} make
 * log4j-core write, line for line: the console (standard error; concise, or with {@code --verbose}
 * {@code %d{HH:mm:ss.SSS} %-5level %c{1} - %msg%n%throwable}) and {@code forcestat.log} ({@link LogFile}).
 * Starting log4j-core (its plugin registry, configuration, pattern layouts, some 600 classes and 60
 * lambdas) cost every run about 0.3-0.5 s of CPU, a third of what a one-row {@code run} costs
 * (docs/decisions/0009-plain-log.md). Levels as log4j-core's: INFO and up until a command sets them;
 * then DEBUG for the file and INFO ({@code --quiet}: WARN, {@code --verbose}: DEBUG) for the console;
 * POI's own loggers WARN, and silent once a command without {@code --verbose} has set the console.
 * {@link Main#main} chooses it before any logger exists.
 */
public final class PlainLog implements LoggerContextFactory {
    private static final Pattern CONTROL = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Context CONTEXT = new Context();

    /** The most detailed level any logger passes on (log4j-core's root logger level). */
    private static volatile Level root = Level.INFO;
    private static volatile Level console = Level.INFO;
    private static volatile Level poi = Level.WARN;
    private static volatile boolean verbose;
    /** log4j-core's console writes UTF-8 bytes; {@code validate} alone has printed through System.err's encoding. */
    private static volatile boolean utf8 = true;
    private static LogFile file;

    /** Makes log4j's API use this provider; call before the first logger is made. */
    static void install(boolean consoleOnly) {
        utf8 = !consoleOnly;
        System.setProperty("log4j2.loggerContextFactory", PlainLog.class.getName());
    }

    /** True when log4j's API is using this provider. */
    static boolean active() {
        return org.apache.logging.log4j.LogManager.getFactory() instanceof PlainLog;
    }

    /** Back to the levels and pattern it starts with (tests). */
    static synchronized void reset() {
        closeFile();
        root = Level.INFO;
        console = Level.INFO;
        poi = Level.WARN;
        verbose = false;
        utf8 = true;
        CONTEXT.loggers.values().forEach(Line::levelFromSettings);
    }

    /** As {@link Logging#console}: the console's level and pattern, and POI's level. */
    static synchronized void console(boolean quiet, boolean verbose) {
        PlainLog.verbose = verbose;
        console = quiet ? Level.WARN : verbose ? Level.DEBUG : Level.INFO;
        poi = verbose ? Level.WARN : Level.OFF;
        root = Level.DEBUG;
        CONTEXT.loggers.values().forEach(Line::levelFromSettings);
    }

    /** As {@link Logging#file}: writes DEBUG and up to {@code dir/forcestat.log} (closing any earlier file). */
    static synchronized void file(Path dir) {
        closeFile();
        try {
            file = LogFile.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root = Level.DEBUG;
        CONTEXT.loggers.values().forEach(Line::levelFromSettings);
    }

    /** As {@link Logging#failureToFile}: an ERROR line with its stack trace, in the file only. */
    static synchronized void failureToFile(String what, Throwable t) {
        if (file != null) {
            toFile(Level.ERROR, Logging.class.getName(), what, t);
        }
    }

    /** As {@link Logging#closeFile}. */
    static synchronized void closeFile() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // as log4j: a log file that does not close is no reason to fail the run
            }
            file = null;
        }
    }

    private static void toFile(Level level, String logger, String msg, Throwable t) {
        try {
            file.write(System.currentTimeMillis(), level, Thread.currentThread().getName(), logger, msg, t);
        } catch (IOException e) {
            // as log4j's appender, which reports a failed write on its status logger and goes on
        }
    }

    /** The message as the console and the file show it: newlines as \n, other control characters as ?. */
    static String printable(String msg) {
        return CONTROL.matcher(msg.replace("\r", "\\r").replace("\n", "\\n")).replaceAll("?");
    }

    /** The console line of one event: the concise pattern, or the verbose one with time, level and logger. */
    static String consoleLine(long millis, Level level, String logger, String msg, Throwable t, boolean verbose) {
        if (!verbose) {
            return printable(msg) + System.lineSeparator();
        }
        java.time.LocalTime time = java.time.LocalTime.ofInstant(java.time.Instant.ofEpochMilli(millis),
                java.time.ZoneId.systemDefault());
        StringBuilder s = new StringBuilder(64 + msg.length());
        LogFile.pad(s, time.getHour(), 2).append(':');
        LogFile.pad(s, time.getMinute(), 2).append(':');
        LogFile.pad(s, time.getSecond(), 2).append('.');
        LogFile.pad(s, time.getNano() / 1_000_000, 3).append(' ');
        LogFile.level(s, level).append(' ').append(LogFile.shortName(logger)).append(" - ").append(printable(msg))
                .append(System.lineSeparator());
        return LogFile.trace(s, t).toString();
    }

    /** One event: to the console when its level passes the console's, to the file when one is open. */
    static void write(String logger, boolean poiLogger, Level level, String msg, Throwable t) {
        Level threshold = poiLogger ? poi : root;
        if (!threshold.isLessSpecificThan(level)) {
            return;
        }
        long now = System.currentTimeMillis();
        if (console.isLessSpecificThan(level)) {
            String line = consoleLine(now, level, logger, msg, t, verbose);
            PrintStream err = System.err;
            synchronized (PlainLog.class) {
                if (utf8) {
                    byte[] b = line.getBytes(StandardCharsets.UTF_8);
                    err.write(b, 0, b.length);
                } else {
                    err.print(line);
                }
                err.flush();
            }
        }
        synchronized (PlainLog.class) {
            if (file != null) {
                toFile(level, logger, msg, t);
            }
        }
    }

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object external, boolean currentContext) {
        return CONTEXT;
    }

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object external, boolean currentContext,
                                    URI configLocation, String name) {
        return CONTEXT;
    }

    @Override
    public void removeContext(LoggerContext context) {
        // one context for the life of the program
    }

    private static final class Context implements LoggerContext {
        private final Map<String, Line> loggers = new ConcurrentHashMap<>();

        @Override
        public Object getExternalContext() {
            return null;
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return loggers.computeIfAbsent(name, n -> new Line(n, ParameterizedMessageFactory.INSTANCE));
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory factory) {
            return getLogger(name);
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.containsKey(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory factory) {
            return hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> factoryClass) {
            return hasLogger(name);
        }
    }

    /** One logger: log4j's simple logger, its level kept to what log4j-core's configuration would let through. */
    private static final class Line extends SimpleLogger {
        private static final long serialVersionUID = 1L;
        /** In log4j-core's hierarchy under the "org.apache.poi" logger configuration. */
        private final boolean poiLogger;

        Line(String name, MessageFactory factory) {
            super(name, Level.INFO, false, false, false, false, null, factory, PropertiesUtil.getProperties(),
                    System.err);
            poiLogger = name.equals("org.apache.poi") || name.startsWith("org.apache.poi.");
            levelFromSettings();
        }

        void levelFromSettings() {
            setLevel(poiLogger ? poi : root);
        }

        @Override
        public void logMessage(String fqcn, Level level, Marker marker, Message msg, Throwable t) {
            write(getName(), poiLogger, level, msg.getFormattedMessage(), t);
        }
    }
}
