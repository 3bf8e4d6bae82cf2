package org.forcestat.validate;

/** One check of the spreadsheet audit (SPEC §4.2), with a stable rule id users can suppress by. */
public interface AuditRule {
    /** The rule id shown in reports and used in {@code suppress.<RULE>...} lines. */
    String id();

    /** Adds a finding for every problem of this kind in the workbook. */
    void check(AuditWorkbook wb, AuditFindings out);
}
