package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blank rows between the data and a report's footer ("Produced by ...", "Source: ...") are not a data problem. */
class ReportFootersTest {
    @TempDir
    Path dir;

    @Test
    void footersAndTheBlankRowsAboveThemAreNotData() throws Exception {
        Path in = DropFolders.in(dir);
        // A command-and-control report saved as CSV: two days (2,000 + 2,215 = 4,215 calls), a blank row, its footer.
        Files.writeString(in.resolve("calls per day.csv"), "Date,Total calls\n01/04/2015,2000\n02/04/2015,2215\n,\n"
                + "Produced by Command and Control Reporting on 03/04/2015 08:00,\n");
        // A crime extract: 40 + 35 burglaries, two blank rows, then a source line and a note.
        Files.writeString(in.resolve("burglary.csv"), "Month,Crime type,Count\n2016-04,Burglary,40\n2016-05,Burglary,35\n"
                + ",,\n,,\nSource: Niche RMS,,\n\"Notes: figures are provisional, data extracted 02/06/2016\",,\n");
        CommandRun r = DropFolders.run(dir);
        assertEquals(4215.0, r.metrics().get("calls.total"), r.printed());
        assertEquals(75.0, r.metrics().get("crimes.burglary_all.total"), r.printed());
        assertEquals(List.of(), r.findings("BLANK_ROWS"), r.findings().toString());
        assertEquals(List.of(), r.findings("DATE_UNREADABLE"), r.findings().toString());
        assertEquals(0, r.exitCode(), r.printed());
    }

    @Test
    void aBlankRowInsideTheDataIsStillReportedAboveAFooter() throws Exception {
        Path in = DropFolders.in(dir);
        // Rows 2, 3 data; row 4 blank; row 5 data; row 6 blank; row 7 the footer: one blank row inside the data, at row 4.
        Files.writeString(in.resolve("calls.csv"), "Date,Total calls\n01/04/2015,2000\n02/04/2015,2215\n,\n"
                + "03/04/2015,1900\n,\nSource: STORM,\n");
        CommandRun r = DropFolders.run(dir);
        assertEquals(6115.0, r.metrics().get("calls.total"), r.printed());
        List<CommandRun.Row3> blank = r.findings("BLANK_ROWS");
        assertEquals(1, blank.size(), r.findings().toString());
        assertTrue(blank.get(0).message().startsWith("1 blank row(s) in 1 place(s) inside the data, the first at row 4"),
                blank.get(0).message());
        // A lone word that is no footer (a crime type with no date) is still a row that could not be read.
        Files.writeString(in.resolve("calls.csv"), "Date,Total calls\n01/04/2015,2000\n02/04/2015,2215\nRobbery,\n");
        CommandRun bad = DropFolders.run(dir);
        assertEquals(1, bad.findings("DATE_UNREADABLE").size(), bad.findings().toString());
    }
}
