package org.forcestat.pipeline;

/**
 * Text from inputs (a file name, a sheet name, a cell) made safe to print on a terminal or in the log:
 * control characters become visible escapes ({@code \n}, {@code \x1b}), so a file named
 * "x&#92;nSummary written to ..." cannot forge a line, and escape codes cannot recolour or clear the screen.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code s} with each control character (C0, DEL, C1, line and paragraph separators, bidi overrides) escaped. */
    public static String of(String s) {
        if (s == null) {
            return "null";
        }
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    /** True for characters a terminal acts on instead of showing. A tab is shown as a tab. */
    static boolean unsafe(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
