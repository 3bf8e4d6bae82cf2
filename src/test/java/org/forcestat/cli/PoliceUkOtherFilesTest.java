package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * police.uk's download gives three files a month and force: street (crimes and ASB), outcomes and stop and
 * search. Only the street files are counted; the others are passed over with one note a data set for the run,
 * not a warning a file telling the user to add a crime type column.
 */
class PoliceUkOtherFilesTest {
    @TempDir
    Path dir;

    private static final String OUTCOMES_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,"
            + "Location,LSOA code,LSOA name,Outcome type\n";
    private static final String STOP_SEARCH_HEADER = "Type,Date,Part of a policing operation,Policing operation,"
            + "Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,"
            + "Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing\n";

    private static void month(Path download, String month, int burglaries) throws Exception {
        Path m = Files.createDirectories(download.resolve(month));
        Files.writeString(m.resolve(month + "-kent-street.csv"), DropFolders.policeUkMonth(month,
                "On or near High Street", new Object[][] {{"Burglary", burglaries}, {"Anti-social behaviour", 4}}),
                StandardCharsets.UTF_8);
        StringBuilder outcomes = new StringBuilder(OUTCOMES_HEADER);
        for (int i = 0; i < 20; i++) {
            outcomes.append(String.format("%064x,%s,Kent Police,Kent Police,0.5,51.2,On or near High Street,"
                    + "E01024000,Dover 001A,Investigation complete; no suspect identified%n", i, month));
        }
        Files.writeString(m.resolve(month + "-kent-outcomes.csv"), outcomes, StandardCharsets.UTF_8);
        Files.writeString(m.resolve(month + "-kent-stop-and-search.csv"), STOP_SEARCH_HEADER
                + "Person search," + month + "-03T10:00:00+00:00,False,,51.2,0.5,Male,18-24,,White,"
                + "Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,False,False\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void outcomesAndStopAndSearchFilesAreOneNoteEachAndCountNothing() throws Exception {
        Path download = Files.createDirectories(DropFolders.in(dir).resolve("police-uk"));
        month(download, "2015-07", 30);
        month(download, "2015-08", 25);
        month(download, "2015-09", 10);
        CommandRun r = DropFolders.run(dir);
        // 30 + 25 + 10 burglaries; the 60 outcome rows (20 a month, each with a Crime ID) are not crimes.
        assertEquals(65.0, r.metrics().get("crimes.total"), r.printed());
        assertEquals(12.0, r.metrics().get("asb.total"), r.printed());
        assertEquals(0, r.exitCode(), r.printed());
        assertEquals(List.of(), r.findings("FILE_NOT_COUNTED"), r.printed());
        assertEquals(List.of(), r.findings("MISSING_COLUMN"), r.printed());
        assertEquals(List.of(), r.findings("SHEET_UNRECOGNISED"), r.printed());
        List<CommandRun.Row3> notes = r.findings("OTHER_DATA_NOT_READ");
        assertEquals(2, notes.size(), notes.toString());
        assertEquals("2015-07-kent-outcomes.csv and 2 more", notes.get(0).file());
        assertTrue(notes.get(0).message().startsWith("3 files hold police.uk outcomes data"), notes.get(0).message());
        assertEquals("2015-07-kent-stop-and-search.csv and 2 more", notes.get(1).file());
        assertTrue(r.out().contains("0 warning(s)"), r.out());
    }

    @Test
    void aCrimeSheetWithAnOutcomeTypeColumnIsStillACrimeSheet() throws Exception {
        // A force's own extract with both "Crime type" and "Outcome type" is recorded crime, not police.uk's outcomes.
        Path in = DropFolders.in(dir);
        Files.writeString(in.resolve("crimes.csv"), "Crime ID,Month,Crime type,Outcome type\n"
                + "A1,2015-07,Burglary,Charged\nA2,2015-07,Robbery,\nA3,2015-07,Burglary,Under investigation\n");
        CommandRun r = DropFolders.run(dir);
        assertEquals(3.0, r.metrics().get("crimes.total"), r.printed());
        assertEquals(List.of(), r.findings("OTHER_DATA_NOT_READ"), r.printed());
    }
}
