package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md}, the list of every rule a finding can be given under, is generated from
 * {@link RuleId}, so each rule's id, words, severity and description are written once, in the enum.
 * After changing the enum, regenerate it with
 * {@code mvn -B -o test -Dtest=RuleIdDocsTest -Dforcestat.docs.update=true}.
 */
class RuleIdDocsTest {
    static final Path FILE = Path.of("docs/rules.md");

    static String page() {
        return "# Every rule\n\n"
                + "Generated from `model/RuleId` by `RuleIdDocsTest` (do not edit by hand: after changing the enum, run\n"
                + "`mvn -B -o test -Dtest=RuleIdDocsTest -Dforcestat.docs.update=true`).\n\n"
                + "Every finding forcestat gives, in `run`, `watch` and `validate`, is under one of these rules. The\n"
                + "Validation sheet shows a rule in words with its id beside it; `validate` shows the id. A finding\n"
                + "you have checked and accept is suppressed by its id in `forcestat.properties`, for one cell, a\n"
                + "range, a column or a whole sheet (`suppress.AUDIT_TYPED_TOTAL.Savings!F14 = agreed one-off`; `*`\n"
                + "for the whole sheet): it stays listed, marked with your reason. \"At most\" is the most severe\n"
                + "finding the rule gives; an Error that is not suppressed makes `run` and `validate` exit with 1.\n"
                + "The formula audit's rules are described in more detail in [audit.md](audit.md).\n\n"
                + RuleId.markdown();
    }

    @Test
    void theCommittedListOfRulesIsTheEnums() throws Exception {
        String now = page();
        if (Boolean.getBoolean("forcestat.docs.update")) {
            Files.writeString(FILE, now, StandardCharsets.UTF_8);
        }
        assertEquals(now, Files.readString(FILE, StandardCharsets.UTF_8), FILE + " is not the list RuleId gives: "
                + "regenerate it with mvn -B -o test -Dtest=RuleIdDocsTest -Dforcestat.docs.update=true");
    }
}
