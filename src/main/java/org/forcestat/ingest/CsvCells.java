package org.forcestat.ingest;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Makes the {@link Cell}s of a CSV's fields from their bytes, as {@link CsvSource#cell} makes them
 * from text, with less work: a plain number ("-0.964269") is read from the bytes without a
 * {@code String}, and a value seen before in the same column ("2018-10", a force, a crime type)
 * gives the same {@code Cell} again, looked up by its bytes. A police.uk month repeats a few
 * hundred values in most of its twelve columns, so most fields of most rows cost neither a String
 * nor a Cell, and the checks downstream meet the same String again (its hash code kept).
 *
 * <p>A column that does not repeat (IDs, coordinates) stops being remembered after
 * {@link #TRIAL} fields in which fewer than {@link #MIN_HITS} in 64 were repeats, so it costs
 * nothing more. Only values of at most {@link #MAX_LENGTH} bytes are remembered, at most
 * {@link #MAX_VALUES} in a column and {@link #MAX_REMEMBERED} in all (a few MB), so memory stays
 * bounded however wide or varied the file.
 */
final class CsvCells {
    static final int TRIAL = 4096;
    static final int MIN_HITS = 16;
    static final int MAX_VALUES = 1 << 14;
    static final int MAX_LENGTH = 64;
    static final int MAX_REMEMBERED = 1 << 16;

    private final char delimiter;
    private Charset charset;
    private Column[] columns = new Column[16];
    private int remembered;

    CsvCells(char delimiter, Charset charset) {
        this.delimiter = delimiter;
        this.charset = charset;
    }

    /**
     * Decodes the fields from now on in {@code charset}: a CSV's charset is decided when its first
     * byte that is not ASCII is met ({@link CsvSource}); the values remembered before are ASCII, the
     * same in either.
     */
    void charset(Charset charset) {
        this.charset = charset;
    }

    /** The remembered values of one column: an open-addressing table of their bytes and cells. */
    private static final class Column {
        byte[][] keys = new byte[16][];
        Cell[] cells = new Cell[16];
        int size;
        int lookups;
        int hits;
        boolean off;
    }

    /** The cell for the non-empty field {@code b[from, from + len)} in 0-based column {@code col}. */
    Cell cell(int col, byte[] b, int from, int len) {
        Column k = column(col);
        if (k.off || len > MAX_LENGTH) {
            return make(col, b, from, len);
        }
        int h = hash(b, from, len);
        byte[][] keys = k.keys;
        int mask = keys.length - 1;
        int i = h & mask;
        for (byte[] key; (key = keys[i]) != null; i = (i + 1) & mask) {
            if (key.length == len && Arrays.equals(key, 0, len, b, from, from + len)) {
                k.hits++;
                k.lookups++;
                return k.cells[i];
            }
        }
        Cell cell = make(col, b, from, len);
        if (++k.lookups == TRIAL && k.hits * 64 < MIN_HITS * TRIAL) {
            k.off = true;
            remembered -= k.size;
            k.keys = null;
            k.cells = null;
            return cell;
        }
        if (k.size < MAX_VALUES && remembered < MAX_REMEMBERED) {
            remembered++;
            keys[i] = Arrays.copyOfRange(b, from, from + len);
            k.cells[i] = cell;
            if (++k.size * 2 > keys.length) {
                grow(k);
            }
        }
        return cell;
    }

    private Column column(int col) {
        if (col >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(col + 1, columns.length * 2));
        }
        Column k = columns[col];
        if (k == null) {
            k = new Column();
            columns[col] = k;
        }
        return k;
    }

    /**
     * A hash of a field's length and five of its bytes (first, last, middle, quarters): the values
     * of a column that repeats differ there, and a collision only costs a comparison of the bytes.
     */
    static int hash(byte[] b, int from, int len) {
        int q = len >> 2;
        int h = len;
        h = 31 * h + b[from];
        h = 31 * h + b[from + q];
        h = 31 * h + b[from + (len >> 1)];
        h = 31 * h + b[from + len - 1 - q];
        h = 31 * h + b[from + len - 1];
        h *= 0x9e3779b9;
        return h ^ (h >>> 16);
    }

    private static void grow(Column k) {
        byte[][] oldKeys = k.keys;
        Cell[] oldCells = k.cells;
        k.keys = new byte[oldKeys.length * 2][];
        k.cells = new Cell[oldKeys.length * 2];
        int mask = k.keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            byte[] key = oldKeys[j];
            if (key != null) {
                int i = hash(key, 0, key.length) & mask;
                while (k.keys[i] != null) {
                    i = (i + 1) & mask;
                }
                k.keys[i] = key;
                k.cells[i] = oldCells[j];
            }
        }
    }

    /**
     * True for the bytes a number {@link CsvSource#cell} reads can hold besides its digits: a sign,
     * a thousands or decimal separator, and the bytes of a £ (C2 A3 in UTF-8, A3 in Windows-1252).
     */
    private static boolean numberByte(byte c) {
        return c == '.' || c == ',' || c == '-' || c == '+' || c == (byte) 0xc2 || c == (byte) 0xa3;
    }

    /**
     * The cell {@link CsvSource#cell} makes of the field's text. A field of an optional sign, at most
     * 15 digits and an optional point (not a '.' in a semicolon file, where it groups thousands) is
     * read here, as {@link CsvSource#decimal} reads it; anything else goes through its text.
     */
    private Cell make(int col, byte[] b, int from, int len) {
        int i = from;
        int end = from + len;
        boolean negative = b[i] == '-';
        if (negative || b[i] == '+') {
            i++;
        }
        int start = i;
        long m = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < end; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0 && delimiter != ';') {
                decimals = 0;
            } else {
                break;
            }
        }
        if (i < end && !numberByte(b[i])) {
            // A letter, a space, a "/" or ":": no number has one ("E01023677", a Crime ID).
            return Cell.text(col, new String(b, from, len, charset), null);
        }
        // A leading zero is a code (an ID, a phone number), kept as text: CsvSource.isPlainNumber says so.
        if (i < end || digits == 0 || digits > 15 || b[start] == '0' && end > start + 1 && b[start + 1] != '.') {
            return CsvSource.cell(col, new String(b, from, len, charset), delimiter);
        }
        double v = decimals > 0 ? m / CsvSource.POWERS[decimals] : m;
        return Cell.number(col, negative ? -v : v, false, null);
    }
}
