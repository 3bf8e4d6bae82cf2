package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV row model of issue 19: each row carries the hash of its bytes ({@link CsvBytes#rawHash()}),
 * and once the sheet's reader has started, the values of columns no check reads are left unmade
 * ({@link CsvSource#UNREAD}). Checked against the same rows read from a workbook, and by hand.
 */
class CsvRowsTest {
    @TempDir
    Path dir;

    private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";

    /** Row i of the police.uk-shaped file: a third ASB (no ID), a third burglary, a third shoplifting. */
    private static String[] policeUkRow(int i) {
        String type = i % 3 == 0 ? "Anti-social behaviour" : i % 3 == 1 ? "Burglary" : "Shoplifting";
        String force = i % 2 == 0 ? "Kent Police" : "Essex Police";
        return new String[] {i % 3 == 0 ? "" : String.format("c%063x", i * 7919L), "2018-10", force, force,
            String.format("0.%06d", 100_000 + i), String.format("51.%06d", 300_000 + i), "On or near Street " + i % 7,
            String.format("E0100%04d", i), String.format("Kent %03dA", i), type, "Under investigation", ""};
    }

    /**
     * 300 rows, then rows 202 to 207 pasted again (file rows 302 to 307, past the 100 rows sampled
     * before the reader starts), then row 162's crime ID on another crime (row 308).
     */
    private static List<String[]> policeUkRows() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(policeUkRow(i));
        }
        for (int i = 200; i < 206; i++) {
            rows.add(policeUkRow(i));
        }
        String[] again = policeUkRow(160);
        again[6] = "On or near Another Street";
        again[9] = "Robbery";
        rows.add(again);
        return rows;
    }

    @Test
    void aPoliceUkFileCountsAndFindsRepeatsAsTheSameRowsInAWorkbookDo() throws Exception {
        List<String[]> rows = policeUkRows();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        Object[][] sheet = new Object[rows.size() + 1][];
        sheet[0] = HEADER.split(",");
        for (int r = 0; r < rows.size(); r++) {
            csv.append(String.join(",", rows.get(r))).append('\n');
            Object[] cells = new Object[12];
            for (int c = 0; c < 12; c++) {
                String v = rows.get(r)[c];
                cells[c] = v.isEmpty() ? null : c == 4 || c == 5 ? (Object) Double.parseDouble(v) : v;
            }
            sheet[r + 1] = cells;
        }
        WorkbookReader reader = new WorkbookReader(new HeaderMatcher());
        Partial fromCsv = reader.read(Files.writeString(dir.resolve("2018-10-street.csv"), csv));
        Partial fromXlsx = reader.read(Fixtures.workbook(dir, "2018-10-street.xlsx", "street", sheet));

        // By hand: 300 rows + the robbery are counted, the 6 pasted rows are not.
        LocalDate oct = LocalDate.of(2018, 10, 1);
        long[] counts = fromCsv.crimes().rawByDate().get(oct);
        assertEquals(100, counts[category("Anti-social behaviour").ordinal()]);
        assertEquals(100, counts[category("Burglary").ordinal()]);
        assertEquals(100, counts[category("Shoplifting").ordinal()]);
        assertEquals(1, counts[category("Robbery").ordinal()]);
        assertEquals(301, Arrays.stream(counts).sum());
        // Even rows are Kent's: 150 of the 300, and the robbery (a copy of row 160's).
        assertEquals(151, Arrays.stream(fromCsv.crimes().rawByDivisionMonth().get("Kent Police")
                .get(YearMonth.of(2018, 10))).sum());
        assertEquals(150, Arrays.stream(fromCsv.crimes().rawByDivisionMonth().get("Essex Police")
                .get(YearMonth.of(2018, 10))).sum());
        assertEquals(301, fromCsv.sources().get(0).sheets().get(0).rowsRead());
        assertEquals(6, fromCsv.sources().get(0).sheets().get(0).rowsRejected());
        Finding pasted = only(fromCsv, "DUPLICATE_ROWS");
        assertEquals("A302", pasted.cell());
        assertTrue(pasted.message().contains("Rows 302 to 307 repeat rows 202 to 207"), pasted.message());
        Finding id = only(fromCsv, "DUPLICATE_ID");
        assertTrue(id.message().contains("A308 (" + policeUkRow(160)[0] + ")"), id.message());

        // The workbook of the same rows: the same counts and the same findings at the same cells.
        assertEquals(Arrays.toString(counts), Arrays.toString(fromXlsx.crimes().rawByDate().get(oct)));
        assertEquals(byDivision(fromXlsx), byDivision(fromCsv));
        assertEquals(rulesAndCells(fromXlsx), rulesAndCells(fromCsv));
    }

    @Test
    void aCleanPoliceUkFileOfThatShapeHasNoRepeats() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 300; i++) {
            csv.append(String.join(",", policeUkRow(i))).append('\n');
        }
        Partial p = new WorkbookReader(new HeaderMatcher()).read(Files.writeString(dir.resolve("street.csv"), csv));
        assertEquals(List.of(), p.findings().stream().filter(f -> f.rule().startsWith("DUPLICATE")).toList());
        assertEquals(300, p.sources().get(0).sheets().get(0).rowsRead());
    }

    @Test
    void columnsNoCheckReadsAreLeftUnmadeOnceSaid() throws Exception {
        // Columns 0-5, IDs in column A; column 5 unread from the start, column 1 too (but it is among a row's first four cells).
        String text = "a,b,c,d,e,f\n1,2,3,4,x,Total\n1,2,3,4,x, \n,,,,x,Total\n5,6,7,8,y,Other\n,6,7,8,y,Other\n"
                + " ,6,7,8,y,Other\n";
        Path f = Files.writeString(dir.resolve("t.csv"), text);
        boolean[] unread = {false, true, false, false, false, true};
        List<SheetRow> rows = new ArrayList<>();
        List<SheetRow> whole = new ArrayList<>();
        try (CsvSource src = new CsvSource(f)) {
            src.stream(src.sheets().get(0), rows::add, () -> new CsvSource.Unread(unread, 0));
            src.stream(src.sheets().get(0), whole::add);
        }
        assertEquals(7, rows.size());
        // Row 2: column F (sixth cell) is unread, made as the shared placeholder; column B is the second cell, made.
        assertEquals(CsvSource.UNREAD, rows.get(1).get(5).text());
        assertSame(rows.get(1).get(5), rows.get(4).get(5));
        assertEquals(2.0, rows.get(1).get(1).number());
        // A blank value stays blank (the blank-row checks read it): a space is made as what it is.
        assertEquals(" ", rows.get(2).get(5).text());
        assertTrue(rows.get(2).get(5).isBlank());
        // Row 4 has only two values, so F is its second cell: made, "Total" as it is.
        assertEquals("Total", rows.get(3).get(5).text());
        assertEquals(2, rows.get(3).cells().size());
        // Rows 6 and 7 have no ID (a blank one in row 7), so they are keyed by their whole row in another file:
        // F is their fifth cell, yet made, and the key is the one of the same row read whole.
        for (int r = 5; r <= 6; r++) {
            assertEquals("Other", rows.get(r).get(5).text(), "row " + (r + 1));
            assertEquals(RowHash.fieldsAsText(whole.get(r), RowHash.START, 1, 1),
                    RowHash.fieldsAsText(rows.get(r), RowHash.START, 1, 1), "row " + (r + 1));
        }
        assertNotEquals(RowHash.fieldsAsText(whole.get(4), RowHash.START, 1, 1),
                RowHash.fieldsAsText(rows.get(4), RowHash.START, 1, 1));
    }

    @Test
    void aRowsHashIsItsBytesWhateverTheBufferOrLineEnd() throws Exception {
        String lf = "a,b,\"c\nd\"\n1,2,3\na,b,\"c\nd\"\n1,2,4\n\"1\",2,3\n";
        String crlf = lf.replace("\n", "\r\n").replace("\"c\r\nd\"", "\"c\nd\"");
        List<Long> expected = hashes(lf, 1 << 16);
        assertEquals(5, expected.size());
        // Equal records hash equal; a record that differs in a byte, or only in its quotes, does not.
        assertEquals(expected.get(0), expected.get(2));
        assertNotEquals(expected.get(1), expected.get(3));
        assertNotEquals(expected.get(1), expected.get(4));
        for (int size = 1; size <= 9; size++) {
            assertEquals(expected, hashes(lf, size), "buffer " + size);
            assertEquals(expected, hashes(crlf, size), "CR LF, buffer " + size);
        }
        // The last record without its line end is the same record.
        assertEquals(expected, hashes(lf.substring(0, lf.length() - 1), 3));
    }

    @Test
    void rowsStreamedFromACsvCarryTheHashOfTheirBytes() throws Exception {
        Path f = Files.writeString(dir.resolve("h.csv"), "x,y\n1,2\n1,2\n");
        List<SheetRow> rows = new ArrayList<>();
        try (CsvSource src = new CsvSource(f)) {
            src.stream(src.sheets().get(0), rows::add);
        }
        assertEquals(hashes("x,y\n1,2\n1,2\n", 1 << 16), rows.stream().map(SheetRow::contentHash).toList());
        SheetContext ctx = new SheetContext("h.csv", "h", false, new Partial());
        assertEquals(rows.get(1).contentHash(), ctx.rowHash(rows.get(1)));
        // A row without one (a workbook's) is hashed from its cells.
        SheetRow plain = new SheetRow(1, rows.get(1).cells());
        assertEquals(RowHash.of(plain), ctx.rowHash(plain));
    }

    @Test
    void aByteThatIsNotUtf8LateInTheFileStillMakesTheWholeFileWindows1252() throws Exception {
        // Row 150 holds "Café" in UTF-8 (C3 A9); line 251 a lone E9, Windows-1252's é, which is not UTF-8.
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write("Name,Count\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 1; i <= 300; i++) {
            String name = i == 150 ? "Caf\u00e9" : "Name " + i;
            b.write((name + "," + i + "\n").getBytes(i == 250 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        }
        byte[] bytes = b.toByteArray();
        int at = indexOf(bytes, "Name 250".getBytes(StandardCharsets.US_ASCII));
        bytes[at + 1] = (byte) 0xe9;
        List<SheetRow> rows = new ArrayList<>();
        try (CsvSource src = new CsvSource(Files.write(dir.resolve("late.csv"), bytes))) {
            src.stream(src.sheets().get(0), rows::add);
            assertEquals(java.nio.charset.Charset.forName("windows-1252"), src.charset());
            assertEquals(new CsvSource.BadByte(251, 0xe9), src.badByte());
        }
        // Decided before row 150 was decoded: its two UTF-8 bytes read as two Windows-1252 characters.
        assertEquals("Caf\u00c3\u00a9", rows.get(150).get(0).text());
        assertEquals("N\u00e9me 250", rows.get(250).get(0).text());
    }

    @Test
    void aFileOfUtf8ReadsAsUtf8AndAnAsciiFileAsUtf8AfterItsRead() throws Exception {
        Path utf8 = Files.writeString(dir.resolve("u.csv"), "Name,Count\nA,1\nCaf\u00e9,2\n");
        Path ascii = Files.writeString(dir.resolve("a.csv"), "Name,Count\nA,1\nB,2\n");
        for (Path f : List.of(utf8, ascii)) {
            List<SheetRow> rows = new ArrayList<>();
            try (CsvSource src = new CsvSource(f)) {
                src.stream(src.sheets().get(0), rows::add);
                assertEquals(StandardCharsets.UTF_8, src.charset());
                assertEquals(null, src.badByte());
                assertEquals(null, src.encodingFinding());
            }
            assertEquals(f == utf8 ? "Caf\u00e9" : "B", rows.get(2).get(0).text());
        }
    }

    private static int indexOf(byte[] b, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= b.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<Long> hashes(String text, int bufferSize) throws IOException {
        CsvBytes p = new CsvBytes(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
                ',', bufferSize);
        List<Long> h = new ArrayList<>();
        while (p.record()) {
            h.add(p.rawHash());
        }
        return h;
    }

    private static CrimeCategory category(String type) {
        return CrimeCategory.parse(type).orElseThrow();
    }

    private static Finding only(Partial p, String rule) {
        List<Finding> f = p.findings().stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, f.size(), p.findings().toString());
        return f.get(0);
    }

    private static String byDivision(Partial p) {
        StringBuilder b = new StringBuilder();
        p.crimes().rawByDivisionMonth().forEach((div, months) -> months.forEach((m, n) ->
                b.append(div).append(' ').append(m).append(' ').append(Arrays.toString(n)).append('\n')));
        return b.toString();
    }

    private static List<String> rulesAndCells(Partial p) {
        return p.findings().stream().map(f -> f.rule() + "@" + f.cell()).sorted().toList();
    }
}
