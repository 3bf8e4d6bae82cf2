package org.forcestat.ingest;

/**
 * A 64-bit hash of a row's content (each non-blank cell's column, type and value; not the row
 * number), for finding repeated rows and sheets without keeping them. Text is hashed character by
 * character (FNV-1a, 64 bits), never through {@code String.hashCode}, whose 32 bits would make two
 * different call IDs collide about a hundred times in a million rows. Numbers are hashed as read,
 * not to the last bit: a workbook saved again by LibreOffice writes the date-time 42443.82291666666 as
 * 42443.8229166667 (15 digits), and its shared strings and styles differently, yet holds the same
 * values and must hash the same. Date-times go to the nearest second; other numbers to 12
 * significant digits, not 15, because rounding a 17-digit value and its 15-digit rewrite to 15 digits
 * again splits them whenever the 15th digit is a 5 (89 of 1,791 date-times of a real re-save).
 */
final class RowHash {
    private static final long PRIME = 0x100000001b3L;
    /** 10^0 .. 10^300: Math.pow per date-time cell was a visible cost on a year of calls. */
    private static final double[] POW10 = new double[301];

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + i);
        }
    }

    private RowHash() {
    }

    static long of(SheetRow row) {
        long h = 0xcbf29ce484222325L;
        for (Cell c : row.cells()) {
            if (c.isBlank()) {
                continue;
            }
            h = (h ^ c.col()) * PRIME;
            h = (h ^ c.type().ordinal()) * PRIME;
            switch (c.type()) {
                case NUMBER, BOOLEAN -> h = (h ^ Double.doubleToLongBits(asRead(c.number(), c.dateFormatted()))) * PRIME;
                default -> {
                    String t = c.text();
                    for (int i = 0; i < t.length(); i++) {
                        h = (h ^ t.charAt(i)) * PRIME;
                    }
                }
            }
        }
        return mix(h);
    }

    /** {@code v} as its reader sees it: a date-time to the second, another number to 12 significant digits. */
    static double asRead(double v, boolean dateTime) {
        if (v == Math.rint(v) || !Double.isFinite(v)) {
            return v == 0 ? 0 : v;
        }
        if (dateTime) {
            return Math.rint(v * 86_400) / 86_400;
        }
        int digits = 11 - (int) Math.floor(Math.log10(Math.abs(v)));
        if (digits <= 0 || digits > 300) {
            return v;
        }
        double scale = POW10[digits];
        double r = Math.rint(v * scale) / scale;
        return Double.isFinite(r) ? r : v;
    }

    /** FNV-1a's starting value, and the start a record's whole-row key is seeded from. */
    static final long START = 0xcbf29ce484222325L;

    /** {@code h} with one more value (a column number, a minute) folded in, as a character is. */
    static long fold(long h, int value) {
        return (h ^ value) * PRIME;
    }

    /**
     * A record without an ID, keyed by its whole row for matching it in another file: every non-blank
     * field but the two columns named (its date and time, which are in the key) as text, so that an
     * xlsx and its CSV export give the same hash (a number and the same number as text alike), folded
     * into {@code h}.
     */
    static long fieldsAsText(SheetRow row, long h, int skip, int skipToo) {
        for (Cell c : row.cells()) {
            if (c.isBlank() || c.col() == skip || c.col() == skipToo) {
                continue;
            }
            h = fold(h, c.col() + 1);
            String t = Values.text(c);
            for (int i = 0; i < t.length(); i++) {
                h = fold(h, t.charAt(i));
            }
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: spreads every input bit over the result. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
