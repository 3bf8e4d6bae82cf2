package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-read ISO forms ("2018-10", "2018-10-05") give exactly what the formatters give, and
 * leave everything else (impossible dates, other forms) to them.
 */
class DateValuesFastPathTest {
    @Test
    void everyDayAndMonthOfFourYearsReadsAsTheFormattersReadIt() {
        int checked = 0;
        for (LocalDate d = LocalDate.of(1999, 1, 1); d.isBefore(LocalDate.of(2003, 1, 1)); d = d.plusDays(1)) {
            String day = d.toString();
            assertEquals(DateValues.byFormatters(day), DateValues.isoFast(day), day);
            String month = day.substring(0, 7);
            assertEquals(DateValues.byFormatters(month), DateValues.isoFast(month), month);
            checked++;
        }
        assertEquals(1461, checked);
        // 29 February 2000 (a leap year, century divisible by 400) is a day.
        assertEquals(new DateValues.Parsed(LocalDateTime.of(2000, 2, 29, 0, 0), false, false),
                DateValues.parse("2000-02-29"));
        assertEquals(new DateValues.Parsed(LocalDateTime.of(2018, 10, 1, 0, 0), true, false),
                DateValues.parse(" 2018-10 "));
    }

    @Test
    void impossibleOrOtherFormsAreLeftToTheFormatters() {
        for (String s : List.of("2015-02-29", "2015-02-30", "2015-13", "2015-00", "2015-04-31", "2015-04-00",
                "2015/04", "04-2015", "2015-4-05", "20150405", "2015-04-05 13:05", "+2015-04", "2015-0a")) {
            assertNull(DateValues.isoFast(s), s);
        }
        assertNull(DateValues.parse("2015-02-29"));
        assertNull(DateValues.parse("2015-13"));
        assertEquals(LocalDateTime.of(2015, 4, 5, 13, 5), DateValues.parse("2015-04-05 13:05").dateTime());
        assertTrue(DateValues.parse("2015/04").monthOnly());
        // Runs of whitespace inside are still read as one space, as before.
        assertEquals(LocalDate.of(2015, 4, 5), DateValues.parse("5  Apr\t2015").date());
    }
}
