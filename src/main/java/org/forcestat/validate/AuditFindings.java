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
    private final List<Finding> parts = new ArrayList<>();
    private final Set<String> partSeen = new HashSet<>();
    /** Part rows listed per rule and sheet, capped like findings. */
    private final FindingSink partSink = FindingSink.ofParts(parts::add, AuditFindings::partsUnlistedMessage);

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
            findings.add(Finding.of(severity, rule).at(file, sheet.name(), cell).seen(seenValue).expected(expected)
                    .message(where(sheet, cell) + ": " + sentence));
        }
    }

    /**
     * Lists the other cells one mistake involves, each as its own row: the copies of the formula a
     * typed or empty cell breaks, the typed figures a stray formula sits among. A finance user reads
     * one finding (the one at {@code primaryCell}); a reviewer, or the annotated copy, sees every cell of
     * the broken block. Each row has the primary's sentence after a "part of the finding at ..." note,
     * as a warning (it never changes the exit code on its own: its primary is listed too). A cell that
     * is itself a finding of the same rule is not listed again as a part.
     */
    public void addParts(String rule, AuditSheet sheet, String primaryCell, java.util.Collection<AuditCell> cells,
                         String sentence) {
        for (AuditCell c : cells) {
            String cell = c.a1();
            if (cell.equals(primaryCell) || !partSeen.add(rule + "|" + sheet.name() + "|" + cell)) {
                continue;
            }
            if (partSink.count(Severity.WARNING, rule, sheet.name())) {
                parts.add(Finding.of(Severity.WARNING, rule).at(file, sheet.name(), cell).seen(c.isBlank() ? "empty" : c.shown())
                        .message(where(sheet, cell) + ": " + PART_OF + primaryCell + ": " + sentence));
            }
        }
    }

    /**
     * What the one line says for the part rows of a rule in a sheet past {@value FindingSink#LISTED_PER_RULE}:
     * the cells of the blocks its findings break are listed up to that many, the rest only counted.
     */
    public static String partsUnlistedMessage(long more, String rule) {
        return String.format("%,d more cells of the blocks that the %s findings above break are not listed one by one "
                + "(the first %,d are).", more, rule, FindingSink.LISTED_PER_RULE);
    }

    /** The note that starts a part row's sentence (after where it is). */
    public static final String PART_OF = "part of the finding at ";

    /** The cell of the finding a part row belongs to ("D11"), or null for a finding of its own. */
    public static String partOf(Finding f) {
        int at = f.message().indexOf(": " + PART_OF);
        if (at < 0) {
            return null;
        }
        int from = at + 2 + PART_OF.length();
        int end = f.message().indexOf(':', from);
        return end < 0 ? null : f.message().substring(from, end);
    }

    public boolean has(String rule, AuditSheet sheet, String cell) {
        return seen.contains(rule + "|" + sheet.name() + "|" + cell);
    }

    public void info(String rule, String sheet, String sentence) {
        findings.add(Finding.of(Severity.INFO, rule).at(file, sheet, "").message(file + ": " + sentence));
    }

    /** The findings listed, then one per rule and sheet that had more, saying how many more. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        for (Finding p : parts) {
            if (!seen.contains(p.rule() + "|" + p.sheet() + "|" + p.cell())) {
                all.add(p);
            }
        }
        all.addAll(sink.unlisted(file));
        all.addAll(partSink.unlisted(file));
        return List.copyOf(all);
    }
}
