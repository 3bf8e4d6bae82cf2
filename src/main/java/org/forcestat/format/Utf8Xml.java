package org.forcestat.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * An XML part as UTF-8 bytes, so that {@link XmlPull} reads every part: a part that is UTF-8 already
 * passes through; one in UTF-16 (by its byte-order mark or its zero bytes) or in an encoding its
 * declaration names is decoded and encoded again as it streams. The declaration still names the old
 * encoding; {@link XmlPull} skips declarations. Excel writes UTF-8 only; other writers, rarely, do not.
 */
public final class Utf8Xml {
    private Utf8Xml() {
    }

    /** The part's bytes as UTF-8; an encoding Java does not know is an IOException naming it. */
    public static InputStream of(InputStream part) throws IOException {
        PushbackInputStream in = new PushbackInputStream(part, XmlPull.HEAD);
        byte[] head = new byte[XmlPull.HEAD];
        int n = in.readNBytes(head, 0, XmlPull.HEAD);
        in.unread(head, 0, n);
        if (XmlPull.isUtf8(head, n)) {
            return in;
        }
        return new Transcoding(new InputStreamReader(in, charset(head, n)));
    }

    /** The encoding of a part that is not UTF-8: its mark, its zero bytes, else its declaration. */
    static Charset charset(byte[] head, int n) throws IOException {
        int b0 = n > 0 ? head[0] & 0xFF : -1;
        int b1 = n > 1 ? head[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        String s = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        int e = s.indexOf("encoding");
        int q1 = e < 0 ? -1 : indexOfQuote(s, e);
        int q2 = q1 < 0 ? -1 : s.indexOf(s.charAt(q1), q1 + 1);
        if (q2 < 0) {
            throw new IOException("the XML declaration's encoding cannot be read");
        }
        String name = s.substring(q1 + 1, q2).trim();
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
            throw new IOException("the part is in the encoding \"" + name + "\", which Java cannot read");
        }
    }

    private static int indexOfQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                return i;
            }
            if (c == '?' || c == '>') {
                return -1;
            }
        }
        return -1;
    }

    /** Characters from a reader, as UTF-8 bytes; a leading byte-order mark is dropped. */
    private static final class Transcoding extends InputStream {
        private final Reader reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 4);
        private boolean first = true;
        private boolean eof;

        Transcoding(Reader reader) {
            this.reader = reader;
            chars.flip();
            bytes.flip();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!bytes.hasRemaining()) {
                if (eof && !chars.hasRemaining()) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
        }

        private void fill() throws IOException {
            chars.compact();
            int r = eof ? -1 : reader.read(chars);
            if (r < 0) {
                eof = true;
            }
            chars.flip();
            if (first && chars.hasRemaining()) {
                first = false;
                if (chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
            }
            bytes.clear();
            encoder.encode(chars, bytes, eof);
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
