package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.forcestat.testing.RealClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary printed by LibreOffice, as a manager prints the whole workbook: the Summary is exactly one
 * page; the readable sheets (Calls, Crime, Finance, Threat Strategy, Validation, Metrics, Sources) take a
 * few pages each with no word under 8 pt; the Data_* sheets (the charts' tables) are not printed. Word
 * heights come from poppler's {@code pdftotext -bbox}; for Arial and Calibri a word's box is about 1.02
 * to 1.1 times its point size (measured: 10 pt Arial at 100% gives 10.3 pt boxes), so a box under 8.0
 * means text under 8 pt. Each page names its sheet in the header's right-hand corner (the sheet writers
 * put it there).
 */
@Tag("external")
class PrintedSummaryTest {
    private static final Pattern PAGE = Pattern.compile("<page width=\"[\\d.]+\" height=\"[\\d.]+\">(.*?)</page>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>");
    /** The sheets a manager reads on paper, with the most pages each may take for the samples. */
    private static final Map<String, Integer> READABLE = new LinkedHashMap<>();

    static {
        READABLE.put("Summary", 1);
        READABLE.put("Calls", 6);
        READABLE.put("Crime", 9);
        READABLE.put("Finance", 3);
        READABLE.put("Threat Strategy", 3);
        READABLE.put("Validation", 2);
        READABLE.put("Metrics", 6);
        READABLE.put("Sources", 2);
    }

    @TempDir
    Path dir;

    private record Word(double top, double height, String text) {
    }

    /** One printed page: the sheet named in its header, and its words. */
    private record Page(String sheet, List<Word> words) {
    }

    @BeforeEach
    void tools() {
        Assumptions.assumeTrue(RealClients.onPath("soffice"), "LibreOffice (soffice) is not installed");
        Assumptions.assumeTrue(RealClients.onPath("pdftotext"), "poppler-utils (pdftotext) is not installed");
    }

    @Test
    void theSamplesPrintAsAOnePageBriefAndReadableSheetsWithoutTheDataTables() throws Exception {
        List<Page> pages = print(Path.of("samples"));
        Map<String, Integer> count = count(pages);
        assertEquals("Summary", pages.get(0).sheet(), count.toString());
        // every readable sheet prints, in a few pages; was 96 pages with the Data_* tables across 65 of them
        for (Map.Entry<String, Integer> e : READABLE.entrySet()) {
            int n = count.getOrDefault(e.getKey(), 0);
            assertTrue(n >= 1 && n <= e.getValue(), e.getKey() + ": " + count);
        }
        assertEquals(1, count.get("Summary"), count.toString());
        assertEquals(READABLE.keySet(), count.keySet(), "only the readable sheets print: " + count);
        assertTrue(pages.size() <= 30, pages.size() + " pages: " + count);
        assertEquals(List.of(), smallWords(pages));
        // the headline words are on the Summary page, with a verdict in words
        String summaryText = String.join(" ", pages.get(0).words().stream().map(Word::text).toList());
        assertTrue(summaryText.contains("real rise, p < 0.001") || summaryText.contains("real rise, p &lt; 0.001"),
                summaryText);
    }

    @Test
    void theRealisticFolderPrintsTheSameWay() throws Exception {
        List<Page> pages = print(RealisticInputsTest.DIR);
        Map<String, Integer> count = count(pages);
        assertEquals("Summary", pages.get(0).sheet(), count.toString());
        assertEquals(1, count.get("Summary"), count.toString());
        assertEquals(READABLE.keySet(), count.keySet(), "only the readable sheets print: " + count);
        assertTrue(pages.size() <= 30, pages.size() + " pages: " + count);
        assertEquals(List.of(), smallWords(pages));
    }

    /** Runs forcestat on {@code folder}, prints the summary to PDF with LibreOffice and reads its words. */
    private List<Page> print(Path folder) throws Exception {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        Path out = dir.resolve("out");
        assertEquals(0, cl.execute("run", folder.toString(), "-o", out.toString(), "--quiet"));
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
        Path pdf = RealClients.toPdf(summary, dir.resolve("pdf"));
        Path html = dir.resolve("words.html");
        Process p = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), html.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());

        List<Page> pages = new ArrayList<>();
        Matcher page = PAGE.matcher(Files.readString(html));
        while (page.find()) {
            List<Word> words = new ArrayList<>();
            Matcher w = WORD.matcher(page.group(1));
            while (w.find()) {
                double top = Double.parseDouble(w.group(2));
                words.add(new Word(top, Double.parseDouble(w.group(4)) - top, w.group(5)));
            }
            pages.add(new Page(sheetOf(words), words));
        }
        return pages;
    }

    /** Pages per sheet, in print order. */
    private static Map<String, Integer> count(List<Page> pages) {
        Map<String, Integer> count = new LinkedHashMap<>();
        pages.forEach(p -> count.merge(p.sheet(), 1, Integer::sum));
        return count;
    }

    /** Every word under 8 pt, with its page and sheet. */
    private static List<String> smallWords(List<Page> pages) {
        List<String> small = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            for (Word w : pages.get(i).words()) {
                if (w.height() < 8.0) {
                    small.add("page " + (i + 1) + " (" + pages.get(i).sheet() + "): '" + w.text() + "' " + w.height());
                }
            }
        }
        return small;
    }

    /** The words of the page header (the top 36 points, above every sheet's top margin) but the marking: the sheet name. */
    private static String sheetOf(List<Word> words) {
        List<String> name = new ArrayList<>();
        for (Word w : words) {
            if (w.top() < 36 && !w.text().equals("OFFICIAL")) {
                name.add(w.text());
            }
        }
        return String.join(" ", name);
    }
}
