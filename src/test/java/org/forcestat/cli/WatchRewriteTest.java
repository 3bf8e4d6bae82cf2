package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.forcestat.pipeline.RunEngine;
import org.forcestat.pipeline.WatchEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} on a drop folder that a hostile tester changes behind its back. */
class WatchRewriteTest {
    @TempDir
    Path tmp;

    /** Waits (at most two minutes, a guard against a hang, not a timing) until {@code done}. */
    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "gave up waiting for " + what);
            Thread.sleep(50);
        }
    }

    private static double calls(WatchEngine engine) {
        RunEngine.Result r = engine.lastResult();
        return r == null || r.summary().metric("calls.total") == null ? -1 : r.summary().metric("calls.total").value();
    }

    @Test
    void aRewriteKeepingSizeAndModifiedTimeIsNoticed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("drop"));
        Path f = Files.writeString(in.resolve("calls.csv"), DropFolderTest.TWO_DAYS);
        // A FIFO beside it must not hang the watch.
        new ProcessBuilder("mkfifo", in.resolve("x.csv").toString()).start().waitFor();
        StringWriter printed = new StringWriter();
        WatchEngine engine = new WatchEngine(new WatchEngine.Settings(in, tmp.resolve("out"), Duration.ofMillis(100),
                false, null, null, null, null, 2), (summary, threats, target) -> Files.writeString(target, "x"),
                new PrintWriter(printed, true), "test", List.of());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> watching = pool.submit(engine::run);
        try {
            await(() -> calls(engine) == 4215, "the first summary");
            FileTime before = Files.getLastModifiedTime(f);
            // Same length, same modified time, another figure: 3000 + 2215.
            Files.writeString(f, DropFolderTest.TWO_DAYS.replace("2000", "3000"));
            Files.setLastModifiedTime(f, before);
            assertEquals(before, Files.getLastModifiedTime(f));
            await(() -> calls(engine) == 5215, "the rewrite to be noticed");
            assertEquals(2, engine.reads("calls.csv"));
            assertEquals(0, engine.reads("x.csv"));
        } finally {
            engine.stop();
            engine.awaitStop(Duration.ofMinutes(1));
            pool.shutdownNow();
        }
        assertEquals(0, (int) watching.get());
        assertTrue(printed.toString().contains("1 file(s) read, 1 skipped"), printed.toString());
    }
}
