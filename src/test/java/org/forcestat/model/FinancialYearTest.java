package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of years in headings, on each way finance teams write a year. */
class FinancialYearTest {
    @Test
    void everyFormOfOneFinancialYearIsTheSameYear() {
        for (String s : List.of("2016/17", "2016-17", "16/17", "2016/2017", "2016 - 17", "FY2016/17", "fy 16/17",
                "FY2017", "FY17", " 2016/17 ")) {
            assertEquals("2016/17", FinancialYear.alone(s), s);
        }
        assertEquals("1999/00", FinancialYear.alone("1999/00"));
        assertEquals("2000/01", FinancialYear.alone("FY2001"));
    }

    @Test
    void numbersThatAreNotOneYearAfterAnotherAreNoYear() {
        for (String s : List.of("2016/18", "2017-2020", "2016", "16", "2016-04-01", "12/14", "Budget 2016/17",
                "1985/86", "3016/17", "FY2017-", "20167/18", "", "Planned")) {
            assertNull(FinancialYear.alone(s), s);
        }
        assertNull(FinancialYear.alone(null));
    }

    /** A text, and the first financial year it names ("" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Revenue Budget 2016/17 | 2016/17",
        "Budget 2016-17 | 2016/17",
        "Savings plan, FY2019 (£000) | 2018/19",
        // the first pair is no year (not one after the other): the next is
        "Printed 2016-04, for 2017/18 | 2017/18",
        "Budget 2016 | ''",
        // FY inside a word is not a year, nor a cost centre's number pair
        "planFY2017 ref 12345 | ''",
        "Cost centre 4410-22 | ''"})
    void theFirstYearNamedInATextIsFound(String text, String year) {
        assertEquals(year.isEmpty() ? null : year, FinancialYear.named(text), text);
    }

    @Test
    void theStartYearsOfAHeadersYearsAreListedInOrder() {
        assertEquals(List.of(2016), FinancialYear.starts("Planned 2016/17"));
        assertEquals(List.of(2016, 2019), FinancialYear.starts("2016/17 to 2019/20"));
        assertEquals(List.of(2017, 2020), FinancialYear.starts("Total 2017-2020"));
        assertEquals(List.of(2016), FinancialYear.starts("Budget 2016"));
        assertEquals(List.of(2016), FinancialYear.starts("FY2017 £000"), "FY2017 ends in March 2017");
        assertEquals(List.of(1985), FinancialYear.starts("1985 - 1986"), "the audit reads years from 1900");
        assertEquals(List.of(), FinancialYear.starts("2016-04-01"));
        assertEquals(List.of(), FinancialYear.starts("2017-20"));
        assertEquals(List.of(), FinancialYear.starts("Line 12, cost 4410"));
        assertEquals(List.of(), FinancialYear.starts(null));
    }

    @Test
    void theCheapCheckLetsThroughEveryYearAndStopsWordsAndPlainNumbers() {
        for (String s : List.of("2016/17", "16-17", "FY17", "fy2017", "2016", "Total 2017")) {
            assertTrue(FinancialYear.mayName(s), s);
        }
        for (String s : List.of("Planned", "123", "Area 51", "FY", "Forecast", "/-", "")) {
            assertFalse(FinancialYear.mayName(s), s);
        }
        assertFalse(FinancialYear.mayName(null));
    }

    @Test
    void aYearIsLabelledAsItsStartAndTheTwoDigitsOfItsEnd() {
        assertEquals("2016/17", FinancialYear.label(2016));
        assertEquals("1999/00", FinancialYear.label(1999));
    }
}
