package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.xlsx.BookModel;
import org.forcestat.format.xlsx.Cells;
import org.forcestat.format.xlsx.ChartModel;
import org.forcestat.format.xlsx.SheetModel;
import org.forcestat.format.xlsx.StyleTable.Font;
import org.forcestat.format.xlsx.StyleTable.Format;
import org.forcestat.format.xlsx.StyleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces the summary writer is built from, each checked against POI reading the written file. */
class SpreadsheetPartsTest {

    @Test
    void columnLettersAndReferencesAreExcels() {
        assertEquals("$Z$1", Cells.absolute(0, 25));
        assertEquals("$AA$3", Cells.absolute(2, 26));
        assertEquals("$XFD$1048576", Cells.absolute(1_048_575, 16_383));
        assertEquals("Data_Calls!$E$2:$E$6", new ChartModel.Ref("Data_Calls", 1, 4, 5, 4).formula());
        assertEquals("'Threat Strategy'!$A$1", new ChartModel.Ref("Threat Strategy", 0, 0, 0, 0).formula());
        assertEquals("$C$5", Cells.absolute(4, 2));
        assertEquals("A1:F77", Cells.range(0, 0, 76, 5));
        assertEquals("Metrics!", Cells.sheetPrefix("Metrics"));
        assertEquals("'Threat Strategy'!", Cells.sheetPrefix("Threat Strategy"));
        assertEquals("'O''Brien'!", Cells.sheetPrefix("O'Brien"));
    }

    @Test
    void numbersAreShownAsPoiShowsThemInEachHouseFormat() {
        // POI's DataFormatter is an independent reading of the same Excel format codes.
        DataFormatter poi = new DataFormatter(Locale.UK);
        double[] values = {0, 0.0004, 0.0123, 0.5, 1.0, 7.25, 2318.945, 1_234_567.89, 162_000_000};
        String[] formats = {"#,##0", "#,##0.0", "#,##0.000", "0", "0.0", "0%", "0.0%", "£#,##0"};
        for (String f : formats) {
            for (double v : values) {
                assertEquals(poi.formatRawCellContents(v, 200, f), NumberText.shown(f, v), f + " " + v);
            }
        }
        for (double v : new double[] {0.30000000000000004, 2318.9452054794523, 1.0 / 3, 123_456_789.123, 1e-7,
            12_345_678_901_234.0, 0.5, 7, -2.25, 1e15, 0}) {
            assertEquals(poi.formatRawCellContents(v, 0, "General"), NumberText.shown("General", v), "General " + v);
        }
        // POI does not read these two (it shows 162000000 and 1234567.890); worked out by hand as Excel shows them:
        assertEquals("£162.0m", NumberText.shown("£#,##0.0,,\"m\"", 162_000_000));
        assertEquals("£1.2m", NumberText.shown("£#,##0.0,,\"m\"", 1_234_567.89));
        assertEquals("£0.0m", NumberText.shown("£#,##0.0,,\"m\"", 0));
        assertEquals("< 0.001", NumberText.shown("[<0.001]\"< 0.001\";0.000", 0.0004));
        assertEquals("0.012", NumberText.shown("[<0.001]\"< 0.001\";0.000", 0.0123));
        assertEquals("0.500", NumberText.shown("[<0.001]\"< 0.001\";0.000", 0.5));
        double day = NumberText.serial(java.time.LocalDate.of(2014, 9, 1));
        assertEquals(41883.0, day, "Excel's serial for 1 September 2014");
        for (String f : new String[] {"dd/mm/yyyy", "dd/mm/yyyy hh:mm"}) {
            assertEquals(poi.formatRawCellContents(day + 0.75, 200, f), NumberText.shown(f, day + 0.75), f);
        }
        assertEquals("01/09/2014 18:00", NumberText.shown("dd/mm/yyyy hh:mm", day + 0.75));
        // Excel abbreviates September "Sep"; POI in the UK locale says "Sept".
        assertEquals("Sep 2014", NumberText.shown("mmm yyyy", day));
    }

    @Test
    void cellsStylesLinksAndRichTextReadBackWithPoi() throws Exception {
        BookModel book = new BookModel();
        SheetModel s = book.add("Data & More");
        book.add("Other");
        Font bold = Font.of("Calibri", 9, true, null);
        Font grey = Font.of("Calibri", 8, false, 0x595959);
        int money = book.styles.add(Format.of(Font.of("Arial", 10, false, 0)).withFormat("£#,##0").withFill(0x1F4E79));
        s.text(0, 0, "=HYPERLINK(\"http://x\") <b>&amp;</b> \u0007bell", 0);
        s.number(0, 1, 1234.5, money);
        s.number(0, 2, Double.NaN, 0);
        s.number(1, 0, 2, 0);
        s.cell(1, 0).formula = "B1/617.25";
        s.rich(2, 0, List.of(new SheetModel.Run(bold, "Burglary"), new SheetModel.Run(grey, "\nfrom threats.xlsx")), 0);
        s.text(3, 0, "x".repeat(40_000), 0);
        s.link(4, 0, "'Other'!A1");
        s.text(4, 0, "go", 0);
        s.merge(5, 0, 5, 3);
        s.width(0, 20 * 256);
        s.height(2, 30);
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            XSSFSheet r = wb.getSheet("Data & More");
            XSSFCell text = r.getRow(0).getCell(0);
            assertEquals(CellType.STRING, text.getCellType(), "text that looks like a formula stays text");
            assertEquals("=HYPERLINK(\"http://x\") <b>&amp;</b> bell", text.getStringCellValue(),
                    "markup kept as text; a control character XML cannot hold is dropped");
            XSSFCell amount = r.getRow(0).getCell(1);
            assertEquals(1234.5, amount.getNumericCellValue());
            assertEquals("£#,##0", amount.getCellStyle().getDataFormatString());
            assertEquals("FF1F4E79", amount.getCellStyle().getFillForegroundColorColor().getARGBHex());
            assertEquals(CellType.ERROR, r.getRow(0).getCell(2).getCellType(), "NaN is #NUM!, never a silent 0");
            XSSFCell formula = r.getRow(1).getCell(0);
            assertEquals("B1/617.25", formula.getCellFormula());
            assertEquals(2.0, formula.getNumericCellValue());
            XSSFRichTextString rich = r.getRow(2).getCell(0).getRichStringCellValue();
            assertEquals("Burglary\nfrom threats.xlsx", rich.getString());
            assertEquals(2, rich.numFormattingRuns());
            assertTrue(rich.getFontAtIndex(0).getBold());
            assertEquals("FF595959", rich.getFontAtIndex(9).getXSSFColor().getARGBHex());
            String longText = r.getRow(3).getCell(0).getStringCellValue();
            assertEquals(SheetModel.MAX_TEXT, longText.length(), "cut to what Excel holds");
            assertTrue(longText.endsWith("\u2026"));
            assertEquals("'Other'!A1", r.getRow(4).getCell(0).getHyperlink().getAddress());
            assertEquals("A6:D6", r.getMergedRegion(0).formatAsString());
            assertEquals(20 * 256, r.getColumnWidth(0));
            assertEquals(30f, r.getRow(2).getHeightInPoints());
        }
    }

    @Test
    void aLongSheetIsWrittenInPiecesAndReadsBackWhole() throws Exception {
        BookModel book = new BookModel();
        SheetModel s = book.add("Findings");
        int rows = 20_000; // about 1.4 million characters of sheet XML: written out in some twenty pieces
        for (int r = 0; r < rows; r++) {
            s.text(r, 0, "Finding " + r + " \u2013 cell B" + (r + 2), 0);
            s.number(r, 1, r * 1.5, 0);
        }
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            XSSFSheet r = wb.getSheet("Findings");
            assertEquals(rows - 1, r.getLastRowNum());
            for (int row : new int[] {0, 943, 944, 12_345, rows - 1}) {
                assertEquals("Finding " + row + " \u2013 cell B" + (row + 2), r.getRow(row).getCell(0).getStringCellValue());
                assertEquals(row * 1.5, r.getRow(row).getCell(1).getNumericCellValue());
            }
        }
    }

    @Test
    void contentTypesComeFirstAndNameEveryPartTheSummaryHolds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.xlsx");
        SummaryWorkbookWriter.write(SummaryFixture.full(), ThreatSheetWriterTest.sample(), file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> entries = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals("[Content_Types].xml", entries.get(0), "where streaming readers look for it");
            String types = new String(zip.getInputStream(zip.getEntry("[Content_Types].xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Set<String> overridden = new TreeSet<>();
            Matcher m = Pattern.compile("PartName=\"/([^\"]+)\"").matcher(types);
            while (m.find()) {
                overridden.add(m.group(1));
            }
            Set<String> parts = new TreeSet<>(entries.stream()
                    .filter(e -> !e.endsWith(".rels") && !e.equals("[Content_Types].xml")).toList());
            assertEquals(parts, overridden);
            for (String kind : new String[] {"xl/charts/", "xl/drawings/", "xl/tables/"}) {
                assertTrue(parts.stream().anyMatch(e -> e.startsWith(kind)), kind + " in " + parts);
            }
        }
    }

    @Test
    void equalFormatsAreStoredOnceUnlessAskedToBeDistinct() {
        StyleTable t = new StyleTable();
        Format plain = Format.of(Font.of("Arial", 10, false, 0));
        int a = t.add(plain);
        assertEquals(a, t.add(Format.of(Font.of("Arial", 10, false, 0))));
        int b = t.addNew(plain);
        assertTrue(b != a, "a subtitle and body text can look alike and still be told apart");
        assertEquals(3, t.size(), "the default format, then the two");
    }
}
