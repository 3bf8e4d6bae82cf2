package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crime pivot with months "Apr" ... "Mar" under a sheet named for its financial year. */
class MonthNamesTest {
    @TempDir
    Path dir;

    @Test
    void monthNamesAreKnown() {
        assertEquals(4, MonthNames.month("Apr"));
        assertEquals(9, MonthNames.month("Sept."));
        assertEquals(3, MonthNames.month("March"));
        assertEquals(0, MonthNames.month("Ma"));
        assertEquals(0, MonthNames.month("Total"));
    }

    private static Object[] offence(String name, int first) {
        Object[] r = new Object[14];
        r[0] = name;
        for (int m = 0; m < 12; m++) {
            r[m + 1] = first + m;
        }
        r[13] = null;
        return r;
    }

    @Test
    void aFinancialYearSheetPutsAprilToDecemberInItsFirstYear() throws Exception {
        Object[] header = new Object[13];
        header[0] = "Offence group";
        String[] names = {"Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"};
        System.arraycopy(names, 0, header, 1, 12);
        Partial p;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "2023-24", row("Recorded crime by offence group"), header,
                    offence("Robbery", 100), offence("Sexual offences", 300));
            p = new WorkbookReader(InputProperties.NONE).read(Fixtures.save(wb, dir.resolve("crime.xlsx")));
        }
        // Robbery: 100 in Apr 2023 ... 111 in Mar 2024.
        assertEquals(List.of(), p.findings().stream().filter(f -> f.severity().name().equals("ERROR")).toList());
        // January to March are of 2024: 109 + 110 + 111 = 330
        assertEquals(330, p.crimes().total(CrimeCategory.ROBBERY, java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2024, 3, 31)));
        // 100 + 101 + ... + 111 = 1,266 robberies over the year
        assertEquals(1266, p.crimes().total(CrimeCategory.ROBBERY, java.time.LocalDate.of(2023, 4, 1),
                java.time.LocalDate.of(2024, 3, 31)));
    }
}
