package org.forcestat.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sample workbooks of SPEC §8 — the Kent Police slides' figures as the workbooks an
 * analyst or finance officer would keep — and a README describing them. Deterministic: fixed random
 * seeds and fixed document dates, so a rerun writes the same content.
 */
public final class SampleWriter {
    /** The README written beside the workbooks. */
    public static final String README = "README.md";

    private SampleWriter() {
    }

    /**
     * Writes every sample workbook and {@code README.md} into {@code dir}, creating it if needed and
     * replacing files of the same names; each file is written under a temporary name and moved into
     * place.
     *
     * @return the files written: the workbooks in README order, then the README
     */
    public static List<Path> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(CallsPerDayWorkbook.write(dir));
        written.add(CrimesPerDayWorkbook.write(dir));
        written.add(RecordedCrimeWorkbook.write(dir));
        written.add(CsrFinanceWorkbook.write(dir));
        written.add(ThreatRegisterWorkbook.write(dir));
        written.add(writeReadme(dir.resolve(README)));
        return List.copyOf(written);
    }

    private static Path writeReadme(Path file) throws IOException {
        Path temp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, SamplesReadme.text(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }
}
