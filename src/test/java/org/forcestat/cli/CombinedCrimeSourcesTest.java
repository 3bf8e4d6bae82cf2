package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's real folder (SPEC §3, "a duplicate is never added"): police.uk's monthly downloads, a
 * Home Office style recorded-crime pivot for the same 24 months, and a daily crime sheet for three of
 * them. Every month's crimes come from one source, finest first (daily, then the recorded-crime
 * pivot, then police.uk), never the sum; police.uk's ASB is kept, as neither other source has any.
 * Expected figures are worked out by hand in the comments from the cells written below.
 */
class CombinedCrimeSourcesTest {
    private static final YearMonth FIRST = YearMonth.of(2017, 4);
    private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);

    /** police.uk's 14 categories as the download names them, with this folder's rows a month. */
    private static final Object[][] STREET = {{"Violence and sexual offences", 30}, {"Burglary", 10},
        {"Vehicle crime", 8}, {"Shoplifting", 12}, {"Other theft", 6}, {"Criminal damage and arson", 9},
        {"Robbery", 2}, {"Anti-social behaviour", 20}};

    /**
     * The pivot's offences and their base figure a month; offence k in month i (April 2017 is 0) holds
     * {@code base + (i * (k + 1)) % 7}, so the rows vary and no row is the sum of its neighbours (a
     * subtotal). The sums asserted below were worked out from that formula with plain python.
     */
    private static final Object[][] OFFENCES = {{"Violence with injury", 40}, {"Violence without injury", 35},
        {"Stalking and harassment", 15}, {"Rape", 3}, {"Other sexual offences", 5},
        {"Robbery of personal property", 4}, {"Residential burglary", 12}, {"Non-residential burglary", 6},
        {"Theft from a vehicle", 9}, {"Theft or unauthorised taking of a motor vehicle", 4}, {"Shoplifting", 20},
        {"All other theft offences", 11}, {"Criminal damage and arson", 14}, {"Drug offences", 5},
        {"Public order offences", 10}};

    @TempDir
    Path dir;

    /** One police.uk download a month, April 2017 to March 2019: 77 crimes and 20 ASB each. */
    private static void policeUk(Path in) throws Exception {
        for (int i = 0; i < 24; i++) {
            YearMonth m = FIRST.plusMonths(i);
            StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,"
                    + "Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
            int id = 0;
            for (Object[] c : STREET) {
                for (int k = 0; k < (Integer) c[1]; k++) {
                    boolean asb = c[0].equals("Anti-social behaviour");
                    csv.append(asb ? "" : String.format("%064x", i * 1000L + ++id)).append(',').append(m)
                            .append(",Kent Police,Kent Police,0.964269,51.258117,On or near Shrimpton Close,"
                                    + "E01023987,Ashford 001B,").append(c[0])
                            .append(asb ? ",," : ",Investigation complete; no suspect identified,").append('\n');
                }
            }
            Files.writeString(in.resolve(m + "-kent-street.csv"), csv, StandardCharsets.UTF_8);
        }
    }

    /** The Home Office style pivot: a title, offences down, "Apr-17" ... "Mar-19" across, a typed total row. */
    private static void pivot(Path in) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Table P1");
            s.createRow(0).createCell(0).setCellValue("Police recorded crime by offence, Kent, April 2017 to March 2019");
            Row h = s.createRow(2);
            h.createCell(0).setCellValue("Offence");
            for (int i = 0; i < 24; i++) {
                h.createCell(1 + i).setCellValue(HEADER.format(FIRST.plusMonths(i)));
            }
            int r = 3;
            for (int k = 0; k < OFFENCES.length; k++) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue((String) OFFENCES[k][0]);
                for (int i = 0; i < 24; i++) {
                    row.createCell(1 + i).setCellValue(figure(k, i));
                }
            }
            Row total = s.createRow(r);
            total.createCell(0).setCellValue("Total recorded crime");
            for (int i = 0; i < 24; i++) {
                int sum = 0;
                for (int k = 0; k < OFFENCES.length; k++) {
                    sum += figure(k, i);
                }
                total.createCell(1 + i).setCellValue(sum);
            }
            try (OutputStream out = Files.newOutputStream(in.resolve("recorded-crime-by-offence.xlsx"))) {
                wb.write(out);
            }
        }
    }

    private static int figure(int k, int i) {
        return (Integer) OFFENCES[k][1] + (i * (k + 1)) % 7;
    }

    /**
     * A crime system's daily sheet, 1 October to 31 December 2018 (92 days), each day 3 violence with
     * injury, 1 residential burglary, 2 shoplifting, 1 criminal damage: 7 a day, 644 crimes, no ASB.
     */
    private static void daily(Path in) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Daily crime");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Date");
            h.createCell(1).setCellValue("Crime type");
            h.createCell(2).setCellValue("Count");
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] types = {{"Violence with injury", 3}, {"Residential burglary", 1}, {"Shoplifting", 2},
                {"Criminal damage and arson", 1}};
            int r = 1;
            for (LocalDate d = LocalDate.of(2018, 10, 1); d.isBefore(LocalDate.of(2019, 1, 1)); d = d.plusDays(1)) {
                for (Object[] t : types) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(d);
                    row.getCell(0).setCellStyle(style);
                    row.createCell(1).setCellValue((String) t[0]);
                    row.createCell(2).setCellValue((Integer) t[1]);
                }
            }
            try (OutputStream out = Files.newOutputStream(in.resolve("crimes-by-day.xlsx"))) {
                wb.write(out);
            }
        }
    }

    private CommandRun run(Path in) throws Exception {
        CommandRun run = CommandRun.of("run", in.toString(), "-o", dir.resolve("out-" + in.getFileName()).toString(),
                "--quiet");
        assertNotNull(run.summary(), run.printed());
        return run;
    }

    private static double number(Map<String, Object> m, String id) {
        Object v = m.get(id);
        assertTrue(v instanceof Double, id + " is " + v);
        return (Double) v;
    }

    private static List<CommandRun.Row3> overlaps(CommandRun run) throws Exception {
        return run.findings().stream().filter(f -> f.rule().equals("SOURCE_OVERLAP")).toList();
    }

    @Test
    void policeUkAndARecordedCrimePivotForTheSameMonthsAreNeverAdded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("pu-and-pivot"));
        policeUk(in);
        pivot(in);
        CommandRun run = run(in);
        assertEquals(0, run.exitCode(), run.printed());
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(run.summary());
        // The pivot's months i = 12 .. 23: 2,771 crimes, not 2,771 + 12 x 77 from police.uk as well.
        assertEquals(2771, number(m, "crimes.total"));
        assertEquals(365, number(m, "crimes.days"));
        assertEquals(2771, number(m, "crimes.rolling12.current"));
        // i = 0 .. 11.
        assertEquals(2767, number(m, "crimes.rolling12.previous"));
        assertEquals(4, number(m, "crimes.rolling12.change"));
        assertTrue(m.get("crimes.rolling12.p_value") instanceof Double, "one kind of source: tested");
        // Per category over i = 12 .. 23: violence (with, without injury, stalking), sexual offences
        // (rape, other), robbery, residential burglary.
        assertEquals(1185, number(m, "crimes.violence.total"));
        assertEquals(166, number(m, "crimes.sexual_offences.total"));
        assertEquals(83, number(m, "crimes.robbery.total"));
        assertEquals(144, number(m, "crimes.dwelling_burglary.total"));
        // Theft (shoplifting, all other theft): police.uk's 18 a month are not added.
        assertEquals(442, number(m, "crimes.theft.total"));
        // Other: non-residential burglary, criminal damage, drugs, public order.
        assertEquals(525, number(m, "crimes.other.total"));
        assertNull(m.get("crimes.violence_and_sexual.total"), "police.uk's merged group is not used");
        // ASB from police.uk, as the pivot has none: 20 a month over the year.
        assertEquals(240, number(m, "asb.total"));
        assertEquals(240.0 / 365, number(m, "asb.per_day"), 1e-12);

        List<CommandRun.Row3> o = overlaps(run);
        assertEquals(1, o.size(), o.toString());
        String text = o.get(0).message();
        assertTrue(text.contains("the 24 months Apr 2017 to Mar 2019"), text);
        assertTrue(text.contains("monthly recorded-crime figures (recorded-crime-by-offence.xlsx)"), text);
        assertTrue(text.contains("police.uk street-level rows (2017-04-kent-street.csv"), text);
        // 24 months: pivot 2,767 + 2,771; police.uk 24 x 77.
        assertTrue(text.contains("count 5,538 crimes and the police.uk street-level rows 1,848"), text);
        assertTrue(text.contains("Anti-social behaviour is still taken from the police.uk street-level rows"), text);
        assertTrue(o.get(0).file().startsWith("2017-04-kent-street.csv"), o.get(0).file());
    }

    @Test
    void aDailySheetAsAThirdSourceTakesItsMonthsAndTheTwelveMonthTotalsStay() throws Exception {
        Path in = Files.createDirectories(dir.resolve("three"));
        policeUk(in);
        pivot(in);
        daily(in);
        CommandRun run = run(in);
        assertEquals(0, run.exitCode(), run.printed());
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(run.summary());
        // October to December 2018 (i = 18, 19, 20) from the daily sheet: 644 in place of the pivot's
        // 239 + 240 + 241 = 720; the other nine months from the pivot: 2,771 - 720 + 644 = 2,695.
        assertEquals(2695, number(m, "crimes.total"));
        assertEquals(365, number(m, "crimes.days"));
        assertEquals(2695, number(m, "crimes.rolling12.current"), "not \"found 21 months\"");
        assertEquals(2767, number(m, "crimes.rolling12.previous"));
        assertEquals(-72, number(m, "crimes.rolling12.change"));
        assertFalse(m.get("crimes.rolling12.p_value") instanceof Double,
                "no test across months of different kinds of source: " + m.get("crimes.rolling12.p_value"));
        // nor a change claimed on the Summary: the two years were counted by different kinds of source
        String summary = summaryText(run.summary());
        assertTrue(summary.contains("Recorded crime: 2,695 in the 12 months to Mar 2019, not compared with the 2,767 of "
                + "the 12 months before: the two years come from different kinds of source."), summary);
        // Violence: the pivot's nine months (881) + 92 x 3; dwelling burglary 9 x 12 + 92.
        assertEquals(881 + 276, number(m, "crimes.violence.total"));
        assertEquals(108 + 92, number(m, "crimes.dwelling_burglary.total"));
        // Sexual offences: the daily sheet has none those months (a real 0), so the pivot's nine months.
        assertEquals(119, number(m, "crimes.sexual_offences.total"));
        assertEquals(240, number(m, "asb.total"), "police.uk's ASB in every month, the daily months too");

        List<CommandRun.Row3> o = overlaps(run);
        assertEquals(3, o.size(), "one per pair of sources: " + o);
        String dailyPivot = one(o, "daily crime data (crimes-by-day.xlsx) and monthly recorded-crime figures");
        assertTrue(dailyPivot.contains("the 3 months Oct 2018 to Dec 2018"), dailyPivot);
        assertTrue(dailyPivot.contains("the daily crime data count 644 crimes and the monthly recorded-crime figures "
                + "720"), dailyPivot);
        String dailyStreet = one(o, "daily crime data (crimes-by-day.xlsx) and police.uk street-level rows");
        assertTrue(dailyStreet.contains("count 644 crimes and the police.uk street-level rows 231"), dailyStreet);
        assertTrue(dailyStreet.contains("Anti-social behaviour is still taken"), dailyStreet);
        String pivotStreet = one(o, "monthly recorded-crime figures (recorded-crime-by-offence.xlsx) and police.uk");
        // The 21 months the pivot was used for: 5,538 - 720 against 21 x 77.
        assertTrue(pivotStreet.contains("21 months between Apr 2017 and Mar 2019"), pivotStreet);
        assertTrue(pivotStreet.contains("count 4,818 crimes and the police.uk street-level rows 1,617"), pivotStreet);
    }

    private static String one(List<CommandRun.Row3> findings, String part) {
        List<String> hits = findings.stream().map(CommandRun.Row3::message).filter(t -> t.contains(part)).toList();
        assertEquals(1, hits.size(), part + " in " + findings);
        return hits.get(0);
    }

    @Test
    void theRealPoliceUkMonthBesideThePivotGivesItsAsbAndNotItsCrimes() throws Exception {
        Path real = Path.of("/work/shared/realbooks/policeuk/2018-10-kent-street.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(real), "the real police.uk month is here");
        Path in = Files.createDirectories(dir.resolve("real"));
        Files.copy(real, in.resolve(real.getFileName()));
        pivot(in);
        CommandRun run = run(in);
        Map<String, Object> m = MixedSourcesEndToEndTest.readMetrics(run.summary());
        assertEquals(2771, number(m, "crimes.total"), "the pivot's, not + 17,347");
        assertEquals(2771, number(m, "crimes.rolling12.current"));
        // The file's 2,049 ASB rows over its 31 days: the only ASB in the folder.
        assertEquals(2049, number(m, "asb.total"));
        assertEquals(31, number(m, "asb.days"));
        List<CommandRun.Row3> o = overlaps(run);
        assertEquals(1, o.size(), o.toString());
        // October 2018 is month 18: 239 in the pivot, 17,347 crimes in the download.
        assertTrue(o.get(0).message().contains("Crimes for Oct 2018"), o.get(0).message());
        assertTrue(o.get(0).message().contains("count 239 crimes and the police.uk street-level rows 17,347"),
                o.get(0).message());
    }

    /** Every text cell of the Summary sheet, a line each. */
    private static String summaryText(Path summary) throws Exception {
        StringBuilder b = new StringBuilder();
        try (var in = Files.newInputStream(summary);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (var row : wb.getSheet("Summary")) {
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        b.append(c.getStringCellValue()).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }
}
