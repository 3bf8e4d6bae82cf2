package org.forcestat.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.Layout;
import org.forcestat.model.Channel;
import org.forcestat.model.Fact;
import org.forcestat.model.Grading;
import org.forcestat.model.Text;
import org.forcestat.samples.templates.Template;
import org.forcestat.samples.templates.TemplateWriter;
import org.forcestat.samples.templates.Templates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's must-show: the calls-per-day, crimes, recorded-crime, savings, budget and facts
 * templates, filled in with the committed samples' data (read with POI, written below each header
 * over the example row), read back through the real command line to the same Metrics as the samples.
 */
class TemplateRoundTripTest {
    static final Path SAMPLES = Path.of("samples");
    static final List<String> SEED_IDS = List.of("calls.total", "calls.per_day", "calls.999.per_day",
            "incidents.per_day", "calls.no_storm.share", "crimes.per_day", "asb.per_day",
            "crimes.rolling12.current", "crimes.rolling12.previous", "crimes.rolling12.change",
            "finance.savings_to_date", "finance.budget", "finance.staff_share", "finance.officers", "finance.staff");

    @TempDir
    static Path work;

    static Map<String, Double> fromSamples;
    static Map<String, Double> fromTemplates;

    @BeforeAll
    static void runBoth() throws Exception {
        fromSamples = run(SAMPLES, work.resolve("out-samples"));
        Path blank = work.resolve("templates");
        TemplateWriter.writeAll(blank, false);
        Path filled = work.resolve("filled");
        Files.createDirectories(filled);
        try (XSSFWorkbook calls = sample("calls-per-day-2014-15.xlsx");
             XSSFWorkbook crimes = sample("crimes-per-day-2014-15.xlsx");
             XSSFWorkbook recorded = sample("recorded-crime-by-division.xlsx");
             XSSFWorkbook finance = sample("csr-finance.xlsx")) {
            fill(blank, filled, "calls-per-day.xlsx", Layout.CALLS_DAILY,
                    copyColumns(calls.getSheet("Calls per day"), Layout.CALLS_DAILY));
            fill(blank, filled, "crimes.xlsx", Layout.CRIMES, copyColumns(crimes.getSheet("Crimes"), Layout.CRIMES));
            fill(blank, filled, "recorded-crime-by-area.xlsx", Layout.CRIME_TOTALS,
                    copyColumns(recorded.getSheet("Recorded crime"), Layout.CRIME_TOTALS));
            fill(blank, filled, "savings-plan.xlsx", Layout.SAVINGS, savingsLong(finance.getSheet("Savings plan")));
            fill(blank, filled, "budget.xlsx", Layout.BUDGET, copyColumns(finance.getSheet("Budget"), Layout.BUDGET));
            fillFacts(blank, filled, finance.getSheet("Facts"));
        }
        fromTemplates = run(filled, work.resolve("out-filled"));
    }

    @Test
    void aTemplateFilledWithTheSampleDataReadsBackToTheSameMetrics() {
        for (String id : SEED_IDS) {
            Double want = fromSamples.get(id);
            assertNotNull(want, id + " from the samples");
            Double got = fromTemplates.get(id);
            assertNotNull(got, id + " from the filled templates; have " + new TreeMap<>(fromTemplates).keySet());
            assertEquals(want, got, Math.abs(want) * 1e-12, id);
        }
    }

    @Test
    void everyOtherCallCrimeAndFinanceMetricAgreesToo() {
        List<String> differ = new ArrayList<>();
        fromSamples.forEach((id, v) -> {
            if ((id.startsWith("calls.") || id.startsWith("crimes.") || id.startsWith("asb.")
                    || id.startsWith("incidents.") || id.startsWith("finance."))
                    && !Objects.equals(v, fromTemplates.get(id))) {
                differ.add(id + ": samples " + v + ", templates " + fromTemplates.get(id));
            }
        });
        assertEquals(List.of(), differ);
    }

    /** Runs {@code forcestat run DIR -o OUT --quiet} and reads the Metrics sheet: id to value. */
    static Map<String, Double> run(Path in, Path out) throws Exception {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(Main.OK, cl.execute("run", in.toString(), "-o", out.toString(), "--quiet"), err.toString());
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst()
                    .orElseThrow();
        }
        Map<String, Double> m = new TreeMap<>();
        try (InputStream is = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            boolean data = false;
            for (Row r : wb.getSheet("Metrics")) {
                Cell id = r.getCell(0);
                if (!data) {
                    data = id != null && id.getCellType() == CellType.STRING && id.getStringCellValue().equals("Id");
                    continue;
                }
                Cell v = r.getCell(2);
                if (id != null && v != null && (v.getCellType() == CellType.NUMERIC
                        || v.getCellType() == CellType.FORMULA && v.getCachedFormulaResultType() == CellType.NUMERIC)) {
                    m.put(id.getStringCellValue(), v.getNumericCellValue());
                }
            }
        }
        return m;
    }

    /** Opens a committed sample from a stream, so POI never rewrites it. */
    static XSSFWorkbook sample(String name) throws Exception {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(name))) {
            return new XSSFWorkbook(in);
        }
    }

    /** A sample cell as a Java value: LocalDateTime for dates, Double for numbers (formulas' cached values), text. */
    static Object value(Cell c) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue() : c.getNumericCellValue();
            case STRING -> c.getStringCellValue().isBlank() ? null : c.getStringCellValue();
            default -> null;
        };
    }

    /** The sample's header row: the first with a text cell that names a field of the layout. */
    static int headerRow(Sheet s, Layout layout) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && field(layout, c.getStringCellValue()) != null) {
                    return r.getRowNum();
                }
            }
        }
        throw new AssertionError("no header in " + s.getSheetName());
    }

    static String field(Layout layout, String header) {
        for (var e : layout.synonyms().entrySet()) {
            if (e.getValue().stream().anyMatch(syn -> Text.key(syn).equals(Text.key(header)))) {
                return e.getKey();
            }
        }
        return null;
    }

    /** True when two headers name the same column: same field, grading or channel. */
    static boolean sameColumn(Layout layout, String a, String b) {
        String fa = field(layout, a);
        if (fa != null) {
            return fa.equals(field(layout, b));
        }
        Grading g = Grading.parse(a).orElse(null);
        if (g != null) {
            return g == Grading.parse(b).orElse(null);
        }
        Channel c = Channel.parse(a).orElse(null);
        return c != null && c == Channel.parse(b).orElse(null);
    }

    /** The sample's data rows as maps from header text to value, total rows left out. */
    static List<Map<String, Object>> copyColumns(Sheet s, Layout layout) {
        int h = headerRow(s, layout);
        Row header = s.getRow(h);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = h + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null || "Total".equals(value(row.getCell(0)))) {
                continue;
            }
            Map<String, Object> m = new TreeMap<>();
            for (Cell c : header) {
                Object v = value(row.getCell(c.getColumnIndex()));
                if (v != null) {
                    m.put(c.getStringCellValue(), v);
                }
            }
            if (!m.isEmpty()) {
                rows.add(m);
            }
        }
        return rows;
    }

    /** The wide savings plan (Achieved 2011/12 ... Planned 2018/19) as one row per line per year. */
    static List<Map<String, Object>> savingsLong(Sheet s) {
        List<Map<String, Object>> wide = copyColumns(s, Layout.SAVINGS);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> line : wide) {
            Map<String, Map<String, Object>> byYear = new TreeMap<>();
            line.forEach((header, v) -> {
                HeaderMatcher.YearColumn yc = HeaderMatcher.yearColumn(header);
                if (yc != null && v instanceof Double) {
                    Map<String, Object> row = byYear.computeIfAbsent(yc.year(), y -> new TreeMap<>(Map.of(
                            "Savings line", line.get("Savings line"), "Directorate", line.get("Directorate"),
                            "Status", line.get("Status"), "Year", y)));
                    row.put(yc.achieved() ? "Achieved" : "Planned", v);
                }
            });
            rows.addAll(byYear.values());
        }
        return rows;
    }

    /** Writes the rows into a copy of the template, from row 2 (over the example row) down. */
    static void fill(Path blank, Path filled, String file, Layout layout, List<Map<String, Object>> rows) throws Exception {
        Template t = Templates.named(file);
        try (InputStream in = Files.newInputStream(blank.resolve(file)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet(t.sheet());
            sh.removeRow(sh.getRow(1));
            for (int i = 0; i < rows.size(); i++) {
                Row row = sh.createRow(1 + i);
                for (int c = 0; c < t.columns().size(); c++) {
                    String header = t.columns().get(c).header();
                    for (var e : rows.get(i).entrySet()) {
                        if (sameColumn(layout, header, e.getKey())) {
                            set(row.createCell(c), e.getValue());
                            row.getCell(c).setCellStyle(sh.getColumnStyle(c));
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled.resolve(file))) {
                wb.write(out);
            }
        }
    }

    /** Overwrites the facts template's example values with the sample's facts. */
    static void fillFacts(Path blank, Path filled, Sheet facts) throws Exception {
        Map<Fact, Object> values = new TreeMap<>();
        for (Row r : facts) {
            Object label = value(r.getCell(0));
            if (label instanceof String s && Fact.parse(s).isPresent()) {
                values.put(Fact.parse(s).get(), value(r.getCell(1)));
            }
        }
        assertEquals(Fact.values().length, values.size(), "every fact in the sample");
        try (InputStream in = Files.newInputStream(blank.resolve("facts.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet(Templates.named("facts.xlsx").sheet());
            int seen = 0;
            for (Row r : sh) {
                Object label = value(r.getCell(0));
                if (label instanceof String s && Fact.parse(s).isPresent()) {
                    set(r.getCell(1), values.get(Fact.parse(s).get()));
                    seen++;
                }
            }
            assertEquals(Fact.values().length, seen, "every fact in the template");
            try (OutputStream out = Files.newOutputStream(filled.resolve("facts.xlsx"))) {
                wb.write(out);
            }
        }
    }

    static void set(Cell c, Object v) {
        if (v instanceof Double d) {
            c.setCellValue(d);
        } else if (v instanceof java.time.LocalDateTime d) {
            c.setCellValue(d);
        } else if (v != null) {
            c.setCellValue(v.toString());
        }
    }
}
