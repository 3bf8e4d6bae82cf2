package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;

/** The run's one MERGED_CATEGORY finding a category is added up from what each file's finding counted, not its words. */
class MergedCategoriesTest {
    private static Finding burglary(String file, String message, MergedCategories.Rows rows) {
        return Finding.of(Severity.INFO, RuleId.MERGED_CATEGORY).at(file, file.replace(".csv", ""), "J")
                .seen("Burglary").expected("one of the summary's crime categories").tally(rows).message(message);
    }

    /**
     * Three monthly files: 7 rows of Apr 2013, 1,204 rows of Feb to Mar 2013 (a file of two months), 9 rows of
     * May 2013: 1,220 rows in 3 files of Feb 2013 to May 2013. The files' messages are not read: they are
     * written here as "-". A finding with no count (a month-by-column table whose months were not read) stays.
     */
    @Test
    void rowsFilesAndMonthsAreAddedFromTheCounts() {
        Finding unread = Finding.of(Severity.INFO, RuleId.MERGED_CATEGORY).at("pivot.xlsx", "Crime", "A")
                .seen("Burglary").message("5 row(s) are of the combined type \"Burglary\"");
        List<Finding> out = MergedCategories.collapse(List.of(
                burglary("2013-04.csv", "-", new MergedCategories.Rows(7, YearMonth.of(2013, 4), YearMonth.of(2013, 4))),
                unread,
                burglary("2013-02.csv", "-", new MergedCategories.Rows(1204, YearMonth.of(2013, 2), YearMonth.of(2013, 3))),
                burglary("2013-05.csv", "-", new MergedCategories.Rows(9, YearMonth.of(2013, 5), YearMonth.of(2013, 5)))));
        assertEquals(2, out.size(), out.toString());
        Finding one = out.get(0);
        assertEquals("1,220 row(s) in 3 files of Feb 2013 to May 2013 are of the combined type \"Burglary\", which the "
                + "source does not split into the summary's crime categories (such as theft from and of motor vehicles), "
                + "so they are counted in the crime total and shown as their own group. Nothing to do: the crime charts "
                + "give such a group's days beside its name.", one.message());
        assertEquals("2013-04.csv and 2 more", one.file());
        assertEquals("", one.sheet(), "three sheets");
        assertEquals("J", one.cell());
        assertEquals(unread, out.get(1));
    }
}
