package org.forcestat.ingest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Times the parts of reading a CSV, one per fresh JVM, for profiling (issue 19), not a test:
 * {@code PHASE FILE} with PHASE one of utf8, bytes, decode, csv (commons-csv), bytes-csv
 * ({@link CsvBytes}), stream ({@link CsvSource} with a handler that does nothing).
 */
public final class CsvPhases {
    private CsvPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long t = System.nanoTime();
        long n = 0;
        switch (args[0]) {
            case "utf8" -> n = CsvSource.firstNonUtf8(file) == null ? 1 : 0;
            case "bytes" -> {
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] b = new byte[1 << 16];
                    int k;
                    while ((k = in.read(b)) > 0) {
                        n += k;
                    }
                }
            }
            case "decode" -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    char[] c = new char[1 << 16];
                    int k;
                    while ((k = r.read(c)) > 0) {
                        n += k;
                    }
                }
            }
            case "csv" -> {
                try (CSVParser p = CSVParser.builder().setReader(new BufferedReader(new InputStreamReader(
                        Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)).setFormat(CSVFormat.DEFAULT).get()) {
                    for (CSVRecord r : p) {
                        n += r.size();
                    }
                }
            }
            case "bytes-csv" -> {
                try (InputStream in = Files.newInputStream(file)) {
                    CsvBytes p = new CsvBytes(in, StandardCharsets.UTF_8, ',');
                    java.util.List<String> f = new java.util.ArrayList<>();
                    while (p.next(f)) {
                        n += f.size();
                    }
                }
            }
            case "stream" -> {
                try (CsvSource s = new CsvSource(file)) {
                    long[] c = {0};
                    s.stream(s.sheets().get(0), row -> c[0] += row.cells().size());
                    n = c[0];
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.printf("%s: %d in %.3f s%n", args[0], n, (System.nanoTime() - t) / 1e9);
    }
}
