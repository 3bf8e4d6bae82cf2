package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.forcestat.output.AtomicOutput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output is atomic and runs do not trip over each other: a run killed with {@code kill -9} leaves no
 * partial summary under a final name and changes no input; the next run clears its temp files but
 * never a live run's; two runs at once both finish with distinct, valid summaries.
 */
@Tag("slow")
class AtomicRunTest {
    @TempDir
    Path tmp;

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("drop folder ü"));
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
             OutputStream os = Files.newOutputStream(in.resolve("macro notes.xlsm"))) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Nothing to count here");
            wb.write(os);
        }
        return in;
    }

    private static Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.forcestat.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static Set<String> summaries(Path dir) throws IOException {
        return new TreeSet<>(names(dir).stream().filter(n -> n.startsWith("forcestat-summary-")).toList());
    }

    private static boolean anyTemp(Path dir) throws IOException {
        return Files.isDirectory(dir) && names(dir).stream().anyMatch(n -> n.startsWith(".forcestat-tmp-") && n.endsWith(".tmp"));
    }

    @Test
    void aRunKilledWhileWritingLeavesNoPartialSummaryAndTheNextRunClearsItsTemp() throws Exception {
        Path in = inputs();
        Path out = tmp.resolve("out");
        Map<String, String> before = SamplesEndToEndTest.hashes(in);

        // First kill: early, while the inputs are being read (the log file is started just before the read; a
        // fixed 1.5 s wait let the whole run finish once runs got faster).
        Process early = start(tmp.resolve("early.log"), "run", in.toString(), "-o", out.toString());
        long until = System.currentTimeMillis() + 30_000;
        while (!Files.exists(out.resolve("forcestat.log")) && early.isAlive() && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
        early.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals(before, SamplesEndToEndTest.hashes(in), "inputs unchanged after a kill while reading");
        // Should the early run have finished all the same, its summary is not the killed run's.
        Set<String> earlier = Files.isDirectory(out) ? summaries(out) : Set.of();

        // Second kill: the moment the summary's temp file exists.
        Process p = start(tmp.resolve("run.log"), "run", in.toString(), "-o", out.toString());
        long deadline = System.currentTimeMillis() + 120_000;
        while (!anyTemp(out) && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the run ended before its temp file was seen: " + Files.readString(tmp.resolve("run.log")));
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(anyTemp(out), "a killed run leaves its temp behind");
        assertEquals(earlier, summaries(out), "no summary under a final name: " + names(out));
        assertEquals(before, SamplesEndToEndTest.hashes(in), "inputs unchanged after kill -9");

        CommandRun next = CommandRun.of("run", in.toString(), "-o", out.toString(), "--quiet");
        assertEquals(Main.OK, next.exitCode(), next.printed());
        assertFalse(anyTemp(out), "stale temps removed: " + names(out));
        assertTrue(names(out).stream().noneMatch(n -> n.startsWith(".forcestat-tmp-")), names(out).toString());
        assertEquals(earlier.size() + 1, summaries(out).size(), names(out).toString());
        assertEquals(827_000, next.metrics().get("calls.total"), 1);
        assertEquals(before, SamplesEndToEndTest.hashes(in));
    }

    @Test
    void twoRunsAtOnceFinishWithDistinctValidSummariesAndSpareEachOthersTemps() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HostileInputsTest.GOOD, in.resolve("calls.xlsx"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        // A temp "being written" by a third, live process: its lock is held, so no run may remove it.
        Path live = out.resolve(".forcestat-tmp-forcestat-summary-live.xlsx.tmp");
        Files.writeString(live, "half written");
        Path dead = out.resolve(".forcestat-tmp-forcestat-summary-dead.xlsx.tmp");
        Files.writeString(dead, "left by a killed run");
        try (FileChannel ch = FileChannel.open(out.resolve(live.getFileName() + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            Process a = start(tmp.resolve("a.log"), "run", in.toString(), "-o", out.toString());
            Process b = start(tmp.resolve("b.log"), "run", in.toString(), "-o", out.toString());
            assertTrue(a.waitFor(180, TimeUnit.SECONDS) && b.waitFor(180, TimeUnit.SECONDS));
            assertEquals(0, a.exitValue(), Files.readString(tmp.resolve("a.log")));
            assertEquals(0, b.exitValue(), Files.readString(tmp.resolve("b.log")));
            assertTrue(Files.exists(live), "a live run's temp is never removed");
            assertTrue(lock.isValid());
        }
        assertFalse(Files.exists(dead), "a dead run's temp is removed");
        List<Path> summaries = CommandRun.list(out).stream()
                .filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).toList();
        assertEquals(2, summaries.size(), names(out).toString());
        assertNotEquals(summaries.get(0), summaries.get(1));
        for (Path s : summaries) {
            assertEquals(827_000, SamplesEndToEndTest.readMetrics(s).get("calls.total"), 1);
        }
    }

    @Test
    void writesInTheSameMillisecondGetDistinctNames() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        LocalDateTime same = LocalDateTime.of(2016, 6, 1, 9, 0);
        CountDownLatch allStarted = new CountDownLatch(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Path>> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String body = "writer " + i;
            written.add(pool.submit(() -> AtomicOutput.writeUnique(out, "forcestat-summary-", same, ".xlsx", t -> {
                allStarted.countDown();
                try {
                    allStarted.await(10, TimeUnit.SECONDS); // all four hold a reservation at once
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                assertEquals(0, AtomicOutput.removeStaleTemps(out), "live temps are not stale");
                Files.writeString(t, body);
            })));
        }
        Set<String> bodies = new TreeSet<>();
        Set<Path> paths = new TreeSet<>();
        for (Future<Path> f : written) {
            paths.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        for (Path p : paths) {
            bodies.add(Files.readString(p));
        }
        assertEquals(4, paths.size(), paths.toString());
        assertEquals(4, bodies.size());
        assertTrue(paths.contains(out.resolve("forcestat-summary-20160601-090000-000.xlsx")), paths.toString());
        assertTrue(paths.contains(out.resolve("forcestat-summary-20160601-090000-000-4.xlsx")), paths.toString());
        assertEquals(4, names(out).size(), "no temp or lock files left: " + names(out));
    }

    @Test
    void aFailedWriteLeavesNothingUnderTheFinalNameAndNoTemp() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path target = out.resolve("latest.xlsx");
        try {
            AtomicOutput.write(target, t -> {
                Files.writeString(t, "half");
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertEquals("disk full", expected.getMessage());
        }
        assertEquals(Set.of(), names(out));
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsAUsageErrorSayingToUseO() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("shared in"));
        Files.copy(HostileInputsTest.GOOD, in.resolve("calls.xlsx"));
        // A file called "out" stands where FOLDER/out should go: like a read-only share, it cannot be created.
        Files.writeString(in.resolve("out"), "not a folder");
        Map<String, String> before = SamplesEndToEndTest.hashes(in);
        CommandRun r = CommandRun.of("run", in.toString());
        assertEquals(Main.USAGE, r.exitCode(), r.printed());
        assertTrue(r.err().contains("cannot create the output folder") && r.err().contains("-o OUTDIR"), r.err());
        HostileInputsTest.assertNoStackTrace(r.printed());
        assertEquals(before, SamplesEndToEndTest.hashes(in));
    }

    @Test
    void aReadOnlyInputFolderNeedsO() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root can write anywhere; the file-in-the-way test covers the message");
        Path in = Files.createDirectories(tmp.resolve("read only"));
        Files.copy(HostileInputsTest.GOOD, in.resolve("calls.xlsx"));
        in.toFile().setWritable(false);
        try {
            CommandRun r = CommandRun.of("run", in.toString());
            assertEquals(Main.USAGE, r.exitCode(), r.printed());
            assertTrue(r.err().contains("-o OUTDIR"), r.err());
            CommandRun ok = CommandRun.of("run", in.toString(), "-o", tmp.resolve("elsewhere").toString(), "-q");
            assertEquals(Main.OK, ok.exitCode(), ok.printed());
        } finally {
            in.toFile().setWritable(true);
        }
    }
}
