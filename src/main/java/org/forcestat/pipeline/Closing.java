package org.forcestat.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;
import org.forcestat.stats.Summary;

/**
 * The closing lines of {@code run} and {@code watch}: what was read and what was not ("3 file(s) read,
 * 1 unreadable, 2 copies not read again"), the findings by severity, and each line made safe to print
 * (control characters in file names cannot forge a line).
 */
public final class Closing {
    private Closing() {
    }

    /** "N file(s) read" and, where there are any, the unreadable, duplicate and skipped files. */
    public static String files(List<SourceInfo> sources) {
        long read = count(sources, SourceInfo.Status.READ);
        long unreadable = count(sources, SourceInfo.Status.UNREADABLE);
        long duplicate = count(sources, SourceInfo.Status.DUPLICATE);
        long skipped = count(sources, SourceInfo.Status.SKIPPED);
        List<String> parts = new ArrayList<>();
        parts.add(String.format("%,d file(s) read", read));
        if (unreadable > 0) {
            parts.add(String.format("%,d unreadable", unreadable));
        }
        if (duplicate > 0) {
            parts.add(String.format("%,d cop%s of another file not read again", duplicate, duplicate == 1 ? "y" : "ies"));
        }
        if (skipped > 0) {
            parts.add(String.format("%,d skipped", skipped));
        }
        return String.join(", ", parts);
    }

    /** The files line with the error and warning counts. */
    public static String line(Summary summary) {
        long errors = findings(summary, Severity.ERROR);
        long warnings = findings(summary, Severity.WARNING);
        return String.format("%s, %,d error(s), %,d warning(s)%s", files(summary.sources()), errors, warnings,
                errors + warnings > 0 ? " - see the Validation sheet" : "");
    }

    public static long findings(Summary summary, Severity s) {
        return summary.findings().stream().filter((Finding f) -> !f.suppressed() && f.severity() == s).count();
    }

    private static long count(List<SourceInfo> sources, SourceInfo.Status status) {
        return sources.stream().filter(s -> s.status() == status).count();
    }
}
