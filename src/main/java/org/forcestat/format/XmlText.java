package org.forcestat.format;

/** The one XML escaper of the writers: text and double-quoted attribute values. */
public final class XmlText {
    private XmlText() {
    }

    /** Appends {@code s} escaped for XML text or a double-quoted attribute; drops characters XML 1.0 cannot hold. */
    public static StringBuilder escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append('\n');
                case '\t' -> b.append('\t');
                case '\r' -> b.append("&#13;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        b.append(c);
                    }
                }
            }
        }
        return b;
    }
}
