package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.format.CellAddress;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Finds repeated IDs in a sheet's ID column. Each ID is kept as a 64-bit hash in a primitive
 * open-addressing table (16 bytes a row at most, not a String each: a year of call IDs is about
 * 13 MB, not 80), bounded at {@value #MAX_IDS} IDs (beyond that no more are remembered, so late
 * duplicates may be missed but memory stays bounded). Two different IDs share a 64-bit hash with a
 * chance of about n^2 / 2^65 (2e-8 for a million IDs). One warning per sheet lists the count and
 * the first few cells. Behind {@link PastedBlocks} (a call record sheet), the IDs are not kept here:
 * its table, which files each row under its ID, is asked instead ({@link #share}).
 */
final class DuplicateIds {
    static final int MAX_IDS = 2_000_000;
    private final SheetContext ctx;
    private final String what;
    private long[] table = new long[1 << 12];
    private int size;
    private boolean hasZero;
    private final List<String> cells = new ArrayList<>();
    private long duplicates;
    private String column;
    /** The table that files this sheet's rows by ID, when there is one; then this one stays empty. */
    private PastedBlocks shared;

    DuplicateIds(SheetContext ctx, String what) {
        this.ctx = ctx;
        this.what = what;
    }

    /** Remembers the ID in a 0-based column of a row; the A1 reference is only built for a repeat. */
    void add(String id, SheetRow row, int col) {
        if (!id.isEmpty()) {
            add(id, hash(id), row, col);
        }
    }

    /** As {@link #add(String, SheetRow, int)}, with the ID's {@link #hash} already taken. */
    void add(String id, long hash, SheetRow row, int col) {
        if (column == null) {
            column = CellAddress.column(col);
        }
        if (!insert(hash)) {
            duplicates++;
            if (cells.size() < 5) {
                cells.add(row.ref(col) + " (" + id + ")");
            }
        }
    }

    /** Asks {@code rows}, which files every row of the sheet by its ID, whether an ID was counted before. */
    void share(PastedBlocks rows) {
        shared = rows;
        table = new long[0];
    }

    void report() {
        if (duplicates > 0) {
            ctx.finding(Severity.WARNING, RuleId.DUPLICATE_ID, cells.get(0).replaceAll(" .*", ""),
                    String.format("%,d repeated", duplicates), "each " + what + " ID once",
                    String.format("%,d row(s) repeat a %s ID already seen in column %s, first at %s; the rows were "
                            + "counted, so check they are not the same %s entered twice.", duplicates, what, column,
                            String.join(", ", cells), what));
        }
        table = new long[0];
        size = 0;
    }

    /** FNV-1a over the characters, then a finaliser (from SplitMix64) to spread the bits. */
    static long hash(String s) {
        return hash(s, 0, s.length());
    }

    /** {@link #hash(String)} of {@code s.substring(from, to)}, without making it. */
    static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Adds a hash; false when it was already there. Zero is the empty slot, so it is tracked apart. */
    private boolean insert(long h) {
        if (shared != null) {
            return shared.firstCounted(h);
        }
        if (h == 0) {
            boolean fresh = !hasZero;
            hasZero = true;
            return fresh;
        }
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                if (size >= MAX_IDS) {
                    return true;
                }
                table[i] = h;
                if (++size * 2 > table.length) {
                    grow();
                }
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }
}
