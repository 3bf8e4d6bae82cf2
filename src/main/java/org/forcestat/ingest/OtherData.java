package org.forcestat.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Data sets that sit beside forcestat's inputs but hold nothing it counts, known by their header row:
 * police.uk's download gives, for each month and force, an {@code -outcomes.csv} (a crime's later
 * outcomes, one row per outcome) and a {@code -stop-and-search.csv} beside the {@code -street.csv}.
 * Such a sheet is passed over with one note for the run ({@link #collapse}), not a warning per file
 * telling the user to add a crime type column to it.
 */
public final class OtherData {
    private static final String RULE = RuleId.OTHER_DATA_NOT_READ.id();

    /** A known data set: its name and the headers (lower case) that together tell it. */
    private enum Known {
        POLICE_UK_OUTCOMES("police.uk outcomes", "crime id", "outcome type"),
        POLICE_UK_STOP_AND_SEARCH("police.uk stop and search", "object of search", "legislation",
                "part of a policing operation");

        final String label;
        final List<String> headers;

        Known(String label, String... headers) {
            this.label = label;
            this.headers = List.of(headers);
        }
    }

    private OtherData() {
    }

    /** The name of the known data set whose header row {@code row} is, or null. */
    static String of(SheetRow row) {
        Set<String> texts = new HashSet<>();
        for (Cell c : row.cells()) {
            String t = Values.text(c).trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        // A police.uk outcomes file has no crime type: a sheet with one is a crime sheet, whatever else it has.
        if (texts.contains("crime type")) {
            return null;
        }
        for (Known k : Known.values()) {
            if (texts.containsAll(k.headers)) {
                return k.label;
            }
        }
        return null;
    }

    /** The finding for one sheet of {@code label}'s data set (one a sheet; {@link #collapse} makes them one a run). */
    static Finding finding(String file, String sheet, String label) {
        return Finding.of(Severity.INFO, RuleId.OTHER_DATA_NOT_READ).at(file, sheet, "").seen(label)
                .message(message(label, 1));
    }

    private static String message(String label, int files) {
        return (files == 1 ? "The file holds " : files + " files hold ") + label + " data, which forcestat does not "
                + "count: crimes are counted from police.uk's street-level files (-street.csv). Not read; nothing to do.";
    }

    /**
     * The findings with the OTHER_DATA_NOT_READ ones of one data set made one, naming the first file and
     * how many there were: a year of police.uk's download has 24 such files.
     */
    public static List<Finding> collapse(List<Finding> findings) {
        return RunFindings.byTally(findings, RuleId.OTHER_DATA_NOT_READ, null, group -> {
            List<String> names = RunFindings.files(group);
            return Finding.of(Severity.INFO, RuleId.OTHER_DATA_NOT_READ).at(RunFindings.named(names), "", "")
                    .seen(group.get(0).seen()).message(message(group.get(0).seen(), names.size()));
        });
    }
}
