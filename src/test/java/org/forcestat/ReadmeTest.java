package org.forcestat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README.md stays a front page (issue 19: under 10,000 characters) and its links to files all lead somewhere. */
class ReadmeTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");

    @Test
    void theReadmeIsShortAndItsLinksResolve() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.length() < 10_000, "README.md has " + readme.length() + " characters: move detail to docs/");
        List<String> missing = new ArrayList<>();
        Matcher m = LINK.matcher(readme);
        int links = 0;
        while (m.find()) {
            if (!m.group(1).contains("://")) {
                links++;
                if (!Files.exists(Path.of(m.group(1)))) {
                    missing.add(m.group(1));
                }
            }
        }
        assertTrue(links >= 10, "found " + links + " links");
        assertEquals(List.of(), missing, "README.md links to files that are not there");
    }
}
