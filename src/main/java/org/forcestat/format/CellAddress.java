package org.forcestat.format;

/** Converts between 0-based row/column numbers and the A1 references users see. */
public final class CellAddress {
    private CellAddress() {
    }

    /** "A1" for (0, 0). */
    public static String a1(int row, int col) {
        return column(col) + (row + 1);
    }

    /** "A" for 0, "AA" for 26. */
    public static String column(int col) {
        StringBuilder b = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            b.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    /** 0-based column of an A1 reference's letters ("B7" gives 1); -1 when there are none. */
    public static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }
}
