package org.forcestat.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forcestat.ingest.SheetContext;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;

/**
 * Collects the audit's findings for one file; every message starts by naming file, sheet and cell.
 * As with the data checks, the first {@link SheetContext#LISTED_PER_RULE} of a rule in a sheet are
 * listed and one more finding counts the rest, so a sheet of 100,000 odd formulas gives a
 * Validation sheet a person can read, and a summary that fits in memory.
 */
public final class AuditFindings {
    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** Per rule and sheet: how many, and the first one's severity (for the finding that counts the rest). */
    private final Map<List<String>, Tally> tallies = new LinkedHashMap<>();

    private static final class Tally {
        final Severity severity;
        long count;

        Tally(Severity severity) {
            this.severity = severity;
        }
    }

    public AuditFindings(String file) {
        this.file = file;
    }

    /** "csr.xlsx, sheet 'Savings', cell D17": where a finding is, as its message begins. */
    public String where(AuditSheet sheet, String cell) {
        return file + ", sheet '" + sheet.name() + "', cell " + cell;
    }

    /** Adds a finding; the same rule at the same cell is reported once. */
    public void add(Severity severity, String rule, AuditSheet sheet, String cell, String seenValue,
                    String expected, String sentence) {
        if (!seen.add(rule + "|" + sheet.name() + "|" + cell)) {
            return;
        }
        Tally t = tallies.computeIfAbsent(List.of(rule, sheet.name()), k -> new Tally(severity));
        if (t.count++ < SheetContext.LISTED_PER_RULE) {
            findings.add(new Finding(severity, rule, file, sheet.name(), cell, seenValue, expected,
                    where(sheet, cell) + ": " + sentence));
        }
    }

    public boolean has(String rule, AuditSheet sheet, String cell) {
        return seen.contains(rule + "|" + sheet.name() + "|" + cell);
    }

    public void info(String rule, String sheet, String sentence) {
        findings.add(new Finding(Severity.INFO, rule, file, sheet, "", "", "", file + ": " + sentence));
    }

    /** The findings listed, then one per rule and sheet that had more, saying how many more. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        tallies.forEach((key, t) -> {
            long more = t.count - SheetContext.LISTED_PER_RULE;
            if (more > 0) {
                String rule = key.get(0);
                String sheet = key.get(1);
                all.add(new Finding(t.severity, rule, file, sheet, "", String.format("%,d more", more), "",
                        file + ", sheet '" + sheet + "': " + SheetContext.unlisted(more, rule)));
            }
        });
        return List.copyOf(all);
    }
}
