package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop folder of issue 17 (SPEC §3): a C&C export of one row per call for one quarter, with
 * channel and STORM columns; divisional per-day call counts for the nine months after it, with
 * neither; a crime export of one row per day and type for eleven months, without ASB; and a
 * police.uk month after it. Every figure is over the days and rows that carry its own field, worked
 * out by hand below, and no 0 stands in for a figure the inputs cannot give.
 */
class MixedSourcesEndToEndTest {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    static Path dir;

    static CommandRun run;
    static Map<String, Object> metrics;

    @BeforeAll
    static void runOnTheMix() throws Exception {
        Path in = DropFolders.in(dir);
        // Calls, 01/04/2015 - 30/06/2015 (91 days), 10 a day: 3 by 999, 5 by 101, 2 online; graded
        // 2 Immediate, 3 High, 1 Appointment, 3 Advice, 1 Crime report; 6 with a STORM reference.
        String[] grading = {"Immediate", "Immediate", "High", "High", "High", "Appointment", "Advice", "Advice",
            "Advice", "Crime report"};
        String[] channel = {"999", "101", "999", "101", "Online", "101", "999", "101", "Online", "101"};
        StringBuilder records = new StringBuilder("Call ID,Received,Grading,Channel,STORM Ref\n");
        int id = 0;
        for (LocalDate d = LocalDate.of(2015, 4, 1); d.isBefore(LocalDate.of(2015, 7, 1)); d = d.plusDays(1)) {
            for (int i = 0; i < 10; i++) {
                records.append("C").append(++id).append(',').append(UK.format(d)).append(String.format(" %02d:15", i * 2))
                        .append(',').append(grading[i]).append(',').append(channel[i]).append(',')
                        .append(i < 6 ? "ST-" + id : "").append('\n');
            }
        }
        Files.writeString(in.resolve("cc-export-q1.csv"), records, StandardCharsets.UTF_8);
        // Per-day counts, 01/07/2015 - 31/03/2016 (275 days, February 2016 has 29), 20 calls a day.
        StringBuilder perDay = new StringBuilder("Date,Total calls\n");
        for (LocalDate d = LocalDate.of(2015, 7, 1); d.isBefore(LocalDate.of(2016, 4, 1)); d = d.plusDays(1)) {
            perDay.append(UK.format(d)).append(",20\n");
        }
        Files.writeString(in.resolve("division-calls.csv"), perDay, StandardCharsets.UTF_8);
        // Crimes, 01/05/2015 - 31/03/2016 (336 days), each day: 1 dwelling burglary, 3 violence with
        // injury, 1 sexual offence, 2 shoplifting, 1 TFMV, 1 TOMV, 1 robbery (10 a day, 3,360); no ASB.
        String[][] types = {{"Dwelling burglary", "1"}, {"Violence with injury", "3"}, {"Sexual offences", "1"},
            {"Shoplifting", "2"}, {"Theft from motor vehicle", "1"}, {"Theft of motor vehicle", "1"}, {"Robbery", "1"}};
        StringBuilder crimes = new StringBuilder("Date,Crime type,Count\n");
        for (LocalDate d = LocalDate.of(2015, 5, 1); d.isBefore(LocalDate.of(2016, 4, 1)); d = d.plusDays(1)) {
            for (String[] t : types) {
                crimes.append(UK.format(d)).append(',').append(t[0]).append(',').append(t[1]).append('\n');
            }
        }
        Files.writeString(in.resolve("crimes-by-day.csv"), crimes, StandardCharsets.UTF_8);
        // police.uk, April 2016 (30 days): 60 violence and sexual offences, 30 burglary, 12 vehicle crime,
        // 15 shoplifting, 3 robbery, 20 criminal damage (140 crimes) and 90 ASB.
        Object[][] counts = {{"Violence and sexual offences", 60}, {"Burglary", 30}, {"Vehicle crime", 12},
            {"Shoplifting", 15}, {"Robbery", 3}, {"Criminal damage and arson", 20}, {"Anti-social behaviour", 90}};
        String pu = DropFolders.policeUkMonth("2016-04", "On or near Shrimpton Close", counts);
        Files.writeString(in.resolve("2016-04-kent-street.csv"), pu, StandardCharsets.UTF_8);
        run = DropFolders.run(dir);
        assertNotNull(run.summary(), run.printed());
        metrics = readMetrics(run.summary());
    }

    /** Id -> value as written: a number, or the text of a figure the inputs cannot give. */
    static Map<String, Object> readMetrics(Path summary) throws Exception {
        return SummarySheets.metrics(summary);
    }

    private static double number(String id) {
        Object v = metrics.get(id);
        assertTrue(v instanceof Double, id + " is " + v);
        return (Double) v;
    }

    @Test
    void callFiguresAreEachOverTheDaysThatCarryTheirField() {
        // 910 records + 275 x 20 = 5,500 per-day calls = 6,410 over the 366 days from 01/04/2015 to 31/03/2016.
        assertEquals(6410, number("calls.total"));
        assertEquals(366, number("calls.days"));
        assertEquals(6410.0 / 366, number("calls.per_day"), 1e-9);
        // 999: 3 a day over the 91 days with a channel, not 273 / 366 = 0.75.
        assertEquals(91, number("calls.channel.days"));
        assertEquals(3.0, number("calls.999.per_day"), 1e-9);
        // STORM: 546 incidents over the 91 days with a STORM column; 364 of their 910 calls had none.
        assertEquals(546, number("calls.storm.total"));
        assertEquals(6.0, number("incidents.per_day"), 1e-9);
        assertEquals(910, number("calls.storm.calls"));
        assertEquals(0.4, number("calls.no_storm.share"), 1e-12);
    }

    @Test
    void theGradingLinesAddUpToAllCallsAndTheirSharesAreOfGradedCalls() {
        double sum = 0;
        for (String g : List.of("immediate", "high", "appointment", "advice", "crime_report", "none")) {
            sum += number("calls.grading." + g + ".total");
        }
        assertEquals(number("calls.total"), sum, "182 + 273 + 91 + 273 + 91 + 5,500");
        assertEquals(5500, number("calls.grading.none.total"), "the per-day counts give no grading");
        assertEquals(910, number("calls.graded.total"));
        assertEquals(182.0 / 910, number("calls.grading.immediate.share"), 1e-12);
        assertEquals(273.0 / 910, number("calls.grading.advice.share"), 1e-12);
    }

    @Test
    void theSummaryAndCallsSheetGradingTablesAddUpToAllCalls() throws Exception {
        try (InputStream in = Files.newInputStream(run.summary()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String sheet : List.of("Summary", "Calls")) {
                double sum = 0;
                double all = Double.NaN;
                boolean none = false;
                for (Row r : wb.getSheet(sheet)) {
                    for (Cell c : r) {
                        if (c.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String t = c.getStringCellValue();
                        Cell v = r.getCell(c.getColumnIndex() + 1);
                        if (List.of("Immediate", "High", "Appointment", "Advice", "Crime report",
                                "No recognised grading").contains(t) && v != null && Double.isNaN(all)) {
                            sum += v.getNumericCellValue();
                            none |= t.equals("No recognised grading");
                        } else if (t.equals("All calls") && Double.isNaN(all)) {
                            all = v.getNumericCellValue();
                        }
                    }
                }
                assertTrue(none, sheet);
                assertEquals(6410, all, sheet);
                assertEquals(all, sum, sheet);
            }
        }
    }

    @Test
    void crimeFiguresAreEachOverTheDaysOfTheSourcesThatGiveThem() {
        // Headline: 01/05/2015 - 30/04/2016, 366 days; 3,360 + 140 crimes.
        assertEquals(366, number("crimes.days"));
        assertEquals(3500, number("crimes.total"));
        assertEquals(3500.0 / 366, number("crimes.per_day"), 1e-9);
        // police.uk's April cannot split violence from sexual offences, burglary or vehicle crime: those
        // five are over the crime export's 336 days alone.
        for (String c : List.of("violence", "sexual_offences", "dwelling_burglary", "tfmv", "tomv")) {
            assertEquals(336, number("crimes." + c + ".days"), c);
        }
        assertEquals(3.0, number("crimes.violence.per_day"), 1e-12, "1,008 / 336, not / 366");
        assertEquals(1.0, number("crimes.sexual_offences.per_day"), 1e-12);
        assertEquals(1.0, number("crimes.dwelling_burglary.per_day"), 1e-12);
        assertEquals(1.0, number("crimes.tfmv.per_day"), 1e-12);
        assertEquals(1.0, number("crimes.tomv.per_day"), 1e-12);
        assertEquals(687.0 / 366, number("crimes.theft.per_day"), 1e-12, "672 + 15 shoplifting over every day");
        assertEquals(339.0 / 366, number("crimes.robbery.per_day"), 1e-12);
        // ASB only from police.uk: 90 over its 30 days, not over 366.
        assertEquals(30, number("asb.days"));
        assertEquals(90, number("asb.total"));
        assertEquals(3.0, number("asb.per_day"), 1e-12);
        assertEquals(2.0, number("crimes.violence_and_sexual.per_day"), 1e-12, "60 / 30");
    }

    @Test
    void noZeroStandsInOnTheSummaryTilesAndNoChartOrTestSpansTheChangeOfSource() throws Exception {
        for (String id : List.of("calls.999.per_day", "incidents.per_day", "calls.no_storm.share", "asb.per_day",
                "crimes.violence.per_day", "crimes.sexual_offences.per_day", "crimes.dwelling_burglary.per_day",
                "crimes.tfmv.per_day", "crimes.tomv.per_day")) {
            assertTrue(number(id) > 0, id);
        }
        try (InputStream in = Files.newInputStream(run.summary()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            int tiles = 0;
            boolean inTiles = false;
            for (Row r : summary) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("An average day")) {
                        inTiles = true;
                    } else if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Trends, in words")) {
                        inTiles = false;
                    } else if (inTiles && c.getCellType() == CellType.FORMULA) {
                        tiles++;
                        assertTrue(c.getNumericCellValue() > 0, "tile " + c.getAddress() + " is " + c.getNumericCellValue());
                    }
                }
            }
            assertEquals(14, tiles, "6 headline tiles and 8 crime categories, every one a figure");
            StringBuilder text = new StringBuilder();
            for (Row r : wb.getSheet("Calls")) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        text.append(c.getStringCellValue()).append(' ');
                    }
                }
            }
            // Daily: 366 days of two grains; monthly: the latest run of one grain is July - March, 9 months.
            String all = text.toString();
            assertTrue(all.contains("series has 9 months."), all);
            assertTrue(all.contains("series has 366 days from sources of more than one grain."), all);
        }
        assertFalse(metrics.containsKey("crimes.rolling12.p_value"), "11 daily months then 1 police.uk month");
        assertFalse(metrics.containsKey("calls.control.points_outside"), "records then per-day counts");
        var overlaps = run.findings("SOURCE_OVERLAP");
        assertEquals(List.of(), overlaps, "the sources do not overlap in time");
    }
}
