package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.WorkbookReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real command line on the committed samples and checks the Metrics sheet against the
 * seed figures of SPEC §8, rounded as the slides round them.
 */
@Tag("slow")
class SamplesEndToEndTest {
    static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path out;

    static Map<String, String> before;
    static Map<String, Double> metrics;
    static int exitCode;
    static String stdout;

    @BeforeAll
    static void runOnTheSamples() throws Exception {
        before = hashes(SAMPLES);
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        exitCode = cl.execute("run", SAMPLES.toString(), "-o", out.toString(), "--quiet");
        stdout = o.toString();
        assertEquals(0, exitCode, "exit code; stderr: " + e);
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
        metrics = readMetrics(summary);
    }

    static Map<String, Double> readMetrics(Path summary) throws Exception {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Metrics");
            assertNotNull(sh, "Metrics sheet");
            int header = -1;
            for (Row r : sh) {
                if (header < 0) {
                    if ("Id".equals(r.getCell(0) == null ? null : r.getCell(0).toString())) {
                        header = r.getRowNum();
                        assertEquals("Value", r.getCell(2).getStringCellValue());
                    }
                    continue;
                }
                // A figure the inputs cannot give has the text "not in these inputs": no number, no entry.
                if (r.getCell(0) != null && r.getCell(2) != null
                        && r.getCell(2).getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                    m.put(r.getCell(0).getStringCellValue(), r.getCell(2).getNumericCellValue());
                }
            }
        }
        return m;
    }

    static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> h = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("out"))).toList()) {
                h.put(dir.relativize(p).toString(), WorkbookReader.sha256(p));
            }
        }
        return h;
    }

    /** The metric rounded to the slide's precision. */
    private static void assertRounds(String id, double expected, double step) {
        Double v = metrics.get(id);
        assertNotNull(v, "metric " + id + " missing; have " + new TreeMap<>(metrics).keySet());
        assertEquals(expected, Math.round(v / step) * step, step / 1000, id + " = " + v);
    }

    @Test
    void callsMatchTheSlides() {
        assertRounds("calls.total", 827_000, 1000);
        assertRounds("calls.per_day", 2266, 1);
        assertRounds("calls.999.per_day", 755, 1);
        assertRounds("incidents.per_day", 1471, 1);
        assertRounds("calls.no_storm.share", 0.35, 0.01);
        assertRounds("calls.grading.advice.total", 434_000, 1000);
        assertRounds("calls.grading.immediate.total", 110_000, 1000);
        assertRounds("calls.grading.high.total", 190_000, 1000);
        assertRounds("calls.grading.appointment.total", 54_000, 1000);
        assertRounds("calls.grading.crime_report.total", 39_000, 1000);
    }

    @Test
    void crimesPerDayMatchTheSlides() {
        assertRounds("crimes.per_day", 305, 1);
        assertRounds("asb.per_day", 136, 1);
        assertRounds("crimes.dwelling_burglary.per_day", 15, 1);
        assertRounds("crimes.tfmv.per_day", 19, 1);
        assertRounds("crimes.violence.per_day", 89, 1);
        assertRounds("crimes.sexual_offences.per_day", 7, 1);
        assertRounds("crimes.theft.per_day", 81, 1);
        assertRounds("crimes.tomv.per_day", 6, 1);
        assertRounds("crimes.robbery.per_day", 3, 1);
    }

    @Test
    void rollingTwelveMonthTotalsMatchTheSlides() {
        assertRounds("crimes.rolling12.previous", 102_235, 1);
        assertRounds("crimes.rolling12.current", 107_264, 1);
        assertRounds("crimes.rolling12.change", 5_029, 1);
    }

    @Test
    void financeMatchesTheSlides() {
        assertRounds("finance.savings_to_date", 61_000_000, 1_000_000);
        assertRounds("finance.savings_required", 33_000_000, 1_000_000);
        assertRounds("finance.budget", 275_000_000, 1_000_000);
        assertRounds("finance.staff_share", 0.80, 0.01);
        assertRounds("finance.officers", 3238, 1);
        assertRounds("finance.staff", 2359, 1);
    }

    @Test
    void everyInputIsByteIdenticalAfterTheRun() throws Exception {
        assertTrue(before.size() >= 5, "sample files found: " + before.keySet());
        assertEquals(before, hashes(SAMPLES));
    }

    @Test
    void theCommandSaysWhereTheSummaryWent() {
        assertTrue(stdout.contains("Summary written to " + out.toAbsolutePath()), stdout);
        List<String> lines = stdout.lines().toList();
        assertTrue(lines.size() >= 2, stdout);
    }
}
