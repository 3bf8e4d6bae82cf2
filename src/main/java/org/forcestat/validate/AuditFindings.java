package org.forcestat.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.forcestat.model.Finding;
import org.forcestat.model.FindingSink;
import org.forcestat.model.Severity;

/**
 * Collects the audit's findings for one file; every message starts by naming file, sheet and cell.
 * The same rule at the same cell is reported once. As with the data checks, a {@link FindingSink}
 * lists the first {@value FindingSink#LISTED_PER_RULE} of a rule in a sheet and one more finding
 * counts the rest, so a sheet of 100,000 odd formulas gives a Validation sheet a person can read,
 * and a summary that fits in memory.
 */
public final class AuditFindings {
    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final FindingSink sink = new FindingSink(findings::add);

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
        if (sink.count(severity, rule, sheet.name())) {
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
        all.addAll(sink.unlisted(file));
        return List.copyOf(all);
    }
}
