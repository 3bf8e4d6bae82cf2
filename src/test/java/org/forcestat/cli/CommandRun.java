package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One execution of the real command line, with everything it printed and what it wrote. */
record CommandRun(int exitCode, String out, String err, Path summary) {
    /** A finding row of the Validation sheet. */
    record Row3(String severity, String rule, String file, String message) {
    }

    /** Runs {@code forcestat ARGS}, capturing picocli's writers and System.err (where log4j's console goes). */
    static CommandRun of(String... args) throws Exception {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        synchronized (CommandRun.class) {
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            try {
                var cl = Main.commandLine();
                cl.setOut(new PrintWriter(o));
                cl.setErr(new PrintWriter(e));
                code = cl.execute(args);
            } finally {
                System.setErr(saved);
                Logging.console(false, false);
            }
        }
        Path summary = null;
        String text = o.toString();
        int at = text.indexOf("Summary written to ");
        if (at >= 0) {
            summary = Path.of(text.substring(at + "Summary written to ".length()).lines().findFirst().orElseThrow().trim());
        }
        return new CommandRun(code, text, e + sysErr.toString(StandardCharsets.UTF_8), summary);
    }

    String printed() {
        return out + err;
    }

    List<Row3> findings() throws Exception {
        assertNotNull(summary, "no summary written; printed: " + printed());
        List<Row3> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Validation");
            for (Row r : sh) {
                if (r.getRowNum() <= 3 || r.getCell(1) == null) {
                    continue;
                }
                rows.add(new Row3(r.getCell(0).getStringCellValue(), ruleId(r.getCell(1).getStringCellValue()),
                        r.getCell(2).getStringCellValue(), r.getCell(7).getStringCellValue()));
            }
        }
        return rows;
    }

    /** The Validation sheet's findings of one rule. */
    List<Row3> findings(String rule) throws Exception {
        return findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The rule id of a Validation sheet's Rule cell, which says the rule in words first: "Words (RULE_ID)". */
    static String ruleId(String shown) {
        int open = shown.lastIndexOf(" (");
        return open >= 0 && shown.endsWith(")") ? shown.substring(open + 2, shown.length() - 1) : shown;
    }

    Map<String, Double> metrics() throws Exception {
        return SamplesEndToEndTest.readMetrics(summary);
    }

    static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
