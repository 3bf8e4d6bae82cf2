package org.forcestat.ingest;

import java.util.List;
import org.forcestat.model.Finding;

/**
 * What a MAPPING_NOT_FOUND finding counted: a line of forcestat.properties naming a header that
 * {@code sheets} sheets lack, with the first one's header row, its headers and what was read instead.
 * A sheet makes one; {@link RunFindings#collapse} makes one a line for the run (twelve monthly exports
 * gave twelve warnings that said the same thing).
 */
record MissingMapping(int row, String headers, String read, int sheets) implements Finding.Tally {
    /** One sheet's: its header row (from 1), its headers, and what was read for the field instead. */
    MissingMapping(int row, String headers, String read) {
        this(row, headers, read, 1);
    }

    /** What one sheet's finding says of {@code line}, after where it is. */
    String message(String line) {
        return "The line \"" + line + "\" in forcestat.properties names a header this sheet does not have "
                + "(its headers, on row " + row + ", are: " + headers + "); " + read
                + ". Correct the line to the header as the sheet spells it.";
    }

    /** The run's one finding of a line that several sheets lack. */
    static Finding combined(List<Finding> group) {
        Finding f0 = group.get(0);
        MissingMapping first = (MissingMapping) f0.tally();
        int sheets = 0;
        for (Finding f : group) {
            sheets += ((MissingMapping) f.tally()).sheets;
        }
        int files = RunFindings.files(group).size();
        String lacking = files > 1 ? sheets + " sheets in " + files + " files" : sheets + " sheets of " + f0.file();
        return RunFindings.one(group).tally(new MissingMapping(first.row, first.headers, first.read, sheets))
                .message("The line \"" + f0.seen() + "\" in forcestat.properties names a header that " + lacking
                        + " do not have (in the first, " + f0.file() + ", sheet '" + f0.sheet() + "', the headers on row "
                        + first.row + " are: " + first.headers + "; " + first.read + "). Correct the line to the header "
                        + "as the sheets spell it.");
    }
}
