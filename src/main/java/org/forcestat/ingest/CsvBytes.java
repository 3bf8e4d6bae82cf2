package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * Splits CSV bytes (UTF-8, or a one-byte charset such as Windows-1252) into records of fields,
 * byte by byte, as commons-csv's {@code CSVFormat.DEFAULT} with empty lines kept does: a record ends
 * at CR, LF or CR LF; a field that starts with a double quote runs to the closing quote, holding
 * delimiters, line breaks and doubled quotes (read as one); a quote inside an unquoted field is
 * text; an empty line is a record of one empty field. Anything but whitespace between a closing
 * quote and the next delimiter, or the end of the file inside quotes, is an {@link IOException}.
 *
 * <p>{@link #record()} leaves a record's fields as byte ranges ({@link #bytes}, {@link #from},
 * {@link #length}), so a caller that meets the same value again, or a number, need make no
 * {@code String} of it (docs/decisions/0006-csv-cells-from-bytes.md); {@link #next(List)} gives
 * the fields as text.
 *
 * <p>Why by hand (docs/decisions/0005-csv-split-by-bytes.md): commons-csv decodes every byte to a
 * char and reads them one at a time through two buffered readers; both the delimiter and the quote
 * are ASCII, so they cannot occur inside a UTF-8 or Windows-1252 multi-byte character.
 */
final class CsvBytes {
    private static final byte QUOTE = '"';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final InputStream in;
    private final Charset charset;
    private final byte delimiter;
    private byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    /** Where the record being read starts in {@link #buf}: its bytes are kept when more are read. */
    private int recStart;
    /** The record's quoted fields, one after another, their doubled quotes made single. */
    private byte[] scratch = new byte[256];
    private int scratchLen;
    /** The record's fields: where each starts, its length, and whether it is in {@link #scratch}. */
    private int count;
    private int[] from = new int[16];
    private int[] len = new int[16];
    private boolean[] quoted = new boolean[16];
    private long line = 1;
    /** The length of the record last read in {@link #buf} from {@link #recStart}, without its line end. */
    private int rawLen;
    /** Whether that record is all ASCII, as the plain-record loop found as it read: 1 yes, -1 no, 0 not known. */
    private int ascii;

    CsvBytes(InputStream in, Charset charset, char delimiter) {
        this(in, charset, delimiter, 1 << 16);
    }

    /** With a buffer of {@code bufferSize} bytes to start with (tests use tiny ones to cross its edges). */
    CsvBytes(InputStream in, Charset charset, char delimiter, int bufferSize) {
        this.buf = new byte[bufferSize];
        if (delimiter > 0x7f) {
            throw new IllegalArgumentException("delimiter must be ASCII: " + delimiter);
        }
        this.in = in;
        this.charset = charset;
        this.delimiter = (byte) delimiter;
    }

    /** The line the parser has reached (1-based), for messages. */
    long line() {
        return line;
    }

    /**
     * Reads the next record's fields into {@code fields} (cleared first) as text; false at the end
     * of the input, when no record is left.
     */
    boolean next(List<String> fields) throws IOException {
        fields.clear();
        if (!record()) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            fields.add(text(i));
        }
        return true;
    }

    /** The number of fields of the record last read by {@link #record()}. */
    int fields() {
        return count;
    }

    /** The array holding field {@code i}'s bytes (valid until the next {@link #record()}). */
    byte[] bytes(int i) {
        return quoted[i] ? scratch : buf;
    }

    /** Where field {@code i} starts in {@link #bytes(int)}. */
    int from(int i) {
        return from[i];
    }

    /** The length in bytes of field {@code i}. */
    int length(int i) {
        return len[i];
    }

    /** Field {@code i} as text. */
    String text(int i) {
        return len[i] == 0 ? "" : new String(bytes(i), from[i], len[i], charset);
    }

    /**
     * Reads the next record, leaving its fields for {@link #fields()}, {@link #bytes(int)},
     * {@link #from(int)} and {@link #length(int)}; false at the end of the input, when no record is left.
     */
    boolean record() throws IOException {
        count = 0;
        scratchLen = 0;
        recStart = pos;
        if (plainRecord()) {
            return true;
        }
        count = 0;
        pos = recStart;
        ascii = 0;
        return anyRecord();
    }

    /**
     * Reads the record at {@link #pos} if it is a plain one: no field starts with a quote, and its line
     * end is in the buffer (and, for a CR, the byte after it). True when it was read; false, with
     * {@link #pos} and {@link #line} unmoved, for {@link #anyRecord()} to read it.
     *
     * <p>Most records are plain, and this loop has no test for the buffer's end inside a field nor for
     * quotes: the JIT compiles the rows' path once, instead of again each time a rarer case (the buffer
     * ending just after a delimiter, inside or after a quoted field) first turns up mid-file, which it
     * did five or six times in a police.uk month (docs/performance.md).
     */
    private boolean plainRecord() {
        byte[] b = buf;
        byte d = delimiter;
        int l = lim;
        int start = pos;
        int acc = 0;
        for (int p = start; p < l; p++) {
            byte c = b[p];
            acc |= c;
            if (c == d) {
                add(start, p - start, false);
                start = p + 1;
            } else if (c == LF || c == CR) {
                int next = p + 1;
                if (c == CR) {
                    if (next == l) {
                        return false;
                    }
                    if (b[next] == LF) {
                        next++;
                    }
                }
                add(start, p - start, false);
                rawLen = p - recStart;
                pos = next;
                line++;
                // The line end's byte was OR-ed in too: CR and LF are ASCII, so the answer is the same.
                ascii = acc < 0 ? -1 : 1;
                return true;
            } else if (c == QUOTE && p == start) {
                return false;
            }
        }
        return false;
    }

    /** {@link #record()} for any record: quoted fields, and a record the buffer holds only part of. */
    private boolean anyRecord() throws IOException {
        if (pos == lim && !fill()) {
            return false;
        }
        while (true) {
            if (pos == lim && !fill()) {
                // The input ended right after a delimiter: the record's last field is empty.
                add(pos, 0, false);
                rawLen = pos - recStart;
                return true;
            }
            if (buf[pos] == QUOTE) {
                pos++;
                quotedField();
                // After the closing quote: whitespace, then a delimiter, a line end or the end.
                while (true) {
                    if (pos == lim && !fill()) {
                        rawLen = pos - recStart;
                        return true;
                    }
                    byte b = buf[pos++];
                    if (b == delimiter) {
                        break;
                    }
                    if (b == LF || b == CR) {
                        rawLen = pos - 1 - recStart;
                        endLine(b);
                        return true;
                    }
                    if (!isWhitespace(b)) {
                        throw new IOException("line cannot be parsed as CSV: invalid character between the closing quote of a field and the "
                                + "delimiter on line " + line);
                    }
                }
            } else {
                int start = pos;
                byte d = delimiter;
                byte[] b = buf;
                int p = pos;
                int l = lim;
                while (true) {
                    if (p == l) {
                        pos = p;
                        int done = p - start;
                        boolean more = fill();
                        start = pos - done;
                        if (!more) {
                            add(start, pos - start, false);
                            rawLen = pos - recStart;
                            return true;
                        }
                        b = buf;
                        p = pos;
                        l = lim;
                    }
                    byte c = b[p];
                    if (c == d) {
                        pos = p + 1;
                        add(start, p - start, false);
                        break;
                    }
                    if (c == LF || c == CR) {
                        pos = p + 1;
                        add(start, p - start, false);
                        rawLen = p - recStart;
                        endLine(c);
                        return true;
                    }
                    p++;
                }
            }
        }
    }

    /**
     * A 64-bit hash of the record last read by {@link #record()}, as it stands in the file (its
     * fields with their quotes and delimiters, without its line end): equal records hash equal, and
     * two different records share a hash with a chance of about 2^-64 (the rows of a sheet are
     * compared by it, see {@link SheetRow#contentHash()}). Never 0. Eight bytes at a time, one
     * multiplication each (FxHash's step), then SplitMix64's finaliser ({@link RowHash#mix}).
     */
    long rawHash() {
        byte[] b = buf;
        int i = recStart;
        int end = recStart + rawLen;
        long h = rawLen;
        for (; i + 8 <= end; i += 8) {
            long w = (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48
                    | (b[i + 7] & 0xffL) << 56;
            h = (Long.rotateLeft(h, 5) ^ w) * 0x517cc1b727220a95L;
        }
        long w = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            w |= (b[i] & 0xffL) << shift;
        }
        h = (Long.rotateLeft(h, 5) ^ w) * 0x517cc1b727220a95L;
        h = RowHash.mix(h);
        return h == 0 ? 1 : h;
    }

    /**
     * True when every byte of the record last read by {@link #record()} is ASCII (its line end is).
     * A plain record was tested as it was split; another, sixty-four bytes at a time, OR-ed together:
     * one test a block, in a loop the JIT can vectorise.
     */
    boolean rawAscii() {
        if (ascii != 0) {
            return ascii > 0;
        }
        byte[] b = buf;
        int i = recStart;
        int end = recStart + rawLen;
        int acc = 0;
        for (; i + 64 <= end; i += 64) {
            for (int j = i; j < i + 64; j++) {
                acc |= b[j];
            }
            if (acc < 0) {
                return false;
            }
        }
        for (; i < end; i++) {
            acc |= b[i];
        }
        return acc >= 0;
    }

    private void add(int start, int length, boolean inScratch) {
        if (count == from.length) {
            from = Arrays.copyOf(from, count * 2);
            len = Arrays.copyOf(len, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
        }
        from[count] = start;
        len[count] = length;
        quoted[count] = inScratch;
        count++;
    }

    /** The rest of a quoted field, after its opening quote, up to and past its closing quote, into {@link #scratch}. */
    private void quotedField() throws IOException {
        int start = scratchLen;
        int n = scratchLen;
        long startLine = line;
        while (true) {
            if (pos == lim && !fill()) {
                throw new IOException("line cannot be parsed as CSV: the end of the file came inside a quoted field that starts on line "
                        + startLine);
            }
            byte b = buf[pos++];
            if (b == QUOTE) {
                if (pos == lim && !fill() || buf[pos] != QUOTE) {
                    break;
                }
                pos++;
            } else if (b == LF) {
                line++;
            }
            if (n == scratch.length) {
                scratch = Arrays.copyOf(scratch, n * 2);
            }
            scratch[n++] = b;
        }
        scratchLen = n;
        add(start, n - start, true);
    }

    /** Past a line end: a CR LF pair is one line end. */
    private void endLine(byte b) throws IOException {
        line++;
        if (b == CR && (pos < lim || fill()) && buf[pos] == LF) {
            pos++;
        }
    }

    /** Whitespace as commons-csv allows it after a closing quote ({@link Character#isWhitespace}) other than CR and LF. */
    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == 0x0b || b == '\f' || b >= 0x1c && b <= 0x1f;
    }

    /**
     * Reads more bytes, keeping the record's from {@link #recStart} on (moved to the front, the
     * buffer grown when they fill it; {@code pos} and the record's fields move with them); false at
     * the end of the input.
     */
    private boolean fill() throws IOException {
        if (recStart > 0) {
            int shift = recStart;
            int kept = lim - shift;
            System.arraycopy(buf, shift, buf, 0, kept);
            pos -= shift;
            lim = kept;
            recStart = 0;
            for (int i = 0; i < count; i++) {
                if (!quoted[i]) {
                    from[i] -= shift;
                }
            }
        }
        if (lim == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        if (eof) {
            return false;
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }
}
