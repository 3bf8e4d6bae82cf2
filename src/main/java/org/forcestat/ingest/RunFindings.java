package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;

/**
 * Findings that each file (or sheet) makes of the same thing, made one for the run from what they
 * counted ({@link Finding#tally}): police.uk's download is a file a month, and twelve monthly exports
 * gave twelve findings that said the same thing.
 */
public final class RunFindings {
    private RunFindings() {
    }

    /**
     * The findings with the MERGED_CATEGORY ones of one category made one ({@link MergedCategories}), the
     * MAPPING_NOT_FOUND ones of one line of forcestat.properties ({@link MissingMapping}), and the
     * OTHER_DATA_NOT_READ ones of one data set ({@link OtherData}).
     */
    public static List<Finding> collapse(List<Finding> findings) {
        List<Finding> merged = MergedCategories.collapse(findings);
        merged = byTally(merged, RuleId.MAPPING_NOT_FOUND, MissingMapping.class, MissingMapping::combined);
        return OtherData.collapse(merged);
    }

    /**
     * The findings with those of {@code rule} that counted a {@code tally} (any, or none, when it is null) made
     * one per severity and seen value, by {@code combine}, in the place of the first. A suppressed finding, or
     * one with no such tally, is left as it is; so is a group of one.
     */
    static List<Finding> byTally(List<Finding> findings, RuleId rule, Class<? extends Finding.Tally> tally,
                                 Function<List<Finding>, Finding> combine) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (rule.id().equals(f.rule()) && !f.suppressed() && (tally == null || tally.isInstance(f.tally()))) {
                groups.computeIfAbsent(f.severity() + "\u0000" + f.seen(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            List<Finding> group = rule.id().equals(f.rule()) ? groups.get(f.severity() + "\u0000" + f.seen()) : null;
            if (group == null || !group.contains(f) || group.size() == 1) {
                out.add(f);
            } else if (group.get(0) == f) {
                out.add(combine.apply(group));
            }
        }
        return out;
    }

    /** The files of a group, each once, in order. */
    static List<String> files(List<Finding> group) {
        List<String> names = new ArrayList<>();
        for (Finding f : group) {
            if (!names.contains(f.file())) {
                names.add(f.file());
            }
        }
        return names;
    }

    /** Files as a finding names them: "a.csv, b.csv", or "a.csv and 11 more" (24 names would fill the column). */
    static String named(List<String> names) {
        return names.size() <= 2 ? String.join(", ", names) : names.get(0) + " and " + (names.size() - 1) + " more";
    }

    /**
     * The run's one finding of a group, but for its tally and message: the first file and how many more
     * (three names wrapped the Validation sheet's File column to 7 lines), the sheet and cell when all share them.
     */
    static Finding.Builder one(List<Finding> group) {
        Finding f0 = group.get(0);
        String file = named(files(group));
        boolean oneSheet = group.stream().allMatch(f -> f.sheet().equals(f0.sheet()));
        boolean oneCell = group.stream().allMatch(f -> f.cell().equals(f0.cell()));
        return Finding.of(f0.severity(), f0.rule()).at(file, oneSheet ? f0.sheet() : "", oneCell ? f0.cell() : "")
                .seen(f0.seen()).expected(f0.expected());
    }
}
