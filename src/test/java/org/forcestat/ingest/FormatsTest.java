package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.FindingSink;
import org.forcestat.model.Grading;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input format forcestat reads (.xls, .csv in its encodings and delimiters) and those it refuses. */
class FormatsTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());

    private static final String POLICE_UK = """
            Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context
            9a1f0c2e3b,2016-05,Kent Police,Kent Police,0.521,51.272,On or near High Street,E01024386,Maidstone 012A,Burglary,Under investigation,
            ,2016-05,Kent Police,Kent Police,0.519,51.270,On or near Week Street,E01024386,Maidstone 012A,Anti-social behaviour,,
            ,2016-05,Kent Police,Kent Police,0.519,51.270,On or near Week Street,E01024386,Maidstone 012A,Anti-social behaviour,,
            4c7d88e0aa,2016-05,Kent Police,Kent Police,0.530,51.275,"On or near Gabriel's Hill, Maidstone",E01024387,Maidstone 012B,Shoplifting,Unable to prosecute suspect,
            77be01ff3d,2016-06,Kent Police,Kent Police,0.531,51.276,On or near Parking Area,E01024387,Maidstone 012B,Violence and sexual offences,Awaiting court outcome,
            0d3e55c1a9,2016-06,Kent Police,Kent Police,0.531,51.276,On or near Parking Area,E01024387,Maidstone 012B,Vehicle crime,Investigation complete; no suspect identified,
            """;

    @Test
    void policeUkStreetCsvIsReadAsDownloaded() throws Exception {
        Path f = Files.writeString(dir.resolve("2016-05-kent-street.csv"), POLICE_UK, StandardCharsets.UTF_8);
        Partial p = reader.read(f);
        LocalDate may = LocalDate.of(2016, 5, 1);
        LocalDate june = LocalDate.of(2016, 6, 1);
        assertEquals(1, p.crimes().count(may, CrimeCategory.BURGLARY_ALL));
        assertEquals(2, p.crimes().count(may, CrimeCategory.ASB), "ASB rows (blank Crime ID) are incidents");
        assertEquals(1, p.crimes().count(may, CrimeCategory.THEFT));
        assertEquals(1, p.crimes().count(june, CrimeCategory.VIOLENCE_AND_SEXUAL));
        assertEquals(61, p.crimes().coveredDays().size(), "May and June, whole months");
        assertEquals(3, p.findings().stream().filter(x -> x.rule().equals("MERGED_CATEGORY")).count());
        var sheet = p.sources().get(0).sheets().get(0);
        assertEquals("2016-05-kent-street", sheet.name(), "one sheet named after the file");
        assertEquals(Kind.CRIMES, sheet.kind());
        assertEquals(6, sheet.rowsRead());
        assertEquals(SourceInfo.Status.READ, p.sources().get(0).status());
    }

    @Test
    void utf8WithBomSemicolonsAndWindows1252AllReadTheSame() throws Exception {
        String body = "Date;Crime type;Division;Count\n01/04/2015;Robbery;Médway;3\n02/04/2015;Robbery;Médway;2\n";
        Path bom = dir.resolve("bom.csv");
        try (OutputStream out = Files.newOutputStream(bom)) {
            out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        Path cp1252 = Files.write(dir.resolve("excel-uk.csv"), body.getBytes(Charset.forName("windows-1252")));
        for (Path f : new Path[] {bom, cp1252}) {
            try (CsvSource src = new CsvSource(f)) {
                assertEquals(';', src.delimiter());
                assertEquals(f == bom ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"), src.charset());
            }
            Partial p = reader.read(f);
            assertEquals(3, p.crimes().count(LocalDate.of(2015, 4, 1), CrimeCategory.ROBBERY), f.toString());
            assertTrue(p.crimes().rawByDivisionMonth().containsKey("Médway"), "the é survives: " + f
                    + " " + p.crimes().rawByDivisionMonth().keySet());
            assertEquals(Kind.CRIMES, p.sources().get(0).sheets().get(0).kind(),
                    "the BOM is not part of the first header");
            assertTrue(p.findings().stream().noneMatch(x -> x.rule().equals("NUMBER_AS_TEXT")
                    || x.rule().equals("COUNT_NOT_WHOLE")), "numbers in a CSV are numbers, and these are whole");
        }
    }

    @Test
    void csvCallRecordsWithUkDateTimesAndQuotedCommas() throws Exception {
        Path f = Files.writeString(dir.resolve("calls.csv"), """
                Call Ref,Date/Time,Priority,Line,STORM Ref,Division
                007,"06/04/2015 13:05",P1,999,"STORM 1, main",North
                008,06/04/2015 23:40,Grade 2,101,,East
                """);
        Partial p = reader.read(f);
        LocalDate mon = LocalDate.of(2015, 4, 6);
        assertEquals(2, p.calls().total(mon));
        assertEquals(1, p.calls().grading(mon, Grading.IMMEDIATE));
        assertEquals(1, p.calls().channel(mon, Channel.EMERGENCY));
        assertEquals(1, p.calls().storm(mon));
        assertEquals(1, p.calls().hourCount(DayOfWeek.MONDAY, 23));
        assertEquals("007", CsvSource.cell(0, "007", ',').text(), "a leading zero is a code, kept as text");
        assertTrue(CsvSource.cell(0, "-12.5", ',').isNumber());
    }

    /** Excel's "Save as CSV" writes numbers as displayed: "1,116", "£1,234.50". */
    @Test
    void csvNumbersWithThousandsCommasAndPoundsAreNumbersWhereTheDelimiterIsAComma() {
        Map<String, Double> numbers = Map.of("1,116", 1116.0, "1,234,567", 1_234_567.0, "£1,234.50", 1234.5,
                "-2,000", -2000.0, "-£12.5", -12.5, "£0.75", 0.75, "999", 999.0);
        numbers.forEach((text, value) -> {
            Cell c = CsvSource.cell(0, text, ',');
            assertTrue(c.isNumber(), text);
            assertEquals(value, c.number(), 0, text);
        });
        for (String text : new String[] {"1,16", "12,34,567", "1,2345", ",123", "1,", "£", "£1,2", "01,234", "1,234x"}) {
            assertEquals(text, CsvSource.cell(0, text, ',').text(), text + " stays text");
        }
    }

    /** A semicolon CSV comes from Excel in a decimal-comma locale: "3,5" is three and a half, "1.116" is 1116. */
    @Test
    void semicolonCsvNumbersHaveADecimalCommaAndThousandsPoints() {
        Map<String, Double> numbers = Map.of("3,5", 3.5, "1.116", 1116.0, "1.234.567,89", 1_234_567.89, "-0,25", -0.25,
                "250", 250.0, "£1.234", 1234.0);
        numbers.forEach((text, value) -> {
            Cell c = CsvSource.cell(0, text, ';');
            assertTrue(c.isNumber(), text);
            assertEquals(value, c.number(), 1e-9, text);
        });
        for (String text : new String[] {"1.5", "1,234.5", "12.34.567", "3,5,1"}) {
            assertEquals(text, CsvSource.cell(0, text, ';').text(), text + " stays text");
        }
    }

    @Test
    void xlsIsStreamedWithDatesFormulasHiddenSheetsAndThe1904System() throws Exception {
        Path f = dir.resolve("old-template.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Filled in by the duty analyst");
            Sheet sh = wb.createSheet("Crimes");
            Row title = sh.createRow(0);
            title.createCell(0).setCellValue("Recorded crime by day");
            Row h = sh.createRow(2);
            String[] heads = {"Date", "Offence", "District", "Number"};
            for (int c = 0; c < heads.length; c++) {
                h.createCell(c).setCellValue(heads[c]);
            }
            for (int d = 0; d < 3; d++) {
                Row r = sh.createRow(3 + d);
                var dc = r.createCell(0);
                dc.setCellValue(LocalDate.of(2015, 4, 1 + d));
                dc.setCellStyle(date);
                r.createCell(1).setCellValue(d == 2 ? "Theft from motor vehicle" : "Dwelling burglary");
                r.createCell(2).setCellValue("Sevenoaks");
                r.createCell(3).setCellFormula((d + 1) + "*2");
            }
            Row total = sh.createRow(6);
            total.createCell(0).setCellValue("Total");
            total.createCell(3).setCellFormula("SUM(D4:D6)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setSheetHidden(0, true);
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        byte[] before = Files.readAllBytes(f);
        Partial p = reader.read(f);
        assertEquals(2, p.crimes().count(LocalDate.of(2015, 4, 1), CrimeCategory.DWELLING_BURGLARY));
        assertEquals(4, p.crimes().count(LocalDate.of(2015, 4, 2), CrimeCategory.DWELLING_BURGLARY));
        assertEquals(6, p.crimes().count(LocalDate.of(2015, 4, 3), CrimeCategory.TFMV));
        var sheets = p.sources().get(0).sheets();
        assertTrue(sheets.get(0).hidden(), "hidden sheet said so");
        assertEquals(Kind.CRIMES, sheets.get(1).kind());
        assertEquals(3, sheets.get(1).headerRow());
        assertEquals(3, sheets.get(1).rowsRead(), "the Total row is not counted");
        assertTrue(p.findings().stream().noneMatch(x -> x.severity() == Severity.ERROR), p.findings().toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(f)), "input byte-identical");
        try (XlsSource src = new XlsSource(f)) {
            java.util.List<SheetRow> rows = new java.util.ArrayList<>();
            src.stream(src.sheets().get(1), rows::add);
            Cell formula = rows.get(2).get(3);
            assertEquals("1*2", formula.formula());
            assertEquals(2.0, formula.number());
            assertTrue(rows.get(2).get(0).dateFormatted());
        }
    }

    @Test
    void xlsIn1904DateSystemIsReadInItsOwnSystem() throws Exception {
        Path f = dir.resolve("mac.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sh = wb.createSheet("Calls per day");
            Row h = sh.createRow(0);
            h.createCell(0).setCellValue("Date");
            h.createCell(1).setCellValue("Total calls");
            Row r = sh.createRow(1);
            // 1 April 2015 in the 1904 system: 1462 days fewer than in the 1900 system.
            r.createCell(0).setCellValue(42095 - 1462);
            r.createCell(1).setCellValue(2266);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            r.getCell(0).setCellStyle(date);
            ((org.apache.poi.hssf.record.DateWindow1904Record) wb.getInternalWorkbook()
                    .findFirstRecordBySid(org.apache.poi.hssf.record.DateWindow1904Record.sid)).setWindowing((short) 1);
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        Partial p = reader.read(f);
        assertEquals(2266, p.calls().total(LocalDate.of(2015, 4, 1)), p.calls().dates().toString());
    }

    @Test
    void xlsbAndOdsAreRefusedWithSaveAsXlsx() {
        for (String name : new String[] {"budget.xlsb", "budget.ods"}) {
            InputDiscovery.Candidate c = InputDiscovery.classify(dir.resolve(name));
            assertTrue(c.unsupported(), name);
            assertTrue(c.skipReason().contains("save it as .xlsx"), c.skipReason());
        }
        for (String name : new String[] {"a.xls", "a.csv", "a.xlsx", "a.xlsm"}) {
            assertTrue(!InputDiscovery.classify(dir.resolve(name)).skipped(), name);
        }
    }

    @Test
    void anXlsSavedUnderAnXlsxNameIsStillRead() throws Exception {
        Path f = dir.resolve("renamed.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet sh = wb.createSheet("Returns");
            Row h = sh.createRow(0);
            h.createCell(0).setCellValue("Area");
            h.createCell(1).setCellValue("Month");
            h.createCell(2).setCellValue("Recorded crimes");
            Row r = sh.createRow(1);
            r.createCell(0).setCellValue("North");
            r.createCell(1).setCellValue("2016-05");
            r.createCell(2).setCellValue(3000);
            try (OutputStream out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        Partial p = reader.read(f);
        assertEquals(3000L, p.crimeTotals().byArea().get("North").get(java.time.YearMonth.of(2016, 5)));
        assertEquals(LocalDateTime.of(2016, 5, 1, 0, 0), DateValues.parse("2016-05").dateTime());
    }

    /** Excel writes "Sep"; Java's British English calls it "Sept". Both, and every other month, are read. */
    @Test
    void textMonthsAndDatesReadEveryMonthAbbreviationIncludingBothSeptembers() {
        String[] excel = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int m = 1; m <= 12; m++) {
            LocalDateTime first = LocalDateTime.of(2014, m, 1, 0, 0);
            assertEquals(first, DateValues.parse(excel[m - 1] + " 2014").dateTime(), excel[m - 1]);
            assertEquals(first, DateValues.parse(excel[m - 1] + "-14").dateTime(), excel[m - 1] + "-14");
            assertEquals(first, DateValues.parse("01-" + excel[m - 1] + "-2014").dateTime(), "01-" + excel[m - 1]);
        }
        LocalDateTime sept = LocalDateTime.of(2014, 9, 1, 0, 0);
        for (String s : new String[] {"Sept 2014", "SEP 2014", "September 2014", "1 Sep 2014", "01 Sept 2014",
            "1-Sep-14", "Sep 14"}) {
            DateValues.Parsed p = DateValues.parse(s);
            assertEquals(sept, p == null ? null : p.dateTime(), s);
        }
        assertTrue(DateValues.parse("Sep 2014").monthOnly());
        assertFalse(DateValues.parse("1 Sep 2014").monthOnly());
    }

    @Test
    void theDayMonthOrderOfATextDateIsJudgedFromItsTwoNumbers() {
        assertEquals(DateValues.Order.DAY_FIRST, DateValues.order("13/04/2014"));
        assertEquals(DateValues.Order.DAY_FIRST, DateValues.order("31.12.14"));
        assertEquals(DateValues.Order.MONTH_FIRST, DateValues.order("04/13/2014"));
        assertEquals(DateValues.Order.MONTH_FIRST, DateValues.order("12-31-2014 23:59"));
        assertEquals(DateValues.Order.EITHER, DateValues.order("04/01/2014"));
        assertEquals(DateValues.Order.EITHER, DateValues.order(" 1/4/14 "));
        for (String none : new String[] {"05/05/2014", "2014-04-13", "Apr 2014", "13/13/2014", "04/13/201", "4/13",
            "04/13-2014", "32/01/2014", "04/13/2014x"}) {
            assertEquals(DateValues.Order.NONE, DateValues.order(none), none);
        }
    }

    private List<Finding> callsPerDayCsv(String name, String... dates) throws Exception {
        StringBuilder b = new StringBuilder("Date,Immediate,High\n");
        for (String d : dates) {
            b.append(d).append(",10,20\n");
        }
        return reader.read(Files.writeString(dir.resolve(name), b.toString())).findings();
    }

    /** An export from a US-set system: the dates after the 12th cannot be day first, so the rest are suspect. */
    @Test
    void monthFirstTextDatesAreOneErrorThatAlsoNamesTheDatesReadEitherWay() throws Exception {
        List<Finding> f = callsPerDayCsv("us.csv", "04/11/2014", "04/12/2014", "04/13/2014", "04/14/2014");
        List<Finding> order = f.stream().filter(x -> x.rule().equals("DATE_MONTH_FIRST")).toList();
        assertEquals(1, order.size(), f.toString());
        Finding e = order.get(0);
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("A4", e.cell());
        assertTrue(e.message().contains("2 text date(s), the first at A4 (04/13/2014), can only be read month first"),
                e.message());
        assertTrue(e.message().contains("2 other date(s) could be read either way and were read day first (the first "
                + "at A2 (04/11/2014))"), e.message());
        assertEquals(2, f.stream().filter(x -> x.rule().equals("DATE_UNREADABLE")).count(), f.toString());
    }

    /**
     * A CSV gives the same text for a repeated date (CsvCells), and its value and order are kept
     * (SheetContext.date): each row is still counted for the order error, with the first cell of each.
     */
    @Test
    void repeatedTextDatesInACrimeCsvAreEachCountedForTheOrderError() throws Exception {
        Path f = Files.writeString(dir.resolve("us-crimes.csv"), "Date,Crime type\n04/11/2014,Burglary\n"
                + "04/13/2014,Burglary\n04/13/2014,Robbery\n04/11/2014,Robbery\n04/13/2014,Shoplifting\n");
        List<Finding> found = reader.read(f).findings();
        Finding e = found.stream().filter(x -> x.rule().equals("DATE_MONTH_FIRST")).findFirst().orElseThrow();
        assertEquals("A3", e.cell());
        assertTrue(e.message().contains("3 text date(s), the first at A3 (04/13/2014), can only be read month first"),
                e.message());
        assertTrue(e.message().contains("2 other date(s) could be read either way and were read day first (the first "
                + "at A2 (04/11/2014))"), e.message());
        assertEquals(3, found.stream().filter(x -> x.rule().equals("DATE_UNREADABLE")).count(), found.toString());
    }

    @Test
    void aSheetMixingBothOrdersIsSaidToMixThem() throws Exception {
        List<Finding> f = callsPerDayCsv("mixed.csv", "13/04/2014", "04/14/2014");
        Finding e = f.stream().filter(x -> x.rule().equals("DATE_MONTH_FIRST")).findFirst().orElseThrow();
        assertTrue(e.message().contains("can only be day first (the first at A2 (13/04/2014)), so the sheet mixes"),
                e.message());
    }

    @Test
    void ukTextDatesRaiseNoOrderError() throws Exception {
        List<Finding> f = callsPerDayCsv("uk.csv", "01/04/2014", "13/04/2014", "02/04/2014", "30/04/2014");
        assertTrue(f.stream().noneMatch(x -> x.severity() == Severity.ERROR), f.toString());
    }

    /** A European Excel's CSV: thousands points and decimal commas; 3,5 calls is a typing slip, said so. */
    @Test
    void aSemicolonCsvIsReadWithItsOwnSeparatorsAndAFractionalCountIsAWarning() throws Exception {
        Path f = Files.writeString(dir.resolve("calls-eu.csv"),
                "Date;Immediate;High;Total calls\n01/04/2014;250;1.116;1.366\n02/04/2014;3,5;400;403,5\n");
        Partial p = reader.read(f);
        assertEquals(1366, p.calls().total(LocalDate.of(2014, 4, 1)));
        assertEquals(1116, p.calls().grading(LocalDate.of(2014, 4, 1), Grading.HIGH));
        assertEquals(404, p.calls().total(LocalDate.of(2014, 4, 2)), "403,5 rounded, and said so");
        List<Finding> notWhole = p.findings().stream().filter(x -> x.rule().equals("COUNT_NOT_WHOLE")).toList();
        assertEquals(List.of("B3", "D3"), notWhole.stream().map(Finding::cell).toList());
        assertTrue(notWhole.get(0).message().contains("holds 3.5 as a count of calls; counts are whole numbers, so it "
                + "was counted as 4"), notWhole.get(0).message());
        assertTrue(p.findings().stream().noneMatch(x -> x.severity() == Severity.ERROR
                || x.rule().equals("NUMBER_AS_TEXT")), p.findings().toString());
    }

    /** A million bad rows must not fill the heap: past the first 1,000 of a rule, one finding counts the rest. */
    @Test
    void findingsOfOneRuleAreListedUpToAThousandPerSheetAndTheRestCounted() throws Exception {
        StringBuilder b = new StringBuilder("Date,Immediate,High\n01/04/2014,10,20\n");
        for (int i = 0; i < 1_500; i++) {
            b.append("no date ").append(i).append(",10,20\n");
        }
        Partial p = reader.read(Files.writeString(dir.resolve("bad-dates.csv"), b.toString()));
        List<Finding> bad = p.findings().stream().filter(x -> x.rule().equals("DATE_UNREADABLE")).toList();
        assertEquals(FindingSink.LISTED_PER_RULE + 1, bad.size());
        assertEquals("A3", bad.get(0).cell(), "row 2 is the good one");
        Finding rest = bad.get(bad.size() - 1);
        assertEquals("500 more", rest.seen());
        assertTrue(rest.message().contains("500 more DATE_UNREADABLE finding(s) like those above are not listed one by "
                + "one (the first 1,000 are)"), rest.message());
        assertEquals(1_500, p.sources().get(0).sheets().get(0).rowsRejected(), "every bad row is still counted as rejected");
        assertEquals(30, p.calls().total(LocalDate.of(2014, 4, 1)), "the good row is read: 10 + 20");
    }

    @Test
    void aThousandFindingsOfARuleAreAllListedWithNoSummary() throws Exception {
        StringBuilder b = new StringBuilder("Date,Immediate,High\n");
        for (int i = 0; i < FindingSink.LISTED_PER_RULE; i++) {
            b.append("no date ").append(i).append(",10,20\n");
        }
        Partial p = reader.read(Files.writeString(dir.resolve("bad-1000.csv"), b.toString()));
        List<Finding> bad = p.findings().stream().filter(x -> x.rule().equals("DATE_UNREADABLE")).toList();
        assertEquals(FindingSink.LISTED_PER_RULE, bad.size());
        assertTrue(bad.stream().noneMatch(x -> x.seen().endsWith("more")));
    }
}
