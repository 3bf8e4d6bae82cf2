package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.Metric;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made the way forces' systems and analysts make them (SPEC §2.3), by an independent Python
 * generator committed beside them ({@code src/test/resources/realistic/make.py}): a command-and-control
 * export with a "Priority Level" grading and P1 to P4 only, calls per month by channel ("April 2014"
 * text months) and by grading (Excel month dates under a blank corner), a Home Office offence pivot
 * over 24 months with SUM rows and columns, the same as a Windows-1252 CSV saved by Excel, the crimes
 * template filled with monthly rows dated the 1st, and a budget
 * with a "Net budget" SUM row. Each is run alone through the real command line with no
 * forcestat.properties, and every figure of {@code truth.tsv} (worked out by the generator with plain
 * sums, never by forcestat) must come out within 0.5%; a figure the file cannot give must be "not in
 * these inputs", never 0.
 */
class RealisticInputsTest {
    static final Path DIR = Path.of("src/test/resources/realistic");
    /** SPEC §2.3's tolerance for figures computed independently. */
    static final double TOLERANCE = 0.005;

    @TempDir
    Path out;

    @TestFactory
    List<DynamicTest> eachFileAloneGivesTheFiguresWorkedOutIndependently() throws Exception {
        Map<String, Map<String, String>> truth = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("truth.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            truth.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
        }
        assertEquals(7, truth.size(), "one entry per generated file");
        List<DynamicTest> tests = new ArrayList<>();
        truth.forEach((file, expected) -> tests.add(DynamicTest.dynamicTest(file, () -> check(file, expected))));
        return tests;
    }

    private void check(String file, Map<String, String> expected) throws Exception {
        Path in = DIR.resolve(file);
        assertTrue(Files.isRegularFile(in), in + " (run make.py)");
        assertFalse(Files.exists(DIR.resolve("forcestat.properties")), "the files are read with no settings");
        Path o = Files.createDirectories(out.resolve(file.replace('.', '_')));
        CommandRun run = CommandRun.of("run", in.toString(), "-o", o.toString());
        assertEquals(0, run.exitCode(), run.printed());
        Map<String, Object> metrics = metrics(run.summary());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String id = e.getKey();
            Object seen = metrics.get(id);
            if (e.getValue().equals("absent")) {
                assertEquals(Metric.NOT_IN_INPUTS, seen, file + ": " + id + " must be absent, not a figure");
                continue;
            }
            double want = Double.parseDouble(e.getValue());
            assertTrue(seen instanceof Double, file + ": " + id + " is " + seen + "; expected " + want);
            double got = (Double) seen;
            assertEquals(want, got, Math.abs(want) * TOLERANCE, file + ": " + id);
        }
    }

    /** The Metrics sheet: each id to its value (a number, or the text of an absent figure). */
    static Map<String, Object> metrics(Path summary) throws Exception {
        return SummarySheets.metrics(summary);
    }
}
