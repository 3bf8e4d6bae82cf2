package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.forcestat.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real command on the committed samples and reads the trend parts of the Calls and Crime
 * sheets back, checking them against figures worked out here from the sample workbooks' own cells.
 */
class TrendSheetsOnSamplesTest {
    static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path out;
    static Path summary;
    /** Daily calls of the sample, summed here from its grading columns (the total column is a formula). */
    static final TreeMap<LocalDate, Double> SAMPLE_DAILY = new TreeMap<>();

    @BeforeAll
    static void runOnTheSamples() throws Exception {
        var cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("run", SAMPLES.toString(), "-o", out.toString(), "--quiet"), err.toString());
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("calls-per-day-2014-15.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            int[] cols = null;
            for (Row r : sh) {
                Cell first = r.getCell(0);
                if (cols == null) {
                    if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Date")) {
                        cols = new int[] {column(r, "Immediate"), column(r, "High"), column(r, "Appointment"),
                            column(r, "Advice"), column(r, "Crime report")};
                    }
                    continue;
                }
                if (first == null || first.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                double total = 0;
                for (int c : cols) {
                    total += r.getCell(c).getNumericCellValue();
                }
                SAMPLE_DAILY.put(first.getLocalDateTimeCellValue().toLocalDate(), total);
            }
        }
        assertEquals(365, SAMPLE_DAILY.size(), "days in the calls sample");
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static XSSFWorkbook open() throws Exception {
        try (InputStream in = Files.newInputStream(summary)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The first row whose cells from column 0 start with {@code texts}. */
    private static Row row(Sheet sh, String... texts) {
        for (Row r : sh) {
            boolean match = true;
            for (int i = 0; i < texts.length && match; i++) {
                Cell c = r.getCell(i);
                match = c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(texts[i]);
            }
            if (match) {
                return r;
            }
        }
        throw new AssertionError("no row starting " + List.of(texts) + " on " + sh.getSheetName());
    }

    private static XSSFChart chart(XSSFSheet sheet, String title) {
        XSSFDrawing d = sheet.getDrawingPatriarch();
        assertNotNull(d, "drawing on " + sheet.getSheetName());
        return d.getCharts().stream().filter(c -> title.equals(c.getTitleText().getString())).findFirst()
                .orElseThrow(() -> new AssertionError("no chart '" + title + "' on " + sheet.getSheetName()));
    }

    private static void assertSeries(XSSFChart chart, int count, String dataSheet) {
        XDDFChartData data = chart.getChartSeries().get(0);
        assertEquals(count, data.getSeriesCount(), chart.getTitleText().getString());
        for (int i = 0; i < count; i++) {
            assertTrue(data.getSeries(i).getValuesData().getDataRangeReference().startsWith(dataSheet + "!"),
                    data.getSeries(i).getValuesData().getDataRangeReference());
        }
    }

    @Test
    void rollingTwelveMonthChangeIsReportedWithItsPValueAndVerdict() throws Exception {
        try (XSSFWorkbook wb = open()) {
            Sheet crime = wb.getSheet("Crime");
            Row header = row(crime, "Area");
            assertEquals("p-value", header.getCell(5).getStringCellValue());
            assertEquals("Verdict", header.getCell(6).getStringCellValue());
            Row force = row(crime, "Force");
            // Seed: 102,235 then 107,264. The two totals alone give p ~ 4.5e-28 (CountComparisonTest), but the
            // test judges the change by the months themselves: the sample's 12 same-month force differences
            // (-8, 393, 456, 782, 254, 323, 255, 481, 533, 722, 520, 318) have mean 419.08, sum of squares about it
            // 508,530.9 and lag-1 autocorrelation 0.09254, so they count as n_e = 12 (1 - r1) / (1 + r1) = 9.9671
            // months: t = 419.08 / sqrt(508,530.9 / 8.9671 / 9.9671) = 5.5559 on 8.9671 df, p = 0.000358 (scipy,
            // from the sample workbook; the plain paired t-test gives 3.1e-5): still a real rise.
            assertEquals(102_235, force.getCell(1).getNumericCellValue());
            assertEquals(107_264, force.getCell(2).getNumericCellValue());
            assertEquals(5_029, force.getCell(3).getNumericCellValue());
            assertEquals(0.0003583939610717428, force.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals("< 0.001", new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(force.getCell(5)));
            assertEquals("a real rise: p < 0.001", force.getCell(6).getStringCellValue());
        }
    }

    @Test
    void callsSheetShowsTheWeekdayPatternOfTheSample() throws Exception {
        Map<DayOfWeek, double[]> sums = new EnumMap<>(DayOfWeek.class);
        SAMPLE_DAILY.forEach((d, v) -> {
            double[] s = sums.computeIfAbsent(d.getDayOfWeek(), k -> new double[2]);
            s[0] += v;
            s[1]++;
        });
        Map<DayOfWeek, Double> sampleMean = new EnumMap<>(DayOfWeek.class);
        sums.forEach((d, s) -> sampleMean.put(d, s[0] / s[1]));
        // The sample itself is busier on Friday and Saturday than on Sunday and Monday ...
        for (DayOfWeek busy : List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            for (DayOfWeek quiet : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY)) {
                assertTrue(sampleMean.get(busy) > sampleMean.get(quiet), busy + " vs " + quiet);
            }
        }
        try (XSSFWorkbook wb = open()) {
            Sheet calls = wb.getSheet("Calls");
            int top = row(calls, "Weekday", "Mean per day", "Index").getRowNum();
            Map<DayOfWeek, Double> index = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                Row r = calls.getRow(top + d.getValue());
                assertEquals(d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK),
                        r.getCell(0).getStringCellValue());
                // ... and the sheet shows the same means, as an index over the mean day.
                assertEquals(sampleMean.get(d), r.getCell(1).getNumericCellValue(), 0.05, d.toString());
                index.put(d, r.getCell(2).getNumericCellValue());
            }
            assertTrue(Math.min(index.get(DayOfWeek.FRIDAY), index.get(DayOfWeek.SATURDAY))
                    > Math.max(index.get(DayOfWeek.SUNDAY), index.get(DayOfWeek.MONDAY)), index.toString());
        }
    }

    @Test
    void callsSheetShowsTheSummerAndChristmasPeaksOfTheSample() throws Exception {
        double aug = mean(LocalDate.of(2014, 8, 1), LocalDate.of(2014, 8, 31));
        double feb = mean(LocalDate.of(2015, 2, 1), LocalDate.of(2015, 2, 28));
        double christmas = mean(LocalDate.of(2014, 12, 20), LocalDate.of(2014, 12, 31));
        double earlyDecember = mean(LocalDate.of(2014, 12, 1), LocalDate.of(2014, 12, 19));
        assertTrue(aug > feb && christmas > earlyDecember, "the sample's own shape");
        try (XSSFWorkbook wb = open()) {
            Sheet calls = wb.getSheet("Calls");
            int top = row(calls, "Month", "Mean per day", "Index").getRowNum();
            Map<Month, Double> means = new EnumMap<>(Month.class);
            for (int r = top + 1; r <= top + 12; r++) {
                Row row = calls.getRow(r);
                means.put(Month.valueOf(row.getCell(0).getStringCellValue().toUpperCase(java.util.Locale.ROOT)),
                        row.getCell(1).getNumericCellValue());
            }
            assertEquals(aug, means.get(Month.AUGUST), 0.05);
            assertEquals(feb, means.get(Month.FEBRUARY), 0.05);
            assertTrue(means.get(Month.AUGUST) > means.get(Month.FEBRUARY));

            // Christmas on the control chart: a run above the centre line through 25 December, and a
            // flagged day in the holiday fortnight whose count is the sample's own.
            int runs = row(calls, "Date", "Calls", "Side").getRowNum();
            boolean runThroughChristmas = false;
            boolean flaggedHoliday = false;
            for (int r = runs + 1; calls.getRow(r) != null && calls.getRow(r).getCell(5) != null
                    && calls.getRow(r).getCell(5).getCellType() == CellType.NUMERIC; r++) {
                LocalDate from = date(calls.getRow(r).getCell(5));
                LocalDate to = date(calls.getRow(r).getCell(6));
                runThroughChristmas |= !from.isAfter(LocalDate.of(2014, 12, 25)) && !to.isBefore(LocalDate.of(2014, 12, 25))
                        && calls.getRow(r).getCell(8).getStringCellValue().equals("above");
            }
            for (int r = runs + 1; calls.getRow(r) != null && calls.getRow(r).getCell(0) != null
                    && calls.getRow(r).getCell(0).getCellType() == CellType.NUMERIC; r++) {
                LocalDate d = date(calls.getRow(r).getCell(0));
                if (!d.isBefore(LocalDate.of(2014, 12, 20)) && !d.isAfter(LocalDate.of(2015, 1, 2))) {
                    flaggedHoliday = true;
                    assertEquals(SAMPLE_DAILY.get(d), calls.getRow(r).getCell(1).getNumericCellValue(), 0.5);
                    assertEquals("above", calls.getRow(r).getCell(2).getStringCellValue());
                }
            }
            assertTrue(runThroughChristmas, "a run above the centre through Christmas");
            assertTrue(flaggedHoliday, "a flagged day over Christmas");
        }
    }

    @Test
    void trendChartsExistWithTheirSeriesOnTheDataSheets() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet calls = wb.getSheet("Calls");
            assertSeries(chart(calls, CallTrendSections.MONTHLY_CHART), 5, "Data_Calls"); // calls, trend, centre, limits
            assertSeries(chart(calls, CallTrendSections.DAILY_CHART), 6, "Data_Calls");   // + 7- and 28-day averages
            assertSeries(chart(calls, CallTrendSections.WEEKDAY_CHART), 1, "Data_Calls");
            assertSeries(chart(calls, CallTrendSections.MONTH_CHART), 1, "Data_Calls");
            assertTrue(calls.getDrawingPatriarch().getCharts().stream()
                    .noneMatch(c -> c.getTitleText().getString().equals(CallTrendSections.FORECAST_CHART)));
            // 12 months of calls: the sheet says why there is no forecast.
            findNote(calls, "No forecast: a forecast needs at least 24 months of data; found 12.");

            XSSFSheet crime = wb.getSheet("Crime");
            assertSeries(chart(crime, CrimeTrendSections.MONTHLY_CHART), 5, "Data_Crime");
            assertSeries(chart(crime, CrimeTrendSections.DAILY_CHART), 6, "Data_Crime");
            assertSeries(chart(crime, CrimeTrendSections.FORECAST_CHART), 4, "Data_Crime"); // actual, forecast, band
            findNote(crime, "Year-on-year change by category needs 24 months of crime data; found 12.");

            // The forecast table: 24 actual months, then 12 forecast months whose interval contains the forecast.
            Sheet data = wb.getSheet("Data_Crime");
            var table = ((XSSFSheet) data).getTables().stream()
                    .filter(t -> t.getName().equals("CrimeForecast")).findFirst().orElseThrow();
            assertEquals(1 + 24 + 12, table.getEndRowIndex() - table.getStartRowIndex() + 1);
            int col = table.getStartColIndex();
            for (int r = table.getStartRowIndex() + 25; r <= table.getEndRowIndex(); r++) {
                Row row = data.getRow(r);
                double f = row.getCell(col + 2).getNumericCellValue();
                assertTrue(row.getCell(col + 3).getNumericCellValue() < f && f < row.getCell(col + 4).getNumericCellValue());
            }
        }
    }

    /** The text of the first cell in column 0 that starts with {@code start}. */
    private static String findNote(Sheet sh, String start) {
        for (Row r : sh) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(start)) {
                return c.getStringCellValue();
            }
        }
        throw new AssertionError("no note starting '" + start + "' on " + sh.getSheetName());
    }

    private static double mean(LocalDate from, LocalDate to) {
        return SAMPLE_DAILY.subMap(from, true, to, true).values().stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow();
    }

    private static LocalDate date(Cell c) {
        return c.getLocalDateTimeCellValue().toLocalDate();
    }
}
