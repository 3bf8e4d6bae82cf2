package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.xlsx.BookModel;
import org.forcestat.model.CellRef;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.ThreatInput;
import org.forcestat.threat.Evidence;
import org.forcestat.threat.ThreatAssessment;
import org.forcestat.threat.ThreatAssessor;
import org.forcestat.threat.TrendEvidence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreatSheetWriterTest {
    @TempDir
    Path dir;

    private static ThreatInput area(String name, double harm, double l, double conf, double cap, double capab,
                                    Map<String, String> text, String cell) {
        return new ThreatInput(name, Map.of("harm", harm, "likelihood", l, "confidence", conf, "capacity", cap,
                "capability", capab), text, new CellRef("threats.xlsx", "Register", cell));
    }

    /** A force's own register of four areas, with a significant rise in dwelling burglary and in violent crime. */
    static List<ThreatAssessment> sample() {
        Evidence ev = Evidence.of(Map.of(
                CrimeCategory.DWELLING_BURGLARY, TrendEvidence.of("Dwelling burglary", 6200, 5475, 0.0001, "12 months to May 2016"),
                CrimeCategory.VIOLENCE, TrendEvidence.of("Violent crime", 32485, 31900, 0.02, "12 months to May 2016"),
                CrimeCategory.SEXUAL_OFFENCES, TrendEvidence.of("Sexual offences", 2555, 2530, 0.72, "12 months to May 2016"),
                CrimeCategory.TOMV, TrendEvidence.of("TOMV", 2190, 2250, 0.37, "12 months to May 2016")));
        return ThreatAssessor.run(List.of(
                area("County lines", 4, 4, 4, 2, 3, Map.of("lead", "D/Supt Serious Crime"), "A6"),
                area("Burglary", 3, 3, 4, 3, 4, Map.of("operations", "Op Liberal; Op Blade"), "A7"),
                area("Domestic abuse, serious violence & sexual offences", 4, 4, 4, 3, 3, Map.of(), "A8"),
                area("Vehicle crime", 2, 3, 3, 3, 3, Map.of(), "A9")),
                new Properties(), "forcestat.properties", ev).ranked();
    }

    private Path writeSample(String marking) throws IOException {
        Path file = dir.resolve("threats-out.xlsx");
        BookModel book = new BookModel();
        ThreatSheetWriter.write(book.add(ThreatSheetWriter.SHEET_NAME), sample(), marking);
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    private static int headerRow(Sheet sh) {
        for (Row r : sh) {
            if (r.getCell(0) != null && "Rank".equals(r.getCell(0).getStringCellValue())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no header row");
    }

    @Test
    void sheetReadsBackRankedWithRagFormattingFrozenHeaderAndPrintSetup() throws IOException {
        Path file = writeSample("OFFICIAL-SENSITIVE");
        List<ThreatAssessment> ranked = sample();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheet("Threat Strategy");
            assertNotNull(sh);
            int h = headerRow(sh);
            Row head = sh.getRow(h);
            for (int c = 0; c < ThreatSheetWriter.HEADERS.length; c++) {
                assertEquals(ThreatSheetWriter.HEADERS[c], head.getCell(c).getStringCellValue());
            }
            List<Row> scores = scoreRows(sh, h);
            assertEquals(ranked.size(), scores.size());
            for (int i = 0; i < ranked.size(); i++) {
                Row r = scores.get(i);
                assertEquals(i + 1, (int) r.getCell(0).getNumericCellValue());
                assertTrue(r.getCell(1).getStringCellValue().startsWith(ranked.get(i).area()));
                assertEquals(ranked.get(i).riskScore(), r.getCell(7).getNumericCellValue(), 1e-9);
                assertEquals(ranked.get(i).rag().label(), r.getCell(ThreatSheetWriter.COL_RAG).getStringCellValue());
            }
            // risk scores never rise down the table
            for (int i = 1; i < ranked.size(); i++) {
                assertTrue(scores.get(i - 1).getCell(7).getNumericCellValue() >= scores.get(i).getCell(7).getNumericCellValue());
            }
            // the burglary row shows the raised likelihood and why
            Row burglary = null;
            for (int i = 0; i < ranked.size(); i++) {
                if (ranked.get(i).area().equals("Burglary")) {
                    burglary = scores.get(i);
                }
            }
            assertNotNull(burglary);
            assertEquals(4.0, burglary.getCell(ThreatSheetWriter.COL_LIKELIHOOD).getNumericCellValue());
            assertTrue(burglary.getCell(9).getStringCellValue().contains("Likelihood raised 3 \u2192 4: dwelling burglary rose"));
            // its evidence is in the second table, below the scores
            Row evidence = null;
            for (Row r : sh) {
                if (r.getRowNum() > burglary.getRowNum() && r.getCell(0) != null
                        && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && r.getCell(0).getStringCellValue().matches("(?s)\\d+\\. Burglary \\(.*")) {
                    evidence = r;
                }
            }
            assertNotNull(evidence);
            assertTrue(evidence.getCell(ThreatSheetWriter.COL_EVIDENCE).getStringCellValue().contains("Data: Dwelling burglary: 6,200"));
            assertTrue(evidence.getCell(ThreatSheetWriter.EVIDENCE_COLS[2]).getStringCellValue().contains("Op Liberal"));

            assertEquals(1, sh.getSheetConditionalFormatting().getNumConditionalFormattings());
            ConditionalFormatting cf = sh.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            CellRangeAddress range = cf.getFormattingRanges()[0];
            // the scores rows' RAG cells, in one range or, across a page break, more
            int covered = 0;
            for (CellRangeAddress a : cf.getFormattingRanges()) {
                assertEquals(ThreatSheetWriter.COL_RAG, a.getFirstColumn());
                assertEquals(ThreatSheetWriter.COL_RAG, a.getLastColumn());
                covered += a.getNumberOfCells();
            }
            assertEquals(ranked.size(), covered);
            assertEquals(scores.get(0).getRowNum(), range.getFirstRow());
            assertEquals(3, cf.getNumberOfRules());
            assertEquals("\"Red\"", cf.getRule(0).getFormula1());
            assertEquals("\"Amber\"", cf.getRule(1).getFormula1());
            assertEquals("\"Green\"", cf.getRule(2).getFormula1());

            assertEquals(h + 1, sh.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(2, sh.getPaneInformation().getVerticalSplitPosition());
            assertTrue(sh.getPrintSetup().getLandscape());
            // A4 at 100%, a page wide, rather than one A3 page across
            assertFalse(sh.getFitToPage());
            assertEquals(0, sh.getColumnBreaks().length);
            assertEquals(100, sh.getPrintSetup().getScale());
            assertEquals(9, sh.getPrintSetup().getPaperSize());
            assertTrue(sh.getHeader().getCenter().contains("OFFICIAL-SENSITIVE"));
            assertEquals("Page &P of &N", sh.getFooter().getCenter());
            assertTrue(sh.getRow(h + 1).getCell(9).getCellStyle().getWrapText());

            String how = "";
            for (int r = 0; r < h; r++) {
                if (sh.getRow(r) != null && sh.getRow(r).getCell(0) != null) {
                    how += sh.getRow(r).getCell(0).getStringCellValue() + "\n";
                }
            }
            assertTrue(how.contains("How scores are made"));
            assertTrue(how.contains("forcestat's own"));
            assertTrue(how.contains("MoRiLE"));
            assertTrue(how.contains("physical 30%"));
        }
    }

    /** The scores table's rows: under the header, those with a rank (a header repeated after a page break has none). */
    private static List<Row> scoreRows(Sheet sh, int header) {
        List<Row> rows = new ArrayList<>();
        for (int r = header + 1; r <= sh.getLastRowNum(); r++) {
            Row row = sh.getRow(r);
            if (row == null || row.getCell(0) == null) {
                break;
            }
            if (row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The ten areas of the default register print on A4 in a few pages, each page's rows within a page's height,
     * each page after the first starting with its table's header. Side by side in two blocks of columns, each
     * row as tall as the longest text of either block, they took 8 pages, most of them white.
     */
    @Test
    void theTwoTablesPrintOneAboveTheOtherAndEachPageStartsWithAHeader() throws IOException {
        // the example register's ten areas (no register in the inputs), as the samples print them
        List<ThreatAssessment> ranked = ThreatAssessor.run(List.of(), new Properties(), "forcestat.properties",
                Evidence.of(Map.of())).ranked();
        assertEquals(10, ranked.size());
        BookModel book = new BookModel();
        ThreatSheetWriter.write(book.add(ThreatSheetWriter.SHEET_NAME), ranked, "OFFICIAL");
        var model = book.sheets.get(0);
        assertTrue(model.columnBreaks.isEmpty());
        int last = model.rows.lastKey();
        List<Integer> starts = new ArrayList<>(List.of(0));
        model.rowBreaks.forEach(b -> starts.add(b + 1));
        for (int p = 0; p < starts.size(); p++) {
            int end = p + 1 < starts.size() ? starts.get(p + 1) - 1 : last;
            float points = 0;
            for (int r = starts.get(p); r <= end; r++) {
                points += model.height(r);
            }
            assertTrue(points <= ThreatSheetWriter.PAGE_POINTS, "page " + (p + 1) + ": " + points + " pt");
            if (p > 0) {
                String first = model.find(starts.get(p), 0).shownText();
                assertTrue(first.equals("Rank") || first.equals("Threat area and evidence")
                        || first.startsWith("Evidence,") || first.startsWith("Facts,"), "page " + (p + 1) + ": " + first);
            }
        }
        // every area once in each table
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            Sheet sh = wb.getSheet(ThreatSheetWriter.SHEET_NAME);
            assertEquals(10, scoreRows(sh, headerRow(sh)).size());
            int titles = 0;
            for (Row r : sh) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && r.getCell(0).getStringCellValue().matches("(?s)\\d+\\. .*\\((Red|Amber|Green), [\\d.]+\\).*")) {
                    titles++;
                }
            }
            assertEquals(10, titles);
        }
        assertTrue(starts.size() <= 5, starts.size() + " pages");
    }

    @Test
    void stylesAreMadeOncePerWorkbook() throws IOException {
        BookModel book = new BookModel();
        List<ThreatAssessment> ranked = sample();
        ThreatSheetWriter.write(book.add(ThreatSheetWriter.SHEET_NAME), ranked, "OFFICIAL");
        int styles = book.styles.size();
        assertTrue(styles < 20, "styles: " + styles);
        List<ThreatAssessment> doubled = new ArrayList<>(ranked);
        doubled.addAll(ranked);
        ThreatSheetWriter.write(book.add("Again"), doubled, "OFFICIAL");
        assertEquals(styles, book.styles.size());
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            assertEquals(styles, wb.getNumCellStyles(), "as a reader counts them");
        }
    }

    @Test
    void inputTextStaysText() throws IOException {
        ThreatInput hostile = new ThreatInput("=HYPERLINK(\"http://x\")", Map.of("harm", 3.0, "likelihood", 3.0,
                "confidence", 3.0, "capacity", 3.0, "capability", 3.0), Map.of("lead", "+cmd|' /C calc'!A0"),
                new CellRef("t.xlsx", "S", "A2"));
        List<ThreatAssessment> r = ThreatAssessor.run(List.of(hostile), new Properties(), "p", Evidence.NONE).ranked();
        BookModel book = new BookModel();
        ThreatSheetWriter.write(book.add(ThreatSheetWriter.SHEET_NAME), r, "OFFICIAL");
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            XSSFSheet sh = wb.getSheet("Threat Strategy");
            for (Row row : sh) {
                row.forEach(c -> assertTrue(c.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA));
            }
        }
    }

    @Test
    void topThreeAreTheFirstThreeRanks() {
        List<ThreatAssessment> top = ThreatSheetWriter.topThree(sample());
        assertEquals(3, top.size());
        assertEquals(List.of(1, 2, 3), top.stream().map(ThreatAssessment::rank).toList());
        // county lines (the example's "Gangs & county lines" by alias, so the violent-crime trend): likelihood 4
        // raised to 5 by the significant rise (p = 0.02), position (2 + 3) / 2 = 2.5, factor 1.05: 4 * 5 * 1.05 = 21.0;
        // DA 4 * 5 * 1.0 = 20.0; burglary 3 * (3 + 1) * 0.95 = 11.4; vehicle crime 2 * 3 * 1.0 = 6.0
        assertEquals("County lines \u2014 Red (21.0)", top.get(0).headline());
        assertEquals(List.of(21.0, 20.0, 11.4), top.stream().map(ThreatAssessment::riskScore).toList());
    }

    @Test
    void anUnscoredAreaIsListedLastWithNoRankScoreOrRatingAndNeverInTheTopThree() throws IOException {
        ThreatInput fraud = new ThreatInput("Fraud", Map.of("harm", 4.0, "confidence", 3.0, "capacity", 3.0,
                "capability", 3.0), Map.of("likelihood", "TBC"), new CellRef("threats.xlsx", "Register", "A5"));
        ThreatInput burglary = area("Burglary", 2, 2, 3, 3, 3, Map.of(), "A6");
        List<ThreatAssessment> r = ThreatAssessor.run(List.of(fraud, burglary), new Properties(), "p", Evidence.NONE).ranked();
        assertEquals(List.of("Burglary"), ThreatSheetWriter.topThree(r).stream().map(ThreatAssessment::area).toList());
        BookModel book = new BookModel();
        ThreatSheetWriter.write(book.add(ThreatSheetWriter.SHEET_NAME), r, "OFFICIAL");
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            XSSFSheet sh = wb.getSheet("Threat Strategy");
            int h = headerRow(sh);
            Row last = sh.getRow(h + 2);
            assertTrue(last.getCell(1).getStringCellValue().startsWith("Fraud"));
            assertEquals("\u2013", last.getCell(0).getStringCellValue());
            assertEquals("", last.getCell(7).getStringCellValue());
            assertEquals("", last.getCell(ThreatSheetWriter.COL_LIKELIHOOD).getStringCellValue());
            assertEquals("Not scored", last.getCell(ThreatSheetWriter.COL_RAG).getStringCellValue());
            assertEquals(4.0, last.getCell(2).getNumericCellValue(), 1e-9);
            String sub = sh.getRow(1).getCell(0).getStringCellValue();
            assertTrue(sub.startsWith("The threat areas of the register in the inputs"), sub);
            assertTrue(sub.contains("Source: threats.xlsx."), sub);
            assertTrue(sub.contains("1 area is not scored"), sub);
        }
    }

    @Tag("external")
    @Test
    void rendersInLibreOffice() throws Exception {
        Path soffice = findOnPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path file = writeSample("OFFICIAL");
        Path out = Path.of("target", "threat-render").toAbsolutePath();
        Files.createDirectories(out);
        Files.copy(file, out.resolve("threat-strategy.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), out.resolve("threat-strategy.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        Assumptions.assumeTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in time");
        Path pdf = out.resolve("threat-strategy.pdf");
        assertTrue(Files.size(pdf) > 10_000, "PDF written");
    }

    private static Path findOnPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, exe);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
