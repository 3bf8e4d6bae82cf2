package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule a finding can carry has plain words for the Validation sheet. */
class RuleWordsTest {
    /** A rule id as findings are made with it: in a line that names a Severity, a failure Cause or a rule ID. */
    private static final Pattern ID = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    @Test
    void everyRuleIdInTheSourcesHasWords() throws Exception {
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (!line.contains("Severity.") && !line.contains("ID = ") && !line.matches("\\s*[A-Z_]+\\(\"FILE_.*")) {
                        continue;
                    }
                    Matcher m = ID.matcher(line);
                    while (m.find()) {
                        seen++;
                        if (!RuleWords.listed(m.group(1))) {
                            missing.add(m.group(1) + " (" + p.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(seen > 50, "found the rule ids: " + seen);
        assertTrue(missing.isEmpty(), "rules without words in rule-words.properties: " + missing);
    }

    @Test
    void aRuleIsShownInWordsWithItsIdForSuppressLines() {
        assertEquals("Combined crime category (MERGED_CATEGORY)", RuleWords.shown("MERGED_CATEGORY"));
        assertEquals("Incomplete workbook", RuleWords.of("FILE_DAMAGED"));
        // an id not listed still reads as words, never as a bare code
        assertEquals("Some new rule (SOME_NEW_RULE)", RuleWords.shown("SOME_NEW_RULE"));
        assertEquals("", RuleWords.shown(""));
    }
}
