package org.forcestat.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.forcestat.format.CellAddress;
import org.xml.sax.SAXParseException;

/**
 * A small pull reader for the two big parts of an .xlsx, the worksheets and the shared strings,
 * working on their UTF-8 bytes.
 *
 * <p>Why not SAX: the JDK's parser spends most of a million-row read building names, symbol
 * tables, attribute objects and char arrays for cells whose values are a few ASCII digits
 * (issue 3 measured it at about two thirds of the read). This reader hands out the element's
 * local name and attribute values as bytes in its buffer, and decodes text only when asked.
 *
 * <p>What it accepts: elements with attributes (namespace prefixes are dropped from element
 * names), text with the five predefined entities and character references, CDATA sections,
 * comments and processing instructions. Nesting is checked. A {@code <!DOCTYPE} is refused with a
 * {@link SAXParseException}, as the JDK parser with POI's settings refuses it, so nothing can be
 * expanded or fetched. Only UTF-8 is read: {@link #isUtf8(byte[], int)} tells the caller when to
 * use SAX instead (Excel always writes UTF-8).
 */
public final class XmlPull {
    public static final int EOF = -1;
    public static final int START = 1;
    public static final int END = 2;
    public static final int TEXT = 3;

    private static final int MAX_DEPTH = 4096;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private long consumed;

    private int nameStart;
    private int nameEnd;
    private int attrCount;
    private int[] attrs = new int[4 * 16];
    private boolean pendingEnd;
    private boolean textPending;
    private boolean cdata;
    private boolean sawElement;

    /** The open elements' name hashes and lengths (see {@link #push}). */
    private int[] openHash = new int[64];
    private int[] openLength = new int[64];
    private int depth;

    public XmlPull(InputStream in) {
        this.in = in;
    }

    /**
     * False when the first bytes of a part (a byte-order mark, or the XML declaration's
     * {@code encoding}) say it is not UTF-8.
     */
    public static boolean isUtf8(byte[] head, int n) {
        if (n >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
            return false;
        }
        if (n >= 2 && head[0] == 0 || n >= 2 && head[1] == 0) {
            return false;
        }
        String s = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        int decl = s.indexOf("<?xml");
        if (decl < 0 || decl > 3) {
            return true;
        }
        int end = s.indexOf("?>", decl);
        String prolog = end < 0 ? s.substring(decl) : s.substring(decl, end);
        int e = prolog.indexOf("encoding");
        if (e < 0) {
            return true;
        }
        int q = e + "encoding".length();
        while (q < prolog.length() && (prolog.charAt(q) == '=' || prolog.charAt(q) == ' ')) {
            q++;
        }
        if (q >= prolog.length()) {
            return false;
        }
        char quote = prolog.charAt(q);
        int close = prolog.indexOf(quote, q + 1);
        if (close < 0) {
            return false;
        }
        String enc = prolog.substring(q + 1, close).trim();
        return enc.equalsIgnoreCase("UTF-8") || enc.equalsIgnoreCase("UTF8");
    }

    /**
     * Moves to the next event: {@link #START} (then {@link #END} at once for an empty element),
     * {@link #END}, {@link #TEXT} or {@link #EOF}. Text not read with {@link #readText} is skipped.
     */
    public int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            pop();
            return END;
        }
        if (textPending) {
            readText(null);
        }
        while (true) {
            if (pos >= lim && !more()) {
                if (depth != 0) {
                    throw malformed("the part ends inside an element");
                }
                if (!sawElement) {
                    throw malformed("the part holds no element (an empty or cut-off file)");
                }
                return EOF;
            }
            if (buf[pos] != '<') {
                textPending = true;
                cdata = false;
                return TEXT;
            }
            ensure(2);
            byte b = pos + 1 < lim ? buf[pos + 1] : 0;
            if (b == '/') {
                endTag();
                return END;
            }
            if (b == '?') {
                skipPast("?>");
                continue;
            }
            if (b == '!') {
                ensure(9);
                if (startsWith("<!--")) {
                    skipPast("-->");
                    continue;
                }
                if (startsWith("<![CDATA[")) {
                    advance(9);
                    textPending = true;
                    cdata = true;
                    return TEXT;
                }
                throw new SAXParseExceptionIO(new SAXParseException(
                        "DOCTYPE is disallowed: the part declares entities (" + preview() + ")", null));
            }
            startTag();
            return START;
        }
    }

    /** Length of the current element's local name (after any prefix). */
    public int nameLength() {
        return nameEnd - nameStart;
    }

    /** A byte of the current element's local name. */
    public byte nameByte(int i) {
        return buf[nameStart + i];
    }

    /** True when the current element's local name is {@code s} (ASCII). */
    public boolean nameIs(String s) {
        return bytesAre(nameStart, nameEnd, s);
    }

    /** True when the buffer's bytes from {@code from} to {@code to} are exactly {@code s} (ASCII). */
    private boolean bytesAre(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (buf[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public int attrCount() {
        return attrCount;
    }

    /** Elements open around the current event (0 outside the root element). */
    public int depth() {
        return depth;
    }

    /** The current element's local name as a string (after any prefix). */
    public String localName() {
        return new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
    }

    /** Attribute {@code i}'s name as written (with any prefix). */
    public String attrName(int i) {
        int s = attrs[4 * i];
        return new String(buf, s, attrs[4 * i + 1] - s, StandardCharsets.UTF_8);
    }

    /** True when attribute {@code i}'s name as written is {@code name} (ASCII). */
    public boolean attrNameIs(int i, String name) {
        return bytesAre(attrs[4 * i], attrs[4 * i + 1], name);
    }

    /** True when attribute {@code i}'s name (with any prefix) is the single letter {@code c}. */
    public boolean attrNameIs(int i, char c) {
        int s = attrs[4 * i];
        return attrs[4 * i + 1] - s == 1 && buf[s] == c;
    }

    /** True when attribute {@code i}'s value is exactly {@code s} (ASCII, no entities). */
    public boolean attrValueIs(int i, String s) {
        return bytesAre(attrs[4 * i + 2], attrs[4 * i + 3], s);
    }

    /** Attribute {@code i}'s value, decoded. */
    public String attrValue(int i) throws IOException {
        int v = attrs[4 * i + 2];
        int e = attrs[4 * i + 3];
        boolean plain = true;
        for (int k = v; k < e; k++) {
            byte b = buf[k];
            if (b == '&' || b == '\t' || b == '\n' || b == '\r') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return new String(buf, v, e - v, StandardCharsets.UTF_8);
        }
        Utf8Buffer out = new Utf8Buffer();
        for (int k = v; k < e; k++) {
            byte b = buf[k];
            if (b == '&') {
                int semi = k + 1;
                while (semi < e && buf[semi] != ';') {
                    semi++;
                }
                if (semi >= e) {
                    throw malformed("an '&' in an attribute is not an entity");
                }
                entity(k + 1, semi, out);
                k = semi;
            } else {
                out.add(b == '\t' || b == '\n' || b == '\r' ? (byte) ' ' : b);
            }
        }
        return out.toString();
    }

    /**
     * Attribute {@code i}'s value as a non-negative int, or -1 when it is not plain digits (or
     * too long for an int).
     */
    public int attrInt(int i) {
        int v = attrs[4 * i + 2];
        int e = attrs[4 * i + 3];
        if (e == v || e - v > 9) {
            return -1;
        }
        int n = 0;
        for (int k = v; k < e; k++) {
            int d = buf[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    /**
     * The 0-based column of an A1 reference in attribute {@code i} ("B7" gives 1), -1 when it
     * starts with no letter, as {@link CellAddress#columnOf(String)}.
     */
    public int attrColumn(int i) {
        int v = attrs[4 * i + 2];
        int e = attrs[4 * i + 3];
        int col = 0;
        int k = v;
        while (k < e) {
            int b = buf[k];
            if (b >= 'A' && b <= 'Z') {
                col = col * 26 + (b - 'A' + 1);
            } else if (b >= 'a' && b <= 'z') {
                col = col * 26 + (b - 'a' + 1);
            } else {
                break;
            }
            k++;
        }
        return k == v ? -1 : col - 1;
    }

    /**
     * Reads the current text (or CDATA section) to its end, decoded, and appends it to
     * {@code out} (or skips it when {@code out} is null). XML line ends become {@code \n}.
     */
    public void readText(Utf8Buffer out) throws IOException {
        textPending = false;
        if (cdata) {
            readCdata(out);
            return;
        }
        while (true) {
            int i = pos;
            byte[] b = buf;
            int n = lim;
            while (i < n) {
                byte c = b[i];
                if (c == '<' || c == '&' || c == '\r') {
                    break;
                }
                i++;
            }
            if (out != null && i > pos) {
                out.add(b, pos, i - pos);
            }
            advance(i - pos);
            if (pos >= lim) {
                if (!more()) {
                    throw malformed("the part ends inside text");
                }
                continue;
            }
            byte c = buf[pos];
            if (c == '<') {
                return;
            }
            if (c == '\r') {
                ensure(2);
                if (out != null) {
                    out.add((byte) '\n');
                }
                advance(pos + 1 < lim && buf[pos + 1] == '\n' ? 2 : 1);
                continue;
            }
            ensure(12);
            int semi = pos + 1;
            while (semi < lim && semi < pos + 12 && buf[semi] != ';') {
                semi++;
            }
            if (semi >= lim || buf[semi] != ';') {
                throw malformed("an '&' is not followed by an entity (" + preview() + ")");
            }
            entity(pos + 1, semi, out == null ? new Utf8Buffer() : out);
            advance(semi + 1 - pos);
        }
    }

    private static final String PLAIN_T = "<t>";
    private static final String PRESERVED_T = "<t xml:space=\"preserve\">";
    private static final String PLAIN_SI_END = "</t></si>";

    /**
     * The shared-strings table's common case, read without events. Called right after the
     * {@link #START} of an {@code <si>}: when the element goes on exactly as {@code <t>text</t></si>}
     * or {@code <t xml:space="preserve">text</t></si>}, with no entity or carriage return in the
     * text, appends the text to {@code out} (as {@link #readText} would), moves past the
     * {@code </si>} and returns true. Otherwise it moves nothing and returns false, and the caller
     * reads the element's events as usual. A year of call references is a million such strings.
     */
    public boolean plainSharedString(Utf8Buffer out) throws IOException {
        if (pendingEnd || textPending) {
            return false;
        }
        ensure(PRESERVED_T.length());
        int open = startsWith(PLAIN_T) ? PLAIN_T.length() : startsWith(PRESERVED_T) ? PRESERVED_T.length() : -1;
        if (open < 0) {
            return false;
        }
        int i = open;
        while (true) {
            if (pos + i + PLAIN_SI_END.length() > lim) {
                if (!more()) {
                    return false;
                }
                continue;
            }
            byte c = buf[pos + i];
            if (c == '<') {
                break;
            }
            if (c == '&' || c == '\r') {
                return false;
            }
            i++;
        }
        if (!bytesAre(pos + i, pos + i + PLAIN_SI_END.length(), PLAIN_SI_END)) {
            return false;
        }
        out.add(buf, pos + open, i - open);
        advance(i + PLAIN_SI_END.length());
        pop();
        return true;
    }

    /** A CDATA section's text to its "]]>", with line ends made {@code \n} as in any other text. */
    private void readCdata(Utf8Buffer out) throws IOException {
        while (true) {
            int i = pos;
            while (i + 2 < lim && buf[i] != '\r' && !(buf[i] == ']' && buf[i + 1] == ']' && buf[i + 2] == '>')) {
                i++;
            }
            if (out != null) {
                out.add(buf, pos, i - pos);
            }
            advance(i - pos);
            if (pos + 2 >= lim) {
                // Fewer than three bytes left: they may start the "]]>" (or be a "\r\n").
                if (!more()) {
                    throw malformed("the part ends inside a CDATA section");
                }
                continue;
            }
            if (buf[pos] == '\r') {
                if (out != null) {
                    out.add((byte) '\n');
                }
                advance(buf[pos + 1] == '\n' ? 2 : 1);
                continue;
            }
            advance(3);
            return;
        }
    }

    /** Decodes the entity between {@code from} and {@code to} (the name, without & and ;). */
    private void entity(int from, int to, Utf8Buffer out) throws IOException {
        int n = to - from;
        if (n >= 2 && buf[from] == '#') {
            int cp = 0;
            boolean hex = buf[from + 1] == 'x';
            int k = from + (hex ? 2 : 1);
            if (k == to) {
                throw malformed("an empty character reference");
            }
            for (; k < to; k++) {
                int d = Character.digit(buf[k], hex ? 16 : 10);
                if (d < 0 || cp > 0x10FFFF) {
                    throw malformed("a bad character reference");
                }
                cp = cp * (hex ? 16 : 10) + d;
            }
            if (cp > 0x10FFFF || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw malformed("a character reference to no character");
            }
            out.addCodePoint(cp);
            return;
        }
        String name = new String(buf, from, n, StandardCharsets.ISO_8859_1);
        switch (name) {
            case "amp" -> out.add((byte) '&');
            case "lt" -> out.add((byte) '<');
            case "gt" -> out.add((byte) '>');
            case "quot" -> out.add((byte) '"');
            case "apos" -> out.add((byte) '\'');
            default -> throw new SAXParseExceptionIO(new SAXParseException(
                    "The entity \"" + name + "\" was referenced, but not declared", null));
        }
    }

    private void startTag() throws IOException {
        while (!tryStartTag()) {
            // The tag runs past the bytes read: read more (pos stays at its '<') and parse it again.
            if (!more()) {
                throw malformed("the part ends inside a tag");
            }
        }
    }

    /**
     * Parses the start tag at pos in one pass: its name, then its attributes (offsets into the
     * buffer, valid until the next call of {@link #next}). False when the buffer ends first.
     */
    private boolean tryStartTag() throws IOException {
        final byte[] b = buf;
        final int end = lim;
        int k = pos + 1;
        int local = k;
        int hash = 0;
        while (true) {
            if (k >= end) {
                return false;
            }
            byte c = b[k];
            if (c == '>' || c == '/' || c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                break;
            }
            if (c == ':') {
                local = k + 1;
            }
            hash = 31 * hash + c;
            k++;
        }
        if (k == pos + 1) {
            throw malformed("a tag with no name");
        }
        int qEnd = k;
        int count = 0;
        boolean empty;
        while (true) {
            while (k < end && isSpace(b[k])) {
                k++;
            }
            if (k >= end) {
                return false;
            }
            byte c = b[k];
            if (c == '>') {
                empty = false;
                break;
            }
            if (c == '/') {
                if (k + 1 >= end) {
                    return false;
                }
                if (b[k + 1] != '>') {
                    throw malformed("'/' inside a tag");
                }
                empty = true;
                k++;
                break;
            }
            int an = k;
            while (k < end && (c = b[k]) != '=' && c != '>' && c != '/' && !isSpace(c)) {
                k++;
            }
            int ae = k;
            while (k < end && isSpace(b[k])) {
                k++;
            }
            if (k >= end) {
                return false;
            }
            if (b[k] != '=') {
                throw malformed("an attribute without a value");
            }
            k++;
            while (k < end && isSpace(b[k])) {
                k++;
            }
            if (k >= end) {
                return false;
            }
            byte q = b[k];
            if (q != '"' && q != '\'') {
                throw malformed("an attribute value without quotes");
            }
            int vs = ++k;
            while (k < end && (c = b[k]) != q) {
                if (c == '<') {
                    throw malformed("'<' inside an attribute value");
                }
                k++;
            }
            if (k >= end) {
                return false;
            }
            if (4 * count + 4 > attrs.length) {
                attrs = Arrays.copyOf(attrs, attrs.length * 2);
            }
            attrs[4 * count] = an;
            attrs[4 * count + 1] = ae;
            attrs[4 * count + 2] = vs;
            attrs[4 * count + 3] = k;
            count++;
            k++;
        }
        attrCount = count;
        nameStart = local;
        nameEnd = qEnd;
        push(qEnd - pos - 1, hash);
        sawElement = true;
        consumed += k + 1 - pos;
        pos = k + 1;
        pendingEnd = empty;
        return true;
    }

    private void endTag() throws IOException {
        int k = pos + 2;
        int local = k;
        int hash = 0;
        while (true) {
            if (k >= lim) {
                int off = k - pos;
                int localOff = local - pos;
                if (!more()) {
                    throw malformed("the part ends inside a closing tag");
                }
                k = pos + off;
                local = pos + localOff;
                continue;
            }
            byte c = buf[k];
            if (c == '>' || isSpace(c)) {
                break;
            }
            if (c == ':') {
                local = k + 1;
            }
            hash = 31 * hash + c;
            k++;
        }
        int e = k;
        while (true) {
            if (k >= lim) {
                int off = k - pos;
                int eOff = e - pos;
                int localOff = local - pos;
                if (!more()) {
                    throw malformed("the part ends inside a closing tag");
                }
                k = pos + off;
                e = pos + eOff;
                local = pos + localOff;
                continue;
            }
            if (buf[k] == '>') {
                break;
            }
            if (!isSpace(buf[k])) {
                throw malformed("a closing tag with more than a name");
            }
            k++;
        }
        if (depth == 0) {
            throw malformed("a closing tag with no element open");
        }
        depth--;
        if (openLength[depth] != e - pos - 2 || openHash[depth] != hash) {
            throw malformed("the closing tag </" + new String(buf, pos + 2, e - pos - 2, StandardCharsets.UTF_8)
                    + "> does not match the element open");
        }
        nameStart = local;
        nameEnd = e;
        consumed += k + 1 - pos;
        pos = k + 1;
    }

    /**
     * Remembers an open element by its name's length and hash: enough to catch a closing tag that
     * does not match (a corrupt or hand-edited part) without copying every name.
     */
    private void push(int length, int hash) throws IOException {
        if (depth == MAX_DEPTH) {
            throw malformed("elements nested deeper than " + MAX_DEPTH);
        }
        if (depth == openHash.length) {
            openHash = Arrays.copyOf(openHash, depth * 2);
            openLength = Arrays.copyOf(openLength, depth * 2);
        }
        openHash[depth] = hash;
        openLength[depth] = length;
        depth++;
    }

    private void pop() {
        depth--;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private boolean startsWith(String s) {
        return lim - pos >= s.length() && bytesAre(pos, pos + s.length(), s);
    }

    private void skipPast(String end) throws IOException {
        int i = pos;
        while (true) {
            if (i + end.length() > lim) {
                int off = i - pos;
                if (!more()) {
                    throw malformed("the part ends inside a comment or instruction");
                }
                i = pos + off;
                continue;
            }
            if (bytesAre(i, i + end.length(), end)) {
                advance(i + end.length() - pos);
                return;
            }
            i++;
        }
    }

    private void advance(int n) {
        pos += n;
        consumed += n;
    }

    /** Makes at least {@code n} bytes available from pos, unless the part ends first. */
    private void ensure(int n) throws IOException {
        while (lim - pos < n && more()) {
            // keep reading
        }
    }

    /**
     * Reads more bytes, keeping everything from pos (moved to the start of the buffer; the
     * buffer grows when pos is already there). False at the end of the part.
     */
    private boolean more() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        } else if (lim == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    private String preview() {
        int n = Math.min(40, lim - pos);
        return new String(buf, pos, Math.max(n, 0), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    private IOException malformed(String what) {
        return new SAXParseExceptionIO(new SAXParseException("malformed XML: " + what + " (after byte "
                + consumed + ")", null));
    }

    /**
     * Carries a {@link SAXParseException} through methods that throw IOException; callers unwrap it
     * with {@link #getCause()} so failures read as they did from SAX.
     */
    public static final class SAXParseExceptionIO extends IOException {
        private static final long serialVersionUID = 1L;

        SAXParseExceptionIO(SAXParseException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Bytes looked at for a byte-order mark or an XML declaration naming the encoding. */
    public static final int HEAD = 256;

    /**
     * True when a part is UTF-8 (as Excel always writes), read by {@link XmlPull}; another encoding
     * is left to the JDK's SAX parser. The bytes looked at are pushed back.
     */
    public static boolean isUtf8(java.io.PushbackInputStream in) throws IOException {
        byte[] head = new byte[HEAD];
        int n = in.readNBytes(head, 0, HEAD);
        in.unread(head, 0, n);
        return isUtf8(head, n);
    }
}
