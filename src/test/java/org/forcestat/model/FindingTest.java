package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class FindingTest {
    @Test
    void theBuilderNamesEachPartOfTheEightStringConstructor() {
        Finding built = Finding.of(Severity.ERROR, "THREAT_SCORE_RANGE").at("threats.xlsx", "Register", "D7")
                .seen("7").expected("a number from 1 to 5").message("Harm 7 is outside the scale 1 to 5.");
        assertEquals(new Finding(Severity.ERROR, "THREAT_SCORE_RANGE", "threats.xlsx", "Register", "D7", "7",
                "a number from 1 to 5", "Harm 7 is outside the scale 1 to 5."), built);
        assertEquals("threats.xlsx, Register!D7", built.location());
        assertFalse(built.suppressed());
    }

    @Test
    void partsNotGivenAreEmpty() {
        Finding f = Finding.of(Severity.WARNING, "FILE_SKIPPED").at("notes.txt", "", "").message("Skipped.");
        assertEquals(new Finding(Severity.WARNING, "FILE_SKIPPED", "notes.txt", "", "", "", "", "Skipped."), f);
        assertEquals("", f.seen());
        assertEquals("", f.expected());
        assertEquals("notes.txt", f.location());
    }

    @Test
    void aSourceStatusIsWrittenAsTheWordTheSourcesSheetAlwaysShowed() {
        assertEquals("read", SourceInfo.Status.READ.label());
        assertEquals("skipped", SourceInfo.Status.SKIPPED.label());
        assertEquals("unreadable", SourceInfo.Status.UNREADABLE.label());
        assertEquals("duplicate", SourceInfo.Status.DUPLICATE.label());
    }

    /** Issue 19: findings in src/main are built part by part, not with eight strings in a row. */
    @Test
    void mainCodeBuildsFindingsWithTheBuilder() throws IOException {
        Path main = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> calls = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org", "forcestat", "model", "Finding.java")))
                    .filter(f -> read(f).contains("new Finding("))
                    .map(f -> main.relativize(f).toString()).toList();
            assertEquals(List.of(), calls);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
