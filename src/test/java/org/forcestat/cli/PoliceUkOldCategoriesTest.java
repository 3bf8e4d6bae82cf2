package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * police.uk's categories before May 2013: "Violent crime" (violence alone; sexual offences were then in Other
 * crime) and "Public disorder and weapons" (public order and weapons in one). Both are crimes of the month's
 * total, never dropped from it nor reported as unknown.
 */
class PoliceUkOldCategoriesTest {
    @TempDir
    Path dir;

    @Test
    void violentCrimeAndPublicDisorderAndWeaponsAreCountedInTheTotal() throws Exception {
        Path in = DropFolders.in(dir);
        // March 2013: 20 burglary + 7 public disorder and weapons + 5 violent crime = 32 crimes; 6 ASB.
        Files.writeString(in.resolve("2013-03-kent-street.csv"), DropFolders.policeUkMonth("2013-03",
                "On or near High Street", new Object[][] {{"Burglary", 20}, {"Public disorder and weapons", 7},
                    {"Violent crime", 5}, {"Anti-social behaviour", 6}}), StandardCharsets.UTF_8);
        CommandRun r = DropFolders.run(dir);
        assertEquals(32.0, r.metrics().get("crimes.total"), r.printed());
        assertEquals(0, r.findings("UNKNOWN_VALUE").size(), r.findings().toString());
        assertEquals(7.0, r.metrics().get("crimes.other.total"), r.printed());
        // police.uk never splits violence from sexual offences: the 5 are in the not-split group, and violence
        // alone is not given (absent, never a 0 or a part passed off as the whole)
        assertEquals(5.0, r.metrics().get("crimes.violence_and_sexual.total"), r.printed());
        assertEquals(null, r.metrics().get("crimes.violence.total"), r.printed());
    }
}
