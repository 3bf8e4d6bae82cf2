package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cell-value checks of the kind readers, each on a sheet that breaks it; the clean rows beside it raise nothing. */
class ValueChecksTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new HeaderMatcher());
    private static final LocalDate D = LocalDate.of(2015, 4, 1);

    private static Finding only(Partial p, String rule) {
        List<Finding> f = p.findings().stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, f.size(), p.findings().toString());
        return f.get(0);
    }

    @Test
    void aNegativeCountIsAnErrorAndNotCounted() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "neg.xlsx", "Crimes", row("Date", "Crime type", "Count"),
                row(D, "Robbery", 3), row(D, "Robbery", -2)));
        Finding f = only(p, "NEGATIVE_COUNT");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("C3", f.cell());
        assertEquals(3, p.crimes().count(D, CrimeCategory.ROBBERY));
        assertEquals(1, p.findings().size());
    }

    @Test
    void textInACountIsAnErrorAndANumberStoredAsTextIsReadWithAWarning() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "text.xlsx", "Crimes", row("Date", "Crime type", "Count"),
                row(D, "Robbery", "three"), row(D, "Theft", "1,204")));
        Finding text = only(p, "TYPE_TEXT_IN_NUMBER");
        assertEquals("C2", text.cell());
        assertEquals("three", text.seen());
        Finding asText = only(p, "NUMBER_AS_TEXT");
        assertEquals("C3", asText.cell());
        assertEquals(Severity.WARNING, asText.severity());
        assertEquals(1204, p.crimes().count(D, CrimeCategory.THEFT));
        assertEquals(0, p.crimes().count(D, CrimeCategory.ROBBERY));
    }

    @Test
    void anErrorValueInACountIsAnErrorNamingTheExcelError() throws Exception {
        Path f;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Fixtures.fill(wb, "Crimes", row("Date", "Crime type", "Count"), row(D, "Robbery", "=1/0"),
                    row(D, "Theft", 2));
            f = Fixtures.save(wb, dir.resolve("div0.xlsx"));
        }
        Partial p = reader.read(f);
        Finding e = only(p, "FORMULA_ERROR");
        assertEquals("C2", e.cell());
        assertEquals("#DIV/0!", e.seen());
        assertEquals(2, p.crimes().count(D, CrimeCategory.THEFT));
    }

    @Test
    void aReturnWithNoAreaIsAnErrorAndTheCompleteRowsAreRead() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "area.xlsx", "Returns", row("Month", "Division", "Recorded crimes"),
                row("2016-05", "North", 100), row("2016-05", null, 50)));
        Finding f = only(p, "MISSING_VALUE");
        assertEquals("B3", f.cell());
        assertEquals(100, p.crimeTotals().byArea().get("North").get(YearMonth.of(2016, 5)));
        assertEquals(1, p.crimeTotals().byArea().size());
    }

    @Test
    void aSavingsLineWithAnUnreadableYearIsAnError() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "plan.xlsx", "Plan", row("Savings line", "Year", "Planned"),
                row("Estates", "2016/17", 500), row("Fleet", "next year", 200)));
        Finding f = only(p, "YEAR_UNREADABLE");
        assertEquals("B3", f.cell());
        assertEquals(1, p.finance().savings().size());
        assertTrue(f.message().startsWith("plan.xlsx, sheet 'Plan', cell B3: "), f.message());
    }
}
