package org.forcestat.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;

/** Builds workbooks for audit tests with POI, including the realistic savings plan every rule must pass. */
final class AuditFixtures {
    static final String[] YEARS = {"2014/15", "2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21",
        "2021/22"};
    static final String[] LINES = {"Estates rationalisation", "Fleet reduction", "Custody review",
        "Procurement savings", "Back office restructure", "Contact centre redesign", "Collaboration with Essex",
        "Overtime reduction", "IT contracts", "Training delivery", "Forensics collaboration", "Senior ranks review"};

    private AuditFixtures() {
    }

    /**
     * A clean savings plan on sheet "Savings": title in A1, header on row 4 (Ref, Savings line,
     * Department, eight year columns D:K, Total in L), 12 lines on rows 5-16 with =SUM(D5:K5)
     * row totals, and a Total row 17 with =SUM(D5:D16) ... =SUM(L5:L16).
     */
    static XSSFWorkbook savingsPlan() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Savings");
        sh.createRow(0).createCell(0).setCellValue("Kent Police - CSR savings plan");
        Row h = sh.createRow(3);
        h.createCell(0).setCellValue("Ref");
        h.createCell(1).setCellValue("Savings line");
        h.createCell(2).setCellValue("Department");
        for (int y = 0; y < YEARS.length; y++) {
            h.createCell(3 + y).setCellValue(YEARS[y]);
        }
        h.createCell(11).setCellValue("Total");
        for (int i = 0; i < LINES.length; i++) {
            Row r = sh.createRow(4 + i);
            r.createCell(0).setCellValue(String.format("S%02d", i + 1));
            r.createCell(1).setCellValue(LINES[i]);
            r.createCell(2).setCellValue(i % 2 == 0 ? "Operations" : "Support");
            for (int y = 0; y < YEARS.length; y++) {
                r.createCell(3 + y).setCellValue(amount(i, y));
            }
            r.createCell(11).setCellFormula("SUM(D" + (5 + i) + ":K" + (5 + i) + ")");
        }
        Row t = sh.createRow(16);
        t.createCell(1).setCellValue("Total");
        for (int c = 3; c <= 11; c++) {
            String col = org.forcestat.format.CellAddress.column(c);
            t.createCell(c).setCellFormula("SUM(" + col + "5:" + col + "16)");
        }
        return wb;
    }

    /** A line's saving in a year: round thousands, different for every cell. */
    static double amount(int line, int year) {
        return 50_000 + 12_500 * ((line * 7 + year * 3) % 11) + 1_000 * line;
    }

    static void set(Sheet sh, String a1, Object v) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
        Row r = sh.getRow(ref.getRow()) == null ? sh.createRow(ref.getRow()) : sh.getRow(ref.getRow());
        org.apache.poi.ss.usermodel.Cell c = r.getCell(ref.getCol()) == null ? r.createCell(ref.getCol())
                : r.getCell(ref.getCol());
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            c.removeFormula();
        }
        if (v instanceof String s && s.startsWith("=")) {
            c.setCellFormula(s.substring(1));
        } else if (v instanceof String s) {
            c.setCellValue(s);
        } else if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (v == null) {
            r.removeCell(c);
        }
    }

    /** The finding of {@code rule} at {@code cell}, or a failure that lists every finding. */
    static Finding at(List<Finding> all, String rule, String cell) {
        return all.stream().filter(f -> f.rule().equals(rule) && f.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " at " + cell + " not in " + all));
    }

    /** The first finding of {@code rule}, wherever it is, or a failure that lists every finding. */
    static Finding first(List<Finding> all, String rule) {
        return all.stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not in " + all));
    }

    /** A workbook with one change made to it, saved with cached values (the plan tests' way to break a plan). */
    static Path edited(XSSFWorkbook wb, Consumer<XSSFWorkbook> edit, Path file) throws IOException {
        edit.accept(wb);
        return save(wb, file);
    }

    /** {@code forcestat validate} on one file with text output, as the command runs it. */
    static ValidateEngine.Result validate(Path f) throws Exception {
        return new ValidateEngine(new HeaderMatcher())
                .run(new ValidateSettings(List.of(f), false, null, ValidateSettings.Format.TEXT));
    }

    /** The formula audit's and cross-footing's errors and warnings (notes left out). */
    static List<Finding> audit(ValidateEngine.Result r) {
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO
                && (f.rule().startsWith("AUDIT") || f.rule().equals(CrossFooting.ID))).toList();
    }

    /** Writes the workbook with cached formula values, as Excel would. */
    static Path save(XSSFWorkbook wb, Path p) throws IOException {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return saveUnevaluated(wb, p);
    }

    static Path saveUnevaluated(XSSFWorkbook wb, Path p) throws IOException {
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        wb.close();
        return p;
    }

    /** Rewrites one part of an .xlsx (e.g. "xl/worksheets/sheet1.xml") as text, for XML POI does not write. */
    static void patch(Path xlsx, String part, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(buf)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String s = edit.apply(new String(data, StandardCharsets.UTF_8));
                    data = s.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Files.write(xlsx, buf.toByteArray());
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
