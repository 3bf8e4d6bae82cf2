package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Fact;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());

    @Test
    void perDayCallsUnderAMergedTitleAreReadFromTheHeaderOnRowFive() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sh = Fixtures.fill(wb, "Calls per day",
                    row("Kent Police – calls for service per day"),
                    row("Source: test"),
                    null,
                    null,
                    row("Date", "Immediate", "High", "Total calls", "999 calls", "101 calls", "STORM records"),
                    row(LocalDate.of(2014, 4, 1), 10, 20, "=SUM(B6:C6)", 12, 18, 21),
                    row(LocalDate.of(2014, 4, 2), 5, 7, "=SUM(B7:C7)", 4, 8, 9));
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            f = Fixtures.save(wb, dir.resolve("calls.xlsx"));
        }
        Partial p = reader.read(f);
        var calls = p.calls();
        LocalDate d1 = LocalDate.of(2014, 4, 1);
        assertEquals(30, calls.total(d1), "total from the formula's cached value");
        assertEquals(10, calls.grading(d1, Grading.IMMEDIATE));
        assertEquals(20, calls.grading(d1, Grading.HIGH));
        assertEquals(12, calls.channel(d1, Channel.EMERGENCY));
        assertEquals(18, calls.channel(d1, Channel.NON_EMERGENCY));
        assertEquals(21, calls.storm(d1));
        assertEquals(12, calls.total(LocalDate.of(2014, 4, 2)));
        var sheet = p.sources().get(0).sheets().get(0);
        assertEquals(Kind.CALLS, sheet.kind());
        assertEquals(5, sheet.headerRow());
        assertEquals(2, sheet.rowsRead());
    }

    @Test
    void callRecordsWithSeparateDateAndTimeCountHoursAndUnknownGradings() throws Exception {
        Path f = Fixtures.workbook(dir, "records.xlsx", "Calls",
                row("Call Date", "Time", "Call Grade", "Channel", "STORM Ref", "Call ID"),
                row(LocalDate.of(2015, 4, 6), "13:05", "P1", "999", "STORM-1", "C1"),
                row("06/04/2015", "13:40", "Advice/Information", "101", "", "C2"),
                row("2015-04-07 09:15", null, "Grade 2", "Emergency", "Y", "C3"),
                row(LocalDate.of(2015, 4, 7), "10:00", "Urgent-ish", "Online", "N", "C4"));
        Partial p = reader.read(f);
        var calls = p.calls();
        LocalDate mon = LocalDate.of(2015, 4, 6);
        LocalDate tue = LocalDate.of(2015, 4, 7);
        assertEquals(2, calls.total(mon));
        assertEquals(1, calls.grading(mon, Grading.IMMEDIATE));
        assertEquals(1, calls.grading(mon, Grading.ADVICE));
        assertEquals(2, calls.total(tue));
        assertEquals(1, calls.grading(tue, Grading.HIGH));
        assertEquals(1, calls.gradingUnknown(tue));
        assertEquals(1, calls.storm(mon));
        assertEquals(1, calls.storm(tue));
        assertEquals(2, calls.channel(tue, Channel.EMERGENCY) + calls.channel(tue, Channel.ONLINE));
        assertEquals(2, calls.hourCount(DayOfWeek.MONDAY, 13));
        assertEquals(1, calls.hourCount(DayOfWeek.TUESDAY, 9));
        Finding unknown = p.findings().stream().filter(x -> x.rule().equals("UNKNOWN_VALUE")).findFirst().orElseThrow();
        assertEquals("C", unknown.cell());
        assertTrue(unknown.message().startsWith("records.xlsx, sheet 'Calls', column C: "), unknown.message());
        assertTrue(unknown.seen().contains("Urgent-ish"), unknown.seen());
    }

    @Test
    void anUnreadableDateIsAnErrorNamingItsCellAndTheRowIsNotCounted() throws Exception {
        Path f = Fixtures.workbook(dir, "bad.xlsx", "Calls",
                row("Received", "Grading"),
                row("30/02/2015 10:00", "Immediate"),
                row(LocalDateTime.of(2015, 2, 27, 10, 0), "Immediate"));
        Partial p = reader.read(f);
        Finding bad = p.findings().stream().filter(x -> x.rule().equals("DATE_UNREADABLE")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, bad.severity());
        assertEquals("A2", bad.cell());
        assertEquals("bad.xlsx", bad.file());
        assertEquals("Calls", bad.sheet());
        assertEquals("30/02/2015 10:00", bad.seen());
        assertTrue(bad.message().startsWith("bad.xlsx, sheet 'Calls', cell A2: "), bad.message());
        assertEquals(1, p.calls().total(LocalDate.of(2015, 2, 27)));
        assertEquals(1, p.sources().get(0).sheets().get(0).rowsRejected());
    }

    @Test
    void datesIn1904WorkbooksAreReadInTheirOwnSystem() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            assertTrue(wb.isDate1904());
            Fixtures.fill(wb, "Crimes", row("Date", "Crime type", "Count"),
                    row(LocalDate.of(2015, 4, 1), "Robbery", 3));
            f = Fixtures.save(wb, dir.resolve("mac.xlsx"));
        }
        Partial p = reader.read(f);
        assertEquals(3, p.crimes().count(LocalDate.of(2015, 4, 1), CrimeCategory.ROBBERY));
    }

    @Test
    void policeUkLayoutCountsRowsMapsMergedTypesAndKeepsAsbOutOfCrime() throws Exception {
        Path f = Fixtures.workbook(dir, "street.xlsx", "street",
                row("Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
                        "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"),
                row("a1", "2016-05", "Kent Police", "Kent Police", 0.5, 51.2, "On or near X", "E01", "Maidstone 001",
                        "Burglary", "Under investigation", null),
                row(null, "2016-05", "Kent Police", "Kent Police", 0.5, 51.2, "On or near Y", "E01", "Maidstone 001",
                        "Anti-social behaviour", null, null),
                row("a3", "2016-05", "Kent Police", "Kent Police", 0.5, 51.2, "On or near Z", "E01", "Maidstone 001",
                        "Shoplifting", "Unable to prosecute", null),
                row("a4", "2016-06", "Kent Police", "Kent Police", 0.5, 51.2, "On or near Z", "E01", "Maidstone 001",
                        "Violence and sexual offences", "Unable to prosecute", null));
        Partial p = reader.read(f);
        LocalDate may = LocalDate.of(2016, 5, 1);
        assertEquals(1, p.crimes().count(may, CrimeCategory.BURGLARY_ALL));
        assertEquals(1, p.crimes().count(may, CrimeCategory.ASB));
        assertEquals(1, p.crimes().count(may, CrimeCategory.THEFT));
        assertEquals(61, p.crimes().coveredDays().size(), "May and June 2016, whole months");
        assertEquals(2, p.findings().stream().filter(x -> x.rule().equals("MERGED_CATEGORY")).count());
        assertEquals(Kind.CRIMES, p.sources().get(0).sheets().get(0).kind());
    }

    @Test
    void crimeTotalsSavingsBudgetFactsAndThreatsAreClassifiedAndRead() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Returns", row("Month", "Division", "Recorded crimes"),
                    row(LocalDate.of(2016, 5, 1), "North", 3000), row("Apr 2016", "East", 2500));
            Fixtures.fill(wb, "Savings", row("CSR savings plan"), null,
                    row("Savings line", "Directorate", "Status", "Achieved 2014/15", "Planned 2016/17", "2017/18"),
                    row("Estates", "Corporate", "On track", 1000, 500, 250),
                    row("Fleet", "Operations", "At risk", 2000, 700, 50),
                    row("Total", null, null, "=SUM(D4:D5)", "=SUM(E4:E5)", "=SUM(F4:F5)"));
            Fixtures.fill(wb, "Budget", row("Budget line", "Category", "Budget (£)"),
                    row("Officers", "Police officer pay", 800), row("Staff", "Police staff pay", 100),
                    row("Estates", "Non-pay", 100), row("Total", null, "=SUM(C2:C4)"));
            Fixtures.fill(wb, "Facts", row("Key facts"), row("Force name", "Kent Police"),
                    row("Police officer establishment", 3238), row("Police staff establishment", "2,359"));
            Fixtures.fill(wb, "Threats", row("Threat area", "Harm", "Likelihood", "Confidence", "Lead"),
                    row("Burglary", 4, 5, "High", "Supt A"));
            f = Fixtures.save(wb, dir.resolve("mixed.xlsx"));
        }
        Partial p = reader.read(f);
        List<Kind> kinds = p.sources().get(0).sheets().stream().map(s -> s.kind()).toList();
        assertEquals(List.of(Kind.CRIME_TOTALS, Kind.SAVINGS, Kind.BUDGET, Kind.FACTS, Kind.THREATS), kinds);
        assertEquals(3000, p.crimeTotals().byArea().get("North").get(YearMonth.of(2016, 5)));
        assertEquals(2500, p.crimeTotals().byArea().get("East").get(YearMonth.of(2016, 4)));
        var savings = p.finance().savings();
        assertEquals(2, savings.size(), "the Total row is not a savings line");
        assertEquals(1000.0, savings.get(0).achieved().get("2014/15"));
        assertEquals(500.0, savings.get(0).planned().get("2016/17"));
        assertEquals(250.0, savings.get(0).planned().get("2017/18"));
        assertEquals("At risk", savings.get(1).status());
        assertEquals(3, p.finance().budget().size());
        assertEquals("Kent Police", p.finance().facts().get(Fact.FORCE_NAME).value());
        assertEquals(3238.0, p.finance().facts().get(Fact.OFFICERS).number());
        assertEquals(2359.0, p.finance().facts().get(Fact.STAFF).number());
        assertTrue(p.findings().stream().anyMatch(x -> x.rule().equals("NUMBER_AS_TEXT") && x.cell().equals("B4")
                && x.sheet().equals("Facts")));
        var threat = p.threats().get(0);
        assertEquals("Burglary", threat.area());
        assertEquals(4.0, threat.scores().get("harm"));
        assertEquals("High", threat.text().get("confidence"));
        assertEquals("C2", threat.text().get("cell.likelihood"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneErrorAndDoesNotThrow() throws Exception {
        Path f = java.nio.file.Files.writeString(dir.resolve("notes.xlsx"), "this is text, not a workbook");
        Partial p = reader.read(f);
        assertEquals(SourceInfo.Status.UNREADABLE, p.sources().get(0).status());
        assertEquals(1, p.findings().size());
        assertEquals("FILE_NOT_A_WORKBOOK", p.findings().get(0).rule());
        assertTrue(p.findings().get(0).message().contains("notes.xlsx"));
    }

    @Test
    void aSheetThatBreaksOffHalfWayCountsNoneOfItsRows() throws Exception {
        Object[][] rows = new Object[2001][];
        rows[0] = new Object[] {"Call ID", "Received", "Grading"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new Object[] {"KC-" + i, LocalDateTime.of(2014, 4, 1, 0, 0).plusMinutes(i), "Immediate"};
        }
        Path whole = Fixtures.workbook(dir, "calls.xlsx", "Calls", rows);
        assertEquals(2000, reader.read(whole).calls().total(LocalDate.of(2014, 4, 1))
                + reader.read(whole).calls().total(LocalDate.of(2014, 4, 2)));
        // The same file with its sheet's XML cut off after row 1,000 (a copy interrupted mid-way).
        Path cut = dir.resolve("calls-cut.xlsx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(whole.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(cut))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] b;
                try (java.io.InputStream is = in.getInputStream(e)) {
                    b = is.readAllBytes();
                }
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(b, java.nio.charset.StandardCharsets.UTF_8);
                    b = xml.substring(0, xml.indexOf("<row r=\"1001\"")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
        Partial p = reader.read(cut);
        assertEquals(SourceInfo.Status.UNREADABLE, p.sources().get(0).status());
        assertTrue(p.calls().isEmpty(), "no row of a half-read file is counted");
        assertEquals(1, p.findings().size(), p.findings().toString());
        assertEquals(Severity.ERROR, p.findings().get(0).severity());
        assertTrue(p.findings().get(0).message().contains("calls-cut.xlsx"), p.findings().get(0).message());
    }
}
