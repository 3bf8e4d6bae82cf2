package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real command line, with no forcestat.properties, on each of {@link RealisticBooks}'s
 * files alone, and checks the Metrics sheet against the figures the generator tallied as it wrote
 * the file (to 0.5%), and the real police.uk month against its own counts.
 */
class RealisticBooksTest {
    @TempDir
    Path tmp;

    private static final double TOLERANCE = 0.005;

    @Test
    void commandAndControlExportGivesCallsPerDayGradingsAndChannels() throws Exception {
        Path in = folder("cc");
        RealisticBooks.Book b = RealisticBooks.commandAndControl(in, LocalDate.of(2015, 4, 1), 91, 16);
        Run r = run(in);
        check(b, r);
        // "Incident No" is each row's own number, not a STORM flag: the no-STORM share is not in this export.
        assertTrue(!r.metrics.containsKey("calls.no_storm.share") || Double.isNaN(r.metrics.get("calls.no_storm.share")),
                "no STORM share from a C&C export: " + r.metrics.get("calls.no_storm.share"));
        assertTrue(r.stdout.contains("0 error(s)"), r.stdout);
    }

    @Test
    void monthByColumnPivotWithGroupRowsGivesEachCategoryAndRolling12() throws Exception {
        Path in = folder("pivot");
        check(RealisticBooks.crimePivot(in, YearMonth.of(2014, 4), false, 17), run(in));
    }

    @Test
    void pivotWithExcelMonthDatesUnderABlankCornerIsReadToo() throws Exception {
        Path in = folder("pivot-dates");
        check(RealisticBooks.crimePivot(in, YearMonth.of(2014, 4), true, 18), run(in));
    }

    @Test
    void windows1252CsvWithHomeOfficeNamesGivesEachCategoryPerDay() throws Exception {
        Path in = folder("csv");
        check(RealisticBooks.windowsCsv(in, LocalDate.of(2015, 4, 1), 183, 19), run(in));
    }

    @Test
    void budgetWithANetBudgetSumRowCountsEachLineOnce() throws Exception {
        Path in = folder("budget");
        RealisticBooks.Book b = RealisticBooks.budget(in);
        assertEquals(261_500_000d, b.expected().get("finance.budget"), 1e-6);
        check(b, run(in));
    }

    @Test
    void crimesTemplateFilledWithMonthsDatedTheFirstKeepsItsLatestMonth() throws Exception {
        Path in = folder("template");
        RealisticBooks.Book b = RealisticBooks.filledTemplate(in, YearMonth.of(2014, 4), 20);
        Run r = run(in);
        check(b, r);
        assertTrue(!r.stdout.contains("23 months"), r.stdout);
    }

    @Test
    void realPoliceUkMonthGivesItsCrimeAndAsbCountsExactly() throws Exception {
        Path in = folder("policeuk");
        Path real = Path.of("/work/shared/realbooks/policeuk/2018-10-kent-street.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(real), "the real police.uk month is here");
        Files.copy(real, in.resolve(real.getFileName()));
        // Counted by hand from the file (19,396 rows, 2,049 of them Anti-social behaviour).
        Run r = run(in);
        assertEquals(17_347d, r.metrics.get("crimes.total"));
        assertEquals(2_049d, r.metrics.get("asb.total"));
        assertEquals(2_049d / 31, r.metrics.get("asb.per_day"), 1e-9);
        // 7,699 rows of "Violence and sexual offences" (counted with python's csv module); the five
        // figures that merged group hides are not in these inputs, so no number (never 0) is given.
        assertEquals(7_699d / 31, r.metrics.get("crimes.violence_and_sexual.per_day"), 1e-9);
        for (String c : List.of("violence", "sexual_offences", "dwelling_burglary", "tfmv", "tomv")) {
            assertEquals(null, r.metrics.get("crimes." + c + ".total"), c);
            assertEquals(null, r.metrics.get("crimes." + c + ".per_day"), c);
        }
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name));
    }

    record Run(Map<String, Double> metrics, String stdout) {
    }

    private Run run(Path in) throws Exception {
        Path out = tmp.resolve(in.getFileName() + "-out");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute("run", in.toString(), "-o", out.toString(), "--quiet");
        if (code != 0 && code != 1) {
            Path log = out.resolve("forcestat.log");
            throw new AssertionError("exit " + code + ": " + e + (Files.exists(log) ? Files.readString(log) : ""));
        }
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
        }
        return new Run(metrics(summary), o + "\n" + e);
    }

    private static void check(RealisticBooks.Book b, Run r) {
        List<String> wrong = new ArrayList<>();
        b.expected().forEach((id, want) -> {
            Double got = r.metrics.get(id);
            if (got == null || Math.abs(got - want) > Math.max(1e-9, Math.abs(want) * TOLERANCE)) {
                wrong.add(id + ": expected " + want + ", got " + got);
            }
        });
        assertTrue(wrong.isEmpty(), b.file().getFileName() + ":\n" + String.join("\n", wrong) + "\n" + r.stdout);
    }

    static Map<String, Double> metrics(Path summary) throws Exception {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Metrics");
            assertNotNull(sh, "Metrics sheet");
            boolean header = false;
            for (Row r : sh) {
                if (!header) {
                    header = r.getCell(0) != null && "Id".equals(r.getCell(0).toString());
                    continue;
                }
                if (r.getCell(0) != null && r.getCell(2) != null
                        && r.getCell(2).getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                    try {
                        m.put(r.getCell(0).getStringCellValue(), r.getCell(2).getNumericCellValue());
                    } catch (IllegalStateException e) {
                        // a text value ("not in these inputs")
                    }
                }
            }
        }
        return m;
    }
}
