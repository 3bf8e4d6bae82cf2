package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call record sheet's repeated-ID check answered from {@link PastedBlocks}' table (rows filed by
 * their ID, one slot per content of an ID), and a run of one file keeping no call keys: the
 * findings and counts are those of the two tables it replaced.
 */
class SharedIdTableTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(x -> x.rule().equals(rule)).toList();
    }

    private static long calls(Partial p) {
        return p.calls().dates().stream().mapToLong(d -> p.calls().total(d)).sum();
    }

    @Test
    void aRowEqualToAnEarlierContentOfItsIdIsPastedEvenAfterAnotherContentOfThatId() throws Exception {
        // C1 at 10:00, C1 again at 10:30 (another call under the same ID), then row 2 exactly once more.
        String csv = "Call ID,Received,Grading\nC1,01/04/2015 10:00,Advice\nC1,01/04/2015 10:30,High\n"
                + "C1,01/04/2015 10:00,Advice\nC2,01/04/2015 11:00,High\n";
        Partial p = reader.read(Files.writeString(dir.resolve("calls.csv"), csv));
        List<Finding> pasted = of(p, "DUPLICATE_ROWS");
        assertEquals(1, pasted.size(), p.findings().toString());
        assertTrue(pasted.get(0).message().contains("Row 4 repeats row 2"), pasted.get(0).message());
        List<Finding> ids = of(p, "DUPLICATE_ID");
        assertEquals(1, ids.size(), p.findings().toString());
        assertEquals("A3", ids.get(0).cell());
        assertEquals("1 repeated", ids.get(0).seen());
        assertEquals(3, calls(p));
    }

    @Test
    void anIdOnlySeenOnARowNotCountedIsNotARepeatedId() throws Exception {
        // Row 2 is dated in the future and not counted; row 3 is the first counted call with C1.
        String csv = "Call ID,Received,Grading\nC1,01/04/2099 10:00,Advice\nC1,01/04/2015 10:00,Advice\n"
                + "C2,01/04/2015 11:00,High\n";
        Partial p = reader.read(Files.writeString(dir.resolve("calls.csv"), csv));
        assertEquals(List.of(), of(p, "DUPLICATE_ID"), p.findings().toString());
        assertEquals(2, calls(p));
        // Counted twice, the same ID is a repeat.
        String twice = "Call ID,Received,Grading\nC1,01/04/2015 09:00,Advice\nC1,01/04/2015 10:00,Advice\n";
        Partial q = reader.read(Files.writeString(dir.resolve("twice.csv"), twice));
        assertEquals("A3", of(q, "DUPLICATE_ID").get(0).cell());
        assertEquals(2, calls(q));
    }

    @Test
    void aReaderForOneFileKeepsNoCallKeysAndTheSameCounts() throws Exception {
        StringBuilder b = new StringBuilder("Call ID,Received,Grading\n");
        for (int i = 0; i < 600; i++) {
            b.append(String.format("K%d,01/04/2015 %02d:%02d,Advice%n", i, i / 60 % 24, i % 60));
        }
        Path f = Files.writeString(dir.resolve("calls.csv"), b);
        Partial kept = reader.read(f);
        Partial alone = reader.alone().read(f);
        assertEquals(600, kept.callKeys().get().size());
        assertTrue(alone.callKeys().get().isEmpty());
        assertEquals(600, calls(alone));
        assertEquals(kept.calls().rawDays().keySet(), alone.calls().rawDays().keySet());
        assertEquals(kept.findings(), alone.findings());
    }

    @Test
    void aReaderForOneFileKeepsNoCrimeKeysAndTheSameCounts() throws Exception {
        // A police.uk month: 300 burglaries with a Crime ID, 100 ASB rows without one (keyed by their whole row).
        StringBuilder b = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        for (int i = 0; i < 400; i++) {
            boolean asb = i % 4 == 3;
            b.append(asb ? "" : String.format("%064x", i)).append(",2018-10,Kent Police,Kent Police,0.5,51.2,")
                    .append("On or near Place ").append(i).append(",E01000001,Dover 001A,")
                    .append(asb ? "Anti-social behaviour," : "Burglary,Under investigation").append(",\n");
        }
        Path f = Files.writeString(dir.resolve("2018-10-kent-street.csv"), b);
        Partial kept = reader.read(f);
        Partial alone = reader.alone().read(f);
        assertEquals(300, kept.crimeKeys().get().ids().length);
        assertEquals(100, kept.crimeKeys().get().rows().length);
        assertTrue(alone.crimeKeys().get().isEmpty());
        long burglaries = alone.crimes().rawByDivisionMonth().values().stream().flatMap(m -> m.values().stream())
                .mapToLong(a -> a[org.forcestat.model.CrimeCategory.BURGLARY_ALL.ordinal()]).sum();
        assertEquals(300, burglaries);
        assertEquals(kept.crimes().rawByDivisionMonth().keySet(), alone.crimes().rawByDivisionMonth().keySet());
        assertEquals(kept.findings(), alone.findings());
    }
}
