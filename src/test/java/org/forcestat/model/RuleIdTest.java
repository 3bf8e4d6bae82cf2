package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The one rule vocabulary (issue 19): every rule has its words and a line saying what it looks for,
 * and the code that makes findings names its rule by a {@link RuleId} constant, never by a string
 * (read from the sources under {@code src/main}).
 */
@Execution(ExecutionMode.CONCURRENT)
class RuleIdTest {
    static final Path MAIN = Path.of("src", "main", "java");
    static final Path ENUM = MAIN.resolve("org/forcestat/model/RuleId.java");

    /** A string literal shaped like a rule id: capitals, digits, at least one underscore. */
    private static final Pattern ID_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    /** The calls that make or count a finding, up to their opening parenthesis. */
    private static final Pattern FINDING_CALL = Pattern.compile(
            "(?:\\bFinding\\s*\\.\\s*of|\\bnew\\s+(?:org\\.forcestat\\.model\\.)?Finding|\\.\\s*(?:finding|add|info|addParts|has|count))\\s*\\(");

    @Test
    void everyRuleHasItsWordsAndOneLineSayingWhatItLooksFor() {
        for (RuleId r : RuleId.values()) {
            assertFalse(r.words().isBlank(), r + " has no words");
            assertFalse(r.words().endsWith("."), r + "'s words are a label, not a sentence: " + r.words());
            assertTrue(RuleWords.listed(r.id()), r.id());
            assertEquals(r.words(), RuleWords.of(r.id()));
            assertTrue(r.description().length() > 20, r + "'s description says too little: " + r.description());
            assertTrue(r.description().endsWith(".") && !r.description().contains("\n"),
                    r + "'s description is one sentence on one line: " + r.description());
            assertTrue(Character.isUpperCase(r.description().charAt(0)), r.description());
        }
    }

    @Test
    void anIdIsTheConstantsNameAndFindsItsRule() {
        assertEquals("MERGED_CATEGORY", RuleId.MERGED_CATEGORY.id());
        assertSame(RuleId.AUDIT_TYPED_TOTAL, RuleId.byId("AUDIT_TYPED_TOTAL"));
        assertNull(RuleId.byId("NO_SUCH_RULE"));
        assertNull(RuleId.byId(null));
        // as written: a suppress line matches ids case-insensitively itself, the vocabulary does not guess
        assertNull(RuleId.byId("merged_category"));
        assertEquals(Severity.ERROR, RuleId.AUDIT_CIRCULAR.severity());
        assertEquals("Combined crime category", RuleId.MERGED_CATEGORY.words());
    }

    @Test
    void theRulesAreInAlphabeticalOrderSoANewOneHasOnePlace() {
        List<String> ids = Arrays.stream(RuleId.values()).map(RuleId::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    /** Each main source file's code, comments blanked out (string literals kept), by path. */
    static Map<Path, String> mainSources() throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                out.put(p, withoutComments(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** The source with its comments replaced by spaces (line breaks kept), string and char literals untouched. */
    static String withoutComments(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                b.append(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, s.length());
                b.append(s, i, j);
                i = j;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    b.append(' ');
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) {
                    b.append(s.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The arguments of the call whose '(' is at {@code open}, split at top-level commas. */
    static List<String> arguments(String code, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                i = j;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    args.add(code.substring(start, i).strip());
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(code.substring(start, i).strip());
                start = i + 1;
            }
        }
        return args;
    }

    static int line(String code, int at) {
        return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * Where {@code src/main} names a rule by a string: a literal that is a rule's id anywhere outside
     * {@link RuleId}, or an id-shaped literal among the first two arguments of a call that makes or
     * counts a finding (a rule not in the vocabulary yet). Each as "file:line: literal".
     */
    static List<String> bareRuleIds(Map<Path, String> sources) {
        Set<String> ids = Arrays.stream(RuleId.values()).map(RuleId::id).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        sources.forEach((p, code) -> {
            if (p.equals(ENUM)) {
                return;
            }
            Set<Integer> reported = new TreeSet<>();
            Matcher lit = ID_LITERAL.matcher(code);
            while (lit.find()) {
                if (ids.contains(lit.group(1)) && reported.add(lit.start())) {
                    out.add(MAIN.relativize(p) + ":" + line(code, lit.start()) + ": " + lit.group());
                }
            }
            Matcher call = FINDING_CALL.matcher(code);
            while (call.find()) {
                List<String> args = arguments(code, call.end() - 1);
                for (int a = 0; a < Math.min(2, args.size()); a++) {
                    Matcher m = ID_LITERAL.matcher(args.get(a));
                    while (m.find()) {
                        int at = code.indexOf(m.group(), call.end() - 1);
                        if (reported.add(at)) {
                            out.add(MAIN.relativize(p) + ":" + line(code, at) + ": " + m.group());
                        }
                    }
                }
            }
        });
        return out;
    }

    @Test
    void codeThatMakesAFindingNamesItsRuleNotAString() throws IOException {
        Map<Path, String> sources = mainSources();
        assertTrue(sources.size() > 100, "read the main sources: " + sources.size());
        List<String> bare = bareRuleIds(sources);
        assertEquals(List.of(), bare, "rule ids written as strings in src/main: name the rule as RuleId.ID instead "
                + "(a new rule is a new constant of model/RuleId, with its words and what it looks for)");
    }

    @Test
    void theSourceCheckFindsARuleWrittenAsAString() {
        Path p = MAIN.resolve("org/forcestat/ingest/Example.java");
        String code = withoutComments("""
                class Example {
                    // a comment may name "BLANK_ROWS"
                    void check(SheetContext ctx) {
                        ctx.finding(Severity.WARNING, "BLANK_ROWS", "A5", "", "", "m");
                        out.add(Finding.of(Severity.INFO,
                                "SOME_NEW_RULE").at("a.xlsx", "", "").message("m"));
                        out.add(new org.forcestat.model.Finding(Severity.INFO, "OTHER_NEW_RULE", "", "", "", "", "", "m"));
                        ctx.finding(Severity.WARNING, RuleId.BLANK_ROWS, "A5", "", "A_CELL_TEXT", "m");
                        String log = System.getenv("LOG4J_CONFIGURATION_FILE");
                    }
                }
                """);
        assertEquals(List.of("org/forcestat/ingest/Example.java:4: \"BLANK_ROWS\"",
                        "org/forcestat/ingest/Example.java:6: \"SOME_NEW_RULE\"",
                        "org/forcestat/ingest/Example.java:7: \"OTHER_NEW_RULE\""),
                bareRuleIds(Map.of(p, code)).stream().map(s -> s.replace('\\', '/')).toList());
    }

    @Test
    void everyRuleIsNamedByTheCode() throws IOException {
        String all = String.join("\n", mainSources().entrySet().stream()
                .filter(e -> !e.getKey().equals(ENUM)).map(Map.Entry::getValue).toList());
        Set<String> unnamed = new TreeSet<>();
        for (RuleId r : RuleId.values()) {
            if (!Pattern.compile("\\bRuleId\\s*\\.\\s*" + r.id() + "\\b").matcher(all).find()) {
                unnamed.add(r.id());
            }
        }
        assertEquals(Set.of(), unnamed, "rules no code gives: remove them, or give them");
    }

    /**
     * The severity written where a finding is made is never above its rule's: a {@code Severity.X}
     * followed by a {@code RuleId.Y} (or by {@code ID}, in an audit rule whose ID is a RuleId's).
     */
    static List<String> severitiesAboveTheRules(Map<Path, String> sources) {
        Pattern named = Pattern.compile("Severity\\s*\\.\\s*(ERROR|WARNING|INFO)\\s*,\\s*(?:RuleId\\s*\\.\\s*([A-Z0-9_]+)|(ID)\\b)");
        Pattern ownId = Pattern.compile("\\bString\\s+ID\\s*=\\s*RuleId\\s*\\.\\s*([A-Z0-9_]+)\\s*\\.\\s*id\\(\\)");
        List<String> out = new ArrayList<>();
        sources.forEach((p, code) -> {
            Matcher own = ownId.matcher(code);
            String id = own.find() ? own.group(1) : null;
            Matcher m = named.matcher(code);
            while (m.find()) {
                String rule = m.group(2) != null ? m.group(2) : id;
                RuleId r = rule == null ? null : RuleId.byId(rule);
                if (r != null && Severity.valueOf(m.group(1)).compareTo(r.severity()) < 0) {
                    out.add(MAIN.relativize(p) + ":" + line(code, m.start()) + ": " + m.group(1) + " under " + r.id()
                            + ", whose findings are at most " + r.severity());
                }
            }
        });
        return out;
    }

    @Test
    void noFindingIsMoreSevereThanItsRuleSays() throws IOException {
        Map<Path, String> sources = mainSources();
        assertEquals(List.of(), severitiesAboveTheRules(sources),
                "raise the rule's severity in model/RuleId, or lower the finding's");
        // the check reads both forms
        Map<Path, String> example = Map.of(MAIN.resolve("x/Example.java"), """
                static final String ID = RuleId.AUDIT_EXTERNAL_LINK.id();
                out.add(Severity.ERROR, ID, s, "A1", "", "", "m");
                Finding.of(Severity.ERROR, RuleId.MERGED_CATEGORY);
                Finding.of(Severity.INFO, RuleId.TOTAL_MISMATCH);
                """);
        assertEquals(2, severitiesAboveTheRules(example).size(), severitiesAboveTheRules(example).toString());
    }
}
