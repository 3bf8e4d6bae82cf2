package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cells made from a CSV field's bytes ({@link CsvCells}) are the cells {@link CsvSource#cell}
 * makes from its text, bit for bit, whichever the delimiter, whether the value was remembered or
 * not; a repeated value gives the same cell again.
 */
class CsvCellsTest {
    private static void same(CsvCells cells, int col, String v, Charset cs, char delimiter) {
        byte[] raw = ("xy" + v + "z").getBytes(cs);
        int len = v.getBytes(cs).length;
        int from = "xy".getBytes(cs).length;
        Cell want = CsvSource.cell(col, v, delimiter);
        Cell got = cells.cell(col, raw, from, len);
        assertEquals(want.type(), got.type(), v);
        assertEquals(want.text(), got.text(), v);
        assertEquals(Double.doubleToRawLongBits(want.number()), Double.doubleToRawLongBits(got.number()), v);
        assertEquals(want, got, v);
    }

    @Test
    void handPickedFieldsReadAsTheirText() {
        for (char d : new char[] {',', ';', '\t'}) {
            CsvCells cells = new CsvCells(d, StandardCharsets.UTF_8);
            for (String v : List.of("0", "-0", "+5", "5.", ".5", "+.5", "-", "+", ".", "-.", "007", "0.25", "00.5",
                    "-0.964269", "51.258117", "123456789012345", "1234567890123456", "1,116", "£1,234.50", "3,5",
                    "1.234,5", "1.5", "1e5", "12a", " 12", "12 ", "2018-10", "Kent Police", "é", "On or near \"A\"")) {
                same(cells, 3, v, StandardCharsets.UTF_8, d);
                same(cells, 3, v, StandardCharsets.UTF_8, d);
            }
        }
        // A one-byte charset: the £ is the byte A3.
        same(new CsvCells(',', Charset.forName("windows-1252")), 0, "£12.50", Charset.forName("windows-1252"), ',');
    }

    @Test
    void randomFieldsReadAsTheirTextInEveryColumn() {
        Random rnd = new Random(1919);
        String alphabet = "0123456789.-+,£a ";
        for (char d : new char[] {',', ';'}) {
            CsvCells cells = new CsvCells(d, StandardCharsets.UTF_8);
            for (int i = 0; i < 100_000; i++) {
                StringBuilder b = new StringBuilder();
                int len = 1 + rnd.nextInt(i % 2 == 0 ? 4 : 18);
                for (int j = 0; j < len; j++) {
                    b.append(alphabet.charAt(rnd.nextInt(i % 3 == 0 ? alphabet.length() : 12)));
                }
                same(cells, rnd.nextInt(4), b.toString(), StandardCharsets.UTF_8, d);
            }
        }
    }

    @Test
    void aRepeatedValueGivesTheSameCellAndAColumnThatNeverRepeatsIsNotRemembered() {
        CsvCells cells = new CsvCells(',', StandardCharsets.UTF_8);
        byte[] month = "2018-10".getBytes(StandardCharsets.UTF_8);
        Cell first = cells.cell(1, month, 0, month.length);
        assertSame(first, cells.cell(1, "2018-10".getBytes(StandardCharsets.UTF_8), 0, month.length));
        assertEquals("2018-10", first.text());
        // Unique IDs in column 0: after the trial they are made afresh, still equal to their text.
        for (int i = 0; i < CsvCells.TRIAL + 10; i++) {
            byte[] id = ("id" + i).getBytes(StandardCharsets.UTF_8);
            assertEquals("id" + i, cells.cell(0, id, 0, id.length).text());
        }
        byte[] again = "id5".getBytes(StandardCharsets.UTF_8);
        Cell a = cells.cell(0, again, 0, again.length);
        Cell b = cells.cell(0, again, 0, again.length);
        assertEquals(a, b);
        assertTrue(a != b, "column 0 is no longer remembered");
        // Column 1 still is.
        assertSame(first, cells.cell(1, month, 0, month.length));
    }

    @Test
    void aLongValueIsMadeAfreshEachTime() {
        CsvCells cells = new CsvCells(',', StandardCharsets.UTF_8);
        byte[] location = ("On or near " + "x".repeat(CsvCells.MAX_LENGTH)).getBytes(StandardCharsets.UTF_8);
        Cell a = cells.cell(6, location, 0, location.length);
        Cell b = cells.cell(6, location, 0, location.length);
        assertEquals(a, b);
        assertTrue(a != b, "a value over MAX_LENGTH bytes is not remembered");
        byte[] shorter = "On or near Parking Area".getBytes(StandardCharsets.UTF_8);
        assertSame(cells.cell(6, shorter, 0, shorter.length), cells.cell(6, shorter, 0, shorter.length));
    }
}
