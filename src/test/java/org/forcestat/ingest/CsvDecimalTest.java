package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CSV numbers are read bit for bit as {@code Double.parseDouble} reads them. */
class CsvDecimalTest {
    @Test
    void handPicked() {
        for (String s : List.of("0", "-0", "+5", "5.", ".5", "0.1", "-0.964269", "51.258117", "123456789012345",
                "0.000000000000001", "99999999999999.9", "1234.50", "0.30000000000000004".substring(0, 17))) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                    Double.doubleToRawLongBits(CsvSource.decimal(s)), s);
        }
        assertEquals(-0.964269, CsvSource.decimal("-0.964269"));
    }

    @Test
    void randomPlainNumbersReadAsTheJdkReadsThem() {
        Random rnd = new Random(19);
        int checked = 0;
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + rnd.nextInt(15);
            StringBuilder b = new StringBuilder(rnd.nextInt(4) == 0 ? "-" : "");
            int dot = rnd.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == dot && d > 0) {
                    b.append('.');
                }
                b.append((char) ('0' + rnd.nextInt(10)));
            }
            String s = b.toString();
            if (!CsvSource.isPlainNumber(s)) {
                continue;
            }
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                    Double.doubleToRawLongBits(CsvSource.decimal(s)), s);
            checked++;
        }
        // Most are plain numbers (the rest start with a 0 before a digit, which stays text).
        org.junit.jupiter.api.Assertions.assertTrue(checked > 150_000, "checked " + checked);
    }
}
