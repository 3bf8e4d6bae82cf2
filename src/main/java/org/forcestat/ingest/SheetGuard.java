package org.forcestat.ingest;

import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Stands between a sheet's row stream and its {@link SheetProcessor}: a row element that repeats an
 * earlier row number (a {@code <row r="5">} twice, which Excel never writes) is an error and only the
 * first is counted; and it fingerprints the sheet's content, so that a sheet repeating another sheet
 * of the file is found ({@link WorkbookReader}). Runs on the thread that counts the rows.
 */
final class SheetGuard implements RowHandler {
    private final SheetContext ctx;
    private final RowHandler next;
    private int last = -1;
    private long content = 0x84222325cbf29ce4L;
    private long rows;

    SheetGuard(SheetContext ctx, RowHandler next) {
        this.ctx = ctx;
        this.next = next;
    }

    @Override
    public void row(SheetRow row) {
        int r = row.rowNumber();
        if (r <= last) {
            String ref = "A" + (r + 1);
            ctx.finding(Severity.ERROR, r == last ? RuleId.ROW_REPEATED : RuleId.ROW_OUT_OF_ORDER, ref,
                    "row " + (r + 1) + " after row " + (last + 1), "each row once, in order",
                    r == last
                            ? "The sheet's file holds row " + (r + 1) + " twice (a damaged file, or one written by a "
                                    + "program, not by Excel); only the first was counted. Open the file in Excel, "
                                    + "check the row, and save it again."
                            : "The sheet's file holds row " + (r + 1) + " after row " + (last + 1) + ", out of order "
                                    + "(a damaged file, or one written by a program); it was not counted. Open the file "
                                    + "in Excel, check the row, and save it again.");
            return;
        }
        last = r;
        // A row of styled blank cells (LibreOffice writes the cells of a merged title) holds nothing.
        if (hasValue(row)) {
            content = (content ^ RowHash.mix(ctx.rowHash(row) + 0x9E3779B97F4A7C15L * r)) * 0x100000001b3L;
            rows++;
        }
        next.row(row);
    }

    @Override
    public void ahead(java.util.List<SheetRow> rows) {
        next.ahead(rows);
    }

    private static boolean hasValue(SheetRow row) {
        for (Cell c : row.cells()) {
            if (!c.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A fingerprint of every cell of the sheet with its place; equal for sheets with equal content. */
    long content() {
        return RowHash.mix(content ^ rows);
    }
}
