package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.forcestat.testing.RealClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' summary as real clients see it: LibreOffice must convert it to PDF (a page or more
 * per sheet), and Debian's openpyxl must read the Metrics sheet and the cached value of every live
 * formula, without a single warning (Python's {@code -W error} makes any warning fail the read).
 * .ci/run installs both; where they are missing here, the tests are skipped with a message.
 */
@Tag("external")
class RealClientTest {
    @TempDir
    static Path out;

    static Path summary;

    @BeforeAll
    static void runOnTheSamples() throws Exception {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("run", "samples", "-o", out.toString(), "--quiet"));
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
    }

    private static String run(List<String> cmd, int seconds) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "timed out: " + cmd);
        assertEquals(0, p.exitValue(), cmd + " failed:\n" + text);
        return text;
    }

    @Test
    void libreOfficeConvertsTheSummaryWithAtLeastAPagePerSheet() throws Exception {
        Assumptions.assumeTrue(RealClients.onPath("soffice"), "LibreOffice (soffice) is not installed");
        Path pdf = RealClients.toPdf(summary, out.resolve("pdf"));
        assertTrue(Files.size(pdf) > 10_000, "PDF written");
        int pages = RealClients.pages(pdf);
        int sheets = sheetNames().size();
        assertTrue(pages >= sheets, pages + " pages for " + sheets + " sheets");
    }

    /** Sheet names, Metrics values and each formula cell's cached value, as openpyxl reads them. */
    private static final String READER = String.join("\n",
            "import sys, openpyxl",
            "path = sys.argv[1]",
            "values = openpyxl.load_workbook(path, data_only=True)",
            "formulas = openpyxl.load_workbook(path, data_only=False)",
            "print('SHEETS\\t' + '\\t'.join(values.sheetnames))",
            "rows = list(values['Metrics'].iter_rows(values_only=True))",
            "head = next(i for i, r in enumerate(rows) if r and r[0] == 'Id')",
            "for r in rows[head + 1:]:",
            "    if r and r[0]:",
            "        print('METRIC\\t%s\\t%r' % (r[0], r[2]))",
            "for ws in formulas.worksheets:",
            "    for row in ws.iter_rows():",
            "        for c in row:",
            "            if isinstance(c.value, str) and c.value.startswith('='):",
            "                print('FORMULA\\t%s!%s\\t%s\\t%r' % (ws.title, c.coordinate, c.value,",
            "                      values[ws.title][c.coordinate].value))");

    private static List<String> openpyxl() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3");
        Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import openpyxl").start();
        Assumptions.assumeTrue(check.waitFor() == 0, "python3-openpyxl not installed");
        return run(List.of("/usr/bin/python3", "-W", "error", "-c", READER, summary.toString()), 120).lines().toList();
    }

    private static List<String> sheetNames() throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(summary))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    @Test
    void openpyxlReadsTheSeedFiguresAndTheCachedValueOfEveryFormula() throws Exception {
        List<String> lines = openpyxl();
        assertEquals("SHEETS\t" + String.join("\t", sheetNames()), lines.get(0));
        Map<String, String> metrics = new HashMap<>();
        List<String[]> formulas = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f[0].equals("METRIC")) {
                metrics.put(f[1], f[2]);
            } else if (f[0].equals("FORMULA")) {
                formulas.add(f);
            }
        }
        // Seed figures (SPEC §8), rounded as on the slides.
        assertEquals(827_000, Math.round(Double.parseDouble(metrics.get("calls.total")) / 1000) * 1000);
        assertEquals(2266, Math.round(Double.parseDouble(metrics.get("calls.per_day"))));
        assertEquals(305, Math.round(Double.parseDouble(metrics.get("crimes.per_day"))));
        assertEquals(5029, Math.round(Double.parseDouble(metrics.get("crimes.rolling12.change"))));
        assertEquals(0.80, Math.round(Double.parseDouble(metrics.get("finance.staff_share")) * 100) / 100.0);
        assertTrue(formulas.size() >= 20, "the Summary's headline cells are live formulas: " + formulas.size());
        for (String[] f : formulas) {
            assertTrue(!f[3].equals("None"), f[1] + " " + f[2] + " has no cached value, so readers that do not"
                    + " recalculate show nothing");
        }
    }
}
