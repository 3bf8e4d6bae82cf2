package org.forcestat.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a .csv file as one sheet named after the file. The encoding is UTF-8 (with or without a
 * byte-order mark) unless the bytes are not valid UTF-8, when Windows-1252 (what Excel's "CSV"
 * save writes on a UK PC) is used; the delimiter is a comma or, when the header line has more of
 * them, a semicolon (Excel's CSV in locales with a decimal comma). Numbers (with thousands commas
 * and £ as Excel displays them, in a comma-separated file) become number cells, everything else
 * text, so a CSV reads like the same data in a workbook.
 */
public final class CsvSource implements WorkbookSource {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final Charset charset;
    private final boolean bom;
    private final char delimiter;
    private final SheetMeta sheet;

    public CsvSource(Path file) throws IOException {
        this.file = file;
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        bom = n == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        delimiter = detectDelimiter();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        sheet = new SheetMeta(dot > 0 ? name.substring(0, dot) : name, 0, false);
    }

    /** The charset the file is read in: UTF-8, or windows-1252 when the bytes are not UTF-8. */
    public Charset charset() {
        return charset;
    }

    /** The field delimiter detected from the first non-blank line. */
    public char delimiter() {
        return delimiter;
    }

    /** Decodes the whole file once, streaming; a malformed sequence anywhere means it is not UTF-8. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream is = Files.newInputStream(file)) {
            byte[] buf = in.array();
            int read;
            while ((read = is.read(buf, in.position(), in.remaining())) >= 0) {
                in.position(in.position() + read);
                in.flip();
                if (dec.decode(in, out, false).isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            if (dec.decode(in, out, true).isError()) {
                return false;
            }
            out.clear();
            return !dec.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private Reader reader() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (bom) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
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
                boolean quoted = false;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && c == ',') {
                        commas++;
                    } else if (!quoted && c == ';') {
                        semis++;
                    }
                }
                return semis > commas ? ';' : ',';
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
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader()).setFormat(format).get()) {
            int row = 0;
            List<Cell> cells = new ArrayList<>();
            for (CSVRecord rec : parser) {
                cells.clear();
                for (int c = 0; c < rec.size(); c++) {
                    String v = rec.get(c);
                    if (!v.isEmpty()) {
                        cells.add(cell(c, v, delimiter));
                    }
                }
                handler.row(new SheetRow(row++, cells));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException("line cannot be parsed as CSV: " + e.getMessage(), e);
        }
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
        return n != null && isPlainNumber(n) ? Cell.number(col, Double.parseDouble(n), false, null)
                : Cell.text(col, v, null);
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
