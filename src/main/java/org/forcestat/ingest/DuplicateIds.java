package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.forcestat.model.Severity;

/**
 * Finds repeated IDs in a sheet's ID column with a hash set, bounded at {@value #MAX_IDS} IDs
 * (beyond that no more are remembered, so late duplicates may be missed but memory stays bounded).
 * One warning per sheet lists the count and the first few cells.
 */
final class DuplicateIds {
    static final int MAX_IDS = 2_000_000;
    private final SheetContext ctx;
    private final String what;
    private final Set<String> seen = new HashSet<>();
    private final List<String> cells = new ArrayList<>();
    private long duplicates;
    private String column;

    DuplicateIds(SheetContext ctx, String what) {
        this.ctx = ctx;
        this.what = what;
    }

    void add(String id, String cell) {
        if (id.isEmpty()) {
            return;
        }
        column = column == null ? cell.replaceAll("\\d", "") : column;
        if (seen.contains(id)) {
            duplicates++;
            if (cells.size() < 5) {
                cells.add(cell + " (" + id + ")");
            }
        } else if (seen.size() < MAX_IDS) {
            seen.add(id);
        }
    }

    void report() {
        if (duplicates > 0) {
            ctx.finding(Severity.WARNING, "DUPLICATE_ID", cells.get(0).replaceAll(" .*", ""),
                    String.format("%,d repeated", duplicates), "each " + what + " ID once",
                    String.format("%,d row(s) repeat a %s ID already seen in column %s, first at %s; the rows were "
                            + "counted, so check they are not the same %s entered twice.", duplicates, what, column,
                            String.join(", ", cells), what));
        }
        seen.clear();
    }
}
