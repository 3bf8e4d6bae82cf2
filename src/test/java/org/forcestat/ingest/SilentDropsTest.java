package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to contribute less than they hold with "0 error(s), 0 warning(s)": now read, or a finding says so. */
class SilentDropsTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());
    private static final LocalDate D1 = LocalDate.of(2015, 4, 1);

    private static List<Finding> of(Partial p, String rule) {
        return p.findings().stream().filter(x -> x.rule().equals(rule)).toList();
    }

    private static long calls(Partial p) {
        return p.calls().dates().stream().mapToLong(d -> p.calls().total(d)).sum();
    }

    private Path bytes(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            b.write(part);
        }
        return Files.write(dir.resolve(name), b.toByteArray());
    }

    @Test
    void excelsUnicodeTextUtf16TabSeparatedIsRead() throws Exception {
        String text = "Date\tImmediate\tAdvice\tTotal calls\r\n01/04/2015\t500\t1,500\t2000\r\n02/04/2015\t215\t2,000\t2215\r\n";
        Path f = bytes("calls.csv", new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE));
        Partial p = reader.read(f);
        assertEquals(4215, calls(p));
        assertEquals(500, p.calls().grading(D1, Grading.IMMEDIATE));
        assertEquals(1500, p.calls().grading(D1, Grading.ADVICE));
        assertEquals(List.of(), p.findings());
    }

    @Test
    void aStrayByteInAHeaderBehindAUtf8MarkIsAWarningAndTheFileIsReadAsWindows1252() throws Exception {
        Path f = bytes("calls.csv", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                "Date,Immediate".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81},
                ",Total calls\n01/04/2015,5,10\n".getBytes(StandardCharsets.US_ASCII));
        Partial p = reader.read(f);
        Finding w = of(p, "CSV_NOT_UTF8").get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("A1", w.cell());
        assertEquals("byte 0x81 on line 1", w.seen());
        // 0x81 is no character in Windows-1252, so the header still reads "Immediate" and its calls count.
        assertEquals(5, p.calls().grading(D1, Grading.IMMEDIATE));
        assertEquals(10, calls(p));
    }

    @Test
    void aWindows1252FileWithAPoundSignIsNoWarning() throws Exception {
        Path f = bytes("savings.csv", "Savings line,Planned ".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xa3}, "\nCall handling review,100\n".getBytes(StandardCharsets.US_ASCII));
        Partial p = reader.read(f);
        assertEquals(Severity.INFO, of(p, "CSV_NOT_UTF8").get(0).severity());
        Path utf8 = Files.writeString(dir.resolve("utf8.csv"), "Savings line,Planned £\nCall handling review,100\n");
        assertEquals(List.of(), of(reader.read(utf8), "CSV_NOT_UTF8"));
    }

    @Test
    void aSavingsStatusTypoIsAWarningNamingIt() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "csr.xlsx", "Savings", row("Savings line", "Status", "Planned"),
                row("Estates", "At rsk", 1_000_000), row("Fleet", "At risk", 500_000), row("Custody", "On track", 200)));
        List<Finding> w = of(p, "UNKNOWN_VALUE");
        assertEquals(1, w.size(), p.findings().toString());
        assertEquals(Severity.WARNING, w.get(0).severity());
        assertTrue(w.get(0).seen().contains("\"At rsk\" x1"), w.get(0).seen());
        assertTrue(w.get(0).message().contains("not at risk"), w.get(0).message());
        Partial clean = reader.read(Fixtures.workbook(dir, "ok.xlsx", "Savings", row("Savings line", "RAG", "Planned"),
                row("Estates", "Red", 1), row("Fleet", "Amber", 1), row("Custody", "Green", 1), row("IT", "Delivered", 1),
                row("HR", "Not started", 1), row("Vehicles", "High risk", 1)));
        assertEquals(List.of(), clean.findings());
    }
}
