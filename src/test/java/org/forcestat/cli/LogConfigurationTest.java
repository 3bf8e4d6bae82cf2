package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * log4j as a fresh JVM starts it (a test JVM's log4j is already running): the configuration in
 * code gives the concise console, and a configuration file named on the command line is still read.
 */
@Tag("slow")
class LogConfigurationTest {
    @TempDir
    Path dir;

    private static final Path FINANCE = Path.of("samples", "csr-finance.xlsx");

    private String validate(String... jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "validate",
                FINANCE.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), printed);
        return printed;
    }

    @Test
    void theConsoleShowsConciseMessagesAndNoStatusErrors() throws Exception {
        String printed = validate();
        assertTrue(printed.lines().anyMatch(l -> l.equals("reading csr-finance.xlsx")), printed);
        assertTrue(printed.lines().anyMatch(l -> l.equals("csr-finance.xlsx: 1 finding(s)")), printed);
        // No log4j status message (a missing plugin or a bad configuration would print one).
        assertTrue(printed.lines().noneMatch(l -> l.contains("StatusLogger") || l.contains("ERROR")), printed);
    }

    @Test
    void aConfigurationFileNamedWithASystemPropertyIsStillRead() throws Exception {
        Path log = dir.resolve("extra.log");
        Path config = dir.resolve("custom-log4j2.xml");
        Files.writeString(config, "<Configuration status=\"WARN\"><Appenders>"
                + "<File name=\"extra\" fileName=\"" + log + "\"><PatternLayout pattern=\"EXTRA %msg%n\"/></File>"
                + "</Appenders><Loggers><Root level=\"info\"><AppenderRef ref=\"extra\"/></Root></Loggers>"
                + "</Configuration>");
        String printed = validate("-Dlog4j2.configurationFile=" + config);
        assertTrue(Files.readAllLines(log).contains("EXTRA reading csr-finance.xlsx"), Files.readString(log));
        // The console is still forcestat's own (added by the command line whatever the file says).
        assertTrue(printed.lines().anyMatch(l -> l.equals("reading csr-finance.xlsx")), printed);
    }
}
