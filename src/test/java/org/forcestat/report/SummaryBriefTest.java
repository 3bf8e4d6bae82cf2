package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.stats.RunInfo;
import org.forcestat.stats.Summary;
import org.forcestat.stats.Verdict;
import org.forcestat.threat.Evidence;
import org.forcestat.threat.ThreatAssessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Summary as a brief: its title, its trends in words, and the default register labelled as the seed's example. */
class SummaryBriefTest {
    @TempDir
    Path dir;

    @Test
    void aChangeIsSaidInWordsWithItsVerdict() {
        // Kent, SPEC §8: 102,235 to 107,264 is +5,029, 4.92% of 102,235
        assertEquals("up 4.9% (+5,029) on the 12 months before — a real rise, p < 0.001.",
                SummarySheetWriter.change(5_029, 102_235, "on the 12 months before", Verdict.change(5_029, 0.0002)));
        assertEquals("down 2.5% (-50) on the year before — no real change (p = 0.41).",
                SummarySheetWriter.change(-50, 2_000, "on the year before", Verdict.change(-50, 0.41)));
        assertEquals("a real fall, p = 0.003", SummarySheetWriter.words(Verdict.change(-1, 0.003)));
        assertEquals("not enough months to judge", SummarySheetWriter.words(Verdict.tooFewMonths(false)));
    }

    @Test
    void anUnknownForceGetsANeutralTitle() throws IOException {
        Summary known = SummaryFixture.full();
        RunInfo r = known.run();
        Summary unknown = new Summary(new RunInfo(null, r.marking(), r.generatedAt(), r.toolVersion(), r.options(),
                r.inputFolder()), known.metrics(), known.calls(), known.crime(), known.finance(), known.findings(),
                known.sources(), null);
        assertEquals("Demand, crime and finance summary", texts(write(unknown, List.of()), "Summary").get(0));
        assertEquals("Kent Police: demand, crime and finance summary", texts(write(known, List.of()), "Summary").get(0));
    }

    @Test
    void theDefaultRegisterIsLabelledAsTheSeedsExample() throws IOException {
        var defaults = ThreatAssessor.run(List.of(), new Properties(), "forcestat.properties", Evidence.of(Map.of())).ranked();
        assertFalse(defaults.isEmpty());
        List<String> shown = texts(write(SummaryFixture.full(), defaults), "Threat Strategy");
        assertEquals(ThreatSheetWriter.EXAMPLE_NOTICE, shown.get(1), shown.subList(0, 3).toString());
        assertTrue(shown.get(1).contains("Kent Police control strategy of 2016"));
        assertTrue(texts(write(SummaryFixture.full(), defaults), "Summary").contains(SummarySheetWriter.EXAMPLE_THREATS));
        assertTrue(texts(write(SummaryFixture.full(), ThreatSheetWriterTest.sample()), "Summary")
                .contains("Top threats (control strategy)"));
        // with a user's register (ThreatSheetWriterTest's sample adds one area) there is no such label
        assertFalse(texts(write(SummaryFixture.full(), ThreatSheetWriterTest.sample()), "Threat Strategy")
                .contains(ThreatSheetWriter.EXAMPLE_NOTICE));
    }

    @Test
    void theSummarySaysTheCrimeTrendInWords() throws IOException {
        List<String> shown = texts(write(SummaryFixture.full(), List.of()), "Summary");
        assertTrue(shown.contains("Trends, in words"), shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.startsWith("Recorded crime: ") && t.contains(" on the 12 months before — ")),
                shown.toString());
    }

    private Path write(Summary s, List<org.forcestat.threat.ThreatAssessment> threats) throws IOException {
        Path file = Files.createTempFile(dir, "summary", ".xlsx");
        SummaryWorkbookWriter.write(s, threats, file);
        return file;
    }

    /** The sheet's text cells, row by row. */
    private static List<String> texts(Path file, String sheet) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet(sheet);
            for (Row row : sh) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                        out.add(c.getStringCellValue());
                    }
                }
            }
        }
        return out;
    }
}
