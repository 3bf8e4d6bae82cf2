package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.forcestat.model.Kind;

/**
 * The ingest settings of {@code forcestat.properties} in an input folder (SPEC §2.1): extra header
 * synonyms ({@code calls.grading = Call Priority Level|Pri}) and a forced kind per file or per sheet
 * ({@code kind.calls-2015.xlsx = CALLS}, {@code kind.calls-2015.xlsx/Sheet1 = CRIMES}; a space in a
 * sheet name is written {@code \ } as in any properties file). File and sheet names are matched
 * ignoring case; a sheet entry wins over its file's.
 *
 * @param values   every setting as read, for the other stages (suppressions, threat model)
 * @param fileName the settings file's path, for findings about its values
 * @param synonyms extra header synonyms by {@code kind.field}
 * @param forced   layouts allowed by a forced kind, by lower-case {@code file} or {@code file/sheet}
 * @param problems keys whose value forcestat does not understand, for a finding each
 */
public record InputProperties(Properties values, String fileName, Map<String, List<String>> synonyms,
                              Map<String, Set<Layout>> forced, List<String> problems) {
    /** The file name looked for in an input folder. */
    public static final String FILE = "forcestat.properties";

    /** No settings. */
    public static final InputProperties NONE = of(new Properties());

    public InputProperties {
        Properties copy = new Properties();
        copy.putAll(values);
        values = copy;
        synonyms = Map.copyOf(synonyms);
        forced = Map.copyOf(forced);
        problems = List.copyOf(problems);
    }

    /** Reads {@code forcestat.properties} from each folder among the inputs, where there is one. */
    public static InputProperties load(List<Path> inputs) throws IOException {
        Properties all = new Properties();
        String name = FILE;
        for (Path in : inputs) {
            Path props = Files.isDirectory(in) ? in.resolve(FILE) : null;
            if (props == null || !Files.isRegularFile(props)) {
                continue;
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(Files.newInputStream(props), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            all.putAll(p);
            name = name.equals(FILE) ? props.toString() : name;
        }
        return of(all, name);
    }

    public static InputProperties none() {
        return NONE;
    }

    public static InputProperties of(Properties p) {
        return of(p, FILE);
    }

    public static InputProperties of(Properties p, String fileName) {
        Map<String, List<String>> synonyms = new HashMap<>();
        Map<String, Set<Layout>> forced = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String k : p.stringPropertyNames()) {
            String v = p.getProperty(k).trim();
            if (k.matches("(calls|crimes|crime_totals|savings|budget|threats)\\.[a-z_]+")) {
                synonyms.computeIfAbsent(k, x -> new ArrayList<>()).addAll(List.of(v.split("\\|")));
            } else if (k.startsWith("kind.") && k.length() > 5) {
                Set<Layout> layouts = layouts(v);
                if (layouts == null) {
                    problems.add(k + " = " + v);
                } else {
                    forced.put(k.substring(5).trim().toLowerCase(Locale.ROOT), layouts);
                }
            }
        }
        return new InputProperties(p, fileName, synonyms, forced, problems);
    }

    /** Extra header synonyms by {@code kind.field}. */
    public Map<String, List<String>> headerSynonyms() {
        return synonyms;
    }

    /** The layouts a kind name allows: a {@link Kind} (CALLS allows both call layouts) or one {@link Layout}. */
    static Set<Layout> layouts(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Layout l : Layout.values()) {
            if (l.name().equals(v)) {
                return EnumSet.of(l);
            }
        }
        for (Kind k : Kind.values()) {
            if (k.name().equals(v) && k != Kind.UNRECOGNISED) {
                Set<Layout> out = EnumSet.noneOf(Layout.class);
                for (Layout l : Layout.values()) {
                    if (l.kind() == k) {
                        out.add(l);
                    }
                }
                return out;
            }
        }
        return null;
    }

    /** The layouts forced for a sheet (its own entry, else its file's), or null when nothing is forced. */
    public Set<Layout> forcedFor(String file, String sheet) {
        String f = file.toLowerCase(Locale.ROOT);
        Set<Layout> s = forced.get(f + "/" + sheet.toLowerCase(Locale.ROOT));
        return s != null ? s : forced.get(f);
    }
}
