package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same calls in two files are counted once (SPEC §4.1: a duplicate is never added): a workbook
 * saved again under another name, an export beside its own CSV, two exports whose periods overlap;
 * while two districts' exports of the same months add up. The exports are written as a
 * command-and-control system writes them: a merged title, the header on row 5, incident numbers like
 * CAD-160101-0001 or 20160101000001, January and February received as dd/mm/yyyy hh:mm text (an older
 * extract pasted in) and March and April as Excel date-times.
 *
 * <p>The calls, worked out by hand: 2 a day in January (31 days, 62), 3 a day in February (29 days,
 * 87), 2 a day in March (62), 1 a day in April (30): 241 calls over the 121 days from 01/01/2016 to
 * 30/04/2016. January to February is 149 calls, February to April 179; together 328, of which
 * February's 87 are in both.
 */
class RepeatedCallsTest {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String[] GRADES = {"Grade 1 - Emergency", "Grade 2 - Priority", "Grade 3 - Scheduled",
        "Grade 4 - Resolution Without Deployment"};
    private static final String[] SOURCES = {"999", "101", "Online"};

    @TempDir
    Path dir;

    /** One call of the export. */
    record Call(String id, LocalDateTime received, String source, String grade, String division) {
    }

    private static List<Call> calls(String prefix, boolean numericIds, int minuteShift, String division) {
        List<Call> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2016, 1, 1); !d.isAfter(LocalDate.of(2016, 4, 30)); d = d.plusDays(1)) {
            int k = switch (d.getMonthValue()) {
                case 1, 3 -> 2;
                case 2 -> 3;
                default -> 1;
            };
            for (int i = 0; i < k; i++) {
                LocalDateTime at = d.atTime(8 + 4 * i, (7 * d.getDayOfMonth() + minuteShift) % 60);
                String id = numericIds
                        ? String.format("%04d%02d%02d%06d", d.getYear(), d.getMonthValue(), d.getDayOfMonth(), i + 1)
                        : String.format("%s-%02d%02d%02d-%04d", prefix, d.getYear() % 100, d.getMonthValue(),
                                d.getDayOfMonth(), i + 1);
                int n = out.size();
                out.add(new Call(id, at, SOURCES[n % 3], GRADES[n % 4], division));
            }
        }
        return out;
    }

    private static List<Call> months(List<Call> all, int from, int to) {
        Predicate<Call> in = c -> c.received().getMonthValue() >= from && c.received().getMonthValue() <= to;
        return all.stream().filter(in).toList();
    }

    /**
     * An export as the system writes it. {@code idHeader} null: no ID column. {@code resaved}: as
     * LibreOffice saves the same workbook again: shared strings instead of inline ones, its own styles,
     * the merged title's blank cells written out, and date-times to 15 significant digits.
     */
    private static void xlsx(Path file, List<Call> calls, String idHeader, boolean resaved) throws Exception {
        try (XSSFWorkbook base = new XSSFWorkbook()) {
            var sh = base.createSheet("Report");
            var bold = base.createCellStyle();
            var font = base.createFont();
            font.setBold(true);
            bold.setFont(font);
            var dateStyle = base.createCellStyle();
            dateStyle.setDataFormat(base.createDataFormat().getFormat(resaved ? "DD/MM/YYYY HH:MM" : "dd/mm/yyyy hh:mm"));
            String[] title = {"STORM Command & Control - Calls For Service Report",
                "Date range: 01/01/2016 00:00 to 30/04/2016 23:59   Division: ALL", "Report run: 03/05/2016 08:41"};
            List<String> header = new ArrayList<>();
            if (idHeader != null) {
                header.add(idHeader);
            }
            header.addAll(List.of("Created Date/Time", "Call Source", "Initial Grade", "Division"));
            int width = header.size();
            for (int r = 0; r < 3; r++) {
                var row = sh.createRow(r);
                row.createCell(0).setCellValue(title[r]);
                if (resaved) {
                    for (int c = 1; c < width; c++) {
                        row.createCell(c).setCellStyle(bold);
                    }
                }
                sh.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            }
            var h = sh.createRow(4);
            for (int c = 0; c < width; c++) {
                var cell = h.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            // The original is streamed with inline strings, as exports are; the re-save has a shared string table.
            try (SXSSFWorkbook wb = new SXSSFWorkbook(base, 100, false, !resaved)) {
                var out = wb.getSheet("Report");
                int r = 5;
                for (Call call : calls) {
                    var row = out.createRow(r++);
                    int c = 0;
                    if (idHeader != null) {
                        if (call.id().matches("\\d+")) {
                            row.createCell(c++).setCellValue(Double.parseDouble(call.id()));
                        } else {
                            row.createCell(c++).setCellValue(call.id());
                        }
                    }
                    var when = row.createCell(c++);
                    if (call.received().getMonthValue() <= 2) {
                        when.setCellValue(call.received().format(TEXT));
                    } else {
                        double serial = DateUtil.getExcelDate(call.received());
                        if (resaved) {
                            serial = new BigDecimal(serial).round(new MathContext(15)).doubleValue();
                        }
                        when.setCellValue(serial);
                        when.setCellStyle(dateStyle);
                    }
                    row.createCell(c++).setCellValue(call.source());
                    row.createCell(c++).setCellValue(call.grade());
                    row.createCell(c).setCellValue(call.division());
                }
                try (OutputStream o = Files.newOutputStream(file)) {
                    wb.write(o);
                }
                wb.dispose();
            }
        }
    }

    /** The export's CSV as Excel saves it: every value as displayed, UTF-8 with a BOM, the title block above. */
    private static void csv(Path file, List<Call> calls) throws Exception {
        StringBuilder s = new StringBuilder("\uFEFFSTORM Command & Control - Calls For Service Report,,,,\r\n,,,,\r\n,,,,\r\n,,,,\r\n");
        s.append("Incident Number,Created Date/Time,Call Source,Initial Grade,Division\r\n");
        for (Call c : calls) {
            s.append(c.id()).append(',').append(c.received().format(TEXT)).append(',').append(c.source()).append(',')
                    .append(c.grade()).append(',').append(c.division()).append("\r\n");
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    private CommandRun run(Path in) throws Exception {
        return CommandRun.of("run", in.toString(), "-o", dir.resolve("out-" + in.getFileName()).toString());
    }

    private static void countedOnce(CommandRun r) throws Exception {
        assertEquals(241.0, r.metrics().get("calls.total"), r.printed());
        assertEquals(121.0, r.metrics().get("calls.days"), r.printed());
        assertEquals(241.0 / 121, r.metrics().get("calls.per_day"), 1e-9);
        // Each third call is a 999 call: 81 of the 241 (calls 0, 3, ... 240).
        assertEquals(81.0 / 121, r.metrics().get("calls.999.per_day"), 1e-9);
    }

    @Test
    void aWorkbookSavedAgainUnderAnotherNameIsARepeatedSheetAndCountedOnce() throws Exception {
        Path in = Files.createDirectory(dir.resolve("resave"));
        List<Call> all = calls("CAD", false, 0, "North");
        xlsx(in.resolve("calls-jan-apr-2016.xlsx"), all, "Incident Number", false);
        xlsx(in.resolve("CFS Jan-Apr 16 (checked).xlsx"), all, "Incident Number", true);
        // The test means something only if the two files' bytes and date serials differ.
        assertNotEquals(Files.size(in.resolve("calls-jan-apr-2016.xlsx")), Files.size(in.resolve("CFS Jan-Apr 16 (checked).xlsx")));
        double serial = DateUtil.getExcelDate(LocalDateTime.of(2016, 3, 14, 19, 45));
        assertNotEquals(serial, new BigDecimal(serial).round(new MathContext(15)).doubleValue());
        CommandRun r = run(in);
        countedOnce(r);
        List<CommandRun.Row3> dup = r.findings("DUPLICATE_SHEET");
        assertEquals(1, dup.size(), r.findings().toString());
        assertTrue(dup.get(0).message().contains("CFS Jan-Apr 16 (checked).xlsx, sheet 'Report'"), dup.get(0).message());
        // the copy's own place is in the File and Sheet columns (the sheet's message does not repeat it)
        assertEquals("calls-jan-apr-2016.xlsx", dup.get(0).file(), dup.get(0).toString());
        assertEquals(0, r.findings("DUPLICATE_CALLS").size(), r.findings().toString());
        assertEquals(1, r.exitCode(), r.printed());
    }

    @Test
    void anExportBesideItsOwnCsvIsCountedOnceWithOneWarningNamingBoth() throws Exception {
        Path in = Files.createDirectory(dir.resolve("csv"));
        List<Call> all = calls("CAD", false, 0, "North");
        xlsx(in.resolve("calls-jan-apr-2016.xlsx"), all, "Incident Number", false);
        csv(in.resolve("calls-jan-apr-2016.csv"), all);
        CommandRun r = run(in);
        countedOnce(r);
        List<CommandRun.Row3> dup = r.findings("DUPLICATE_CALLS");
        assertEquals(1, dup.size(), r.findings().toString());
        // The run reads the files in name order: the .csv first, so the .xlsx repeats it.
        assertEquals("calls-jan-apr-2016.xlsx", dup.get(0).file());
        assertEquals("calls-jan-apr-2016.xlsx repeats 241 calls of calls-jan-apr-2016.csv (the same call IDs on the "
                + "same days, received 01/01/2016 to 30/04/2016), so they were counted once, from calls-jan-apr-2016.csv. "
                + "Remove the repeated rows or the file if they were exported twice.", dup.get(0).message());
        assertEquals("WARNING", dup.get(0).severity().toUpperCase(java.util.Locale.ROOT));
        assertEquals(0, r.exitCode(), r.printed());
    }

    @Test
    void overlappingExportsCountTheSharedMonthOnce() throws Exception {
        for (String idHeader : List.of("Incident Number", "Call ID")) {
            Path in = Files.createDirectory(dir.resolve("overlap " + idHeader));
            List<Call> all = calls("CAD", idHeader.equals("Call ID"), 0, "North");
            xlsx(in.resolve("cfs-jan-feb.xlsx"), months(all, 1, 2), idHeader, false);
            xlsx(in.resolve("cfs-feb-apr.xlsx"), months(all, 2, 4), idHeader, false);
            CommandRun r = run(in);
            countedOnce(r);
            List<CommandRun.Row3> dup = r.findings("DUPLICATE_CALLS");
            assertEquals(1, dup.size(), r.findings().toString());
            assertEquals("cfs-jan-feb.xlsx", dup.get(0).file());
            assertTrue(dup.get(0).message().startsWith("cfs-jan-feb.xlsx repeats 87 calls of cfs-feb-apr.xlsx (the same "
                    + "call IDs on the same days, received 01/02/2016 to 29/02/2016), so they were counted once"),
                    dup.get(0).message());
            // Said on screen too, not only on the Validation sheet.
            assertTrue(r.out().contains("warning: cfs-jan-feb.xlsx repeats 87 calls of cfs-feb-apr.xlsx"), r.out());
            assertEquals(0, r.exitCode(), r.printed());
        }
    }

    @Test
    void withoutAnIdColumnIdenticalWholeRowsAreTheEvidence() throws Exception {
        Path in = Files.createDirectory(dir.resolve("no-ids"));
        List<Call> all = calls("CAD", false, 0, "North");
        xlsx(in.resolve("cfs-jan-feb.xlsx"), months(all, 1, 2), null, false);
        xlsx(in.resolve("cfs-feb-apr.xlsx"), months(all, 2, 4), null, false);
        CommandRun r = run(in);
        countedOnce(r);
        List<CommandRun.Row3> dup = r.findings("DUPLICATE_CALLS");
        assertEquals(1, dup.size(), r.findings().toString());
        assertTrue(dup.get(0).message().contains("repeats 87 calls of cfs-feb-apr.xlsx (the same received time and "
                + "every field, received 01/02/2016 to 29/02/2016)"), dup.get(0).message());
    }

    @Test
    void twoDistrictsExportsOfTheSameMonthsAddUp() throws Exception {
        Path in = Files.createDirectory(dir.resolve("districts"));
        xlsx(in.resolve("north.xlsx"), calls("NTH", false, 0, "North"), "Incident Number", false);
        xlsx(in.resolve("south.xlsx"), calls("STH", false, 0, "South"), "Incident Number", false);
        CommandRun r = run(in);
        assertEquals(482.0, r.metrics().get("calls.total"), r.printed());
        assertEquals(482.0 / 121, r.metrics().get("calls.per_day"), 1e-9);
        assertEquals(0, r.findings("DUPLICATE_CALLS").size(), r.findings().toString());
        assertEquals(0, r.findings("DUPLICATE_SHEET").size(), r.findings().toString());
    }

    @Test
    void callsWithNeitherIdNorTimeAreNeverTakenForRepeats() throws Exception {
        // Each district: 5 High calls a day for 10 days, received as a date alone: 50 + 50 = 100.
        Path in = Files.createDirectory(dir.resolve("dates-only"));
        for (String district : List.of("north", "south")) {
            // Other headers, so that the files' bytes differ; the rows are the same.
            StringBuilder s = new StringBuilder(district.equals("north") ? "Call Date,Grade\r\n" : "Received,Grading\r\n");
            for (int d = 1; d <= 10; d++) {
                for (int i = 0; i < 5; i++) {
                    s.append(String.format("%02d/03/2016,High\r\n", d));
                }
            }
            Files.writeString(in.resolve(district + ".csv"), s);
        }
        CommandRun r = run(in);
        assertEquals(100.0, r.metrics().get("calls.total"), r.printed());
        assertEquals(10.0, r.metrics().get("calls.per_day"), 1e-9);
        assertEquals(0, r.findings("DUPLICATE_CALLS").size(), r.findings().toString());
    }

    @Test
    void twoDistrictsWithoutIdsAddUpEvenWhereSomeCallsLookAlike() throws Exception {
        Path in = Files.createDirectory(dir.resolve("districts-no-ids"));
        List<Call> north = calls("NTH", false, 0, "");
        // South's calls are at other minutes, except on the 1st of each month (a minute shift of 60):
        // 8 of its calls (2 + 3 + 2 + 1) match North's row for row, by chance.
        List<Call> south = new ArrayList<>();
        for (Call c : calls("STH", false, 30, "")) {
            LocalDateTime at = c.received().getDayOfMonth() == 1 ? c.received().withMinute(7) : c.received();
            south.add(new Call(c.id(), at, c.source(), c.grade(), c.division()));
        }
        xlsx(in.resolve("north.xlsx"), north, null, false);
        xlsx(in.resolve("south.xlsx"), south, null, false);
        CommandRun r = run(in);
        assertEquals(482.0, r.metrics().get("calls.total"), r.printed());
        assertEquals(0, r.findings("DUPLICATE_CALLS").size(), r.findings().toString());
    }
}
