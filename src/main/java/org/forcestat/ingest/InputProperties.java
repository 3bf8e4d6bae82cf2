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
 * @param valueMap the user's own values mapped to forcestat's ({@code value.grading.P1\ -\ Emergency = Immediate})
 * @param issues   each problem as a warning: the key as written, and what was expected
 */
public record InputProperties(Properties values, String fileName, Map<String, List<String>> synonyms,
                              Map<String, Set<Layout>> forced, List<String> problems, ValueMap valueMap,
                              List<Issue> issues) {
    /** A setting forcestat does not understand: {@code key = value}, what it expected, and why. */
    public record Issue(String setting, String expected, String message) {
    }

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
        issues = List.copyOf(issues);
    }

    /**
     * Reads {@code forcestat.properties} from each folder among the inputs and, for a file named on
     * the command line, from the folder it is in (each folder once, in the order given; a later
     * folder's setting wins). When files are named and none of their folders has one, the working
     * directory's is read, so {@code forcestat run calls.xlsx} uses the settings beside it either way.
     */
    public static InputProperties load(List<Path> inputs) throws IOException {
        return load(inputs, Path.of("").toAbsolutePath());
    }

    /** As {@link #load(List)}, with the working directory given (for tests). */
    public static InputProperties load(List<Path> inputs, Path workingDirectory) throws IOException {
        java.util.LinkedHashSet<Path> candidates = new java.util.LinkedHashSet<>();
        boolean filesNamed = false;
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                candidates.add(in.toAbsolutePath().normalize().resolve(FILE));
            } else {
                filesNamed = true;
                Path dir = in.toAbsolutePath().normalize().getParent();
                if (dir != null) {
                    candidates.add(dir.resolve(FILE));
                }
            }
        }
        if (filesNamed && candidates.stream().noneMatch(Files::isRegularFile) && workingDirectory != null) {
            candidates.add(workingDirectory.toAbsolutePath().normalize().resolve(FILE));
        }
        Properties all = new Properties();
        String name = FILE;
        for (Path props : candidates) {
            if (!Files.isRegularFile(props)) {
                continue;
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(Files.newInputStream(props), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            rereadNamedKeys(p, Files.readAllLines(props, StandardCharsets.UTF_8));
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

    private static final String KINDS = "CALLS, CRIMES, CRIME_TOTALS, SAVINGS, BUDGET, FACTS or THREATS";

    public static InputProperties of(Properties p, String fileName) {
        Map<String, List<String>> synonyms = new HashMap<>();
        Map<String, Set<Layout>> forced = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        ValueMap valueMap = new ValueMap();
        for (String k : new java.util.TreeSet<>(p.stringPropertyNames())) {
            String v = p.getProperty(k).trim();
            String setting = k + " = " + v;
            java.util.regex.Matcher header = java.util.regex.Pattern
                    .compile("(calls|crimes|crime_totals|savings|budget|threats)\\.([a-z_]+)").matcher(k);
            if (header.matches()) {
                if (!fieldOf(header.group(1), header.group(2))) {
                    problems.add(setting);
                    issues.add(new Issue(setting, "a field of " + header.group(1) + ": " + fieldsOf(header.group(1)),
                            "'" + k + "' names no column forcestat reads for " + header.group(1) + ", so it was ignored. "
                                    + "Use one of: " + fieldsOf(header.group(1)) + "."));
                }
                synonyms.computeIfAbsent(k, x -> new ArrayList<>()).addAll(List.of(v.split("\\|")));
            } else if (k.startsWith("kind.") && k.length() > 5) {
                Set<Layout> layouts = layouts(v);
                if (layouts == null) {
                    problems.add(setting);
                    issues.add(new Issue(setting, "kind.FILE[/SHEET] = " + KINDS, "The setting '" + setting + "' in "
                            + FILE + " names no kind forcestat knows; it was ignored. Use one of " + KINDS + "."));
                } else {
                    forced.put(k.substring(5).trim().toLowerCase(Locale.ROOT), layouts);
                }
            } else if (k.startsWith("value.")) {
                int dot = k.indexOf('.', 6);
                String expected = dot < 0 ? "value.grading.YOUR\\ VALUE = Immediate (or value.channel, value.category, "
                        + "value.status)" : valueMap.add(k.substring(6, dot), k.substring(dot + 1), v);
                if (dot > 0 && k.substring(dot + 1).isBlank()) {
                    expected = "a value after value." + k.substring(6, dot) + ".";
                }
                if (expected != null) {
                    problems.add(setting);
                    issues.add(new Issue(setting, expected, "forcestat does not understand the setting '" + setting
                            + "' in " + FILE + "; it was ignored. Expected " + expected + ". Write a space in the value "
                            + "being mapped as '\\ ' (value.grading.P1\\ -\\ Emergency = Immediate)."));
                }
            } else if (!understoodElsewhere(k)) {
                problems.add(setting);
                issues.add(new Issue(setting, "a setting of the README's forcestat.properties section",
                        "forcestat does not understand the setting '" + k + "' in " + FILE + "; it was ignored. "
                                + "Check its spelling against the README (header names: calls.grading = ...; values: "
                                + "value.grading.P1 = Immediate; kinds: kind.FILE = CRIMES; suppress.RULE.Sheet!A1 = why)."));
            }
        }
        return new InputProperties(p, fileName, synonyms, forced, problems, valueMap, issues);
    }

    /** Keys other stages read and check themselves: suppressions and the threat scoring model. */
    private static boolean understoodElsewhere(String k) {
        return k.startsWith("suppress.") || k.startsWith("threat.weight.") || k.startsWith("threat.rag.")
                || k.startsWith("threat.confidence.") || k.startsWith("threat.evidence.");
    }

    private static boolean fieldOf(String kind, String field) {
        for (Layout l : Layout.values()) {
            if (l.kind().name().equalsIgnoreCase(kind) && l.synonyms().containsKey(field)) {
                return true;
            }
        }
        return false;
    }

    private static String fieldsOf(String kind) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Layout l : Layout.values()) {
            if (l.kind().name().equalsIgnoreCase(kind) && l != Layout.MONTH_COLUMNS) {
                out.addAll(l.synonyms().keySet());
            }
        }
        return String.join(", ", out);
    }

    /** Each setting forcestat does not understand, as a warning naming it. */
    public List<org.forcestat.model.Finding> findings() {
        List<org.forcestat.model.Finding> out = new ArrayList<>();
        for (Issue i : issues) {
            out.add(new org.forcestat.model.Finding(org.forcestat.model.Severity.WARNING, org.forcestat.model.RuleId.SETTING_UNKNOWN.id(), FILE, "",
                    "", i.setting(), i.expected(), i.message()));
        }
        return out;
    }

    /**
     * Re-reads the keys that name a sheet, a cell range or a user's value ({@code kind.},
     * {@code suppress.}, {@code value.}) from the file's lines: a properties key ends at its first
     * unescaped space, '=' or ':', so {@code suppress.RULE.Budget 2016!K8:K11 = why} would lose its
     * sheet name or its range. On these lines the key runs to the '=' (for suppressions, the first
     * '=' after the cell), spaces and colons included.
     */
    static void rereadNamedKeys(Properties p, List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            if (!(line.startsWith("kind.") || line.startsWith("suppress.") || line.startsWith("value."))
                    || line.endsWith("\\")) {
                continue;
            }
            int bang = line.startsWith("suppress.") ? line.indexOf('!') : 0;
            int eq = line.indexOf('=', Math.max(bang, 0));
            while (eq > 0 && line.charAt(eq - 1) == '\\') {
                eq = line.indexOf('=', eq + 1);
            }
            if (eq < 0) {
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new java.io.StringReader(line));
            } catch (IOException | IllegalArgumentException e) {
                continue;
            }
            String key = unescape(line.substring(0, eq).strip());
            String value = unescape(line.substring(eq + 1).strip());
            for (String parsed : one.stringPropertyNames()) {
                if (!parsed.equals(key) && one.getProperty(parsed).equals(p.getProperty(parsed))) {
                    p.remove(parsed);
                }
            }
            p.setProperty(key, value);
        }
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
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
