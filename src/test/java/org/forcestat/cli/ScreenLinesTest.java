package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.forcestat.pipeline.Closing;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** What the screen says: UK dates accepted for --from/--to, and each place once in an error line. */
class ScreenLinesTest {
    @Test
    void fromAndToTakeUkDatesAsWellAsIso() {
        UkDate d = new UkDate();
        assertEquals(LocalDate.of(2015, 3, 31), d.convert("31/03/2015"));
        assertEquals(LocalDate.of(2014, 4, 1), d.convert("1/4/2014"));
        assertEquals(LocalDate.of(2015, 3, 31), d.convert("2015-03-31"));
        assertThrows(TypeConversionException.class, () -> d.convert("31/02/2015"));
        assertThrows(TypeConversionException.class, () -> d.convert("03/31/2015"));
        // As UK users type them: dd/mm/yy is 20yy; a month is its first day for --from, its last for --to.
        assertEquals(LocalDate.of(2016, 3, 1), d.convert("01/03/16"));
        assertEquals(LocalDate.of(2016, 3, 31), d.convert("31/3/16"));
        assertEquals(LocalDate.of(2016, 3, 1), d.convert("2016-03"));
        assertEquals(LocalDate.of(2016, 2, 29), new UkDate.End().convert("2016-02"));
        assertEquals(LocalDate.of(2016, 3, 31), new UkDate.End().convert("31/03/16"));
        assertThrows(TypeConversionException.class, () -> d.convert("01/13/16"));
        assertThrows(TypeConversionException.class, () -> d.convert("2016-13"));
        assertThrows(TypeConversionException.class, () -> d.convert("1/3/201"));
    }

    @Test
    void aBadDateIsOneLineNamingTheOptionTheValueAndTheForms() {
        for (String[] c : new String[][] {{"--from", "01/13/16"}, {"--to", "March"}}) {
            var cl = Main.commandLine();
            StringWriter err = new StringWriter();
            StringWriter out = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            assertEquals(64, cl.execute("run", "samples", c[0], c[1]));
            assertEquals("forcestat: " + c[0] + " '" + c[1] + "' is not a date: give dd/mm/yyyy (31/03/2016), dd/mm/yy "
                    + "(31/03/16), yyyy-mm-dd (2016-03-31) or yyyy-mm (2016-03, a whole month).", err.toString().strip());
            assertEquals("", out.toString());
        }
    }

    @Test
    void anImpossibleDateIsAUsageError() {
        var cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(64, cl.execute("run", "samples", "--from", "30/02/2015", "--to", "31/03/2015"));
        assertEquals(true, err.toString().contains("dd/mm/yyyy"), err.toString());
    }

    @Test
    void anErrorLineNamesItsPlaceOnce() {
        Finding placed = Finding.of(Severity.ERROR, "AUDIT_CROSS_FOOTING").at("savings.xlsx", "Savings plan", "L18")
                .message("savings.xlsx, sheet 'Savings plan', cell L18: the total does not add up.");
        assertEquals("error: savings.xlsx, sheet 'Savings plan', cell L18: the total does not add up.",
                Closing.errorLine(placed));
        Finding bare = Finding.of(Severity.ERROR, "DATE_IMPOSSIBLE").at("calls.xlsx", "Calls", "A7")
                .message("30/02/2015 is not a date.");
        assertEquals("error: calls.xlsx, Calls!A7: 30/02/2015 is not a date.", Closing.errorLine(bare));
    }
}
