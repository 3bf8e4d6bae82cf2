package org.forcestat.model;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The calls of one file as 64-bit keys, so that a call already counted from another file is not
 * counted again (SPEC §4.1: a duplicate is never added). A key is the call's received day in its top
 * 24 bits (never the sign bit, so keys sort by day) and a 40-bit hash below: of its call ID where the sheet has one ({@link #ids}), else of the
 * whole row, its received minute and every other field ({@link #rows}). Sorted, the keys of a day
 * are next to each other, so a day span is a binary search. Eight bytes a call, no String: a year
 * of 827,000 calls is 6.6 MB. Two different calls of a day share a key with a chance of about
 * n^2 / 2^41 (4 in a million for 3,000 calls a day).
 */
public final class CallKeys {
    private static final int HASH_BITS = 40;
    private static final long HASH_MASK = (1L << HASH_BITS) - 1;
    /** Keys of no call. */
    public static final CallKeys NONE = new CallKeys(new long[0], new long[0]);

    private final long[] ids;
    private final long[] rows;

    private CallKeys(long[] ids, long[] rows) {
        this.ids = ids;
        this.rows = rows;
    }

    /** The key of a call received on {@code day} whose ID or row hashes to {@code hash}. */
    public static long key(LocalDate day, long hash) {
        return (day.toEpochDay() + (1L << 22)) << HASH_BITS | (hash & HASH_MASK);
    }

    /** The received day a key was made from. */
    public static LocalDate day(long key) {
        return LocalDate.ofEpochDay((key >>> HASH_BITS) - (1L << 22));
    }

    /** The first key of {@code day}, for a day span's bounds. */
    public static long firstOf(LocalDate day) {
        return key(day, 0);
    }

    /** Keys by call ID, sorted (a key repeats where a file repeats an ID on a day). Not to be changed. */
    public long[] ids() {
        return ids;
    }

    /** Keys by whole row, of the calls that have no ID, sorted. Not to be changed. */
    public long[] rows() {
        return rows;
    }

    public boolean isEmpty() {
        return ids.length == 0 && rows.length == 0;
    }

    public long size() {
        return (long) ids.length + rows.length;
    }

    /** The keys of both; neither is changed. */
    public CallKeys plus(CallKeys other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new CallKeys(join(ids, other.ids), join(rows, other.rows));
    }

    /** Two sorted arrays as one, in one pass: a workbook of twelve monthly sheets adds up its keys twelve times. */
    private static long[] join(long[] a, long[] b) {
        long[] all = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            all[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        System.arraycopy(a, i, all, k, a.length - i);
        System.arraycopy(b, j, all, k + a.length - i, b.length - j);
        return all;
    }

    /** Collects the keys of one sheet's calls as they are read; {@link #build} sorts them. */
    public static final class Builder {
        private long[] ids = new long[256];
        private int nIds;
        private long[] rows = new long[256];
        private int nRows;

        public void id(long key) {
            if (nIds == ids.length) {
                ids = Arrays.copyOf(ids, nIds * 2);
            }
            ids[nIds++] = key;
        }

        public void row(long key) {
            if (nRows == rows.length) {
                rows = Arrays.copyOf(rows, nRows * 2);
            }
            rows[nRows++] = key;
        }

        public CallKeys build() {
            if (nIds == 0 && nRows == 0) {
                return NONE;
            }
            long[] i = Arrays.copyOf(ids, nIds);
            long[] r = Arrays.copyOf(rows, nRows);
            ids = null;
            rows = null;
            Arrays.sort(i);
            Arrays.sort(r);
            return new CallKeys(i, r);
        }
    }
}
