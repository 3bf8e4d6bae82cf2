package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.forcestat.model.Metric;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the Metrics sheet with the project's independent openpyxl reader (shared/tools/metrics.py),
 * when Python with openpyxl and the script are on this machine: every metric must come back with its value.
 */
@Tag("external")
class OutsideReaderTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    /** shared/ sits beside the checkout, for developers and for CI alike. */
    private static final Path SCRIPT = Path.of("..", "shared", "tools", "metrics.py").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void openpyxlReadsEveryMetricValue() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON) && Files.isReadable(SCRIPT), "no python3 or metrics.py here");
        Path xlsx = dir.resolve("summary.xlsx");
        SummaryWorkbookWriter.write(SummaryFixture.full(), xlsx);
        Process p = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), xlsx.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Assumptions.assumeFalse(err.contains("No module named 'openpyxl'"), "openpyxl not installed");
        assertEquals(0, p.exitValue(), err);
        Map<String, Double> read = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2) {
                read.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        for (Metric m : SummaryFixture.metrics()) {
            assertTrue(read.containsKey(m.id()), "openpyxl does not see " + m.id());
            assertEquals(m.value(), read.get(m.id()), Math.abs(m.value()) * 1e-12, m.id());
        }
    }
}
