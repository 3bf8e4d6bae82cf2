package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.forcestat.ingest.Fixtures.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.forcestat.model.Channel;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.forcestat.validate.Suppressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forcestat.properties maps users' own values, names every key it does not understand, and suppresses ranges. */
class ValueMappingTest {
    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2015, 4, 1);

    private Path calls() throws Exception {
        return Fixtures.workbook(dir, "calls.xlsx", "Call Log",
                row("Received", "Grading", "Channel"),
                row(DAY.atTime(10, 0), "Code Red", "Switchboard"),
                row(DAY.atTime(11, 0), "P5 - Callback", "999"),
                row(DAY.atTime(12, 0), "Immediate", "Switchboard"));
    }

    private void properties(String text) throws Exception {
        Files.writeString(dir.resolve(InputProperties.FILE), text, StandardCharsets.UTF_8);
    }

    @Test
    void valuesMappedInPropertiesAreCountedAsTheirGradingAndChannel() throws Exception {
        Path f = calls();
        properties("value.grading.Code\\ Red = Immediate\n"
                + "# spaces left unescaped, as users type them\n"
                + "value.grading.P5 - Callback = Advice\n"
                + "value.channel.Switchboard = 101\n");
        InputProperties props = InputProperties.load(List.of(dir));
        assertEquals(List.of(), props.issues());
        Partial p = new WorkbookReader(props).read(f);
        assertEquals(2, p.calls().grading(DAY, Grading.IMMEDIATE));
        assertEquals(1, p.calls().grading(DAY, Grading.ADVICE));
        assertEquals(2, p.calls().channel(DAY, Channel.NON_EMERGENCY));
        assertEquals(1, p.calls().channel(DAY, Channel.EMERGENCY));
        assertFalse(p.findings().stream().anyMatch(x -> x.rule().equals("UNKNOWN_VALUE")), p.findings().toString());
    }

    @Test
    void withoutTheMappingTheSameValuesAreListedAsUnknownOrTheColumnIsNotTaken() throws Exception {
        Partial p = new WorkbookReader(InputProperties.NONE).read(calls());
        assertEquals(1, p.calls().grading(DAY, Grading.IMMEDIATE));
        // Two of three channels unknown: the column is not taken, with a warning saying how to map them.
        assertTrue(p.findings().stream().anyMatch(x -> x.rule().equals("COLUMN_NOT_TAKEN") && x.cell().equals("C")
                && x.message().contains("value.channel")), p.findings().toString());
        List<Finding> unknown = p.findings().stream().filter(x -> x.rule().equals("UNKNOWN_VALUE")).toList();
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.stream().anyMatch(x -> x.seen().contains("\"Code Red\" x1") && x.seen().contains("\"P5 - Callback\" x1")),
                unknown.toString());
    }

    @Test
    void everyKeyNotUnderstoodIsAWarningNamingIt() throws Exception {
        properties("value.gradng.Code\\ Red = Immediate\n"
                + "value.grading.Code\\ Blue = Bogus\n"
                + "calls.gradin = Pri\n"
                + "colour = blue\n"
                + "kind.calls.xlsx = NONSENSE\n"
                + "calls.grading = Pri\n"
                + "threat.rag.red = 15\n"
                + "suppress.UNKNOWN_VALUE.Call\\ Log!C2 = agreed\n"
                + "kind.calls.xlsx/Call Log = CALLS\n");
        InputProperties props = InputProperties.load(List.of(dir));
        List<String> settings = props.issues().stream().map(InputProperties.Issue::setting).sorted().toList();
        assertEquals(List.of("calls.gradin = Pri", "colour = blue", "kind.calls.xlsx = NONSENSE",
                "value.grading.Code Blue = Bogus", "value.gradng.Code Red = Immediate"), settings);
        for (Finding f : props.findings()) {
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.message().contains(f.seen().substring(0, f.seen().indexOf(' '))), f.message());
        }
        assertEquals(java.util.Set.of(Layout.CALL_RECORDS, Layout.CALLS_DAILY), props.forcedFor("calls.xlsx", "Call Log"));
    }

    @Test
    void suppressionsTakeRangesAndSheetNamesWithSpaces() throws Exception {
        properties("suppress.AUDIT_TYPED_TOTAL.Budget 2016!K8:K11 = agreed one-off\n"
                + "suppress.BLANK_ROWS.Call\\ Log!* = known gaps\n");
        Suppressions s = Suppressions.load(dir);
        assertTrue(s.apply(finding("AUDIT_TYPED_TOTAL", "Budget 2016", "K8")).suppressed());
        assertTrue(s.apply(finding("AUDIT_TYPED_TOTAL", "Budget 2016", "K11")).suppressed());
        assertEquals("agreed one-off", s.apply(finding("AUDIT_TYPED_TOTAL", "Budget 2016", "K9")).suppressedReason());
        assertFalse(s.apply(finding("AUDIT_TYPED_TOTAL", "Budget 2016", "K12")).suppressed());
        assertFalse(s.apply(finding("AUDIT_TYPED_TOTAL", "Budget 2016", "J9")).suppressed());
        assertFalse(s.apply(finding("AUDIT_TYPED_TOTAL", "Budget", "K9")).suppressed());
        assertTrue(s.apply(finding("BLANK_ROWS", "Call Log", "A7")).suppressed());
        assertTrue(InputProperties.load(List.of(dir)).issues().isEmpty());
    }

    private static Finding finding(String rule, String sheet, String cell) {
        return new Finding(Severity.WARNING, rule, "budget.xlsx", sheet, cell, "", "", "x");
    }

    @Test
    void aMappedCrimeTypeWinsOverTheOffenceTable() throws Exception {
        Path f = Fixtures.workbook(dir, "crimes.xlsx", "Crimes",
                row("Date", "Offence", "Count"),
                row(LocalDate.of(2015, 4, 1), "Burglary Dwelling (old code)", 3),
                row(LocalDate.of(2015, 4, 2), "Theft from a vehicle", 2));
        properties("value.category.Burglary\\ Dwelling\\ (old\\ code) = Dwelling burglary\n");
        Partial p = new WorkbookReader(InputProperties.load(List.of(dir))).read(f);
        assertEquals(3, p.crimes().count(LocalDate.of(2015, 4, 1), org.forcestat.model.CrimeCategory.DWELLING_BURGLARY));
        assertEquals(2, p.crimes().count(LocalDate.of(2015, 4, 2), org.forcestat.model.CrimeCategory.TFMV));
    }
}
