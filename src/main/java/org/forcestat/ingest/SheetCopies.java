package org.forcestat.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Adds each sheet's counts to its file's, unless the sheet repeats an earlier sheet of the file
 * (SPEC §4.1: a sheet copied with "Move or Copy", or listed twice under names that differ only in
 * case): that is an error naming both, and only the first is counted. Sheets are compared by a
 * fingerprint of every cell and its place ({@link SheetGuard#content()}); sheets that count nothing
 * (notes, blank sheets) are not compared.
 */
final class SheetCopies {
    private final String file;
    private final Partial filePart;
    private final Map<Long, String> byContent = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    SheetCopies(String file, Partial filePart) {
        this.file = file;
        this.filePart = filePart;
    }

    /** Adds a sheet's partial to the file's, or reports it as a copy of an earlier sheet. */
    void add(String sheet, Kind kind, long rowsRead, long content, Partial sheetPart) {
        String sameName = byName.putIfAbsent(sheet.toLowerCase(Locale.ROOT), sheet);
        boolean counts = kind != Kind.UNRECOGNISED && rowsRead > 0;
        String original = counts ? byContent.putIfAbsent(content, sheet) : null;
        if (original != null) {
            filePart.addFinding(Finding.of(Severity.ERROR, RuleId.DUPLICATE_SHEET).at(file, sheet, "")
                    .seen("a copy of sheet '"
                            + original + "'").expected("each sheet's data once")
                    .message(file + ", sheet '" + sheet + "': the sheet holds "
                            + "exactly what sheet '" + original + "' holds, cell for cell, so only '" + original + "' was "
                            + "counted; adding both would count every row twice. Delete the copy, or put the data it was "
                            + "meant to hold in it."));
            return;
        }
        if (sameName != null) {
            filePart.addFinding(Finding.of(Severity.WARNING, RuleId.SHEET_NAME_REPEATED).at(file, sheet, "").seen(sheet)
                    .expected("a name used once")
                    .message(file + ": two sheets are named '" + sameName + "' and '" + sheet + "' (Excel "
                            + "does not tell names apart by case), so references to either are ambiguous. Both were "
                            + "read, as their contents differ; rename one."));
        }
        filePart.merge(sheetPart);
        if (counts) {
            filePart.addSheetPrint(sheet, content);
        }
    }
}
