package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line of forcestat.properties naming a header that monthly exports lack is one warning for the run,
 * saying how many sheets and files lacked it, not one a file.
 *
 * <p>The folder: three monthly crime extracts as Excel saves a CSV (Apr to Jun 2015), headed Crime Number,
 * Offence Description, Date Committed, Date Recorded, Division; forcestat.properties maps crimes.date to
 * "Recorded On", which none of them has (the header was renamed in the system's export), so each is read by
 * its Date Recorded column, as a sheet with no mapping is.
 */
class MissingMappingFindingsTest {
    @TempDir
    Path dir;

    private static final String HEADERS = "Crime Number,Offence Description,Date Committed,Date Recorded,Division";

    private static String month(int m) {
        return HEADERS + "\r\n"
                + "CR/" + m + "01/15,Burglary in a dwelling,0" + m + "/0" + m + "/2015,02/0" + m + "/2015,North\r\n"
                + "CR/" + m + "02/15,Assault with injury,01/0" + m + "/2015,03/0" + m + "/2015,South\r\n";
    }

    private Path folder(int files) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in" + files));
        for (int m = 4; m < 4 + files; m++) {
            Files.writeString(in.resolve("crimes-2015-0" + m + ".csv"), month(m));
        }
        Files.writeString(in.resolve("forcestat.properties"), "crimes.date = Recorded On\r\n");
        return in;
    }

    @Test
    void threeMonthlyExportsLackingAMappedHeaderGiveOneWarning() throws Exception {
        CommandRun r = CommandRun.of("run", folder(3).toString(), "-o", dir.resolve("out").toString());
        List<CommandRun.Row3> w = r.findings("MAPPING_NOT_FOUND");
        assertEquals(1, w.size(), w.toString());
        assertEquals("crimes-2015-04.csv and 2 more", w.get(0).file());
        assertEquals("The line \"crimes.date = Recorded On\" in forcestat.properties names a header that 3 sheets in 3 "
                + "files do not have (in the first, crimes-2015-04.csv, sheet 'crimes-2015-04', the headers on row 1 "
                + "are: Crime Number, Offence Description, Date Committed, Date Recorded, Division; the column \"Date "
                + "Recorded\" was read for date instead). Correct the line to the header as the sheets spell it.", w.get(0).message());
    }

    /** One file keeps its own warning, word for word as a sheet gives it. */
    @Test
    void oneFileKeepsItsOwnWarning() throws Exception {
        CommandRun r = CommandRun.of("run", folder(1).toString(), "-o", dir.resolve("out1").toString());
        List<CommandRun.Row3> w = r.findings("MAPPING_NOT_FOUND");
        assertEquals(1, w.size(), w.toString());
        assertEquals("crimes-2015-04.csv", w.get(0).file());
        // (the Validation sheet shows the message without the file and sheet it names in its own columns)
        assertEquals("The line \"crimes.date = Recorded On\" in forcestat.properties names a header this sheet does not "
                + "have (its headers, on row 1, are: Crime Number, Offence Description, Date Committed, Date Recorded, "
                + "Division); the column \"Date Recorded\" was read for date instead. Correct the line to the header as "
                + "the sheet spells it.", w.get(0).message());
    }
}
