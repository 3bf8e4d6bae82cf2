package org.forcestat.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWriterTest {
    private static final List<String> NAMES = List.of("calls-per-day-2014-15.xlsx", "crimes-per-day-2014-15.xlsx",
            "recorded-crime-by-division.xlsx", "csr-finance.xlsx", "threat-register.xlsx", "README.md");

    @Test
    void writesTheFiveWorkbooksAndAReadmeAndNothingElse() throws Exception {
        Path dir = GeneratedSamples.dir();
        assertEquals(NAMES, GeneratedSamples.written().stream().map(p -> p.getFileName().toString()).toList());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(NAMES.size(), files.count(), "no temporary files left behind");
        }
        long size = 0;
        for (String name : NAMES) {
            size += Files.size(dir.resolve(name));
        }
        assertTrue(size < 2_000_000, "samples are small enough to commit: " + size);
        String readme = Files.readString(dir.resolve("README.md"));
        NAMES.stream().filter(n -> n.endsWith(".xlsx")).forEach(n -> assertTrue(readme.contains(n), n));
    }

    @Test
    void everyWorkbookCarriesFixedDocumentProperties() throws Exception {
        for (String name : NAMES.subList(0, 5)) {
            try (XSSFWorkbook workbook = GeneratedSamples.open(name)) {
                POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
                assertEquals("forcestat samples", core.getCreator(), name);
                assertEquals(Instant.parse("2016-06-01T09:00:00Z"), core.getCreated().toInstant(), name);
            }
        }
    }

    /**
     * Byte-identical, not just equal cells: zip entry dates are fixed too. The second run goes into
     * a folder holding a stale sample, which it replaces.
     */
    @Test
    void aSecondRunWritesByteIdenticalFilesOverStaleOnes(@TempDir Path again) throws Exception {
        Files.writeString(again.resolve("csr-finance.xlsx"), "stale");
        SampleWriter.writeAll(again);
        for (String name : NAMES) {
            assertArrayEquals(Files.readAllBytes(GeneratedSamples.dir().resolve(name)),
                    Files.readAllBytes(again.resolve(name)), name);
        }
    }

    /**
     * The committed {@code samples/} folder is what the generator writes. Compared by zip entry
     * contents, not raw bytes, so a JDK whose zlib compresses differently does not fail it.
     */
    @Test
    void committedSamplesAreUpToDate() throws Exception {
        Path committed = Path.of("samples");
        assumeTrue(Files.isDirectory(committed), "no samples/ folder in " + Path.of("").toAbsolutePath());
        for (String name : NAMES) {
            Path fresh = GeneratedSamples.dir().resolve(name);
            Path kept = committed.resolve(name);
            assertTrue(Files.exists(kept), kept + " is missing: regenerate the samples");
            if (name.endsWith(".xlsx")) {
                assertEquals(entries(fresh), entries(kept), name + " is stale: regenerate the samples");
            } else {
                assertEquals(Files.readString(fresh), Files.readString(kept), name + " is stale");
            }
        }
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
