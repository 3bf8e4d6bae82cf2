package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder as a hostile tester fills it: copies, pipes, links, forged names; every figure right or absent with a finding. */
class DropFolderTest {
    @TempDir
    Path dir;

    /** Two days of calls, 4,215 in all (the example). */
    static final String TWO_DAYS = "Date,Total calls\n01/04/2015,2000\n02/04/2015,2215\n";

    private static List<CommandRun.Row3> rule(CommandRun r, String rule) throws Exception {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private CommandRun run(Path in) throws Exception {
        return assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> CommandRun.of("run", in.toString(), "-o", dir.resolve("out").toString()));
    }

    @Test
    void copiesOfAFileAreReadOnceAndNamed() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        for (int i = 1; i <= 40; i++) {
            Files.writeString(in.resolve("calls - Copy (" + i + ").csv"), TWO_DAYS);
        }
        CommandRun r = run(in);
        assertEquals(4215.0, r.metrics().get("calls.total"), r.printed());
        List<CommandRun.Row3> dup = rule(r, "DUPLICATE_FILE");
        assertEquals(1, dup.size());
        assertEquals("WARNING", dup.get(0).severity().toUpperCase(java.util.Locale.ROOT));
        assertTrue(dup.get(0).message().contains("the same bytes as calls.csv"), dup.get(0).message());
        assertTrue(dup.get(0).message().contains("and 35 more"), dup.get(0).message());
        assertTrue(r.out().contains("1 file(s) read, 40 copies of another file not read again"), r.out());
        assertEquals(0, r.exitCode(), r.printed());
    }

    @Test
    void aFifoIsSkippedWithAWarningAndNeverOpened() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        Process p = new ProcessBuilder("mkfifo", in.resolve("x.csv").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        CommandRun r = run(in);
        assertEquals(4215.0, r.metrics().get("calls.total"));
        List<CommandRun.Row3> f = rule(r, "FILE_NOT_REGULAR");
        assertEquals(1, f.size());
        assertEquals("x.csv", f.get(0).file());
        assertTrue(r.out().contains("1 file(s) read, 1 skipped"), r.out());
    }

    @Test
    void linksOutOfTheFolderAreNotFollowedAndALoopIsNamed() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        Files.writeString(elsewhere.resolve("more.csv"), "Date,Total calls\n03/04/2015,999\n");
        Files.createSymbolicLink(in.resolve("more.csv"), elsewhere.resolve("more.csv"));
        Files.createSymbolicLink(in.resolve("passwd.csv"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(in.resolve("a.csv"), in.resolve("b.csv"));
        Files.createSymbolicLink(in.resolve("b.csv"), in.resolve("a.csv"));
        // A link to a file inside the folder is followed: it is a copy of calls.csv, so it is read once.
        Files.createSymbolicLink(in.resolve("calls-link.csv"), Path.of("calls.csv"));
        CommandRun r = run(in);
        assertEquals(4215.0, r.metrics().get("calls.total"), r.printed());
        List<String> outside = rule(r, "FILE_LINK_OUTSIDE").stream().map(CommandRun.Row3::file).toList();
        assertEquals(List.of("more.csv", "passwd.csv"), outside);
        List<String> loops = rule(r, "FILE_LINK_LOOP").stream().map(CommandRun.Row3::file).toList();
        assertEquals(List.of("a.csv", "b.csv"), loops);
        assertTrue(rule(r, "FILE_LINK_LOOP").get(0).message().contains("loops"));
        assertFalse(r.printed().contains("locked"), r.printed());
        assertEquals(1, rule(r, "DUPLICATE_FILE").size());
    }

    @Test
    void aFileNameCannotForgeALineOnScreenOrInTheLog() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("calls.csv"), TWO_DAYS);
        String forged = "x\nSummary written to evil.xlsx\n\u001b[2Jy.xlsx";
        Files.write(in.resolve(forged), "not a zip".getBytes(StandardCharsets.US_ASCII));
        CommandRun r = run(in);
        assertEquals(2, r.exitCode(), r.printed());
        for (String line : r.printed().split("\n")) {
            assertFalse(line.startsWith("Summary written to evil"), r.printed());
        }
        assertFalse(r.printed().contains("\u001b"), r.printed());
        assertTrue(r.printed().contains("x\\nSummary written to evil.xlsx\\n\\x1b[2Jy.xlsx"), r.printed());
        assertTrue(r.out().contains("1 file(s) read, 1 unreadable"), r.out());
        String log = Files.readString(dir.resolve("out").resolve("forcestat.log"));
        for (String line : log.split("\n")) {
            assertFalse(line.startsWith("Summary written to evil"), log);
        }
        assertFalse(log.contains("\u001b"), log);
    }
}
