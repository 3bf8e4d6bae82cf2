package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forcestat.model.Severity;

/**
 * Finds rows pasted twice into a one-row-per-record sheet (calls, crimes) and counts only the first
 * copy (SPEC §4.1). It stands in front of the kind's reader and remembers, for each row's content
 * hash ({@link RowHash}), the last row that had it, in a primitive table of at most {@link #MAX_ROWS}
 * rows (12 bytes a row): memory is bounded, whatever the sheet's length.
 *
 * <p>A row repeats an earlier block when its content equals the row after the one the previous row
 * matched; a run of such rows that does not overlap the rows it copies is a pasted block. Identical
 * records happen by chance (two advice calls in the same minute, two anti-social behaviour reports at
 * the same place in a month: police.uk's October 2018 Kent file has 21 chance runs of two rows), so a
 * run counts as pasted from {@link #MIN_BLOCK} rows; a row with an ID (call or crime reference) is
 * unique by itself, so a row repeating one with the same ID is a pasted copy at once. The rows of a
 * run still being judged are held back (at most {@link #MIN_BLOCK}), and handed on if it breaks off.
 */
final class PastedBlocks implements KindReader {
    static final int MAX_ROWS = 2_000_000;
    static final int MIN_BLOCK = 5;

    private final SheetContext ctx;
    private final KindReader next;
    private final int idCol;
    private long[] keys = new long[1 << 12];
    private int[] rowsAt = new int[1 << 12];
    private int size;
    /** The run being followed: its first row, the first row it copies, and its length. */
    private int runStart = -1;
    private int copiedStart;
    private int runLength;
    private boolean confirmed;
    private final List<SheetRow> held = new ArrayList<>();

    PastedBlocks(SheetContext ctx, KindReader next, int idCol) {
        this.ctx = ctx;
        this.next = next;
        this.idCol = idCol;
    }

    @Override
    public void row(SheetRow row) {
        long h = ctx.rowHash(row);
        int r = row.rowNumber();
        int earlier = get(h);
        put(h, r);
        boolean hasId = idCol >= 0 && !row.get(idCol).isBlank();
        if (runStart >= 0 && earlier == copiedStart + runLength && copiedStart + runLength < runStart
                && r == runStart + runLength) {
            runLength++;
        } else {
            endRun();
            if (earlier >= 0) {
                runStart = r;
                copiedStart = earlier;
                runLength = 1;
            }
        }
        if (runStart < 0) {
            next.row(row);
            return;
        }
        if (confirmed) {
            ctx.rejected();
            return;
        }
        held.add(row);
        if (runLength >= MIN_BLOCK || hasId && held.size() == runLength && allHaveIds()) {
            confirmed = true;
            held.forEach(x -> ctx.rejected());
            held.clear();
        }
    }

    private boolean allHaveIds() {
        for (SheetRow h : held) {
            if (h.get(idCol).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Ends the run followed so far: a pasted block is reported; rows held for a run too short are counted after all. */
    private void endRun() {
        if (runStart < 0) {
            return;
        }
        if (confirmed) {
            String what = runLength == 1 ? "Row " + (runStart + 1) + " repeats row " + (copiedStart + 1)
                    : String.format("Rows %d to %d repeat rows %d to %d", runStart + 1, runStart + runLength,
                            copiedStart + 1, copiedStart + runLength);
            ctx.finding(Severity.ERROR, "DUPLICATE_ROWS", "A" + (runStart + 1),
                    String.format("%,d row(s) pasted again", runLength), "each record once",
                    what + " cell for cell: the same records pasted (or exported) twice. Only the first copy was "
                            + "counted; delete the repeated rows.");
        } else {
            for (SheetRow h : held) {
                next.row(h);
            }
        }
        held.clear();
        runStart = -1;
        runLength = 0;
        confirmed = false;
    }

    @Override
    public void end() {
        endRun();
        keys = new long[0];
        rowsAt = new int[0];
        next.end();
    }

    /** The last row whose content hashed to {@code h}, or -1. Zero marks an empty slot, so 0 is stored as 1. */
    private int get(long h) {
        long k = h == 0 ? 1 : h;
        int mask = keys.length - 1;
        for (int i = (int) (k ^ (k >>> 32)) & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return rowsAt[i];
            }
        }
        return -1;
    }

    private void put(long h, int row) {
        long k = h == 0 ? 1 : h;
        int mask = keys.length - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == k) {
                rowsAt[i] = row;
                return;
            }
            i = (i + 1) & mask;
        }
        if (size >= MAX_ROWS) {
            return;
        }
        keys[i] = k;
        rowsAt[i] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rowsAt;
        keys = new long[oldKeys.length * 2];
        rowsAt = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                rowsAt[i] = oldRows[j];
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}
