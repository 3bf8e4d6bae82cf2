package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.RuleId;
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
    public static final Set<String> SAID_ON_SCREEN = Stream.of(RuleId.FILE_NOT_COUNTED, RuleId.SHEET_NOT_COUNTED,
            RuleId.MISSING_COLUMN, RuleId.FORCED_KIND_NOT_FOUND, RuleId.SETTING_UNKNOWN, RuleId.HEADER_NEAR_MISS,
            RuleId.COLUMN_NOT_TAKEN, RuleId.DUPLICATE_CALLS, RuleId.DUPLICATE_CRIMES)
            .map(RuleId::id).collect(Collectors.toUnmodifiableSet());

    private NotCounted() {
    }

    /** True when a sheet of {@code s} was recognised as a kind forcestat reads. */
    public static boolean counts(SourceInfo s) {
        return s.sheets().stream().anyMatch(sh -> sh.kind() != Kind.UNRECOGNISED);
    }

    /**
     * Why no sheet of {@code s} was read as any kind, and what would make it count: the kind its headers
     * come closest to and the column that kind lacks, or, when no sheet's headers come close to any kind,
     * no kind at all (suggesting one, as this once always suggested CRIMES, sends a user to force a pension
     * forecast to be read as crimes). Said in the finding and when a run has nothing else to summarise.
     */
    public static String why(SourceInfo s) {
        if (s.sheets().isEmpty()) {
            return "it has no sheet with data";
        }
        SheetInfo closest = closest(s);
        if (closest != null) {
            SheetInfo.Near near = closest.near();
            String field = near.missing().get(0);
            String label = near.kind().label();
            // "Calls for service" reads "a calls for service sheet"; "CSR savings plan" keeps its capitals
            String kind = Character.isUpperCase(label.charAt(1)) ? label
                    : Character.toLowerCase(label.charAt(0)) + label.substring(1);
            return "its sheet '" + closest.name() + "' comes closest to a " + kind
                    + " sheet (row " + near.headerRow() + " has " + String.join(", ", near.found()) + ") but has no "
                    + String.join(" or ", near.missing()) + " column. To count it, add that column, or name yours in "
                    + "forcestat.properties, e.g. " + near.kind().name().toLowerCase(Locale.ROOT) + "." + field
                    + " = Your " + field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1) + " Header";
        }
        List<String> names = names(s);
        return (names.size() == 1 ? "its sheet (" : "none of its sheets (") + String.join(", ", names)
                + (names.size() == 1 ? ") has no" : ") has a") + " header row in its first " + SheetProcessor.HEADER_SEARCH_ROWS
                + " rows like that of any kind forcestat reads (" + KINDS + "). If it holds one of them, name its columns "
                + "in forcestat.properties as the README lists for that kind (kind.field = Your Header), or copy its "
                + "data into a blank workbook of that kind (forcestat templates); if it holds none of them, there is "
                + "nothing in it for forcestat to read";
    }

    /** The kinds in words, for a user who has none of them. */
    private static final String KINDS = "calls, crimes, recorded crime totals, CSR savings, budget, facts, threat register";

    /** The sheet whose header came closest to a kind (the most columns found), or null when none came close. */
    private static SheetInfo closest(SourceInfo s) {
        SheetInfo best = null;
        for (SheetInfo sh : s.sheets()) {
            if (sh.near() != null && !sh.near().missing().isEmpty()
                    && (best == null || sh.near().found().size() > best.near().found().size())) {
                best = sh;
            }
        }
        return best;
    }

    private static List<String> names(SourceInfo s) {
        return s.sheets().stream().map(SheetInfo::name).limit(6).toList();
    }

    /** One warning per file or sheet of {@code sources} that contributed nothing. */
    public static List<Finding> findings(List<SourceInfo> sources) {
        return findings(sources, List.of());
    }

    /**
     * One warning per file or sheet of {@code sources} that contributed nothing, except a file whose every
     * sheet is a copy of one already counted ({@code DUPLICATE_SHEET} among {@code said} has told why) or
     * data forcestat does not count ({@code OTHER_DATA_NOT_READ}).
     */
    public static List<Finding> findings(List<SourceInfo> sources, List<Finding> said) {
        // sheets a finding already says why nothing of them was counted: a copy, or data forcestat does not count
        Set<String> explained = new java.util.HashSet<>();
        for (Finding f : said) {
            if (RuleId.DUPLICATE_SHEET.id().equals(f.rule()) || RuleId.OTHER_DATA_NOT_READ.id().equals(f.rule())) {
                explained.add(f.file() + "\u0000" + f.sheet());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (SourceInfo s : sources) {
            if (s.status() != SourceInfo.Status.READ || s.sheets().isEmpty()) {
                continue;
            }
            if (s.sheets().stream().allMatch(sh -> explained.contains(s.file() + "\u0000" + sh.name()))) {
                continue;
            }
            if (!counts(s)) {
                SheetInfo closest = closest(s);
                out.add(Finding.of(Severity.WARNING, RuleId.FILE_NOT_COUNTED).at(s.file(), "", "")
                        .seen("sheets: " + String.join(", ", names(s)))
                        .expected(closest == null ? "a sheet of a kind forcestat reads"
                                : "a column for " + String.join(" and ", closest.near().missing()))
                        .message("Nothing in " + s.file() + " was counted: " + why(s) + "."));
                continue;
            }
            for (SheetInfo sh : s.sheets()) {
                if (sh.kind() != Kind.UNRECOGNISED && sh.kind() != Kind.FACTS && sh.rowsRead() == 0) {
                    out.add(Finding.of(Severity.WARNING, RuleId.SHEET_NOT_COUNTED).at(s.file(), sh.name(), sh.headerRow() > 0 ? "A" + sh.headerRow() : "")
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
