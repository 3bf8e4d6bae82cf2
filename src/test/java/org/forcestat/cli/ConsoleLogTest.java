package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleLogTest {
    @Test
    void onlyValidateWithoutVerboseLogsToTheConsoleAlone() {
        assertTrue(Main.consoleOnly(new String[] {"validate", "a.xlsx"}));
        assertTrue(Main.consoleOnly(new String[] {"validate", "-q", "--format", "csv", "a.xlsx", "b.xlsx"}));
        assertTrue(Main.consoleOnly(new String[] {"validate", "--annotate", "-o", "out", "a.xlsx"}));
        assertFalse(Main.consoleOnly(new String[] {"validate", "--verbose", "a.xlsx"}));
        assertFalse(Main.consoleOnly(new String[] {"validate", "-v", "a.xlsx"}));
        assertFalse(Main.consoleOnly(new String[] {"validate", "-qv", "a.xlsx"}));
        // run and watch write a log file: log4j-core
        assertFalse(Main.consoleOnly(new String[] {"run", "validate"}));
        assertFalse(Main.consoleOnly(new String[] {"watch", "in"}));
        assertFalse(Main.consoleOnly(new String[] {"--help"}));
        assertFalse(Main.consoleOnly(new String[] {}));
    }

    /** As LogConfiguration.MSG: a file name cannot forge a line or send escape codes. */
    @Test
    void controlCharactersAreMadeVisible() {
        assertEquals("reading x\\nSummary written to y.xlsx", ConsoleLog.printable("reading x\nSummary written to y.xlsx"));
        assertEquals("a\\r\\nb", ConsoleLog.printable("a\r\nb"));
        assertEquals("?[31mred? ?x", ConsoleLog.printable("\u001b[31mred\u0007 \u202Ex"));
        assertEquals("tab\there £5", ConsoleLog.printable("tab\there £5"));
    }
}
