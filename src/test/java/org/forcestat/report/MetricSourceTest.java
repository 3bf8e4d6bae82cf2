package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure's Source on the Metrics sheet stays short enough to print: a police.uk download is a file a month. */
class MetricSourceTest {
    @Test
    void fifteenMonthlyFilesAndAReturnAreTheFirstTwoAndHowManyMore() {
        List<String> files = new ArrayList<>();
        for (int m = 0; m < 15; m++) {
            files.add(String.format("%d-%02d-kent-street.csv", 2013 + (m + 1) / 12, (m + 1) % 12 + 1));
        }
        files.add("Kent recorded crime 2013-14.csv");
        assertEquals("2013-02-kent-street.csv, 2013-03-kent-street.csv and 14 more files (listed on the Sources sheet)",
                MetricsSheetWriter.shownSource(String.join(", ", files)));
    }

    @Test
    void fourFilesOrFewerAreAllNamed() {
        String four = "calls-per-day-2014-15.xlsx, crimes-per-day-2014-15.xlsx, csr-finance.xlsx, threat-register.xlsx";
        assertEquals(four, MetricsSheetWriter.shownSource(four));
        assertEquals("csr-finance.xlsx", MetricsSheetWriter.shownSource("csr-finance.xlsx"));
    }
}
