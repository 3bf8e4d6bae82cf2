package org.forcestat.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.forcestat.model.Finding;
import org.forcestat.model.Severity;

/** Collects the audit's findings for one file; every message starts by naming file, sheet and cell. */
public final class AuditFindings {
    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

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
        if (seen.add(rule + "|" + sheet.name() + "|" + cell)) {
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

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
