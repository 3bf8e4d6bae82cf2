package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * Splits CSV bytes (UTF-8, or a one-byte charset such as Windows-1252) into records of text fields,
 * byte by byte, as commons-csv's {@code CSVFormat.DEFAULT} with empty lines kept does: a record ends
 * at CR, LF or CR LF; a field that starts with a double quote runs to the closing quote, holding
 * delimiters, line breaks and doubled quotes (read as one); a quote inside an unquoted field is
 * text; an empty line is a record of one empty field. Anything but whitespace between a closing
 * quote and the next delimiter, or the end of the file inside quotes, is an {@link IOException}.
 *
 * <p>Why by hand (docs/decisions/csv-parser.md): commons-csv decodes every byte to a char and
 * reads them one at a time through two buffered readers; on a month of police.uk data for every
 * force (76 MB) it took 1.3 s of CPU, this 0.3 s, and both the delimiter and the quote are ASCII,
 * so they cannot occur inside a UTF-8 or Windows-1252 multi-byte character.
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
    /** A quoted field's bytes, its doubled quotes made single. */
    private byte[] scratch = new byte[256];
    private long line = 1;

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
     * Reads the next record's fields into {@code fields} (cleared first); false at the end of the
     * input, when no record is left.
     */
    boolean next(List<String> fields) throws IOException {
        fields.clear();
        if (pos == lim && !fill(pos)) {
            return false;
        }
        while (true) {
            if (pos == lim && !fill(pos)) {
                // The input ended right after a delimiter: the record's last field is empty.
                fields.add("");
                return true;
            }
            if (buf[pos] == QUOTE) {
                pos++;
                fields.add(quoted());
                // After the closing quote: whitespace, then a delimiter, a line end or the end.
                while (true) {
                    if (pos == lim && !fill(pos)) {
                        return true;
                    }
                    byte b = buf[pos++];
                    if (b == delimiter) {
                        break;
                    }
                    if (b == LF || b == CR) {
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
                while (true) {
                    if (pos == lim) {
                        boolean more = fill(start);
                        start = 0;
                        if (!more) {
                            fields.add(text(buf, 0, lim));
                            return true;
                        }
                    }
                    byte b = buf[pos];
                    if (b == delimiter) {
                        fields.add(text(buf, start, pos - start));
                        pos++;
                        break;
                    }
                    if (b == LF || b == CR) {
                        fields.add(text(buf, start, pos - start));
                        pos++;
                        endLine(b);
                        return true;
                    }
                    pos++;
                }
            }
        }
    }

    /** The rest of a quoted field, after its opening quote, up to and past its closing quote. */
    private String quoted() throws IOException {
        int n = 0;
        long startLine = line;
        while (true) {
            if (pos == lim && !fill(pos)) {
                throw new IOException("line cannot be parsed as CSV: the end of the file came inside a quoted field that starts on line "
                        + startLine);
            }
            byte b = buf[pos++];
            if (b == QUOTE) {
                if (pos == lim && !fill(pos) || buf[pos] != QUOTE) {
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
        return text(scratch, 0, n);
    }

    /** Past a line end: a CR LF pair is one line end. */
    private void endLine(byte b) throws IOException {
        line++;
        if (b == CR && (pos < lim || fill(pos)) && buf[pos] == LF) {
            pos++;
        }
    }

    private String text(byte[] b, int from, int len) {
        return len == 0 ? "" : new String(b, from, len, charset);
    }

    /** Whitespace as commons-csv allows it after a closing quote ({@link Character#isWhitespace}) other than CR and LF. */
    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == 0x0b || b == '\f' || b >= 0x1c && b <= 0x1f;
    }

    /**
     * Reads more bytes, keeping those from {@code keepFrom} on (moved to the front, the buffer grown
     * when they fill it; {@code pos} moves with them); false at the end of the input.
     */
    private boolean fill(int keepFrom) throws IOException {
        int kept = lim - keepFrom;
        if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (keepFrom > 0) {
            System.arraycopy(buf, keepFrom, buf, 0, kept);
            pos -= keepFrom;
            lim = kept;
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
