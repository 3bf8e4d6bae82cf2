package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A channel no source gives is absent, not 0: a daily sheet with a "999 calls" column and no other says
 * nothing of 101, online or other calls.
 */
class ChannelsGivenTest {
    @TempDir
    Path dir;

    @Test
    void aSheetWithOnlyA999ColumnGivesNo101OnlineOrOtherCalls() throws Exception {
        Path in = DropFolders.in(dir);
        // 999 calls: 120 + 135 + 141 = 396 of 400 + 450 + 470 = 1,320 calls over 3 days.
        Files.writeString(in.resolve("calls.csv"), "Date,Total calls,999 calls\n01/04/2015,400,120\n"
                + "02/04/2015,450,135\n03/04/2015,470,141\n");
        CommandRun r = DropFolders.run(dir);
        Map<String, Double> m = r.metrics();
        assertEquals(1320.0, m.get("calls.total"), r.printed());
        assertEquals(396.0, m.get("calls.channel.999.total"), r.printed());
        assertEquals(132.0, m.get("calls.999.per_day"), 1e-9, r.printed());
        assertNull(m.get("calls.channel.101.total"), r.printed());
        assertNull(m.get("calls.channel.online.total"), r.printed());
        assertNull(m.get("calls.channel.other.total"), r.printed());
        assertEquals(0, r.exitCode(), r.printed());
    }

    @Test
    void aSheetWith101AloneHasNo999PerDay() throws Exception {
        Path in = DropFolders.in(dir);
        Files.writeString(in.resolve("calls.csv"), "Date,Total calls,101 calls\n01/04/2015,400,220\n"
                + "02/04/2015,450,235\n");
        CommandRun r = DropFolders.run(dir);
        Map<String, Double> m = r.metrics();
        assertEquals(455.0, m.get("calls.channel.101.total"), r.printed());
        assertNull(m.get("calls.channel.999.total"), r.printed());
        assertNull(m.get("calls.999.per_day"), r.printed());
    }

    @Test
    void aChannelColumnOfZerosIsAGivenZero() throws Exception {
        Path in = DropFolders.in(dir);
        Files.writeString(in.resolve("calls.csv"), "Date,Total calls,999 calls,Online\n01/04/2015,400,120,0\n"
                + "02/04/2015,450,135,0\n");
        CommandRun r = DropFolders.run(dir);
        Map<String, Double> m = r.metrics();
        assertEquals(0.0, m.get("calls.channel.online.total"), r.printed());
        assertNull(m.get("calls.channel.101.total"), r.printed());
    }
}
