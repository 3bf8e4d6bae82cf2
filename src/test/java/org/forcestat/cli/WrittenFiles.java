package org.forcestat.cli;

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
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every kind of file forcestat writes, made once into a folder by the real command line: the
 * samples, the templates, the samples' summary, and an annotated copy of the samples' finance
 * workbook with one total typed over its formula (so it has a finding, a highlight and a comment).
 */
final class WrittenFiles {
    final Path samples;
    final Path templates;
    final Path summary;
    final Path annotated;

    private WrittenFiles(Path samples, Path templates, Path summary, Path annotated) {
        this.samples = samples;
        this.templates = templates;
        this.summary = summary;
        this.annotated = annotated;
    }

    static WrittenFiles make(Path dir) throws Exception {
        Path samples = dir.resolve("samples");
        Path templates = dir.resolve("templates");
        Path out = dir.resolve("out");
        assertEquals(0, cli("samples", samples.toString()));
        assertEquals(0, cli("templates", templates.toString()));
        assertEquals(0, cli("run", samples.toString(), "-o", out.toString(), "--quiet"));
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
        Path broken = dir.resolve("broken").resolve("savings.xlsx");
        Files.createDirectories(broken.getParent());
        typeOverFirstFormula(samples.resolve("csr-finance.xlsx"), broken);
        assertEquals(1, cli("validate", broken.toString(), "--annotate"));
        Path annotated = broken.resolveSibling("savings.checked.xlsx");
        assertNotNull(Files.exists(annotated) ? annotated : null, "annotated copy written");
        return new WrittenFiles(samples, templates, summary, annotated);
    }

    /** Every workbook: summary, each template, each sample, the annotated copy. */
    List<Path> all() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(summary);
        files.addAll(workbooks(templates));
        files.addAll(workbooks(samples));
        files.add(annotated);
        return files;
    }

    static List<Path> workbooks(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    private static int cli(String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    /** The first formula cell of the first sheet replaced by its value plus 1,000 (a typed total that is wrong). */
    private static void typeOverFirstFormula(Path from, Path to) throws Exception {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        double value = cell.getNumericCellValue();
                        cell.removeFormula();
                        cell.setCellValue(value + 1000);
                        try (OutputStream out = Files.newOutputStream(to)) {
                            wb.write(out);
                        }
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no formula in " + from);
    }
}
