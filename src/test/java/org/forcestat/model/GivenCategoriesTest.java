package org.forcestat.model;

import static org.forcestat.model.CrimeCategory.ASB;
import static org.forcestat.model.CrimeCategory.BURGLARY_ALL;
import static org.forcestat.model.CrimeCategory.DWELLING_BURGLARY;
import static org.forcestat.model.CrimeCategory.OTHER;
import static org.forcestat.model.CrimeCategory.ROBBERY;
import static org.forcestat.model.CrimeCategory.SEXUAL_OFFENCES;
import static org.forcestat.model.CrimeCategory.TFMV;
import static org.forcestat.model.CrimeCategory.THEFT;
import static org.forcestat.model.CrimeCategory.THEFT_OFFENCES;
import static org.forcestat.model.CrimeCategory.TOMV;
import static org.forcestat.model.CrimeCategory.VEHICLE_CRIME;
import static org.forcestat.model.CrimeCategory.VIOLENCE;
import static org.forcestat.model.CrimeCategory.VIOLENCE_AND_SEXUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which categories a source gives (SPEC §3: a category it cannot give is absent, one it gives with no crimes is 0). */
class GivenCategoriesTest {
    @Test
    void anAllCrimeExportGivesEveryCategoryEvenOnesWithoutRows() {
        // Violence, theft and other crime, but no robbery or sexual offence recorded: those are real zeros.
        Set<CrimeCategory> given = CrimeCategory.givenBy(EnumSet.of(VIOLENCE, THEFT, OTHER, DWELLING_BURGLARY));
        assertEquals(EnumSet.of(DWELLING_BURGLARY, TFMV, TOMV, VIOLENCE, SEXUAL_OFFENCES, THEFT, ROBBERY, OTHER), given);
        assertTrue(CrimeCategory.coversAllCrime(given));
    }

    @Test
    void anExtractOfSomeOffencesGivesOnlyThose() {
        assertEquals(EnumSet.of(THEFT), CrimeCategory.givenBy(EnumSet.of(THEFT)));
        // An acquisitive-crime listing: no violence, so it is no all-crime export.
        Set<CrimeCategory> acquisitive = CrimeCategory.givenBy(EnumSet.of(DWELLING_BURGLARY, TFMV, TOMV, THEFT, ROBBERY,
                OTHER));
        assertEquals(EnumSet.of(DWELLING_BURGLARY, TFMV, TOMV, THEFT, ROBBERY, OTHER), acquisitive);
        assertFalse(CrimeCategory.coversAllCrime(acquisitive));
        assertFalse(CrimeCategory.coversAllCrime(EnumSet.of(THEFT)));
    }

    @Test
    void policeUkGivesItsGroupsAndNotTheirParts() {
        // A police.uk month with no robbery: robbery is still given (a real 0); burglary only as its group.
        Set<CrimeCategory> given = CrimeCategory.givenBy(EnumSet.of(BURGLARY_ALL, VEHICLE_CRIME, VIOLENCE_AND_SEXUAL,
                THEFT, OTHER, ASB));
        assertEquals(EnumSet.of(THEFT, ROBBERY, OTHER, BURGLARY_ALL, VEHICLE_CRIME, VIOLENCE_AND_SEXUAL, ASB), given);
        assertTrue(CrimeCategory.coversAllCrime(given));
    }

    @Test
    void onsOffenceGroupsGiveTheftOffencesAndNotItsParts() {
        // ONS's groups: violence, sexual offences, robbery, Theft offences, criminal damage and the rest. The
        // theft group holds burglary, vehicle offences and all theft: none of those is given, and the source is
        // still all recorded crime (violence and theft), so robbery without rows would be a real 0.
        assertEquals(Optional.of(THEFT_OFFENCES), CrimeCategory.parse("Theft offences"));
        Set<CrimeCategory> given = CrimeCategory.givenBy(EnumSet.of(VIOLENCE, SEXUAL_OFFENCES, THEFT_OFFENCES, OTHER));
        assertEquals(EnumSet.of(VIOLENCE, SEXUAL_OFFENCES, ROBBERY, OTHER, THEFT_OFFENCES), given);
        assertTrue(CrimeCategory.coversAllCrime(given));
    }

    @Test
    void policeUkTheftIsStillTheftBesideTheOnsTheftGroup() {
        // police.uk splits what ONS calls Theft offences: its shoplifting is theft, its "Burglary" the burglary group.
        assertEquals(THEFT, THEFT.group());
        assertEquals(BURGLARY_ALL, DWELLING_BURGLARY.group());
        assertEquals(Optional.of(BURGLARY_ALL), CrimeCategory.parse("Burglary"));
        Set<CrimeCategory> street = CrimeCategory.givenBy(EnumSet.of(THEFT, OTHER), true);
        assertEquals(EnumSet.of(VIOLENCE_AND_SEXUAL, BURGLARY_ALL, VEHICLE_CRIME, THEFT, ROBBERY, OTHER), street);
    }

    @Test
    void aDayGivesACrimeTotalOnlyWhereEverySourceOfItCountsAllCrime() {
        CrimeCounts c = new CrimeCounts();
        LocalDate d1 = LocalDate.of(2016, 3, 1);
        LocalDate d2 = LocalDate.of(2016, 3, 2);
        c.coverDay(d1, "all.csv", CrimeCategory.givenBy(EnumSet.of(VIOLENCE, THEFT, OTHER)));
        c.coverDay(d2, "all.csv", CrimeCategory.givenBy(EnumSet.of(VIOLENCE, THEFT, OTHER)));
        // A second division's theft extract for the second day: that day's crimes are no longer all crime.
        c.coverDay(d2, "thefts.csv", CrimeCategory.givenBy(EnumSet.of(THEFT)));
        assertTrue(c.givesAllCrime(d1));
        assertFalse(c.givesAllCrime(d2));
        assertTrue(c.gives(d2, THEFT));
        assertFalse(c.gives(d2, ROBBERY));
        assertFalse(c.givesAllCrime(LocalDate.of(2016, 3, 3)));
    }
}
