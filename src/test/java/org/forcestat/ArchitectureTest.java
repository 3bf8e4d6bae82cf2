package org.forcestat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Which package of {@code src/main} may use which (docs/architecture.md, "Allowed imports"): read from the source
 * files, both {@code import} lines and fully qualified names in code (comments and string literals aside).
 * A package is the first name after {@code org.forcestat}, so {@code samples.templates} belongs to {@code samples}.
 */
@Execution(ExecutionMode.CONCURRENT)
class ArchitectureTest {
    static final Path MAIN = Path.of("src", "main", "java", "org", "forcestat");

    /** Each package and the packages it may use besides itself; keep in step with docs/architecture.md. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("output", Set.of()),
            Map.entry("format", Set.of("output")),
            Map.entry("ingest", Set.of("model", "format", "output")),
            Map.entry("stats", Set.of("model")),
            Map.entry("threat", Set.of("model", "stats")),
            Map.entry("validate", Set.of("model", "format", "output", "ingest")),
            Map.entry("report", Set.of("model", "format", "output", "stats", "threat")),
            Map.entry("samples", Set.of("model", "format", "output", "ingest")),
            Map.entry("addin", Set.of("format", "output")),
            Map.entry("pipeline", Set.of("model", "format", "output", "ingest", "stats", "threat", "validate", "report",
                    "addin")),
            Map.entry("window", Set.of("model", "format", "output", "ingest", "stats", "threat", "validate", "report",
                    "samples", "pipeline", "addin")),
            Map.entry("cli", Set.of("model", "format", "output", "ingest", "stats", "threat", "validate", "report",
                    "samples", "pipeline", "addin")));

    private static final Pattern USE = Pattern.compile("\\borg\\.forcestat\\.([a-z][a-z0-9_]*)\\b");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])+'");

    /** One use of another package: where, and which package. */
    record Use(String from, String to, String where) {
        @Override
        public String toString() {
            return from + " -> " + to + " at " + where;
        }
    }

    /** The package a main source file belongs to (first name under org/forcestat). */
    static String packageOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    /** The source without comments and string or character literals, line breaks kept. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                out.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                Matcher m = STRING.matcher(source).region(i, n);
                if (m.lookingAt()) {
                    out.append("\"\"");
                    i = m.end();
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Every use of another org.forcestat package in {@code source}, a file of package {@code from}. */
    static List<Use> uses(String from, String file, String source) {
        List<Use> found = new ArrayList<>();
        String[] lines = code(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("package ")) {
                continue;
            }
            Matcher m = USE.matcher(lines[i]);
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    found.add(new Use(from, m.group(1), file + ":" + (i + 1)));
                }
            }
        }
        return found;
    }

    /** The uses that the table does not allow, and packages that it does not know, as lines to print. */
    static List<String> violations(String from, List<Use> uses) {
        List<String> bad = new ArrayList<>();
        Set<String> allowed = ALLOWED.get(from);
        if (allowed == null) {
            bad.add("package " + from + " is not in ArchitectureTest.ALLOWED (nor in docs/architecture.md): add it there");
            return bad;
        }
        for (Use u : uses) {
            if (!allowed.contains(u.to())) {
                bad.add(u.toString());
            }
        }
        return bad;
    }

    private static List<Path> sources() {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java") && MAIN.relativize(p).getNameCount() > 1).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPackageUsesOnlyThePackagesItMay() throws IOException {
        List<Path> files = sources();
        assertTrue(files.size() > 200, "found only " + files.size() + " source files under " + MAIN.toAbsolutePath());
        Set<String> bad = new TreeSet<>();
        for (Path f : files) {
            String from = packageOf(f);
            bad.addAll(violations(from, uses(from, MAIN.relativize(f).toString(), Files.readString(f))));
        }
        assertEquals(Set.of(), bad, "imports against docs/architecture.md:\n" + String.join("\n", bad));
    }

    @Test
    void theForbiddenArrowsOfIssue19AreCaught() {
        // report -> ingest, validate -> report, pipeline -> cli: each found by import and by a qualified name.
        assertEquals(List.of("report -> ingest at Cells.java:3"), violations("report",
                uses("report", "Cells.java", "package org.forcestat.report;\n\nimport org.forcestat.ingest.CellAddress;\n")));
        assertEquals(List.of("validate -> report at A.java:2"), violations("validate",
                uses("validate", "A.java", "package org.forcestat.validate;\nimport static org.forcestat.report.Cells.range;\n")));
        assertEquals(List.of("pipeline -> cli at RunEngine.java:3"), violations("pipeline", uses("pipeline", "RunEngine.java",
                "package org.forcestat.pipeline;\nclass RunEngine {\n    int x = org.forcestat.cli.Main.OK;\n}\n")));
        assertEquals(List.of("package gui is not in ArchitectureTest.ALLOWED (nor in docs/architecture.md): add it there"),
                violations("gui", List.of()));
    }

    @Test
    void commentsAndStringsAreNotUses() {
        String source = "package org.forcestat.validate;\n"
                + "/** See {@link org.forcestat.report.Cells}. */\n"
                + "class A { // org.forcestat.cli.Main\n"
                + "    String s = \"org.forcestat.cli.Main \\\" org.forcestat.report.X\";\n"
                + "    char q = '\"'; /* org.forcestat.cli.Main */ org.forcestat.model.Finding f;\n"
                + "}\n";
        assertEquals(List.of(new Use("validate", "model", "A.java:5")), uses("validate", "A.java", source));
        assertEquals(List.of(), violations("validate", uses("validate", "A.java", source)));
    }
}
