package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forcestat.validate.ValidateSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** validate's plain command lines run without picocli, with the same output and exit codes (issue 18). */
class PlainValidateTest {
    @Test
    void onlyPlainCommandLinesBypassPicocli() {
        PlainValidate p = PlainValidate.of(new String[] {"validate", "--format", "csv", "a.xlsx", "-q", "b.xlsx"});
        assertNotNull(p);
        assertEquals(List.of(Path.of("a.xlsx"), Path.of("b.xlsx")), p.files);
        assertEquals(ValidateSettings.Format.CSV, p.format);
        assertTrue(p.quiet);
        PlainValidate q = PlainValidate.of(new String[] {"validate", "--annotate", "a.xlsx"});
        assertEquals(ValidateSettings.Format.TEXT, q.format);
        assertTrue(q.annotate);
        String[][] picocli = {{"validate"}, {"validate", "--help"}, {"validate", "-h", "a.xlsx"}, {"validate", "-V"},
            {"validate", "--verbose", "a.xlsx"}, {"validate", "-qv", "a.xlsx"}, {"validate", "-o", "out", "a.xlsx"},
            {"validate", "--format", "CSV", "a.xlsx"}, {"validate", "--format=csv", "a.xlsx"},
            {"validate", "--format", "csv", "--format", "text", "a.xlsx"}, {"validate", "-q", "-q", "a.xlsx"},
            {"validate", "--format", "csv"}, {"validate", "@args.txt"}, {"validate", "--", "a.xlsx"},
            {"validate", "-"}, {"validate", ""}, {"run", "a.xlsx"}, {"--help"}, {}, {"help", "validate"}};
        for (String[] args : picocli) {
            assertNull(PlainValidate.of(args), String.join(" ", args));
        }
    }

    private static String picocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return code + "\n" + out + "\n--\n" + err;
    }

    private static String plain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlainValidate.of(args).run(out, err);
        Charset cs = PlainValidate.charset(System.getProperty("sun.stdout.encoding"));
        return code + "\n" + out.toString(cs) + "\n--\n" + err.toString(cs);
    }

    @Test
    void sameOutputAndExitCodeAsThroughPicocli(@TempDir Path dir) throws Exception {
        Path finance = Files.copy(Path.of("samples/csr-finance.xlsx"), dir.resolve("csr-finance.xlsx"));
        Path threat = Files.copy(Path.of("samples/threat-register.xlsx"), dir.resolve("threat-register.xlsx"));
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");
        Files.createDirectories(dir.resolve("folder.xlsx"));
        String[][] cases = {{"validate", "--format", "csv", finance.toString()},
            {"validate", finance.toString(), threat.toString()},
            {"validate", "-q", "--format", "text", threat.toString(), broken.toString()},
            {"validate", dir.resolve("missing.xlsx").toString()},
            {"validate", "--format", "csv", dir.resolve("folder.xlsx").toString()}};
        for (String[] args : cases) {
            String expected = picocli(args);
            assertTrue(expected.length() > 10, expected);
            assertEquals(expected, plain(args), String.join(" ", args));
        }
        String viaPicocli = picocli("validate", "--annotate", finance.toString());
        Path copy = dir.resolve("csr-finance.checked.xlsx");
        assertTrue(Files.exists(copy), viaPicocli);
        Files.delete(copy);
        assertEquals(viaPicocli, plain("validate", "--annotate", finance.toString()));
        assertTrue(Files.exists(copy));
    }

    @Test
    void aMistypedFileOrAFolderIsAUsageMistakeThatSaysWhatToDo(@TempDir Path dir) throws Exception {
        String missing = plain("validate", dir.resolve("nothere.xlsx").toString());
        assertTrue(missing.startsWith("64\n"), missing);
        assertTrue(missing.contains("no such file: " + dir.resolve("nothere.xlsx").toAbsolutePath()), missing);
        Files.createDirectories(dir.resolve("plans"));
        String folder = picocli("validate", dir.resolve("plans").toString());
        assertTrue(folder.startsWith("64\n"), folder);
        assertTrue(folder.contains("is a folder: validate checks the workbooks you name"), folder);
        String lock = plain("validate", Files.writeString(dir.resolve("~$plan.xlsx"), "owner").toString());
        assertTrue(lock.startsWith("64\n") && lock.contains("validate plan.xlsx itself"), lock);
        assertTrue(!folder.contains("FILE_LOCKED") && !missing.contains("FILE_VANISHED"), folder + missing);
    }
}
