package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.forcestat.ingest.Fixtures.row;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.forcestat.cli.Main;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header nearly known is a warning naming both; input that contributes nothing is said on screen (SPEC §2.3). */
class InputNotCountedTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);
    private static final LocalDate DAY = LocalDate.of(2015, 4, 1);

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aMisspeltGradingHeaderIsAWarningNamingBoth() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "daily.xlsx", "Calls",
                row("Date", "Immediate", "High", "Crime reprot"), row(DAY, 10, 20, 5)));
        List<Finding> near = rule(p, "HEADER_NEAR_MISS");
        assertEquals(1, near.size(), p.findings().toString());
        assertEquals("D1", near.get(0).cell());
        assertEquals(Severity.WARNING, near.get(0).severity());
        assertTrue(near.get(0).message().contains("Crime reprot") && near.get(0).message().contains("Crime report"));
    }

    @Test
    void correctlySpeltHeadersAndOtherColumnsAreNoNearMiss() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "calls.xlsx", "Calls",
                row("Incident No", "Date/Time Received", "Priority", "Call Source", "Call Type", "Division", "Beat",
                        "Closing Code"),
                row("INC-1", DAY.atTime(9, 0), "P1 - Emergency", "999", "Burglary", "North", "N1", "Attended")));
        assertEquals(List.of(), rule(p, "HEADER_NEAR_MISS"));
        Partial daily = reader.read(Fixtures.workbook(dir, "daily.xlsx", "Calls",
                row("Date", "Immediate", "High", "Crime report"), row(DAY, 10, 20, 5)));
        assertEquals(List.of(), rule(daily, "HEADER_NEAR_MISS"));
    }

    @Test
    void aMisspeltRequiredHeaderIsNamedWithTheMissingColumn() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "crimes.xlsx", "Crimes",
                row("Date", "Crime tpye", "Count"), row(DAY, "Rape", 1)));
        assertEquals(1, rule(p, "MISSING_COLUMN").size(), p.findings().toString());
        List<Finding> near = rule(p, "HEADER_NEAR_MISS");
        assertEquals(1, near.size(), p.findings().toString());
        assertEquals("Crime type", near.get(0).expected());
    }

    @Test
    void aFileThatContributesNothingIsAWarningOnScreenNamingTheSetting() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Fixtures.workbook(in, "my notes.xlsx", "Notes", row("Name", "Phone"), row("A. Analyst", "01622 000000"));
        Fixtures.workbook(in, "daily.xlsx", "Calls", row("Date", "Immediate", "High"), row(DAY, 10, 20));
        StringWriter o = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("run", in.toString(), "-o", dir.resolve("out").toString(), "--quiet"));
        String screen = o.toString();
        assertTrue(screen.contains("warning: Nothing in my notes.xlsx was counted") && screen.contains("forcestat.properties"),
                screen);
        // Name and Phone come close to no kind: no kind is guessed for it (it once said kind.my\ notes.xlsx = CRIMES)
        assertTrue(screen.contains("its sheet (Notes) has no header row") && !screen.contains("kind.my"), screen);
        assertTrue(!screen.contains("daily.xlsx was counted"), screen);
    }
}
