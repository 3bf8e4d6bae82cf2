package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Main builds only the subcommand named first (start-up cost, issue 18), and nothing the user sees changes. */
class LazySubcommandsTest {
    private static List<String> names(CommandLine cl) {
        return List.copyOf(cl.getSubcommands().keySet());
    }

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertEquals(List.of("validate"), names(Main.commandLine(new String[] {"validate", "--format", "csv", "a.xlsx"})));
        assertEquals(List.of("run"), names(Main.commandLine(new String[] {"run", "validate"})));
        List<String> all = List.of("run", "watch", "validate", "samples", "templates", "help");
        assertEquals(all, names(Main.commandLine()));
        assertEquals(all, names(Main.commandLine(new String[] {})));
        assertEquals(all, names(Main.commandLine(new String[] {"--help"})));
        assertEquals(all, names(Main.commandLine(new String[] {"help", "validate"})));
        // not a subcommand: picocli reports it with the full list to choose from
        assertEquals(all, names(Main.commandLine(new String[] {"valdate", "a.xlsx"})));
    }

    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return code + "\n" + out + "\n" + err;
    }

    @Test
    void helpAndUsageErrorsAreTheSameAsWithEverySubcommandBuilt() {
        String[][] cases = {{"validate", "--help"}, {"validate"}, {"validate", "--format", "xml", "a.xlsx"},
            {"validate", "--bogus", "a.xlsx"}, {"run", "--help"}, {"templates", "--help"}};
        for (String[] args : cases) {
            String lazy = run(Main.commandLine(args), args);
            String full = run(Main.commandLine(), args);
            assertEquals(full, lazy, String.join(" ", args));
        }
        // and the exit code for a usage error is still 64
        assertEquals("64", run(Main.commandLine(new String[] {"validate"}), "validate").split("\n")[0]);
        assertEquals("0", run(Main.commandLine(new String[] {"validate", "--help"}), "validate", "--help").split("\n")[0]);
    }
}
