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
