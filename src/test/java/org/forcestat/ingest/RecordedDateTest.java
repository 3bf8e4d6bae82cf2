package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Partial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crime-recording system's recorded-date headers, and the recorded date before the committed one. */
class RecordedDateTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);

    private static long in(Partial p, LocalDate from, LocalDate to, CrimeCategory c) {
        return p.crimes().totals(from, to)[c.ordinal()];
    }

    @ParameterizedTest
    @ValueSource(strings = {"Recorded Date/Time", "Date/Time Recorded", "Recorded On", "Date Recorded",
        "Crime Recorded Date", "Recorded Date and Time"})
    void recordedDateHeadersAreKnown(String header) throws Exception {
        Path f = Files.writeString(dir.resolve("crimes.csv"), "Crime Number," + header + ",Offence,District\n"
                + "CR/1001/15,01/04/2015 09:12,Robbery of personal property,North\n"
                + "CR/1002/15,01/04/2015 14:40,Robbery of personal property,North\n"
                + "CR/1003/15,02/04/2015 11:05,Shoplifting,South\n");
        Partial p = reader.read(f);
        LocalDate apr1 = LocalDate.of(2015, 4, 1);
        assertEquals(2, in(p, apr1, apr1, CrimeCategory.ROBBERY), p.findings().toString());
        assertEquals(1, in(p, apr1.plusDays(1), apr1.plusDays(1), CrimeCategory.THEFT));
    }

    /**
     * Committed (or offence) date left of the recorded date, as crime systems export them: three robberies
     * committed in March, recorded 1, 1 and 2 April; one shoplifting committed and recorded on 2 April.
     * Recorded crime counts by the recorded date: 2 robberies on 1 April, 1 on 2 April, none in March.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Date Committed", "Offence Date", "Date of offence", "Reported Date"})
    void theRecordedDateIsTakenBeforeAnEarlierColumn(String other) throws Exception {
        Path f = Files.writeString(dir.resolve("niche.csv"), "Crime Ref," + other + ",Offence,Recorded Date/Time\n"
                + "CR/1/15,28/03/2015,Robbery of personal property,01/04/2015 09:00\n"
                + "CR/2/15,30/03/2015,Robbery of personal property,01/04/2015 10:00\n"
                + "CR/3/15,31/03/2015,Robbery of personal property,02/04/2015 08:30\n"
                + "CR/4/15,02/04/2015,Shoplifting,02/04/2015 17:45\n");
        Partial p = reader.read(f);
        LocalDate apr1 = LocalDate.of(2015, 4, 1);
        assertEquals(0, in(p, LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31), CrimeCategory.ROBBERY));
        assertEquals(2, in(p, apr1, apr1, CrimeCategory.ROBBERY));
        assertEquals(1, in(p, apr1.plusDays(1), apr1.plusDays(1), CrimeCategory.ROBBERY));
        assertEquals(1, in(p, apr1.plusDays(1), apr1.plusDays(1), CrimeCategory.THEFT));
    }

    /** With a committed date alone, that is the date (as before). */
    @Test
    void aCommittedDateAloneIsStillRead() throws Exception {
        Path f = Files.writeString(dir.resolve("c.csv"), "Crime Ref,Date Committed,Offence\n"
                + "CR/1/15,28/03/2015,Robbery of personal property\n");
        Partial p = reader.read(f);
        assertEquals(1, in(p, LocalDate.of(2015, 3, 28), LocalDate.of(2015, 3, 28), CrimeCategory.ROBBERY));
    }
}
