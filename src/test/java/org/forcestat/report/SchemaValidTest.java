package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel repairs, or refuses, a file whose parts break the schemas, where LibreOffice and POI
 * forgive; there is no Excel here, so every part of a full summary is checked against the
 * complete ECMA-376 schemas instead (poi-ooxml-full, in a JVM of its own so that it does not
 * shadow the schema subset forcestat ships with).
 */
@Tag("slow")
class SchemaValidTest {
    @TempDir
    Path dir;

    @Test
    void everyPartOfTheSummaryIsValidAgainstTheOfficeSchemas() throws Exception {
        String full = System.getProperty("forcestat.ooxml.full", "");
        Assumptions.assumeTrue(full.endsWith(".jar") && Files.isRegularFile(Path.of(full)),
                "poi-ooxml-full jar not given (run through Maven)");
        Path xlsx = dir.resolve("summary.xlsx");
        SummaryWorkbookWriter.write(SummaryFixture.full(), ThreatSheetWriterTest.sample(), xlsx);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = full + File.pathSeparator + System.getProperty("java.class.path");
        Process p = new ProcessBuilder(java, "-cp", classPath, SchemaCheck.class.getName(), xlsx.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        // 11 sheets, the workbook, styles, shared strings, and the tables, drawings and charts the fixture has
        assertTrue(lines.stream().filter(l -> l.startsWith("xl/worksheets/")).count() == 11, out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("xl/charts/chart")), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("xl/tables/table")), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("xl/drawings/drawing")), out);
        assertTrue(lines.stream().allMatch(l -> l.endsWith(" valid")), out);
    }
}
