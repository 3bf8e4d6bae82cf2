package org.forcestat.stats;

import java.time.LocalDateTime;
import java.util.List;

/** Facts about the run itself shown on Summary and Sources: force, marking, when, with what options. */
public record RunInfo(String forceName, String marking, LocalDateTime generatedAt, String toolVersion,
                      List<String> options, String inputFolder) {
    public RunInfo {
        options = List.copyOf(options);
    }
}
