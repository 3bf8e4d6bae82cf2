package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header on two rows, as a report writer groups it: "Received" over "Date" and "Time", the other headers
 * alone on the first row (merged down). The second row is header, not a call.
 */
class GroupedHeaderTest {
    @TempDir
    Path dir;

    private Partial read(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Calls", rows);
            return new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve("calls.xlsx")));
        }
    }

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void theSecondHeaderRowIsNoCall() throws Exception {
        // 4 calls over 2 days (2 a day); times 09:10, 16:26 on each day.
        LocalDate d1 = LocalDate.of(2024, 1, 1);
        LocalDate d2 = LocalDate.of(2024, 1, 2);
        Partial p = read(row("Calls for service - January 2024"), null,
                row("Incident", "Received", null, "Grade", "Channel"),
                row(null, "Date", "Time", null, null),
                row("J0001", d1, "09:10", "Grade 1", "999"), row("J0002", d1, "16:26", "Grade 3", "101"),
                row("J0003", d2, "09:10", "Grade 2", "999"), row("J0004", d2, "16:26", "Grade 4", "101"));
        assertEquals(List.of(), of(p, "DATE_UNREADABLE"), p.findings().toString());
        assertEquals(List.of(), of(p, "BLANK_HEADER"), p.findings().toString());
        assertEquals(4, p.calls().dates().stream().mapToLong(p.calls()::total).sum());
        // The times under "Received" are read: the hour profile has the calls at 09:00 and 16:00.
        assertTrue(p.calls().measures().contains(CallCounts.Measure.HOURS), p.calls().measures().toString());
        assertEquals(1, p.calls().hourCount(java.time.DayOfWeek.MONDAY, 9));
        assertEquals(1, p.calls().hourCount(java.time.DayOfWeek.TUESDAY, 16));
    }

    @Test
    void aFirstCallOfTextIsNotTakenForASecondHeaderRow() throws Exception {
        // Every header named on one row: the row under it is a call, whatever it holds.
        Partial p = read(row("Incident", "Received", "Grade", "Channel"),
                row("J0001", LocalDate.of(2024, 1, 1), "Grade 1", "999"),
                row("J0002", LocalDate.of(2024, 1, 1), "Grade 3", "101"));
        assertEquals(2, p.calls().dates().stream().mapToLong(p.calls()::total).sum());
    }
}
