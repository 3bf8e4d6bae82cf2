package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.forcestat.ingest.Fixtures.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Channel;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A column is taken for a field only when its values look like that field (SPEC §2.3). */
class ColumnCheckTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);
    private static final LocalDate DAY = LocalDate.of(2015, 4, 1);

    private Path export(String[] headers, java.util.function.IntFunction<Object[]> rows, int n) throws Exception {
        List<Object[]> all = new ArrayList<>();
        all.add(headers);
        for (int i = 0; i < n; i++) {
            all.add(rows.apply(i));
        }
        return Fixtures.workbook(dir, "export.xlsx", "Export", all.toArray(new Object[0][]));
    }

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void callTypeOfIncidentTypesIsNotTheChannelAndIncidentNoIsTheRowsOwnNumber() throws Exception {
        Partial p = reader.read(export(new String[] {"Incident No", "Date/Time Received", "Priority", "Call Type"},
                i -> row("INC-" + (1000 + i), DAY.atTime(8, i), i % 2 == 0 ? "P1 - Emergency" : "P2 - Priority",
                        i % 3 == 0 ? "Burglary" : "Domestic"), 12));
        assertFalse(p.calls().measures().contains(CallCounts.Measure.CHANNEL), "no channel from Call Type");
        assertFalse(p.calls().measures().contains(CallCounts.Measure.STORM), "no STORM flag from Incident No");
        assertEquals(6, p.calls().grading(DAY, Grading.IMMEDIATE));
        assertEquals(6, p.calls().grading(DAY, Grading.HIGH));
        List<Finding> notTaken = rule(p, "COLUMN_NOT_TAKEN");
        assertTrue(notTaken.stream().anyMatch(f -> f.cell().equals("D") && f.severity() == Severity.WARNING
                && f.seen().contains("Burglary") && f.message().contains("Call Type")), notTaken.toString());
        assertTrue(notTaken.stream().anyMatch(f -> f.cell().equals("A") && f.message().contains("Incident No")),
                notTaken.toString());
    }

    @Test
    void callSourceIsTheChannelEvenWhenCallTypeComesFirst() throws Exception {
        Partial p = reader.read(export(new String[] {"Date/Time Received", "Priority", "Call Type", "Call Source"},
                i -> row(DAY.atTime(9, i), "Grade 1", i % 2 == 0 ? "RTC" : "Concern for Safety", i < 4 ? "999" : "101"), 10));
        assertTrue(p.calls().measures().contains(CallCounts.Measure.CHANNEL));
        assertEquals(4, p.calls().channel(DAY, Channel.EMERGENCY));
        assertEquals(6, p.calls().channel(DAY, Channel.NON_EMERGENCY));
        assertEquals(List.of(), rule(p, "COLUMN_NOT_TAKEN"));
    }

    @Test
    void aStormReferenceWithBlanksIsAStormFlag() throws Exception {
        Partial p = reader.read(export(new String[] {"Received", "Grading", "Channel", "Incident No"},
                i -> row(DAY.atTime(10, i), "Immediate", "999", i % 3 == 0 ? null : "ST-" + i), 9));
        assertTrue(p.calls().measures().contains(CallCounts.Measure.STORM));
        assertEquals(6, p.calls().storm(DAY));
        assertEquals(List.of(), rule(p, "COLUMN_NOT_TAKEN"));
    }

    @Test
    void aCrimeSheetPicksTheOffenceColumnWhoseValuesAreOffences() throws Exception {
        Partial p = reader.read(export(new String[] {"Crime ID", "Date Recorded", "Classification", "Offence", "Count"},
                i -> row("CR-" + i, DAY, "Notifiable", i % 2 == 0 ? "Theft from a vehicle" : "Rape", 1), 6));
        assertEquals(3, p.crimes().count(DAY, org.forcestat.model.CrimeCategory.TFMV));
        assertEquals(3, p.crimes().count(DAY, org.forcestat.model.CrimeCategory.SEXUAL_OFFENCES));
    }
}
