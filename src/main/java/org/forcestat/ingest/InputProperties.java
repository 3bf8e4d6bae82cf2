package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code forcestat.properties} of an input folder (SPEC §2.1): header mappings, forced kinds,
 * suppressions and threat-model settings. Read as UTF-8; absent means no settings.
 */
public record InputProperties(Properties values, String fileName) {
    public static final String FILE = "forcestat.properties";

    public static InputProperties none() {
        return new InputProperties(new Properties(), FILE);
    }

    /** The properties of the first input folder that has a {@code forcestat.properties}. */
    public static InputProperties load(List<Path> inputs) throws IOException {
        for (Path in : inputs) {
            Path file = Files.isDirectory(in) ? in.resolve(FILE) : null;
            if (file != null && Files.isRegularFile(file)) {
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                return new InputProperties(p, file.toString());
            }
        }
        return none();
    }

    /** Header synonyms such as {@code calls.grading = Call Priority Level} ({@code |} separates several). */
    public Map<String, List<String>> headerSynonyms() {
        Map<String, List<String>> out = new HashMap<>();
        for (String k : values.stringPropertyNames()) {
            if (k.matches("(calls|crimes|crime_totals|savings|budget|threats)\\.[a-z_]+")) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(List.of(values.getProperty(k).split("\\|")));
            }
        }
        return out;
    }
}
