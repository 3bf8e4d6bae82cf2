package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** police.uk files of two forces in one folder are added together, and a note says so; one force's say nothing. */
class PoliceUkForcesTest {
    @TempDir
    Path dir;

    private static String month(String force, int burglaries, int from) {
        StringBuilder b = new StringBuilder(org.forcestat.bench.PoliceUkMonth.HEADER).append('\n');
        for (int i = 0; i < burglaries; i++) {
            b.append(String.format("%064x", from + i)).append(",2024-01,").append(force).append(',').append(force)
                    .append(",0.1,51.5,On or near High Street,E01000001,Somewhere 001A,Burglary,Under investigation,\n");
        }
        return b.toString();
    }

    @Test
    void twoForcesAreNamedInANote() throws Exception {
        Path in = DropFolders.in(dir);
        Files.writeString(in.resolve("2024-01-kent-street.csv"), month("Kent Police", 30, 0), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2024-01-metropolitan-street.csv"), month("Metropolitan Police Service", 50, 1000),
                StandardCharsets.UTF_8);
        CommandRun r = DropFolders.run(dir);
        assertEquals(80.0, r.metrics().get("crimes.total"), r.printed());
        List<CommandRun.Row3> f = r.findings("POLICE_UK_FORCES");
        assertEquals(1, f.size(), r.findings().toString());
        assertTrue(f.get(0).message().contains("Kent Police (1 file), Metropolitan Police Service (1 file)"),
                f.get(0).message());
    }

    @Test
    void oneForceMonthByMonthSaysNothing() throws Exception {
        Path in = DropFolders.in(dir);
        Files.writeString(in.resolve("2024-01-kent-street.csv"), month("Kent Police", 30, 0), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2024-02-kent-street.csv"), month("Kent Police", 20, 1000).replace(",2024-01,",
                ",2024-02,"), StandardCharsets.UTF_8);
        CommandRun r = DropFolders.run(dir);
        assertEquals(50.0, r.metrics().get("crimes.total"), r.printed());
        assertEquals(List.of(), r.findings("POLICE_UK_FORCES"));
    }
}
