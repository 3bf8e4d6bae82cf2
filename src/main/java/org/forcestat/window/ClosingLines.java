package org.forcestat.window;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;
import org.forcestat.pipeline.Closing;
import org.forcestat.pipeline.Printable;
import org.forcestat.pipeline.RunEngine;

/** The lines the window shows after a run: the command line's closing line, then what was not read and the findings. */
final class ClosingLines {
    /** Errors and warnings listed under the closing line; the Validation sheet has them all. */
    static final int LISTED = 10;

    private ClosingLines() {
    }

    /** The lines and the error and warning counts they give. */
    record Report(List<String> lines, long errors, long warnings) {
        Report {
            lines = List.copyOf(lines);
        }
    }

    /**
     * "Summary written to ...", the closing line of {@code run}, each file not read and why, then the
     * first errors and warnings.
     */
    static Report of(RunEngine.Result r) {
        List<String> lines = new ArrayList<>();
        lines.add("Summary written to " + Printable.of(r.summaryFile().toAbsolutePath().toString()));
        lines.add(Closing.line(r.summary()));
        List<Finding> shown = r.summary().findings().stream().filter(f -> !f.suppressed()).toList();
        for (SourceInfo s : r.summary().sources()) {
            if (s.status() != SourceInfo.Status.READ) {
                String why = shown.stream().filter(f -> f.file().equals(s.file())).map(Finding::message).findFirst()
                        .orElse("");
                lines.add(Printable.of("Not read (" + s.status().label() + "): " + s.file() + (why.isEmpty() ? "" : " - " + why)));
            }
        }
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING)) {
            List<Finding> of = shown.stream().filter(f -> f.severity() == sev).toList();
            of.stream().limit(LISTED).forEach(f -> lines.add(Printable.of(sev.label().toLowerCase(java.util.Locale.ROOT)
                    + ": " + f.location() + ": " + f.message())));
            if (of.size() > LISTED) {
                lines.add(String.format("... and %,d more %s(s): see the Validation sheet.", of.size() - LISTED,
                        sev.label().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return new Report(lines, Closing.findings(r.summary(), Severity.ERROR),
                Closing.findings(r.summary(), Severity.WARNING));
    }
}
