package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The byte-level CSV splitter gives the records commons-csv gives (CSVFormat.DEFAULT, empty lines
 * kept), on hand-picked cases and on 10,000 random snippets of the characters that matter, read
 * through buffers from 1 byte up so every field and line end falls across a buffer's edge.
 */
class CsvBytesTest {
    private static List<List<String>> ours(String text, Charset cs, char delimiter, int buffer) throws IOException {
        CsvBytes p = new CsvBytes(new ByteArrayInputStream(text.getBytes(cs)), cs, delimiter, buffer);
        List<List<String>> out = new ArrayList<>();
        List<String> f = new ArrayList<>();
        while (p.next(f)) {
            out.add(List.copyOf(f));
        }
        return out;
    }

    private static List<List<String>> commons(String text, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                out.add(List.of(r.values()));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException(e);
        }
        return out;
    }

    @Test
    void handPickedCases() throws IOException {
        assertEquals(List.of(), ours("", StandardCharsets.UTF_8, ',', 64));
        assertEquals(List.of(List.of("a", "b"), List.of("c", "")), ours("a,b\r\nc,\n", StandardCharsets.UTF_8, ',', 64));
        assertEquals(List.of(List.of("a"), List.of(""), List.of("b")), ours("a\n\nb", StandardCharsets.UTF_8, ',', 64));
        assertEquals(List.of(List.of("On or near \"The Mall\", Leeds", "x")),
                ours("\"On or near \"\"The Mall\"\", Leeds\" ,x\n", StandardCharsets.UTF_8, ',', 3));
        assertEquals(List.of(List.of("line\r\nbreak", "a\"b")), ours("\"line\r\nbreak\",a\"b", StandardCharsets.UTF_8, ',', 1));
        assertEquals(List.of(List.of("£1,234.50", "€5")), ours("\"£1,234.50\";€5", Charset.forName("windows-1252"), ';', 2));
        assertEquals(List.of(List.of("é", "ü")), ours("é\tü", StandardCharsets.UTF_8, '\t', 1));
        assertThrows(IOException.class, () -> ours("\"open,a\n", StandardCharsets.UTF_8, ',', 64));
        assertThrows(IOException.class, () -> ours("\"a\"b,c\n", StandardCharsets.UTF_8, ',', 64));
    }

    @Test
    void randomSnippetsSplitAsCommonsCsvSplitsThem() throws IOException {
        Random rnd = new Random(4180);
        String alphabet = "ab,,\"\"\n\r ;\té£";
        int compared = 0;
        int failures = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(24);
            for (int j = 0; j < len; j++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = b.toString();
            char delimiter = i % 3 == 0 ? ';' : ',';
            // Tiny buffers put every field and line end across a buffer's edge; large ones let whole
            // records be read by the plain-record path.
            int buffer = i % 2 == 0 ? 1 + rnd.nextInt(8) : 24 + rnd.nextInt(64);
            List<List<String>> want;
            try {
                want = commons(text, delimiter);
            } catch (IOException e) {
                failures++;
                assertThrows(IOException.class, () -> ours(text, StandardCharsets.UTF_8, delimiter, buffer),
                        () -> "commons-csv fails on " + show(text) + ": " + e.getCause());
                continue;
            }
            assertEquals(want, ours(text, StandardCharsets.UTF_8, delimiter, buffer), () -> show(text));
            compared++;
        }
        // Both outcomes are well represented (worked out from the seed, not assumed).
        assertEquals(10_000, compared + failures);
        org.junit.jupiter.api.Assertions.assertTrue(compared > 3_000 && failures > 300, compared + "/" + failures);
    }

    private static String show(String s) {
        return "[" + s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "]";
    }

    /** Each record's hash, ASCII test and line, as the parser reports them after reading it. */
    private static List<String> traces(String text, int buffer) throws IOException {
        CsvBytes p = new CsvBytes(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, ',', buffer);
        List<String> out = new ArrayList<>();
        while (p.record()) {
            out.add(p.fields() + " " + p.rawHash() + " " + p.rawAscii() + " " + p.line());
        }
        return out;
    }

    @Test
    void plainAndQuotedRecordsReportTheSameHashesAndLinesWhateverTheBuffer() throws IOException {
        Random rnd = new Random(77);
        StringBuilder b = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r"};
        for (int i = 0; i < 2_000; i++) {
            b.append(i).append(",On or near ").append(rnd.nextInt(100));
            if (i % 7 == 0) {
                b.append(",\"Quoted, with \"\"marks\"\"\"");
            }
            if (i % 11 == 0) {
                b.append(",\"two\nlines\"");
            }
            b.append(i % 13 == 0 ? ",caf\u00e9" : ",x").append(ends[rnd.nextInt(3)]);
        }
        String text = b.toString();
        // One byte at a time, no record is ever whole in the buffer: the general path reads them all.
        List<String> general = traces(text, 1);
        assertEquals(2_000, general.size());
        // The last record's line: 2,000 line ends plus the 182 quoted line breaks (every 11th record from 0).
        assertEquals("3 " + general.get(1999).split(" ")[1] + " true " + (2_000 + 182 + 1), general.get(1999));
        for (int buffer : new int[] {7, 64, 100, 1 << 16}) {
            assertEquals(general, traces(text, buffer), "buffer " + buffer);
        }
    }
}
