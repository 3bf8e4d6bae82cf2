package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.model.CrimeCategory;
import org.forcestat.stats.CrimeStats;
import org.junit.jupiter.api.Test;

/**
 * A crime category whose figures cover fewer days than another's carries its days in its name on the
 * per-day table and chart, so police.uk's groups before its May 2013 split are not compared as if alike
 * with the categories after it.
 */
class CategorySpanLabelTest {
    /**
     * 01/02/2013 to 31/01/2014, 365 days: police.uk's old "Violent crime" for Feb to Apr 2013 (28 + 31 + 30 =
     * 89 days) and "Violence and sexual offences" from May 2013 (365 - 89 = 276 days); robbery over all 365.
     */
    private static CrimeStats splitYear() {
        return new CrimeStats(LocalDate.of(2013, 2, 1), LocalDate.of(2014, 1, 31), 365, 30.0,
                Map.of(CrimeCategory.VIOLENCE, 30.0, CrimeCategory.VIOLENCE_AND_SEXUAL, 31.0, CrimeCategory.ROBBERY, 1.7,
                        CrimeCategory.ASB, 60.0),
                Map.of(CrimeCategory.VIOLENCE, 2_670L, CrimeCategory.VIOLENCE_AND_SEXUAL, 8_556L, CrimeCategory.ROBBERY, 620L,
                        CrimeCategory.ASB, 21_900L),
                new TreeMap<>(), List.of(), Map.of(CrimeCategory.VIOLENCE, 89L, CrimeCategory.VIOLENCE_AND_SEXUAL, 276L,
                        CrimeCategory.ROBBERY, 365L, CrimeCategory.ASB, 365L));
    }

    @Test
    void categoriesOfFewerDaysSayTheirDays() {
        CrimeStats c = splitYear();
        assertEquals("Violent crime (89 days)", DataCrimeSheet.spanLabel(c, CrimeCategory.VIOLENCE));
        assertEquals("Violence and sexual offences (not split) (276 days)",
                DataCrimeSheet.spanLabel(c, CrimeCategory.VIOLENCE_AND_SEXUAL));
        assertEquals("Robbery", DataCrimeSheet.spanLabel(c, CrimeCategory.ROBBERY));
        assertTrue(DataCrimeSheet.spansDiffer(c));
    }

    @Test
    void categoriesOfTheSameDaysKeepTheirNames() {
        CrimeStats c = new CrimeStats(LocalDate.of(2014, 4, 1), LocalDate.of(2015, 3, 31), 365, 10.0,
                Map.of(CrimeCategory.VIOLENCE, 8.0, CrimeCategory.ROBBERY, 2.0),
                Map.of(CrimeCategory.VIOLENCE, 2_920L, CrimeCategory.ROBBERY, 730L), new TreeMap<>(), List.of(),
                Map.of(CrimeCategory.VIOLENCE, 365L, CrimeCategory.ROBBERY, 365L));
        assertEquals("Violent crime", DataCrimeSheet.spanLabel(c, CrimeCategory.VIOLENCE));
        assertEquals("Robbery", DataCrimeSheet.spanLabel(c, CrimeCategory.ROBBERY));
        assertFalse(DataCrimeSheet.spansDiffer(c));
    }
}
