package org.forcestat.ingest;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes workbooks the way forces' systems and analysts make them (not the way forcestat's samples
 * and templates do), and tallies, as it writes each, the figures a run should give: the generator
 * knows what it put in, so the expected figures owe nothing to forcestat's reading. Each offence
 * and priority carries the seed category or grading it belongs to in this class's own tables.
 */
final class RealisticBooks {
    private RealisticBooks() {
    }

    /** A written file and the metrics (SPEC §6 ids) a run on it alone must give. */
    record Book(Path file, Map<String, Double> expected) {
    }

    // ---- a command-and-control export ----

    private static final String[][] PRIORITIES = {
            {"P1 - Emergency", "immediate"}, {"P2 - Priority", "high"}, {"P3 - Scheduled", "appointment"},
            {"P4 - Resolution without deployment", "advice"}};
    private static final double[] PRIORITY_WEIGHTS = {0.14, 0.24, 0.08, 0.54};
    /** Call sources as a C&C system writes them, and the forcestat channel each is (SPEC §2.3). */
    private static final String[][] SOURCES = {
            {"999", "999"}, {"101", "101"}, {"Online", "online"}, {"Email", "other"}, {"Alarm", "other"},
            {"Officer Generated", "other"}};
    private static final double[] SOURCE_WEIGHTS = {0.33, 0.45, 0.10, 0.05, 0.04, 0.03};
    private static final String[] CALL_TYPES = {"Burglary", "Domestic", "ASB", "Concern for Safety", "RTC", "Suspicious"};

    /**
     * A C&C incident export: three merged title rows, grouped header cells on row 5, headers on row
     * 6, one row per incident from {@code from} for {@code days} days, and a Grand Total row.
     */
    static Book commandAndControl(Path dir, LocalDate from, int days, long seed) throws Exception {
        Random rnd = new Random(seed);
        Map<String, Double> ex = new LinkedHashMap<>();
        long total = 0;
        Map<String, Long> byGrading = new LinkedHashMap<>();
        Map<String, Long> byChannel = new LinkedHashMap<>();
        Path file = dir.resolve("storm-incidents-q1.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Incident Log");
            CellStyle dt = wb.createCellStyle();
            dt.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            title(sh, 0, "Command and Control - Incident Log", 7);
            title(sh, 1, "Incidents received " + from + " to " + from.plusDays(days - 1), 7);
            title(sh, 2, "OFFICIAL - produced by the C&C reporting suite", 7);
            Row g = sh.createRow(4);
            String[][] groups = {{"0", "1", "Incident"}, {"2", "2", "Grading"}, {"3", "4", "Contact"},
                    {"5", "6", "Location"}, {"7", "7", "Result"}};
            for (String[] gr : groups) {
                int a = Integer.parseInt(gr[0]);
                int b = Integer.parseInt(gr[1]);
                g.createCell(a).setCellValue(gr[2]);
                if (b > a) {
                    sh.addMergedRegion(new CellRangeAddress(4, 4, a, b));
                }
            }
            Row h = sh.createRow(5);
            String[] headers = {"Incident No", "Date/Time Received", "Priority", "Call Source", "Call Type",
                    "Division", "Beat", "Closing Code"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            int r = 6;
            String[] divisions = {"North", "East", "West"};
            for (int d = 0; d < days; d++) {
                LocalDate day = from.plusDays(d);
                int n = 40 + rnd.nextInt(41);
                for (int i = 0; i < n; i++) {
                    LocalDateTime at = day.atStartOfDay().plusSeconds(rnd.nextInt(86_400));
                    int p = pick(rnd, PRIORITY_WEIGHTS);
                    int s = pick(rnd, SOURCE_WEIGHTS);
                    Row row = sh.createRow(r++);
                    total++;
                    row.createCell(0).setCellValue(String.format("INC-%s-%04d",
                            day.format(DateTimeFormatter.BASIC_ISO_DATE), i + 1));
                    row.createCell(1).setCellValue(at);
                    row.getCell(1).setCellStyle(dt);
                    row.createCell(2).setCellValue(PRIORITIES[p][0]);
                    row.createCell(3).setCellValue(SOURCES[s][0]);
                    row.createCell(4).setCellValue(CALL_TYPES[rnd.nextInt(CALL_TYPES.length)]);
                    row.createCell(5).setCellValue(divisions[rnd.nextInt(3)]);
                    row.createCell(6).setCellValue(divisions[0].charAt(0) + "" + (1 + rnd.nextInt(12)));
                    row.createCell(7).setCellValue(rnd.nextBoolean() ? "Attended" : "Advice given");
                    byGrading.merge(PRIORITIES[p][1], 1L, Long::sum);
                    byChannel.merge(SOURCES[s][1], 1L, Long::sum);
                }
            }
            Row t = sh.createRow(r);
            t.createCell(0).setCellValue("Grand Total");
            t.createCell(1).setCellValue(total);
            write(wb, file);
        }
        ex.put("calls.total", (double) total);
        ex.put("calls.days", (double) days);
        ex.put("calls.per_day", (double) total / days);
        byGrading.forEach((k, v) -> ex.put("calls.grading." + k + ".total", (double) v));
        byChannel.forEach((k, v) -> ex.put("calls.channel." + k + ".total", (double) v));
        ex.put("calls.999.per_day", byChannel.getOrDefault("999", 0L) / (double) days);
        return new Book(file, ex);
    }

    // ---- a month-by-column crime pivot, as the ONS tables lay offences out ----

    /** Offences under their ONS groups; a group row is the sum of the offences below it. Category by this table. */
    static final String[][] PIVOT_ROWS = {
            {"Violence against the person", null},
            {"Homicide", "violence"}, {"Violence with injury", "violence"}, {"Violence without injury", "violence"},
            {"Stalking and harassment", "violence"}, {"Death or serious injury caused by unlawful driving", "violence"},
            {"Sexual offences", null},
            {"Rape", "sexual_offences"}, {"Other sexual offences", "sexual_offences"},
            {"Robbery", null},
            {"Robbery of business property", "robbery"}, {"Robbery of personal property", "robbery"},
            {"Theft offences", null},
            {"Domestic burglary", "dwelling_burglary"}, {"Non-domestic burglary", "other"},
            {"Theft from a vehicle", "tfmv"}, {"Theft or unauthorised taking of a motor vehicle", "tomv"},
            {"Vehicle interference", "other"}, {"Theft from the person", "theft"}, {"Bicycle theft", "theft"},
            {"Shoplifting", "theft"}, {"All other theft offences", "theft"},
            {"Criminal damage and arson", "other"}, {"Drug offences", "other"},
            {"Possession of weapons offences", "other"}, {"Public order offences", "other"},
            {"Miscellaneous crimes against society", "other"}};
    private static final int[] PIVOT_LEVELS = {40, 2, 600, 900, 500, 3, 0, 60, 120, 0, 8, 45, 0, 380, 250, 420, 150,
            40, 60, 110, 700, 900, 1100, 280, 90, 400, 70};

    static final String[] CATEGORIES = {"dwelling_burglary", "tfmv", "tomv", "violence", "sexual_offences", "theft",
            "robbery", "other"};

    /**
     * Offences down, 24 months across ({@code Apr-14} text, or Excel month dates under a blank
     * corner), group subtotal rows, a Total column and a "Total recorded crime" row.
     */
    static Book crimePivot(Path dir, YearMonth first, boolean dateCells, long seed) throws Exception {
        Random rnd = new Random(seed);
        int months = 24;
        long[][] v = new long[PIVOT_ROWS.length][months];
        for (int i = 0; i < PIVOT_ROWS.length; i++) {
            if (PIVOT_ROWS[i][1] == null) {
                continue;
            }
            for (int m = 0; m < months; m++) {
                double season = 1 + 0.12 * Math.sin(2 * Math.PI * (first.plusMonths(m).getMonthValue() - 4) / 12.0);
                v[i][m] = Math.max(0, Math.round(PIVOT_LEVELS[i] * season * (1 + 0.04 * m / 12.0)
                        + rnd.nextGaussian() * Math.sqrt(PIVOT_LEVELS[i] + 1)));
            }
        }
        // Group rows are the sums of the offences below them, typed as numbers, as ONS tables publish them.
        for (int i = 0; i < PIVOT_ROWS.length; i++) {
            if (PIVOT_ROWS[i][1] == null) {
                for (int j = i + 1; j < PIVOT_ROWS.length && PIVOT_ROWS[j][1] != null; j++) {
                    for (int m = 0; m < months; m++) {
                        v[i][m] += v[j][m];
                    }
                }
            }
        }
        Path file = dir.resolve(dateCells ? "offences-by-month-dates.xlsx" : "offences-by-month.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Offences by month");
            title(sh, 0, "Police recorded crime by offence, " + first + " to " + first.plusMonths(months - 1), months);
            CellStyle mmm = wb.createCellStyle();
            mmm.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
            Row h = sh.createRow(2);
            if (!dateCells) {
                h.createCell(0).setCellValue("Offence");
            }
            for (int m = 0; m < months; m++) {
                YearMonth ym = first.plusMonths(m);
                if (dateCells) {
                    h.createCell(1 + m).setCellValue(ym.atDay(1));
                    h.getCell(1 + m).setCellStyle(mmm);
                } else {
                    h.createCell(1 + m).setCellValue(ym.format(DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH)));
                }
            }
            h.createCell(1 + months).setCellValue("Total");
            int r = 3;
            long[] all = new long[months];
            for (int i = 0; i < PIVOT_ROWS.length; i++) {
                Row row = sh.createRow(r++);
                row.createCell(0).setCellValue(PIVOT_ROWS[i][0]);
                long sum = 0;
                for (int m = 0; m < months; m++) {
                    row.createCell(1 + m).setCellValue(v[i][m]);
                    sum += v[i][m];
                    if (PIVOT_ROWS[i][1] != null) {
                        all[m] += v[i][m];
                    }
                }
                row.createCell(1 + months).setCellValue(sum);
            }
            Row t = sh.createRow(r);
            t.createCell(0).setCellValue("Total recorded crime");
            for (int m = 0; m < months; m++) {
                t.createCell(1 + m).setCellValue(all[m]);
            }
            write(wb, file);
        }
        Map<String, long[]> byCat = new LinkedHashMap<>();
        for (int i = 0; i < PIVOT_ROWS.length; i++) {
            if (PIVOT_ROWS[i][1] != null) {
                long[] a = byCat.computeIfAbsent(PIVOT_ROWS[i][1], k -> new long[months]);
                for (int m = 0; m < months; m++) {
                    a[m] += v[i][m];
                }
            }
        }
        return new Book(file, monthlyExpected(byCat, first, months));
    }

    /** Figures of a 24-month monthly source: the latest 12 months per day, and the two rolling 12-month totals. */
    static Map<String, Double> monthlyExpected(Map<String, long[]> byCat, YearMonth first, int months) {
        Map<String, Double> ex = new LinkedHashMap<>();
        YearMonth latestStart = first.plusMonths(months - 12);
        long days = ChronoUnit.DAYS.between(latestStart.atDay(1), first.plusMonths(months).atDay(1));
        long current = 0;
        long previous = 0;
        for (String c : CATEGORIES) {
            long[] a = byCat.getOrDefault(c, new long[months]);
            long latest = 0;
            for (int m = 0; m < months; m++) {
                if (m >= months - 12) {
                    latest += a[m];
                    current += a[m];
                } else if (m >= months - 24) {
                    previous += a[m];
                }
            }
            ex.put("crimes." + c + ".per_day", latest / (double) days);
        }
        ex.put("crimes.total", (double) current);
        ex.put("crimes.per_day", current / (double) days);
        ex.put("crimes.rolling12.current", (double) current);
        ex.put("crimes.rolling12.previous", (double) previous);
        return ex;
    }

    // ---- a crime system's CSV extract in Windows-1252 ----

    /** Home Office names as a crime system writes them (an en dash among them), with this class's category. */
    static final String[][] CSV_OFFENCES = {
            {"Burglary \u2013 Residential", "dwelling_burglary", "6"}, {"Theft from a vehicle", "tfmv", "8"},
            {"Theft or unauthorised taking of a motor vehicle", "tomv", "3"}, {"Rape", "sexual_offences", "1"},
            {"Other sexual offences", "sexual_offences", "2"}, {"Robbery of personal property", "robbery", "1"},
            {"Robbery of business property", "robbery", "1"}, {"Violence with injury", "violence", "12"},
            {"Violence without injury", "violence", "18"}, {"Stalking and harassment", "violence", "9"},
            {"Shoplifting", "theft", "10"}, {"All other theft offences", "theft", "11"}, {"Bicycle theft", "theft", "3"},
            {"Theft from the person", "theft", "2"}, {"Criminal damage and arson", "other", "14"},
            {"Vehicle interference", "other", "1"}, {"Non-domestic burglary", "other", "3"},
            {"Public order offences", "other", "6"}, {"Drug offences", "other", "4"}};

    /** One row per crime, dd/mm/yyyy dates, Windows-1252 text, over {@code days} days from {@code from}. */
    static Book windowsCsv(Path dir, LocalDate from, int days, long seed) throws Exception {
        Random rnd = new Random(seed);
        StringBuilder b = new StringBuilder("Crime Reference,Date Recorded,Offence,District\r\n");
        Map<String, Long> byCat = new LinkedHashMap<>();
        String[] districts = {"Canterbury", "Dover", "Thanet", "Tonbridge & Malling", "Ashford"};
        long total = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            for (String[] o : CSV_OFFENCES) {
                int mean = Integer.parseInt(o[2]);
                int n = Math.max(0, (int) Math.round(mean + rnd.nextGaussian() * Math.sqrt(mean)));
                for (int i = 0; i < n; i++) {
                    total++;
                    String name = o[0].contains(",") ? "\"" + o[0] + "\"" : o[0];
                    b.append(String.format("CR/%06d/%02d,%s,%s,%s\r\n", total, day.getYear() % 100,
                            day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), name,
                            districts[rnd.nextInt(districts.length)]));
                    byCat.merge(o[1], 1L, Long::sum);
                }
            }
        }
        Path file = dir.resolve("crime-extract-cp1252.csv");
        Files.write(file, b.toString().getBytes(Charset.forName("windows-1252")));
        Map<String, Double> ex = new LinkedHashMap<>();
        for (String c : CATEGORIES) {
            ex.put("crimes." + c + ".per_day", byCat.getOrDefault(c, 0L) / (double) days);
        }
        ex.put("crimes.total", (double) total);
        ex.put("crimes.per_day", total / (double) days);
        return new Book(file, ex);
    }

    // ---- a budget with a Net budget SUM row ----

    /** A budget sheet: title rows, lines by subjective group, and a "Net budget" row of =SUM over them. */
    static Book budget(Path dir) throws Exception {
        Object[][] lines = {
                {"Police officer pay and allowances", "Police officer pay", 150_000_000d},
                {"Police staff pay", "Police staff pay", 60_000_000d},
                {"PCSO pay", "PCSO pay", 10_000_000d},
                {"Premises, transport, supplies and services", "Non-pay", 45_000_000d},
                {"Fees, charges and grants", "Income", -3_500_000d}};
        Path file = dir.resolve("budget-2015-16.xlsx");
        double net = 0;
        double pay = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Revenue budget");
            title(sh, 0, "Revenue budget 2015/16", 2);
            Row h = sh.createRow(2);
            h.createCell(0).setCellValue("Cost centre");
            h.createCell(1).setCellValue("Subjective group");
            h.createCell(2).setCellValue("Budget 2015/16");
            int r = 3;
            for (Object[] l : lines) {
                Row row = sh.createRow(r++);
                row.createCell(0).setCellValue((String) l[0]);
                row.createCell(1).setCellValue((String) l[1]);
                row.createCell(2).setCellValue((Double) l[2]);
                net += (Double) l[2];
                if (!((String) l[1]).equals("Non-pay") && ((String) l[1]).endsWith("pay")) {
                    pay += (Double) l[2];
                }
            }
            Row t = sh.createRow(r);
            t.createCell(0).setCellValue("Net budget");
            t.createCell(2).setCellFormula("SUM(C4:C" + r + ")");
            t.getCell(2).setCellValue(net);
            write(wb, file);
        }
        return new Book(file, Map.of("finance.budget", net, "finance.staff_share", pay / net));
    }

    // ---- forcestat's crimes template, filled as its Instructions say for monthly figures ----

    /** The crimes template with monthly figures dated the 1st (formatted mmm yyyy), by division and seed category. */
    static Book filledTemplate(Path dir, YearMonth first, long seed) throws Exception {
        Path blank = dir.resolveSibling(dir.getFileName() + "-blank-templates");
        Files.createDirectories(blank);
        org.forcestat.samples.templates.TemplateWriter.writeAll(blank, true);
        String[][] types = {{"Dwelling burglary", "dwelling_burglary", "450"}, {"Theft from motor vehicle", "tfmv", "560"},
                {"Theft of motor vehicle", "tomv", "180"}, {"Violent crime", "violence", "2700"},
                {"Sexual offences", "sexual_offences", "210"}, {"Theft", "theft", "2400"}, {"Robbery", "robbery", "90"},
                {"Other crime", "other", "2600"}, {"Anti-social behaviour", "asb", "4000"}};
        String[] divisions = {"North", "South"};
        Random rnd = new Random(seed);
        int months = 24;
        Map<String, long[]> byCat = new LinkedHashMap<>();
        Path file = dir.resolve("crimes.xlsx");
        try (var in = Files.newInputStream(blank.resolve("crimes.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Crimes");
            sh.removeRow(sh.getRow(1));
            CellStyle mmm = wb.createCellStyle();
            mmm.setDataFormat(wb.createDataFormat().getFormat("mmm yyyy"));
            int r = 1;
            for (int m = 0; m < months; m++) {
                for (String[] t : types) {
                    for (String div : divisions) {
                        int mean = Integer.parseInt(t[2]) / 2;
                        long n = Math.max(0, Math.round(mean + rnd.nextGaussian() * Math.sqrt(mean)));
                        Row row = sh.createRow(r++);
                        row.createCell(0).setCellValue(first.plusMonths(m).atDay(1));
                        row.getCell(0).setCellStyle(mmm);
                        row.createCell(1).setCellValue(t[0]);
                        row.createCell(2).setCellValue(div);
                        row.createCell(3).setCellValue(n);
                        byCat.computeIfAbsent(t[1], k -> new long[months])[m] += n;
                    }
                }
            }
            write(wb, file);
        }
        Map<String, Double> ex = monthlyExpected(byCat, first, months);
        long[] asb = byCat.get("asb");
        long latest = 0;
        for (int m = months - 12; m < months; m++) {
            latest += asb[m];
        }
        long days = ChronoUnit.DAYS.between(first.plusMonths(months - 12).atDay(1), first.plusMonths(months).atDay(1));
        ex.put("asb.per_day", latest / (double) days);
        return new Book(file, ex);
    }

    /** Writes every book into its own folder under {@code args[0]}, for trying by hand. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "realistic-books");
        commandAndControl(Files.createDirectories(root.resolve("cc")), LocalDate.of(2015, 4, 1), 91, 16);
        crimePivot(Files.createDirectories(root.resolve("pivot")), YearMonth.of(2014, 4), false, 17);
        crimePivot(Files.createDirectories(root.resolve("pivot-dates")), YearMonth.of(2014, 4), true, 18);
        windowsCsv(Files.createDirectories(root.resolve("csv")), LocalDate.of(2015, 4, 1), 183, 19);
        budget(Files.createDirectories(root.resolve("budget")));
        filledTemplate(Files.createDirectories(root.resolve("template")), YearMonth.of(2014, 4), 20);
    }

    // ---- helpers ----

    private static void title(Sheet sh, int row, String text, int lastCol) {
        sh.createRow(row).createCell(0).setCellValue(text);
        sh.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
    }

    private static int pick(Random rnd, double[] weights) {
        double x = rnd.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static void write(XSSFWorkbook wb, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    static List<String> categories() {
        return List.of(CATEGORIES);
    }
}
