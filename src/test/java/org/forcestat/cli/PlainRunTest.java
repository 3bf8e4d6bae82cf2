package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** run's plain command lines run without picocli, with the same output, summary and exit codes (issue 19). */
class PlainRunTest {
    @Test
    void onlyPlainCommandLinesBypassPicocli() {
        PlainRun p = PlainRun.of(new String[] {"run", "a", "-o", "out", "--verbose", "b.xlsx", "-q"});
        assertNotNull(p);
        assertEquals(List.of(Path.of("a"), Path.of("b.xlsx")), p.command.inputs);
        assertEquals(Path.of("out"), p.command.outDir);
        assertTrue(p.command.verbosity.verbose && p.command.verbosity.quiet);
        assertEquals("OFFICIAL", p.command.summary.marking, "SummaryOptions' default, as picocli sets it");
        PlainRun bare = PlainRun.of(new String[] {"run"});
        assertEquals(List.of(Path.of("workbooks")), bare.command.inputs, "the default folder");
        assertNull(bare.command.outDir);
        assertTrue(!bare.command.verbosity.verbose && !bare.command.verbosity.quiet);
        String[][] picocli = {{"run", "--help"}, {"run", "-h"}, {"run", "-V"}, {"run", "-qv", "a"},
            {"run", "--out=x", "a"}, {"run", "-ox", "a"}, {"run", "-o"}, {"run", "-o", "-v"}, {"run", "-o", "a", "-o", "b"},
            {"run", "-v", "-v"}, {"run", "--quiet", "-q"}, {"run", "--into", "Plan.xlsx"}, {"run", "--from", "2015-01-01"},
            {"run", "--marking", "SECRET"}, {"run", "--force-name", "Kent"}, {"run", "@args.txt"}, {"run", "--", "a"},
            {"run", "-"}, {"run", ""}, {"run", "a\0b"}, {"validate", "a.xlsx"}, {"watch", "a"}, {"--help"}, {},
            {"help", "run"}, {"runs"}};
        for (String[] args : picocli) {
            assertNull(PlainRun.of(args), String.join(" ", args));
        }
    }

    private static String picocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code;
        synchronized (CommandRun.class) {
            PrintStream saved = System.err;
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                CommandLine cl = Main.commandLine(args);
                cl.setOut(new PrintWriter(out));
                cl.setErr(new PrintWriter(err));
                code = cl.execute(args);
            } finally {
                System.setErr(saved);
                Logging.console(false, false);
            }
        }
        return masked(code + "\n" + out + "\n--\n" + err + "\n--\n" + sorted(log.toString(StandardCharsets.UTF_8)));
    }

    private static String plain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code;
        synchronized (CommandRun.class) {
            PrintStream saved = System.err;
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                code = PlainRun.of(args).run(out, err);
            } finally {
                System.setErr(saved);
                Logging.console(false, false);
            }
        }
        Charset cs = PlainValidate.charset(System.getProperty("sun.stdout.encoding"));
        return masked(code + "\n" + out.toString(cs) + "\n--\n" + err.toString(cs) + "\n--\n"
                + sorted(log.toString(StandardCharsets.UTF_8)));
    }

    /** Files are read two at a time, so their lines come in either order; the heap used differs from run to run. */
    private static String sorted(String lines) {
        return String.join("\n", lines.lines().map(l -> l.replaceAll("peak heap: .*", "peak heap")
                .replaceAll("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ", "TIME ").replaceAll("^[-0-9]{10} [0-9:]{8} ", "DATE TIME "))
                .sorted().toList());
    }

    /** The summary's name holds the time it was written. */
    private static String masked(String printed) {
        return printed.replaceAll("forcestat-summary-[0-9-]+\\.xlsx", "forcestat-summary-TIME.xlsx");
    }

    private static String options(Path outDir) throws Exception {
        Path summary;
        try (var files = Files.list(outDir)) {
            summary = files.filter(f -> f.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(summary.toFile())) {
            for (Row r : wb.getSheet("Sources")) {
                if (r.getCell(0) != null && "Options".equals(r.getCell(0).toString())) {
                    return r.getCell(1).toString();
                }
            }
        }
        return null;
    }

    @Test
    void sameOutputSummaryAndExitCodeAsThroughPicocli(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("samples/calls-per-day-2014-15.xlsx"), in.resolve("calls.xlsx"));
        Files.copy(Path.of("samples/csr-finance.xlsx"), in.resolve("csr-finance.xlsx"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String[][] cases = {{"run", in.toString(), "-o", "A", "--verbose"}, {"run", "-q", in.toString(), "-o", "B"},
            {"run", dir.resolve("missing").toString()}, {"run", empty.toString(), "-o", "C"}};
        for (String[] args : cases) {
            String[] viaPicocli = args.clone();
            String[] viaPlain = args.clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i].length() == 1 && i > 0 && args[i - 1].equals("-o")) {
                    viaPicocli[i] = dir.resolve("picocli-" + args[i]).toString();
                    viaPlain[i] = dir.resolve("plain-" + args[i]).toString();
                }
            }
            String expected = picocli(viaPicocli);
            assertTrue(expected.length() > 10, expected);
            assertEquals(expected.replace("picocli-", "X-"), plain(viaPlain).replace("plain-", "X-"), String.join(" ", args));
        }
        assertTrue(picocli("run", in.toString(), "-o", dir.resolve("D").toString()).startsWith("0\n"));
        assertEquals("run " + in + " -o " + dir.resolve("plain-A") + " --verbose", options(dir.resolve("plain-A")));
        assertEquals(options(dir.resolve("picocli-A")).replace("picocli-", "plain-"), options(dir.resolve("plain-A")));
        String fileLog = sorted(Files.readString(dir.resolve("plain-B").resolve("forcestat.log")).replace("plain-", "X-"));
        assertTrue(fileLog.contains("] RunEngine - inputs read and checked"), fileLog);
        assertEquals(sorted(Files.readString(dir.resolve("picocli-B").resolve("forcestat.log")).replace("picocli-", "X-")),
                fileLog);
    }
}
