package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Home Office codes as crime systems write them: burglary's lettered classes (28A-28D dwelling to
 * March 2017, 28E-28H residential after; 30A-30B and 30C-30D the buildings other than a dwelling,
 * business and community), zero-padded class/sub-class codes ("028/01"), and lettered codes the table
 * does not list, read as their numbered class.
 */
class OffenceCodesTest {
    private static Optional<CrimeCategory> of(String code) {
        return OffenceTable.standard().find(code).map(OffenceTable.Offence::category);
    }

    @Test
    void burglarysLetteredClassesAreDwellingOrNot() {
        for (String c : new String[] {"28A", "28B", "28C", "28D", "28E", "28F", "28G", "28H", "29", "028E", "28e"}) {
            assertEquals(Optional.of(CrimeCategory.DWELLING_BURGLARY), of(c), c);
        }
        for (String c : new String[] {"30A", "30B", "30C", "30D", "31"}) {
            assertEquals(Optional.of(CrimeCategory.OTHER), of(c), c);
        }
        // With the name after the code, as a niche export writes it.
        assertEquals(Optional.of(CrimeCategory.DWELLING_BURGLARY), of("28F Attempted burglary - residential"));
    }

    @Test
    void classAndSubClassCodesAreReadAsTheirClass() {
        assertEquals(Optional.of(CrimeCategory.DWELLING_BURGLARY), of("028/01"));
        assertEquals(Optional.of(CrimeCategory.OTHER), of("030/01"));
        assertEquals(Optional.of(CrimeCategory.TFMV), of("045/00"));
        // Class 19 is not listed, but every listed 19x code is a rape: sexual offences.
        assertEquals(Optional.of(CrimeCategory.SEXUAL_OFFENCES), of("019/07"));
        // 8L ... 8R are all violence, so an unlisted 8K is too; 3A is conspiracy to murder.
        assertEquals(Optional.of(CrimeCategory.VIOLENCE), of("8K"));
        assertEquals(Optional.of(CrimeCategory.VIOLENCE), of("3A"));
        assertEquals(Optional.of(CrimeCategory.ROBBERY), of("034/02"));
    }

    @Test
    void aCodeWhoseClassIsNotKnownStaysUnknown() {
        assertEquals(Optional.empty(), of("125/7"));
        assertEquals(Optional.empty(), of("199Z"));
        // Dotted codes are not read by class: 37.1 is a death by driving, 37.2 a vehicle taking.
        assertEquals(Optional.empty(), of("37.1"));
        assertEquals(Optional.of(CrimeCategory.TOMV), of("37.2"));
    }
}
