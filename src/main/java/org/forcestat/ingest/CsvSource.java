package org.forcestat.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Streams a .csv file as one sheet named after the file. The encoding is UTF-16 after a UTF-16
 * byte-order mark (Excel's "Unicode Text"), else UTF-8 (with or without a byte-order mark) unless the
 * bytes are not valid UTF-8, when Windows-1252 (what Excel's "CSV" save writes on a UK PC) is used
 * for the whole file; the delimiter is a comma or, when the header line has more of them, a semicolon
 * (Excel's CSV in locales with a decimal comma) or a tab. Numbers (with thousands commas
 * and £ as Excel displays them, in a comma-separated file) become number cells, everything else
 * text, so a CSV reads like the same data in a workbook.
 */
public final class CsvSource implements WorkbookSource {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    /** UTF-16 from the byte-order mark, else null until {@link #resolve()} has checked the bytes. */
    private Charset charset;
    /** Bytes of a byte-order mark to skip: 3 for UTF-8, 2 for UTF-16, else 0. */
    private final int bomLength;
    private BadByte badByte;
    private final char delimiter;
    private final SheetMeta sheet;

    public CsvSource(Path file) throws IOException {
        this.file = file;
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        int b0 = n > 0 ? head[0] & 0xff : -1;
        int b1 = n > 1 ? head[1] & 0xff : -1;
        if (b0 == 0xff && b1 == 0xfe || b0 == 0xfe && b1 == 0xff) {
            // Excel's "Unicode Text" (and some exports) are UTF-16 with a byte-order mark, tab-separated.
            charset = b0 == 0xff ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            bomLength = 2;
            badByte = null;
        } else {
            boolean utf8Bom = n == 3 && b0 == 0xef && b1 == 0xbb && (head[2] & 0xff) == 0xbf;
            bomLength = utf8Bom ? 3 : 0;
            // Even behind a UTF-8 byte-order mark, bytes that are not UTF-8 are read as Windows-1252:
            // decoded as UTF-8 they would become U+FFFD and a header holding one would match nothing.
            // Which is decided when first needed (resolve()): a file of ASCII bytes, as police.uk's are,
            // reads the same in both, and is then never read twice.
        }
        delimiter = detectDelimiter();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        sheet = new SheetMeta(dot > 0 ? name.substring(0, dot) : name, 0, false);
    }

    /**
     * Where the bytes stop being UTF-8, when they do (the file is then read as Windows-1252), for a
     * finding: a header with such a byte may match nothing, and its column would be left out.
     */
    public record BadByte(long line, int value) {
    }

    /** The first byte that is not UTF-8, or null when the file is UTF-8 (or UTF-16). */
    public BadByte badByte() {
        resolveUnchecked();
        return badByte;
    }

    /**
     * Decides the charset of a file without a UTF-16 byte-order mark, once: UTF-8, unless some byte
     * is not ({@link #firstNonUtf8}), when Windows-1252. {@link #stream} calls it when it first meets a
     * byte that is not ASCII (before decoding any such byte), and decides UTF-8 itself when it reads
     * the whole file without meeting one, so an ASCII file is not read a second time.
     */
    private void resolve() throws IOException {
        if (charset == null) {
            badByte = firstNonUtf8(file);
            charset = badByte == null ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
    }

    private void resolveUnchecked() {
        try {
            resolve();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The finding for a file read as Windows-1252 because it is not UTF-8, or null when it is UTF-8.
     * It is a warning when the first such byte is where the header is (the first 30 lines) and is not
     * the £ or € that Excel's own "CSV" save writes there: a header holding a stray byte matches
     * nothing, and its column would be left out. Elsewhere it is for information.
     */
    public Finding encodingFinding() {
        resolveUnchecked();
        if (badByte == null) {
            return null;
        }
        char shown = new String(new byte[] {(byte) badByte.value()}, WINDOWS_1252).charAt(0);
        boolean headerZone = badByte.line() <= SheetProcessor.HEADER_SEARCH_ROWS;
        Severity severity = headerZone && shown != '£' && shown != '€' ? Severity.WARNING : Severity.INFO;
        String name = file.getFileName().toString();
        return Finding.of(severity, RuleId.CSV_NOT_UTF8).at(name, sheet.name(), "A" + badByte.line())
                .seen(String.format("byte 0x%02X on line %d", badByte.value(), badByte.line())).expected("UTF-8 text")
                .message(String.format("%s: line %d holds the byte 0x%02X, which is not UTF-8, so the whole file was read as "
                        + "Windows-1252 (as Excel's \"CSV\" save writes it on a UK PC), where it reads as '%s'.%s "
                        + "To be sure, save the file from Excel as \"CSV UTF-8\".", name, badByte.line(),
                        badByte.value(), shown, headerZone ? " Check that the headers on that line read as meant: a "
                                + "header that matches nothing is not counted." : ""));
    }

    /** The charset the file is read in: UTF-16 after its byte-order mark, UTF-8, or windows-1252 when the bytes are not UTF-8. */
    public Charset charset() {
        resolveUnchecked();
        return charset;
    }

    /** The field delimiter detected from the first non-blank line. */
    public char delimiter() {
        return delimiter;
    }

    /**
     * Checks the whole file once, streaming: the first byte that does not belong to a valid UTF-8
     * sequence (with its 1-based line), or null when every byte does.
     */
    static BadByte firstNonUtf8(Path file) throws IOException {
        try (InputStream is = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long offset = 0;
            int need = 0;
            int lead = 0;
            boolean second = false;
            int n;
            while ((n = is.readNBytes(buf, 0, buf.length)) > 0) {
                int i = 0;
                while (i < n) {
                    // ASCII bytes in a plain loop while no sequence is open: most CSV text is ASCII.
                    if (need == 0 && buf[i] >= 0) {
                        i++;
                        while (i < n && buf[i] >= 0) {
                            i++;
                        }
                        continue;
                    }
                    int b = buf[i] & 0xff;
                    if (need > 0) {
                        // The second byte of E0, ED, F0 and F4 sequences has a narrower range (no overlong
                        // forms, no surrogates, nothing past U+10FFFF), as the JDK's decoder checks.
                        int lo = second && lead == 0xe0 ? 0xa0 : second && lead == 0xf0 ? 0x90 : 0x80;
                        int hi = second && lead == 0xed ? 0x9f : second && lead == 0xf4 ? 0x8f : 0xbf;
                        if (b < lo || b > hi) {
                            return new BadByte(lineAt(file, offset + i), lead);
                        }
                        need--;
                        second = false;
                    } else if (b >= 0x80) {
                        if (b < 0xc2 || b > 0xf4) {
                            return new BadByte(lineAt(file, offset + i), b);
                        }
                        need = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3;
                        lead = b;
                        second = true;
                    }
                    i++;
                }
                offset += n;
            }
            return need > 0 ? new BadByte(lineAt(file, offset), lead) : null;
        }
    }

    /** The 1-based line that byte {@code offset} of the file is on (counted only when a bad byte is found). */
    private static long lineAt(Path file, long offset) throws IOException {
        long line = 1;
        try (InputStream is = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long at = 0;
            int n;
            while (at < offset && (n = is.readNBytes(buf, 0, (int) Math.min(buf.length, offset - at))) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                    }
                }
                at += n;
            }
        }
        return line;
    }

    private Reader reader() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(bomLength);
        // Before the charset is decided, UTF-8: the delimiters and the quote counted are ASCII in both.
        return new BufferedReader(new InputStreamReader(in, charset == null ? StandardCharsets.UTF_8 : charset), 1 << 16);
    }

    /** Counts commas and semicolons outside quotes in the first non-blank line. */
    private char detectDelimiter() throws IOException {
        try (BufferedReader r = new BufferedReader(reader())) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int commas = 0;
                int semis = 0;
                int tabs = 0;
                boolean quoted = false;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && c == ',') {
                        commas++;
                    } else if (!quoted && c == ';') {
                        semis++;
                    } else if (!quoted && c == '\t') {
                        tabs++;
                    }
                }
                return tabs > commas && tabs > semis ? '\t' : semis > commas ? ';' : ',';
            }
        }
        return ',';
    }

    @Override
    public List<SheetMeta> sheets() {
        return List.of(sheet);
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public void stream(SheetMeta meta, RowHandler handler) throws IOException {
        stream(meta, handler, () -> null);
    }

    /** What a cell of a column no check reads holds ({@link #stream(SheetMeta, RowHandler, Supplier)}). */
    static final String UNREAD = "(not read: no check uses this column)";
    /** The first cells of a row are always made: {@link Values#isTotalRow} reads up to four. */
    static final int ALWAYS_MADE = 4;

    /**
     * The columns no check of a sheet reads ({@code columns[c]} true), and the column of its records'
     * IDs: a row without an ID is keyed by every field it holds ({@link RowHash#fieldsAsText}), so it
     * is always made whole.
     */
    record Unread(boolean[] columns, int id) {
    }

    /**
     * Streams the rows, each with the hash of its bytes ({@link CsvBytes#rawHash()}), so no check
     * hashes its cells again. Once {@code unread} gives the columns no check reads (null while any
     * may be), a non-blank field in one of them, past the row's first {@value #ALWAYS_MADE} cells, in
     * a row whose ID field is not blank, becomes a shared cell that holds {@link #UNREAD}, not its
     * value: it still counts as a value for the blank-row checks, and its bytes are in the row's hash,
     * but no String or number is made of it. A row without an ID is made whole whenever it comes, so
     * its whole-row key does not depend on when the parser was told.
     */
    void stream(SheetMeta meta, RowHandler handler, Supplier<Unread> unread) throws IOException {
        try (InputStream in = bytes()) {
            CsvBytes parser = new CsvBytes(in, byteCharset(), delimiter);
            CsvCells made = new CsvCells(delimiter, byteCharset());
            Cell[] placeholders = new Cell[0];
            int row = 0;
            while (parser.record()) {
                if (charset == null && !parser.rawAscii()) {
                    // The first byte that is not ASCII: decide the charset before any such byte is decoded.
                    resolve();
                    made.charset(byteCharset());
                }
                int fields = parser.fields();
                Unread said = unread.get();
                boolean[] skip = said != null && said.id() < fields && parser.length(said.id()) > 0
                        && plainlyNotBlank(parser.bytes(said.id())[parser.from(said.id())]) ? said.columns() : null;
                int n = 0;
                for (int c = 0; c < fields; c++) {
                    if (parser.length(c) > 0) {
                        n++;
                    }
                }
                // An array of the exact size, made a List once (List.of): SheetRow's List.copyOf keeps it as it is.
                Cell[] cells = new Cell[n];
                int k = 0;
                for (int c = 0; c < fields; c++) {
                    int len = parser.length(c);
                    if (len == 0) {
                        continue;
                    }
                    byte[] b = parser.bytes(c);
                    int from = parser.from(c);
                    if (skip != null && c < skip.length && skip[c] && k >= ALWAYS_MADE && plainlyNotBlank(b[from])) {
                        if (c >= placeholders.length) {
                            placeholders = Arrays.copyOf(placeholders, skip.length);
                        }
                        if (placeholders[c] == null) {
                            placeholders[c] = Cell.text(c, UNREAD, null);
                        }
                        cells[k++] = placeholders[c];
                    } else {
                        cells[k++] = made.cell(c, b, from, len);
                    }
                }
                handler.row(new SheetRow(row++, List.of(cells), parser.rawHash()));
            }
            if (charset == null) {
                // Every byte was ASCII, so every byte was UTF-8.
                badByte = null;
                charset = StandardCharsets.UTF_8;
            }
        }
    }

    /** True when a field starting with this byte is not blank: an ASCII byte that is no whitespace or control. */
    private static boolean plainlyNotBlank(byte first) {
        return first > ' ' && first < 0x7f;
    }

    /**
     * The file's bytes after its byte-order mark, as {@link CsvBytes} splits them: as they are for
     * UTF-8 and Windows-1252 (in both, a comma, semicolon, tab, quote or line end is always that
     * ASCII character); UTF-16 (Excel's "Unicode Text", small files) is turned into UTF-8 first.
     */
    private InputStream bytes() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bomLength);
        if (charset == null || charset == StandardCharsets.UTF_8 || charset == WINDOWS_1252) {
            return in;
        }
        return org.apache.commons.io.input.ReaderInputStream.builder()
                .setReader(new InputStreamReader(in, charset)).setCharset(StandardCharsets.UTF_8).get();
    }

    /** The charset of what {@link #bytes()} gives (UTF-8 while undecided: the bytes so far are ASCII). */
    private Charset byteCharset() {
        return charset == WINDOWS_1252 ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    /**
     * A number as a CSV holds it is a number cell: "12", "-3.5", "0.25", and the forms Excel's
     * "Save as CSV" writes as displayed: "1,116" and "£1,234.50" where the delimiter is a comma; where
     * it is a semicolon (Excel in a decimal-comma locale), "3,5" and "1.234,5". In a CSV the text is
     * all there is, so such a value is no "number stored as text". "007", "1e5", "1,16" (with a
     * comma delimiter) and anything else stay text.
     */
    static Cell cell(int col, String v, char delimiter) {
        String n = delimiter == ';' ? plain(v, '.', ',') : plain(v, ',', '.');
        return n != null && isPlainNumber(n) ? Cell.number(col, decimal(n), false, null)
                : Cell.text(col, v, null);
    }

    static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * {@code Double.parseDouble} of a number {@link #isPlainNumber} accepts, exactly: its at most 15
     * digits make an integer below 2^53 and its at most 15 decimals a power of ten that are both
     * exact doubles, so one division is the correctly rounded value (a longitude such as
     * "-0.964269" on every police.uk row, without the JDK's general parser).
     */
    static double decimal(String s) {
        long m = 0;
        int decimals = -1;
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                decimals = 0;
            } else {
                m = m * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        if (decimals >= POWERS.length) {
            return Double.parseDouble(s);
        }
        double v = decimals > 0 ? m / POWERS[decimals] : m;
        return s.charAt(0) == '-' ? -v : v;
    }

    /**
     * {@code v} written plainly: without a leading £, without its thousands separators ({@code group},
     * which must fall every three digits of the whole part) and with a point for its decimal
     * separator ("-£1,234.5" gives "-1234.5"; with '.' and ',' swapped, "1.234,5" gives "1234.5");
     * null when its separators are misplaced.
     */
    static String plain(String v, char group, char decimal) {
        if (v.indexOf(group) < 0 && v.indexOf(decimal) < 0 && v.indexOf('£') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        int i = 0;
        if (v.charAt(0) == '-' || v.charAt(0) == '+') {
            b.append(v.charAt(i++));
        }
        if (i < v.length() && v.charAt(i) == '£') {
            i++;
        }
        int digits = 0;
        boolean grouped = false;
        for (; i < v.length() && v.charAt(i) != decimal; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
                digits++;
            } else if (c == group && (grouped ? digits == 3 : digits >= 1 && digits <= 3)) {
                grouped = true;
                digits = 0;
            } else {
                return null;
            }
        }
        if (grouped && digits != 3) {
            return null;
        }
        if (i < v.length()) {
            b.append('.').append(v, i + 1, v.length());
        }
        return b.toString();
    }

    static boolean isPlainNumber(String s) {
        int i = 0;
        int n = s.length();
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            i++;
        }
        int digits = 0;
        int start = i;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        if (digits == 0 || digits > 15) {
            return false;
        }
        // A leading zero is a code (an ID, a phone number), kept as text so it shows as written.
        return !(s.charAt(start) == '0' && n > start + 1 && s.charAt(start + 1) != '.');
    }

    @Override
    public void close() {
        // nothing held open between streams
    }
}
