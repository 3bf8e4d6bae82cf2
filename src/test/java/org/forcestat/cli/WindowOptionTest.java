package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** When forcestat opens its window, and what it says when it cannot. */
class WindowOptionTest {
    @Test
    void onlyNoArgumentsWithoutAConsoleOnADesktopOpensTheWindow() {
        assertTrue(Main.opensWindow(new String[0], false, false), "double-clicked / javaw");
        assertFalse(Main.opensWindow(new String[0], true, false), "a console: the help, as before");
        assertFalse(Main.opensWindow(new String[0], false, true), "no display: the help, as before");
        assertFalse(Main.opensWindow(new String[] {"run"}, false, false), "a command is run, never a window");
    }

    @Test
    void windowWithoutADisplayIsAPlainMessageAndExit64NotAStackTrace() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(Main.USAGE, cl.execute("--window"));
        assertEquals("forcestat: --window needs a desktop, and there is no display here. Use the commands instead, "
                + "for example: java -jar forcestat.jar run FOLDER (java -jar forcestat.jar --help lists them).",
                err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void noArgumentsInProcessStillPrintTheHelp() {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(Main.USAGE, cl.execute());
        assertTrue(err.toString().startsWith("Usage: forcestat"), err.toString());
        assertTrue(err.toString().contains("--window"), "the help names the window option");
    }
}
