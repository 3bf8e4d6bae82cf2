package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of Excel's maximum 1,048,576 rows (a header and 1,048,575 calls), generated as raw sheet XML
 * in a second or two, is read by the real command line in the test JVM's default heap; the rows are
 * streamed, so memory does not grow with them. Takes about 15-40 s on two shared cores.
 */
@Tag("slow")
class MaxRowsTest {
    static final int ROWS = 1_048_576;

    @TempDir
    Path tmp;

    @Test
    void aSheetOfTheMaximumRowCountIsStreamedAndCounted() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path file = in.resolve("every call 2014-15.xlsx");
        double start = 41730; // 01/04/2014 as an Excel serial date
        double step = 365.0 / (ROWS - 1);
        MinimalXlsx.write(file, w -> {
            w.write(MinimalXlsx.HEAD + "<worksheet xmlns=\"" + MinimalXlsx.MAIN + "\"><sheetData>");
            w.write(MinimalXlsx.row(1, "Received", "Grading"));
            StringBuilder b = new StringBuilder(96);
            for (int r = 2; r <= ROWS; r++) {
                b.setLength(0);
                // Shared strings 0..4: one grading per call, in turn.
                b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" s=\"1\"><v>")
                        .append(start + (r - 2) * step).append("</v></c><c r=\"B").append(r).append("\" t=\"s\"><v>")
                        .append(r % 5).append("</v></c></row>");
                w.append(b);
            }
            w.write("</sheetData></worksheet>");
        }, "Immediate", "High", "Appointment", "Advice", "Crime report");
        Map<String, String> before = SamplesEndToEndTest.hashes(in);
        long t0 = System.nanoTime();
        CommandRun r = CommandRun.of("run", in.toString(), "-o", tmp.resolve("out").toString(), "--quiet");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(Main.OK, r.exitCode(), r.printed());
        Map<String, Double> m = r.metrics();
        assertEquals(ROWS - 1, m.get("calls.total"), 0.5);
        assertEquals((ROWS - 1) / 5, m.get("calls.grading.advice.total"), 1);
        assertTrue(seconds < 120, "took " + seconds + " s");
        assertEquals(before, SamplesEndToEndTest.hashes(in));
    }
}
