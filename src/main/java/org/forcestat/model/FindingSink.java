package org.forcestat.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Where the findings of one file go, owning the one limit on them: the first
 * {@value #LISTED_PER_RULE} of a rule in a sheet are listed one by one, the rest only counted, and
 * {@link #unlisted} gives one finding per rule and sheet that had more, saying how many. A sheet of
 * a million bad rows (or 100,000 odd formulas) gives a report a person can read and a summary that
 * fits in memory. Used by the data checks ({@code ingest.SheetContext}) and the formula audit
 * ({@code validate.AuditFindings}, for its findings and, through {@link #ofParts}, for the rows
 * naming the other cells of a finding) alike.
 */
public final class FindingSink {
    /** Findings listed one by one, per rule and sheet. */
    public static final int LISTED_PER_RULE = 1_000;

    /** How many of a rule in a sheet, and the most severe of those not listed. */
    private static final class Tally {
        long count;
        Severity worstUnlisted;
    }

    private final Consumer<Finding> listed;
    /** Per (rule, sheet), in the order first seen. */
    private final Map<List<String>, Tally> tallies = new LinkedHashMap<>();
    /** What the one finding for those not listed says, from how many more and the rule. */
    private final BiFunction<Long, String, String> unlistedWords;
    /** Its severity: null for that of the most severe one not listed. */
    private final Severity unlistedSeverity;

    /** @param listed receives each finding that is listed */
    public FindingSink(Consumer<Finding> listed) {
        this(listed, FindingSink::unlistedMessage, null);
    }

    private FindingSink(Consumer<Finding> listed, BiFunction<Long, String, String> unlistedWords, Severity unlistedSeverity) {
        this.listed = listed;
        this.unlistedWords = unlistedWords;
        this.unlistedSeverity = unlistedSeverity;
    }

    /**
     * A sink for rows that only point at a finding listed elsewhere (the other cells of a block it
     * breaks): capped the same way, and the one row for those not listed is for information, saying
     * {@code words} (from how many more and the rule).
     */
    public static FindingSink ofParts(Consumer<Finding> listed, BiFunction<Long, String, String> words) {
        return new FindingSink(listed, words, Severity.INFO);
    }

    /** Lists the finding, or counts it when its rule already has {@value #LISTED_PER_RULE} in its sheet; true when listed. */
    public boolean add(Finding f) {
        if (count(f.severity(), f.rule(), f.sheet())) {
            listed.accept(f);
            return true;
        }
        return false;
    }

    /**
     * Counts a finding of a rule in a sheet; true when it is to be listed (the caller then builds it and
     * passes it to {@link #add}'s consumer itself), false when it is only counted. Spares building the
     * message of a finding that will not be listed.
     */
    public boolean count(Severity severity, String rule, String sheet) {
        Tally t = tallies.computeIfAbsent(List.of(rule, sheet), k -> new Tally());
        if (t.count++ < LISTED_PER_RULE) {
            return true;
        }
        if (t.worstUnlisted == null || severity.compareTo(t.worstUnlisted) < 0) {
            t.worstUnlisted = severity;
        }
        return false;
    }

    /**
     * One finding per rule and sheet that had more than {@value #LISTED_PER_RULE}, in the order the
     * rules were first seen, with the severity of the most severe one not listed. {@code file} names
     * the file in the findings.
     */
    public List<Finding> unlisted(String file) {
        List<Finding> out = new ArrayList<>();
        tallies.forEach((key, t) -> {
            long more = t.count - LISTED_PER_RULE;
            if (more > 0) {
                String rule = key.get(0);
                String sheet = key.get(1);
                Severity severity = unlistedSeverity != null ? unlistedSeverity : t.worstUnlisted;
                out.add(Finding.of(severity, rule).at(file, sheet, "").seen(String.format("%,d more", more))
                        .message(file + (sheet.isEmpty() ? "" : ", sheet '" + sheet + "'") + ": " + unlistedWords.apply(more, rule)));
            }
        });
        return out;
    }

    /** Starts counting afresh (the next sheet). */
    public void clear() {
        tallies.clear();
    }

    /** What the one finding says for the {@code more} findings of a rule past {@value #LISTED_PER_RULE} in a sheet. */
    public static String unlistedMessage(long more, String rule) {
        return String.format("%,d more %s finding(s) like those above are not listed one by one (the first %,d are). "
                + "Correct what the listed ones show, and run again.", more, rule, LISTED_PER_RULE);
    }
}
