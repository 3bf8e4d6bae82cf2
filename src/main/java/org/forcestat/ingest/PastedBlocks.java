package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Finds rows pasted twice into a one-row-per-record sheet (calls, crimes) and counts only the first
 * copy (SPEC §4.1). It stands in front of the kind's reader and remembers, for each row's content
 * hash ({@link RowHash}), the last row that had it, in a primitive table of at most {@link #MAX_ROWS}
 * rows (16 bytes a slot, hash and row side by side): memory is bounded, whatever the sheet's length.
 *
 * <p>A row repeats an earlier block when its content equals the row after the one the previous row
 * matched; a run of such rows that does not overlap the rows it copies is a pasted block. Identical
 * records happen by chance (two advice calls in the same minute, two anti-social behaviour reports at
 * the same place in a month: police.uk's October 2018 Kent file has 21 chance runs of two rows), so a
 * run counts as pasted from {@link #MIN_BLOCK} rows; a row with an ID (call or crime reference) is
 * unique by itself, so a row repeating one with the same ID is a pasted copy at once. The rows of a
 * run still being judged are held back (at most {@link #MIN_BLOCK}), and handed on if it breaks off.
 *
 * <p>A row with an ID is filed under its ID, with the top half of its content hash beside the row:
 * rows equal in content have the same ID, so each content of an ID gets a slot of its own and is
 * found as before, and {@link DuplicateIds} asks the same table whether an ID was counted already
 * ({@link #firstCounted}) instead of keeping a second table of every ID. A year of 827,000 calls
 * took two probes a row, each a cache miss, and 48 MB (a 32 MB table here, 16 MB there); now one
 * and 32 MB.
 */
final class PastedBlocks implements KindReader {
    static final int MAX_ROWS = 2_000_000;
    static final int MIN_BLOCK = 5;

    private final SheetContext ctx;
    private final KindReader next;
    private final int idCol;
    /**
     * Slot i holds its key at {@code 2i} (a row's content hash, or {@link #idKey} of its ID) and at
     * {@code 2i + 1} its last row (low 31 bits), whether a row with the ID was counted ({@link #COUNTED})
     * and, for an ID, the top 32 bits of the content hash: one cache miss a probe, not two.
     */
    private long[] slots = new long[2 << 12];
    private static final long ROW_BITS = 0x7fff_ffffL;
    private static final long COUNTED = 1L << 31;
    private static final long CONTENT = 0xffff_ffff_0000_0000L;
    private int size;
    /** The run being followed: its first row, the first row it copies, and its length. */
    private int runStart = -1;
    private int copiedStart;
    private int runLength;
    private boolean confirmed;
    private final List<SheetRow> held = new ArrayList<>();
    /** The rows of the batch announced by {@link #ahead}, the keys of their IDs (0: none), and the next to use. */
    private SheetRow[] aheadRows = new SheetRow[0];
    private long[] aheadKeys = new long[0];
    private int aheadCount;
    private int aheadAt;
    /** What the look-ahead read, kept so that its reads are not optimised away. */
    private long touched;

    PastedBlocks(SheetContext ctx, KindReader next, int idCol) {
        this.ctx = ctx;
        this.next = next;
        this.idCol = idCol;
    }

    @Override
    public void row(SheetRow row) {
        long h = ctx.rowHash(row);
        int r = row.rowNumber();
        long key = idCol >= 0 ? idKey(row) : 0;
        int earlier = key == 0 ? put(h, r) : putId(key, h & CONTENT, r);
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
            ctx.finding(Severity.ERROR, RuleId.DUPLICATE_ROWS, "A" + (runStart + 1),
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
        slots = new long[0];
        aheadRows = new SheetRow[0];
        aheadCount = 0;
        next.end();
    }

    /**
     * Remembers {@code row} as the last row whose content hashed to {@code h} and gives the one
     * remembered before, or -1: one probe of the table per row (it is far bigger than the CPU's
     * caches, so each probe is a miss). Zero marks an empty slot, so 0 is stored as 1.
     */
    private int put(long h, int row) {
        long k = h == 0 ? 1 : h;
        long[] t = slots;
        int mask = (t.length >> 1) - 1;
        int i = home(k, mask);
        while (t[2 * i] != 0) {
            if (t[2 * i] == k) {
                int earlier = (int) (t[2 * i + 1] & ROW_BITS);
                t[2 * i + 1] = (t[2 * i + 1] & ~ROW_BITS) | row;
                return earlier;
            }
            i = (i + 1) & mask;
        }
        return add(i, k, row);
    }

    /**
     * As {@link #put}, for a row with an ID: the slots of the ID are searched for one with the same
     * content (its top 32 bits); a content the ID has not had before gets a slot of its own.
     */
    private int putId(long key, long content, int row) {
        long[] t = slots;
        int mask = (t.length >> 1) - 1;
        int i = home(key, mask);
        while (t[2 * i] != 0) {
            if (t[2 * i] == key && (t[2 * i + 1] & CONTENT) == content) {
                int earlier = (int) (t[2 * i + 1] & ROW_BITS);
                t[2 * i + 1] = (t[2 * i + 1] & ~ROW_BITS) | row;
                return earlier;
            }
            i = (i + 1) & mask;
        }
        return add(i, key, content | row);
    }

    /** Fills the empty slot i; the table is grown at half full. Nothing is added past {@link #MAX_ROWS}. */
    private int add(int i, long key, long value) {
        if (size >= MAX_ROWS) {
            return -1;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = value;
        if (++size * 4 > slots.length) {
            grow();
        }
        return -1;
    }

    /**
     * For {@link DuplicateIds}: true the first time a row with this ID ({@link DuplicateIds#hash}) is
     * counted, false when one was counted before. The ID's slots were filed when its row came in, so
     * the probe finds them in the cache; an ID the full table could not file is taken as new, as a
     * table of its own would have taken it.
     */
    boolean firstCounted(long idHash) {
        long key = idKey(idHash);
        long[] t = slots;
        int mask = (t.length >> 1) - 1;
        int first = -1;
        for (int i = home(key, mask); t[2 * i] != 0; i = (i + 1) & mask) {
            if (t[2 * i] == key) {
                if ((t[2 * i + 1] & COUNTED) != 0) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first >= 0) {
            t[2 * first + 1] |= COUNTED;
        }
        return true;
    }

    /**
     * Works out the ID keys of a batch of rows, then reads the home slot of each in a tight loop of
     * independent loads, which the CPU overlaps: a year of calls spent most of this class's time
     * waiting for one cache miss a row, in turn.
     */
    @Override
    public void ahead(List<SheetRow> rows) {
        if (idCol < 0) {
            return;
        }
        int n = rows.size();
        if (aheadKeys.length < n) {
            aheadKeys = new long[n];
            aheadRows = new SheetRow[n];
        }
        for (int i = 0; i < n; i++) {
            SheetRow row = rows.get(i);
            aheadRows[i] = row;
            aheadKeys[i] = keyOf(row);
        }
        aheadCount = n;
        aheadAt = 0;
        long[] t = slots;
        int mask = (t.length >> 1) - 1;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            long k = aheadKeys[i];
            if (k != 0) {
                sum += t[2 * home(k, mask)];
            }
        }
        touched += sum;
    }

    /** The key the row's ID is filed under, from the batch looked ahead at when it is there; 0 for a row without an ID. */
    private long idKey(SheetRow row) {
        int r = row.rowNumber();
        for (int i = aheadAt; i < aheadCount && aheadRows[i].rowNumber() <= r; i++) {
            if (aheadRows[i] == row) {
                aheadAt = i + 1;
                return aheadKeys[i];
            }
        }
        return keyOf(row);
    }

    private long keyOf(SheetRow row) {
        String id = Values.text(row.get(idCol));
        return id.isEmpty() ? 0 : idKey(DuplicateIds.hash(id));
    }

    /** The key an ID is filed under: apart from content hashes, and never 0 (the empty slot). */
    private static long idKey(long idHash) {
        long k = RowHash.mix(idHash ^ 0x5bd1e9955bd1e995L);
        return k == 0 ? 1 : k;
    }

    private static int home(long k, int mask) {
        return (int) (k ^ (k >>> 32)) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = (slots.length >> 1) - 1;
        for (int j = 0; j < old.length; j += 2) {
            long k = old[j];
            if (k != 0) {
                int i = home(k, mask);
                while (slots[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = k;
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }
}
