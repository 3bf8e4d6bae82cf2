package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.Severity;
import org.forcestat.model.SheetInfo;
import org.forcestat.model.SourceInfo;

/**
 * Inputs that contributed nothing to a run (SPEC §2.3: said on screen, with the setting that
 * would make them count): a file none of whose sheets was recognised, and a recognised sheet from
 * which no row was counted.
 */
public final class NotCounted {
    /** Rules a run repeats in its closing lines on screen: input that was read but not counted, or not all of it. */
    public static final Set<String> SAID_ON_SCREEN = Set.of("FILE_NOT_COUNTED", "SHEET_NOT_COUNTED", "MISSING_COLUMN",
            "FORCED_KIND_NOT_FOUND", "SETTING_UNKNOWN", "HEADER_NEAR_MISS", "COLUMN_NOT_TAKEN", "MONTHLY_CALLS_NOT_COUNTED",
            "DUPLICATE_CALLS", "DUPLICATE_CRIMES");

    private NotCounted() {
    }

    /** One warning per file or sheet of {@code sources} that contributed nothing. */
    public static List<Finding> findings(List<SourceInfo> sources) {
        List<Finding> out = new ArrayList<>();
        for (SourceInfo s : sources) {
            if (s.status() != SourceInfo.Status.READ || s.sheets().isEmpty()) {
                continue;
            }
            boolean any = s.sheets().stream().anyMatch(sh -> sh.kind() != Kind.UNRECOGNISED);
            if (!any) {
                List<String> names = s.sheets().stream().map(SheetInfo::name).limit(6).toList();
                out.add(Finding.of(Severity.WARNING, "FILE_NOT_COUNTED").at(s.file(), "", "")
                        .seen("sheets: " + String.join(", ", names)).expected("a sheet of a kind forcestat reads")
                        .message("Nothing in " + s.file() + " was counted: none of its sheets (" + String.join(", ", names)
                                + ") has a header row forcestat knows in its first " + SheetProcessor.HEADER_SEARCH_ROWS
                                + " rows. To count it, say what it holds in forcestat.properties, e.g. kind."
                                + s.file().replace(" ", "\\ ") + " = CRIMES (or CALLS, CRIME_TOTALS, SAVINGS, BUDGET, "
                                + "FACTS, THREATS), and name its columns, e.g. crimes.type = Your Offence Header "
                                + "(see the README)."));
                continue;
            }
            for (SheetInfo sh : s.sheets()) {
                if (sh.kind() != Kind.UNRECOGNISED && sh.kind() != Kind.FACTS && sh.rowsRead() == 0) {
                    out.add(Finding.of(Severity.WARNING, "SHEET_NOT_COUNTED").at(s.file(), sh.name(), sh.headerRow() > 0 ? "A" + sh.headerRow() : "")
                            .seen("0 rows counted").expected("rows under the header")
                            .message("Sheet '" + sh.name() + "' of " + s.file() + " was recognised as "
                                    + sh.kind().label().toLowerCase(java.util.Locale.ROOT) + (sh.headerRow() > 0
                                    ? " (header in row " + sh.headerRow() + ")" : "") + ", but none of its rows was "
                                    + "counted" + (sh.rowsRejected() > 0 ? " (" + sh.rowsRejected() + " rejected: see "
                                    + "the findings above)" : "") + ". Check the rows under the header; if the sheet "
                                    + "is of another kind, set kind." + s.file().replace(" ", "\\ ") + "/"
                                    + sh.name().replace(" ", "\\ ") + " = ... in forcestat.properties."));
                }
            }
        }
        return out;
    }
}
