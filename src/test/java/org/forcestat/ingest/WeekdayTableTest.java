package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls by hour of day and day of week ("Day | 00:00 | 01:00 | Total" over Monday ... Sunday) is a profile of
 * the week, not per-day calls: not counted, with one note, never seven "no readable date" errors.
 */
class WeekdayTableTest {
    @TempDir
    Path dir;

    private Partial read(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Hour x Day", rows);
            return new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve("calls.xlsx")));
        }
    }

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aTableByWeekdayIsNotCountedAndSaysWhy() throws Exception {
        Partial p = read(row("Calls by hour of day and day of week, Q4"), null,
                row("Day", "00:00", "01:00", "02:00", "Total calls"),
                row("Monday", 457, 511, 657, 1625), row("Tuesday", 730, 498, 229, 1457),
                row("Wednesday", 697, 243, 610, 1550), row("Thursday", 585, 419, 673, 1677),
                row("Friday", 767, 758, 206, 1731), row("Saturday", 232, 586, 667, 1485),
                row("Sunday", 871, 849, 870, 2590));
        assertEquals(List.of(), of(p, "DATE_UNREADABLE"), p.findings().toString());
        assertEquals(Kind.UNRECOGNISED, p.sources().get(0).sheets().get(0).kind());
        assertEquals(0, p.calls().dates().size());
        List<Finding> notes = of(p, "SHEET_UNRECOGNISED");
        assertEquals(1, notes.size(), p.findings().toString());
        assertTrue(notes.get(0).message().contains("a day of the week, not a date"), notes.get(0).message());
    }

    @Test
    void aDayColumnOfDatesIsStillRead() throws Exception {
        // 400 + 410 + 420 = 1,230 calls over three days, the date column headed "Day".
        Partial p = read(row("Day", "Total calls"), row(LocalDate.of(2016, 4, 1), 400),
                row(LocalDate.of(2016, 4, 2), 410), row(LocalDate.of(2016, 4, 3), 420));
        assertEquals(Kind.CALLS, p.sources().get(0).sheets().get(0).kind());
        assertEquals(1230, p.calls().dates().stream().mapToLong(p.calls()::total).sum());
    }
}
