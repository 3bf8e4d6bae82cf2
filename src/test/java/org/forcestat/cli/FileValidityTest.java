package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.report.SchemaCheck;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file forcestat writes (the samples' summary, every template, every sample workbook, an
 * annotated copy) as other readers need it, checked in the file's own XML: colours with the 8 hex
 * digits the schema wants, the pound sign quoted in number formats, a Normal cell style, comment
 * text in runs, drop-downs over a row range rather than whole columns, and chart series names
 * whose saved text equals their cells. {@link OtherReadersTest} opens the same files in Gnumeric
 * and LibreOffice.
 */
class FileValidityTest {
    @TempDir
    static Path dir;
    static WrittenFiles files;

    @BeforeAll
    static void writeEveryKindOfFile() throws Exception {
        files = WrittenFiles.make(dir);
    }

    /** Each part of a workbook whose name matches, as text. */
    private static Map<String, String> parts(Path xlsx, String namePattern) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().matches(namePattern)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> all(Pattern p, String text, int group) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(group));
        }
        return out;
    }

    @Test
    void theFilesCheckedAreEveryKindForcestatWrites() throws Exception {
        assertEquals(8, WrittenFiles.workbooks(files.templates).size());
        assertEquals(5, WrittenFiles.workbooks(files.samples).size());
        assertEquals(15, files.all().size());
    }

    @Test
    void colourValuesInStylesHaveEightHexDigits() throws Exception {
        Pattern rgb = Pattern.compile("\\brgb=\"([^\"]*)\"");
        int seen = 0;
        for (Path f : files.all()) {
            String styles = parts(f, "xl/styles\\.xml").get("xl/styles.xml");
            for (String v : all(rgb, styles, 1)) {
                seen++;
                assertTrue(v.matches("[0-9A-F]{8}"), f.getFileName() + ": rgb=\"" + v + "\"");
            }
        }
        // the templates' navy and pale blue, at least, are there to be checked
        assertTrue(seen >= 16, "colours checked: " + seen);
        String template = parts(files.templates.resolve("budget.xlsx"), "xl/styles\\.xml").get("xl/styles.xml");
        assertTrue(template.contains("rgb=\"FF1F4E79\""), template);
    }

    @Test
    void thePoundSignInNumberFormatsIsQuotedAsExcelWritesIt() throws Exception {
        Pattern code = Pattern.compile("formatCode=\"([^\"]*)\"");
        int pounds = 0;
        for (Path f : files.all()) {
            String styles = parts(f, "xl/styles\\.xml").get("xl/styles.xml");
            for (String v : all(code, styles, 1)) {
                String format = v.replace("&quot;", "\"");
                if (format.contains("£")) {
                    pounds++;
                    // outside quoted text there is no pound sign left
                    assertFalse(format.replaceAll("\"[^\"]*\"", "").contains("£"), f.getFileName() + ": " + format);
                }
            }
        }
        assertTrue(pounds >= 3, "formats with £: " + pounds);
        String savings = parts(files.templates.resolve("savings-plan.xlsx"), "xl/styles\\.xml").get("xl/styles.xml");
        assertTrue(savings.contains("formatCode=\"&quot;£&quot;#,##0\""), savings);
    }

    @Test
    void everyWorkbookNamesItsBaseCellFormatNormal() throws Exception {
        for (Path f : files.all()) {
            String styles = parts(f, "xl/styles\\.xml").get("xl/styles.xml");
            assertTrue(Pattern.compile("<cellStyle [^>]*name=\"Normal\"[^>]*builtinId=\"0\"").matcher(styles).find()
                    || Pattern.compile("<cellStyle [^>]*builtinId=\"0\"[^>]*name=\"Normal\"").matcher(styles).find(),
                    f.getFileName() + " has no Normal style");
        }
    }

    @Test
    void commentTextIsWrittenInRunsThatEveryReaderSees() throws Exception {
        Map<String, String> comments = parts(files.annotated, "xl/comments.*\\.xml");
        assertFalse(comments.isEmpty());
        List<String> texts = new ArrayList<>();
        for (String xml : comments.values()) {
            texts.addAll(all(Pattern.compile("<text>(.*?)</text>", Pattern.DOTALL), xml, 1));
        }
        assertFalse(texts.isEmpty());
        for (String t : texts) {
            assertTrue(t.startsWith("<r>") && t.endsWith("</r>"), t);
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("Total does not add up")), texts.toString());
    }

    @Test
    void dropDownsAndChecksCoverARowRangeNotWholeColumns() throws Exception {
        Pattern sqref = Pattern.compile("<dataValidation [^>]*sqref=\"([^\"]*)\"");
        int checked = 0;
        for (Path f : files.all()) {
            for (Map.Entry<String, String> sheet : parts(f, "xl/worksheets/sheet\\d+\\.xml").entrySet()) {
                for (String ref : all(sqref, sheet.getValue(), 1)) {
                    for (String area : ref.split(" ")) {
                        checked++;
                        int last = new AreaReference(area, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007)
                                .getLastCell().getRow() + 1;
                        assertTrue(last <= 10_000, f.getFileName() + " " + sheet.getKey() + ": " + area);
                    }
                }
            }
        }
        assertTrue(checked > 20, "validations checked: " + checked);
        String calls = parts(files.templates.resolve("calls-one-row-per-call.xlsx"), "xl/worksheets/sheet1\\.xml")
                .get("xl/worksheets/sheet1.xml");
        assertTrue(calls.contains("sqref=\"B2:B10000\""), calls.substring(0, Math.min(3000, calls.length())));
    }

    @Test
    void everyChartSeriesNameSavedEqualsItsCell() throws Exception {
        Pattern tx = Pattern.compile("<c:tx><c:strRef><c:f>([^<]*)</c:f><c:strCache><c:ptCount val=\"1\"/>"
                + "<c:pt idx=\"0\"><c:v>([^<]*)</c:v>");
        DataFormatter shown = new DataFormatter(java.util.Locale.UK);
        int checked = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(files.summary.toFile())) {
            for (String chart : parts(files.summary, "xl/charts/chart\\d+\\.xml").values()) {
                Matcher m = tx.matcher(chart);
                while (m.find()) {
                    CellReference ref = new CellReference(m.group(1).replace("&apos;", "'"));
                    var cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
                    assertEquals(shown.formatCellValue(cell), m.group(2).replace("&amp;", "&"), m.group(1));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 5, "series names checked: " + checked);
    }

    /** Every part of every file against the complete ECMA-376 schemas (poi-ooxml-full, in a JVM of its own). */
    @Test
    @Tag("slow")
    void everyPartOfEveryFileIsValidAgainstTheOfficeSchemas() throws Exception {
        String full = System.getProperty("forcestat.ooxml.full", "");
        Assumptions.assumeTrue(full.endsWith(".jar") && Files.isRegularFile(Path.of(full)),
                "poi-ooxml-full jar not given (run through Maven)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = full + File.pathSeparator + System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", classPath, SchemaCheck.class.getName()));
        for (Path f : files.all()) {
            cmd.add(f.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        for (Path f : files.all()) {
            assertTrue(out.lines().anyMatch(l -> l.equals(f + ": xl/styles.xml valid")), f.getFileName() + ":\n" + out);
            assertTrue(out.lines().anyMatch(l -> l.startsWith(f + ": xl/worksheets/sheet")), f.getFileName() + ":\n" + out);
        }
        assertTrue(out.lines().anyMatch(l -> l.startsWith(files.annotated + ": xl/comments")), out);
    }
}
