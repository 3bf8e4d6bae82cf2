package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UTF-8 check skips ASCII eight bytes at a time but still finds the first bad byte and its line. */
class CsvUtf8CheckTest {
    @TempDir
    Path dir;

    private Path file(byte[]... parts) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.write(p);
        }
        return Files.write(dir.resolve("f.csv"), b.toByteArray());
    }

    @Test
    void aBadByteAfterLongAsciiRunsIsFoundOnItsLine() throws Exception {
        byte[] ascii = "Crime ID,Month,Reported by\nabcdefghijklmnopqrstuvwxyz,2018-10,Kent Police\n"
                .getBytes(StandardCharsets.US_ASCII);
        // Line 3: "Caf" then 0xE9 (Windows-1252 for e-acute), which is no UTF-8.
        Path f = file(ascii, "Caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xe9, ',', 'x', '\n'});
        assertEquals(new CsvSource.BadByte(3, 0xe9), CsvSource.firstNonUtf8(f));
    }

    @Test
    void validMultiByteTextAcrossTheEightByteStepsIsUtf8() throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            s.append(i % 7 == 0 ? "Café £12 – €5 \uD83D\uDE00" : "plain ascii text").append(i % 3 == 0 ? "\n" : ",");
        }
        assertNull(CsvSource.firstNonUtf8(file(s.toString().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aSequenceCutShortAtTheEndIsReportedOnTheLastLine() throws Exception {
        Path f = file("a,b\nc,d\ne,".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xe2, (byte) 0x82});
        assertEquals(new CsvSource.BadByte(3, 0xe2), CsvSource.firstNonUtf8(f));
    }
}
