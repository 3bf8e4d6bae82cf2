package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class TextTest {
    @Test
    void monthsAreWrittenAsExcelShowsThem() {
        // Excel's "mmm yyyy"; Java's UK locale would write "Sept 2015".
        String[] excel = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int m = 1; m <= 12; m++) {
            assertEquals(excel[m - 1] + " 2015", Text.month(YearMonth.of(2015, m)));
        }
    }
}
