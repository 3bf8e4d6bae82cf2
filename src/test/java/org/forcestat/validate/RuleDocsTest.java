package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The list of the audit's rules in {@code docs/audit.md} (between the two markers, and in README.md
 * too if it ever holds them) is generated from {@link Rule}, so each rule's id, severity and one-line
 * description are written once, in the enum. After changing the enum, regenerate the list with
 * {@code -Dforcestat.docs.update=true} on this test.
 */
class RuleDocsTest {
    static final Path FILE = Path.of("docs/audit.md");
    static final Path README = Path.of("README.md");
    static final String START = "<!-- generated from validate/Rule by RuleDocsTest: do not edit by hand -->\n";
    static final String END = "<!-- end of the generated rule list -->\n";

    /** {@code text} with what lies between the markers replaced by {@code list}. */
    static String withList(String text, String list) {
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "no generated rule list between the markers");
        return text.substring(0, start + START.length()) + list + text.substring(end);
    }

    @Test
    void theCommittedRuleListIsTheEnums() throws Exception {
        check(FILE);
        if (Files.readString(README, StandardCharsets.UTF_8).contains(START)) {
            check(README);
        }
    }

    private static void check(Path file) throws Exception {
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        String now = withList(committed, Rule.markdown());
        if (Boolean.getBoolean("forcestat.docs.update")) {
            Files.writeString(file, now, StandardCharsets.UTF_8);
            committed = now;
        }
        assertEquals(now, committed, file + "'s rule list is not the one Rule gives: regenerate it with "
                + "-Dforcestat.docs.update=true");
    }

    @Test
    void onlyTheBlockBetweenTheMarkersIsReplaced() {
        String text = "# Audit\n\nintro\n" + START + "| old |\n" + END + "after\n";
        assertEquals("# Audit\n\nintro\n" + START + "| new |\n" + END + "after\n", withList(text, "| new |\n"));
    }
}
