package org.forcestat.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.OverlapCheck;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-row-per-call sample read back equals its per-day equivalent; record and per-day sources
 * of the same days are not double-counted; and merging partials in any grouping gives one result.
 */
class CallRecordsWorkbookTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());
    private static final LocalDate START = LocalDate.of(2014, 4, 4);

    /** Three days (Friday to Sunday), columns as CallsPerDayWorkbook.counts(): 5 gradings, total, 999, 101, online, STORM. */
    private static final int[][] COUNTS = {
        {70, 120, 35, 250, 25, 500, 170, 300, 30, 330},
        {80, 130, 30, 280, 20, 540, 190, 320, 30, 350},
        {75, 110, 40, 260, 30, 515, 180, 305, 30, 333},
    };

    private Path perDay(Path file, int[][] counts, LocalDate start) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Calls per day");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] heads = CallsPerDayWorkbook.HEADERS;
            Row h = sh.createRow(0);
            for (int c = 0; c < heads.length; c++) {
                h.createCell(c).setCellValue(heads[c]);
            }
            for (int d = 0; d < counts.length; d++) {
                Row r = sh.createRow(d + 1);
                r.createCell(0).setCellValue(start.plusDays(d));
                r.getCell(0).setCellStyle(date);
                for (int c = 0; c < counts[d].length; c++) {
                    r.createCell(c + 1).setCellValue(counts[d][c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void recordsReadBackToTheSameDailyCountsAsThePerDaySheetInBothStringForms() throws Exception {
        Partial daily = reader.read(perDay(dir.resolve("per-day.xlsx"), COUNTS, START));
        for (boolean shared : new boolean[] {false, true}) {
            Path f = CallRecordsWorkbook.write(dir.resolve("records-" + shared + ".xlsx"), COUNTS, START, shared);
            Partial records = reader.read(f);
            assertEquals(1555, records.sources().get(0).sheets().get(0).rowsRead());
            assertTrue(records.findings().isEmpty(), records.findings().toString());
            assertEquals(daily.calls().dates(), records.calls().dates());
            for (LocalDate d : daily.calls().dates()) {
                assertArrayEquals(daily.calls().rawDays().get(d), records.calls().rawDays().get(d), d + " shared=" + shared);
            }
            assertTrue(records.calls().measures().contains(CallCounts.Measure.HOURS));
            long nights = 0;
            long dawns = 0;
            for (DayOfWeek dow : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)) {
                nights += records.calls().hourCount(dow, 1);
                dawns += records.calls().hourCount(dow, 5);
            }
            assertTrue(nights > 1.5 * dawns, "weekend small hours busier than dawn: " + nights + " vs " + dawns);
        }
    }

    @Test
    void anotherDistrictsFileHasTheSameDailyCountsAndNoCallOfTheFirst() throws Exception {
        for (boolean shared : new boolean[] {false, true}) {
            Partial first = reader.read(CallRecordsWorkbook.write(dir.resolve("d0-" + shared + ".xlsx"), COUNTS, START, shared, 0));
            Path f2 = CallRecordsWorkbook.write(dir.resolve("d2-" + shared + ".xlsx"), COUNTS, START, shared, 2);
            Partial second = reader.read(f2);
            assertTrue(second.findings().isEmpty(), second.findings().toString());
            for (int d = 0; d < COUNTS.length; d++) {
                LocalDate day = START.plusDays(d);
                assertEquals(COUNTS[d][5], second.calls().total(day));
                assertArrayEquals(first.calls().rawDays().get(day), second.calls().rawDays().get(day), day + " shared=" + shared);
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f2))) {
                assertEquals("KC2-20140404-0001", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            }
            // Neither repeats the other's calls, so a run adds both; the same file again would repeat all of them.
            org.forcestat.ingest.RepeatedCalls seen = new org.forcestat.ingest.RepeatedCalls();
            assertEquals(null, seen.next("d0", first.callKeys().get()));
            assertEquals(null, seen.next("d2", second.callKeys().get()));
            assertEquals(1555, seen.next("d0 again", first.callKeys().get()).size());
        }
    }

    @Test
    void overlappingRecordAndPerDaySourcesAreNotDoubleCountedAndMergeInAnyGrouping() throws Exception {
        // Records for days 1-3 in three files; per-day counts for days 2-4 (day 4 only there).
        Path[] rec = new Path[3];
        for (int d = 0; d < 3; d++) {
            rec[d] = CallRecordsWorkbook.write(dir.resolve("rec-" + d + ".xlsx"), new int[][] {COUNTS[d]},
                    START.plusDays(d), d == 1);
        }
        int[][] later = {COUNTS[1].clone(), COUNTS[2].clone(), COUNTS[0].clone()};
        later[0][5] += 1000; // so the per-day figures differ from the records for the overlapping days
        Path daily = perDay(dir.resolve("per-day.xlsx"), later, START.plusDays(1));
        Path all = CallRecordsWorkbook.write(dir.resolve("rec-all.xlsx"), COUNTS, START, false);

        Partial p1 = reader.read(rec[0]);
        Partial p2 = reader.read(rec[1]);
        Partial p3 = reader.read(rec[2]);
        Partial p4 = reader.read(daily);
        Partial left = reader.read(rec[0]).merge(reader.read(rec[1])).merge(reader.read(rec[2]).merge(reader.read(daily)));
        Partial right = p1.merge(p2.merge(p3.merge(p4)));
        Partial single = reader.read(all).merge(reader.read(daily));
        for (Partial p : List.of(left, right, single)) {
            OverlapCheck.report(p);
        }
        assertSameCounts(left.calls(), right.calls(), true);
        // One file of the three days: same days and counts (its times of day are drawn afresh).
        assertSameCounts(left.calls(), single.calls(), false);

        CallCounts calls = left.calls();
        assertEquals(4, calls.dates().size());
        assertEquals(COUNTS[1][5], calls.total(START.plusDays(1)), "records used where both cover a day");
        assertEquals(COUNTS[2][5], calls.total(START.plusDays(2)));
        assertEquals(COUNTS[0][5], calls.total(START.plusDays(3)), "per-day counts fill the day records lack");
        Finding w = left.findings().stream().filter(f -> f.rule().equals("SOURCE_OVERLAP")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("per-day.xlsx", w.file());
        assertTrue(w.message().contains("rec-1.xlsx, rec-2.xlsx") && w.message().contains("2 day(s) from 05/04/2014 to 06/04/2014"),
                w.message());
        assertEquals(1, single.findings().stream().filter(f -> f.rule().equals("SOURCE_OVERLAP")).count());
    }

    private static void assertSameCounts(CallCounts a, CallCounts b, boolean hours) {
        assertEquals(a.dates(), b.dates());
        for (Map.Entry<LocalDate, long[]> e : a.rawDays().entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), b.rawDays().get(e.getKey())), e.getKey().toString());
        }
        for (DayOfWeek dow : hours ? DayOfWeek.values() : new DayOfWeek[0]) {
            for (int h = 0; h < 24; h++) {
                assertEquals(a.hourCount(dow, h), b.hourCount(dow, h), dow + " " + h);
            }
        }
        assertEquals(a.measures(), b.measures());
        assertEquals(a.overlaps().stream().map(o -> o.days()).toList(), b.overlaps().stream().map(o -> o.days()).toList());
    }
}
