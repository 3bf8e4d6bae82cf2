package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.SourceInfo;
import org.forcestat.pipeline.RunEngine;
import org.forcestat.pipeline.WatchEngine;
import org.forcestat.report.SummaryWorkbookWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch}: files dropped into a folder, some copied slowly, are each read once and all counted. */
@Tag("slow")
class WatchEngineTest {
    @TempDir
    Path tmp;

    /** A calls-per-day workbook holding one day. */
    static byte[] oneDay(LocalDate day, int calls) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            oneDay(wb, day, calls);
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** Adds a "Calls per day" sheet holding one day (a date cell shown dd/mm/yyyy, and its total). */
    static void oneDay(XSSFWorkbook wb, LocalDate day, int calls) {
        var sh = wb.createSheet("Calls per day");
        sh.createRow(0).createCell(0).setCellValue("Date");
        sh.getRow(0).createCell(1).setCellValue("Total calls");
        var style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        var row = sh.createRow(1);
        row.createCell(0).setCellValue(day);
        row.getCell(0).setCellStyle(style);
        row.createCell(1).setCellValue(calls);
    }

    @Test
    void fiftyFilesDroppedSomeSlowlyAreEachReadOnceAndAllCounted() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("drop"));
        Path out = tmp.resolve("out");
        int n = 50;
        List<byte[]> files = new ArrayList<>();
        long expected = 0;
        for (int i = 0; i < n; i++) {
            files.add(oneDay(LocalDate.of(2015, 4, 1).plusDays(i), 100 + i));
            expected += 100 + i;
        }
        StringWriter printed = new StringWriter();
        WatchEngine engine = new WatchEngine(new WatchEngine.Settings(in, out, Duration.ofMillis(200), false, null,
                null, null, null, 2), SummaryWorkbookWriter::write, new PrintWriter(printed, true), "test", List.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> watching = pool.submit(engine::run);
        Future<?> dropping = pool.submit(() -> {
            for (int i = 0; i < n; i++) {
                Path target = in.resolve(String.format("calls day %02d.xlsx", i + 1));
                byte[] b = files.get(i);
                if (i % 5 == 0) {
                    // Copied slowly, in chunks, across polls: never read half-written.
                    try (OutputStream os = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                        int chunk = b.length / 6 + 1;
                        for (int off = 0; off < b.length; off += chunk) {
                            os.write(b, off, Math.min(chunk, b.length - off));
                            os.flush();
                            Thread.sleep(60);
                        }
                    }
                } else {
                    Files.write(target, b);
                    Thread.sleep(20);
                }
            }
            return null;
        });
        dropping.get();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            RunEngine.Result r = engine.lastResult();
            if (r != null && r.summary().sources().size() == n
                    && r.summary().sources().stream().allMatch(s -> s.status() == SourceInfo.Status.READ)
                    && Files.exists(out.resolve(WatchEngine.LATEST))
                    && !org.forcestat.output.AtomicOutput.writing()) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(n, engine.lastResult().summary().sources().size(), "all settled in time");

        // One more file: the summary is rebuilt, and only the new file is read.
        int builds = engine.builds();
        Files.write(in.resolve("calls day 51.xlsx"), oneDay(LocalDate.of(2015, 4, 1).plusDays(n), 1000));
        expected += 1000;
        while (System.currentTimeMillis() < deadline && (engine.builds() == builds || org.forcestat.output.AtomicOutput.writing()
                || !Files.exists(out.resolve(WatchEngine.LATEST)))) {
            Thread.sleep(100);
        }
        Thread.sleep(300); // latest.xlsx is refreshed right after the build
        engine.stop();
        assertEquals(0, (int) watching.get());
        pool.shutdown();

        Map<String, Integer> reads = engine.readCounts();
        assertEquals(n + 1, reads.size(), reads.toString());
        reads.forEach((file, count) -> assertEquals(1, count, file + " read " + count + " times; all: " + reads));
        RunEngine.Result last = engine.lastResult();
        assertNotNull(last);
        assertEquals(expected, SamplesEndToEndTest.readMetrics(last.summaryFile()).get("calls.total"), 0.5);
        assertEquals(expected, SamplesEndToEndTest.readMetrics(out.resolve(WatchEngine.LATEST)).get("calls.total"), 0.5);
        assertEquals(n + 1, last.summary().sources().size());
        assertTrue(printed.toString().contains("Summary written to"), printed.toString());
    }

    @Test
    void onceWaitsForTheFolderReportsBrokenFilesAndKeepsTheSummaryWhenLatestIsLocked() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("drop"));
        Files.copy(HostileInputsTest.GOOD, in.resolve("calls.xlsx"));
        Files.writeString(in.resolve("notes.xlsx"), "text, not a workbook");
        Path out = Files.createDirectories(tmp.resolve("out"));
        // latest.xlsx cannot be replaced (as when it is open in Excel on Windows): here a folder stands in its way.
        Files.createDirectories(out.resolve(WatchEngine.LATEST).resolve("in the way"));
        Map<String, String> before = SamplesEndToEndTest.hashes(in);
        CommandRun r = CommandRun.of("watch", in.toString(), "-o", out.toString(), "--once", "--interval", "100ms");
        assertEquals(Main.UNREADABLE_INPUTS, r.exitCode(), r.printed());
        assertTrue(r.err().contains("notes.xlsx") && r.err().contains("not an Excel workbook"), r.err());
        assertTrue(r.err().contains("latest.xlsx could not be replaced"), r.err());
        assertNotNull(r.summary(), r.printed());
        assertTrue(Files.isRegularFile(r.summary()));
        assertEquals(827_000, r.metrics().get("calls.total"), 1);
        HostileInputsTest.assertNoStackTrace(r.printed());
        assertEquals(before, SamplesEndToEndTest.hashes(in));
    }

    @Test
    void aFileThatCouldNotBeReadIsRetriedOnLaterPollsWithoutChangingItsStamp() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("drop"));
        Path out = tmp.resolve("out");
        byte[] good = oneDay(LocalDate.of(2015, 4, 1), 777);
        Path file = in.resolve("calls.xlsx");
        // Same size and time as the real file but unreadable: what a locked file looks like to the poller.
        Files.write(file, new byte[good.length]);
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        WatchEngine engine = new WatchEngine(new WatchEngine.Settings(in, out, Duration.ofMillis(100), false, null,
                null, null, null, 1), SummaryWorkbookWriter::write, new PrintWriter(new StringWriter()), "test", List.of());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> watching = pool.submit(engine::run);
        long deadline = System.currentTimeMillis() + 60_000;
        while (engine.lastResult() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(Main.UNREADABLE_INPUTS, engine.lastResult().exitCode());
        int before = engine.reads("calls.xlsx");
        Thread.sleep(400);
        assertTrue(engine.reads("calls.xlsx") > before, "retried on later polls");
        assertEquals(1, engine.builds(), "no rebuild while it stays unreadable");
        Files.write(file, good);
        Files.setLastModifiedTime(file, time);
        while (engine.builds() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        engine.stop();
        watching.get();
        pool.shutdown();
        assertEquals(Main.OK, engine.lastResult().exitCode());
        assertEquals(777, SamplesEndToEndTest.readMetrics(engine.lastResult().summaryFile()).get("calls.total"), 0.5);
    }

    @Test
    void helpShowsExamples() throws Exception {
        CommandRun r = CommandRun.of("watch", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("--interval") && r.out().contains("--once") && r.out().contains("Examples"), r.out());
    }
}
