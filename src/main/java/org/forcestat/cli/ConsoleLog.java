package org.forcestat.cli;

import java.io.PrintStream;
import java.net.URI;
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
 * The console-only logging of a command that writes no log file ({@code validate} without
 * {@code --verbose}): log4j's API with a provider of a few lines instead of log4j-core. Starting
 * log4j-core (its plugins, configuration, pattern layout and some 600 classes) cost about 0.5 s of
 * CPU on every {@code validate}, more than reading a small workbook. The console reads exactly as
 * with {@link LogConfiguration}'s concise pattern: the message alone, control characters made
 * visible, no stack trace; INFO and up ({@code --quiet}: WARN and up); POI's own logger silent.
 * {@link Main#main} chooses it before any logger exists; {@link Logging#console} sets its level.
 */
public final class ConsoleLog implements LoggerContextFactory {
    private static final Pattern CONTROL = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Context CONTEXT = new Context();
    private static volatile Level threshold = Level.INFO;

    /** Makes log4j's API use this provider; call before the first logger is made. */
    static void install() {
        System.setProperty("log4j2.loggerContextFactory", ConsoleLog.class.getName());
    }

    /** True when log4j's API is using this provider. */
    static boolean active() {
        return org.apache.logging.log4j.LogManager.getFactory() instanceof ConsoleLog;
    }

    /** Shows INFO and up, or WARN and up when quiet. */
    static void quiet(boolean quiet) {
        threshold = quiet ? Level.WARN : Level.INFO;
        CONTEXT.loggers.values().forEach(Line::levelFromThreshold);
    }

    /** The message as the console shows it: newlines as \n, other control characters as ?. */
    static String printable(String msg) {
        return CONTROL.matcher(msg.replace("\r", "\\r").replace("\n", "\\n")).replaceAll("?");
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

    /** One logger: log4j's simple logger, writing the concise line to standard error. */
    private static final class Line extends SimpleLogger {
        private static final long serialVersionUID = 1L;
        private final boolean poi;

        Line(String name, MessageFactory factory) {
            super(name, threshold, false, false, false, false, null, factory, PropertiesUtil.getProperties(),
                    System.err);
            poi = name.startsWith("org.apache.poi");
            levelFromThreshold();
        }

        void levelFromThreshold() {
            setLevel(poi ? Level.OFF : threshold);
        }

        @Override
        public void logMessage(String fqcn, Level level, Marker marker, Message msg, Throwable t) {
            PrintStream err = System.err;
            err.println(printable(msg.getFormattedMessage()));
        }
    }
}
