package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.forcestat.testing.RealClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' summary printed by LibreOffice: the Summary is exactly one page, and no word on the
 * Summary or Threat Strategy pages is under 8 pt. Word heights come from poppler's
 * {@code pdftotext -bbox}; for Arial and Calibri a word's box is about 1.02 to 1.1 times its point
 * size (measured: 10 pt Arial at 100% gives 10.3 pt boxes), so a box under 8.0 means text under 8 pt.
 * Each page names its sheet in the header's right-hand corner (the sheet writers put it there).
 */
@Tag("external")
class PrintedSummaryTest {
    private static final Pattern PAGE = Pattern.compile("<page width=\"[\\d.]+\" height=\"[\\d.]+\">(.*?)</page>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>");

    @TempDir
    Path dir;

    private record Word(double top, double height, String text) {
    }

    @Test
    void theSummaryIsOnePageAndNoTextOnSummaryOrThreatPagesIsUnderEightPoints() throws Exception {
        Assumptions.assumeTrue(RealClients.onPath("soffice"), "LibreOffice (soffice) is not installed");
        Assumptions.assumeTrue(RealClients.onPath("pdftotext"), "poppler-utils (pdftotext) is not installed");
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        Path out = dir.resolve("out");
        assertEquals(0, cl.execute("run", "samples", "-o", out.toString(), "--quiet"));
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).findFirst().orElseThrow();
        }
        Path pdf = RealClients.toPdf(summary, dir.resolve("pdf"));
        Path html = dir.resolve("words.html");
        Process p = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), html.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());

        List<List<Word>> pages = new ArrayList<>();
        Matcher page = PAGE.matcher(Files.readString(html));
        while (page.find()) {
            List<Word> words = new ArrayList<>();
            Matcher w = WORD.matcher(page.group(1));
            while (w.find()) {
                double top = Double.parseDouble(w.group(2));
                words.add(new Word(top, Double.parseDouble(w.group(4)) - top, w.group(5)));
            }
            pages.add(words);
        }
        List<String> sheets = pages.stream().map(PrintedSummaryTest::sheetOf).toList();
        assertEquals("Summary", sheets.get(0), sheets.toString());
        assertEquals(1, sheets.stream().filter("Summary"::equals).count(), "Summary pages: " + sheets);
        long threatPages = sheets.stream().filter("Strategy"::equals).count();
        assertTrue(threatPages >= 1, "Threat Strategy pages: " + sheets);

        List<String> small = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (!sheets.get(i).equals("Summary") && !sheets.get(i).equals("Strategy")) {
                continue;
            }
            for (Word w : pages.get(i)) {
                if (w.height() < 8.0) {
                    small.add("page " + (i + 1) + " (" + sheets.get(i) + "): '" + w.text() + "' " + w.height());
                }
            }
        }
        assertEquals(List.of(), small);
        // the headline words are on the Summary page, with a verdict in words
        String summaryText = String.join(" ", pages.get(0).stream().map(Word::text).toList());
        assertTrue(summaryText.contains("real rise, p < 0.001") || summaryText.contains("real rise, p &lt; 0.001"),
                summaryText);
    }

    /** The last word of the page header (the top 36 points, above every sheet's top margin): the sheet name, or its last word. */
    private static String sheetOf(List<Word> words) {
        String last = "";
        for (Word w : words) {
            if (w.top() < 36 && !w.text().equals("OFFICIAL")) {
                last = w.text();
            }
        }
        return last;
    }
}
