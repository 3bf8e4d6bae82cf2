package org.forcestat.cli;

import java.net.URI;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * log4j's starting configuration, built in code (named in {@code log4j2.component.properties}):
 * concise messages to the console at INFO, POI's own logger at WARN. {@link Logging} then sets
 * the console's verbosity and adds the log file in the output folder, so nothing is ever written
 * beside the jar.
 *
 * <p>Why not log4j2.xml or log4j2.properties: reading a configuration file builds every element
 * through log4j's annotation-driven plugin builder (and, for XML, starts the JDK's XML parser
 * factory). The annotation proxies and method handles that spins are generated classes, and with
 * picocli's they made the JIT compile the JDK's class-writing code at the start of the read, on
 * the core the reader needs. On the 827,000-row file that cost 0.3-0.4 s of wall time and 0.6-0.7 s
 * of CPU per run (8 interleaved pairs; turning that one compile off with a JVM flag gave the same).
 */
public final class LogConfiguration extends AbstractConfiguration {
    static final String CONSOLE = "console";
    /**
     * The message with control characters made visible (newlines as \\n, others as ?): text from
     * inputs, such as a file named "x\\nSummary written to ...", cannot forge a line or send escape codes.
     */
    static final String MSG = "%replace{%replace{%replace{%msg}{\\r}{\\\\r}}{\\n}{\\\\n}}"
            + "{[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]}{?}";
    static final String CONCISE = MSG + "%n%throwable{none}";

    LogConfiguration(LoggerContext context) {
        super(context, ConfigurationSource.NULL_SOURCE);
        setName("forcestat");
    }

    @Override
    protected void doConfigure() {
        Appender console = console(this, CONCISE);
        addAppender(console);
        LoggerConfig root = getRootLogger();
        root.setLevel(Level.INFO);
        root.addAppender(console, Level.INFO, null);
        LoggerConfig poi = LoggerConfig.newBuilder().withLoggerName("org.apache.poi").withLevel(Level.WARN)
                .withAdditivity(true).withConfig(this).build();
        addLogger(poi.getName(), poi);
    }

    /** The console appender (standard error) with the given pattern. */
    static Appender console(Configuration config, String pattern) {
        return ConsoleAppender.newBuilder().setName(CONSOLE)
                .setTarget(ConsoleAppender.Target.SYSTEM_ERR).setFollow(true)
                .setLayout(PatternLayout.newBuilder().withPattern(pattern).withConfiguration(config).build())
                .setConfiguration(config).build();
    }

    /**
     * Hands log4j a {@link LogConfiguration}, unless a configuration file is named (with
     * {@code -Dlog4j2.configurationFile=...}): that file is then read by log4j's own factories.
     */
    public static final class Factory extends ConfigurationFactory {
        @Override
        protected String[] getSupportedTypes() {
            return new String[] {"*"};
        }

        /** A named file: left to the factory for its type. */
        @Override
        public Configuration getConfiguration(LoggerContext context, ConfigurationSource source) {
            return null;
        }

        @Override
        public Configuration getConfiguration(LoggerContext context, String name, URI location) {
            return location == null ? new LogConfiguration(context) : null;
        }
    }
}
