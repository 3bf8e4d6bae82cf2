package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Grading;
import org.forcestat.model.OffenceTable;
import org.junit.jupiter.api.Test;

/** The Home Office offence names, national gradings and channels of SPEC §2.3, as forces' systems write them. */
class RealVocabulariesTest {
    @Test
    void homeOfficeOffenceNamesMapToTheSeedCategories() {
        Map<String, CrimeCategory> expected = new java.util.LinkedHashMap<>();
        expected.put("Theft from a vehicle", CrimeCategory.TFMV);
        expected.put("Theft or unauthorised taking of a motor vehicle", CrimeCategory.TOMV);
        expected.put("Vehicle interference", CrimeCategory.OTHER);
        expected.put("Rape", CrimeCategory.SEXUAL_OFFENCES);
        expected.put("Other sexual offences", CrimeCategory.SEXUAL_OFFENCES);
        expected.put("Robbery of personal property", CrimeCategory.ROBBERY);
        expected.put("Robbery of business property", CrimeCategory.ROBBERY);
        expected.put("Domestic burglary", CrimeCategory.DWELLING_BURGLARY);
        expected.put("Residential burglary", CrimeCategory.DWELLING_BURGLARY);
        expected.put("Burglary \u2013 Residential", CrimeCategory.DWELLING_BURGLARY);
        expected.put("Non-domestic burglary", CrimeCategory.OTHER);
        expected.put("Shoplifting", CrimeCategory.THEFT);
        expected.put("Bicycle theft", CrimeCategory.THEFT);
        expected.put("Theft from the person", CrimeCategory.THEFT);
        expected.put("All other theft offences", CrimeCategory.THEFT);
        expected.put("Homicide", CrimeCategory.VIOLENCE);
        expected.put("Violence with injury", CrimeCategory.VIOLENCE);
        expected.put("Violence without injury", CrimeCategory.VIOLENCE);
        expected.put("Stalking and harassment", CrimeCategory.VIOLENCE);
        expected.put("Death or serious injury caused by unlawful driving", CrimeCategory.VIOLENCE);
        expected.put("Criminal damage and arson", CrimeCategory.OTHER);
        expected.put("Drug offences", CrimeCategory.OTHER);
        expected.put("Possession of weapons offences", CrimeCategory.OTHER);
        expected.put("Public order offences", CrimeCategory.OTHER);
        expected.put("Miscellaneous crimes against society", CrimeCategory.OTHER);
        expected.put("Anti-social behaviour", CrimeCategory.ASB);
        expected.put("VIOLENCE WITH INJURY", CrimeCategory.VIOLENCE);
        expected.forEach((name, cat) -> assertEquals(Optional.of(cat), CrimeCategory.parse(name), name));
    }

    @Test
    void homeOfficeCodesAreReadBeforeOrAfterTheNameOrAlone() {
        assertEquals(Optional.of(CrimeCategory.ROBBERY), CrimeCategory.parse("34B Robbery of personal property"));
        assertEquals(Optional.of(CrimeCategory.TFMV), CrimeCategory.parse("045 - Theft from a vehicle"));
        assertEquals(Optional.of(CrimeCategory.THEFT), CrimeCategory.parse("Shoplifting (46)"));
        assertEquals(Optional.of(CrimeCategory.TOMV), CrimeCategory.parse("48"));
        assertEquals(Optional.of(CrimeCategory.VIOLENCE), CrimeCategory.parse("4.1 Manslaughter"));
        assertEquals(Optional.of(CrimeCategory.THEFT), CrimeCategory.parse("41"), "41 is theft by an employee, not 4.1");
        assertEquals(Optional.empty(), CrimeCategory.parse("Fly-tipping"));
        // Group and offence joined, as crime systems write them.
        assertEquals(Optional.of(CrimeCategory.THEFT), CrimeCategory.parse("Theft - Shoplifting"));
        assertEquals(Optional.of(CrimeCategory.VIOLENCE), CrimeCategory.parse("Violence - With Injury"));
        assertEquals(Optional.of(CrimeCategory.TOMV), CrimeCategory.parse("Vehicle - Theft of"));
        assertEquals(Optional.of(CrimeCategory.TFMV), CrimeCategory.parse("Theft - From Vehicle"));
        assertEquals(Optional.of(CrimeCategory.SEXUAL_OFFENCES), CrimeCategory.parse("Sexual Offences: Rape"));
        assertEquals(Optional.of(CrimeCategory.OTHER), CrimeCategory.parse("Criminal Damage - Vehicle"));
        assertEquals(Optional.empty(), CrimeCategory.parse("Lost - Found"));
        assertEquals(Optional.empty(), CrimeCategory.parse("999"));
    }

    @Test
    void theShippedTableStatesItsSourceAndDateAndHoldsPoliceUksFourteenCategories() {
        OffenceTable t = OffenceTable.standard();
        String header = String.join("\n", t.header());
        assertTrue(header.contains("Source:") && header.contains("Home Office Counting Rules")
                && header.matches("(?s).*Compiled: \\d{4}-\\d{2}-\\d{2}.*"), header);
        assertEquals(14, t.rows().stream().filter(o -> o.group().equals("police.uk")).count());
        Map<CrimeCategory, Long> per = t.rows().stream().collect(Collectors.groupingBy(OffenceTable.Offence::category,
                Collectors.counting()));
        for (CrimeCategory c : CrimeCategory.values()) {
            assertTrue(per.getOrDefault(c, 0L) > 0, "some offence maps to " + c);
        }
        // The seed's own words are tried first: none of them may send a table name elsewhere.
        for (OffenceTable.Offence o : t.rows()) {
            assertEquals(Optional.of(o.category()), CrimeCategory.parse(o.name()), o.name());
        }
    }

    @Test
    void nationalGradingsAreReadWithAndWithoutTheirCodes() {
        Map<String, Grading> expected = new java.util.LinkedHashMap<>();
        expected.put("P1 - Emergency", Grading.IMMEDIATE);
        expected.put("P2 - Priority", Grading.HIGH);
        expected.put("P3 - Scheduled", Grading.APPOINTMENT);
        expected.put("P4 - Resolution without deployment", Grading.ADVICE);
        expected.put("Grade 2", Grading.HIGH);
        expected.put("G3", Grading.APPOINTMENT);
        expected.put("Emergency", Grading.IMMEDIATE);
        expected.put("Priority", Grading.HIGH);
        expected.put("Scheduled", Grading.APPOINTMENT);
        expected.put("Resolution without deployment", Grading.ADVICE);
        expected.put("Resolution Without Deployment (RWD)", Grading.ADVICE);
        expected.put("1 - Emergency", Grading.IMMEDIATE);
        expected.put("Grade 1: Immediate", Grading.IMMEDIATE);
        expected.put("Priority 2", Grading.HIGH);
        expected.put("Crime report", Grading.CRIME_REPORT);
        expected.put("Appointment", Grading.APPOINTMENT);
        expected.forEach((text, g) -> assertEquals(Optional.of(g), Grading.parse(text), text));
        assertEquals(Optional.empty(), Grading.parse("1"), "a bare digit is no grading");
        assertEquals(Optional.of(Grading.HIGH), Grading.parseValue("2"), "but is in a column of gradings");
        assertEquals(Optional.empty(), Grading.parseValue("5"));
        assertEquals(Optional.empty(), Grading.parse("P7 - Other"));
        assertEquals(Optional.empty(), Grading.parse("Burglary"));
    }

    @Test
    void channelsIncludeEmailAlarmAndOfficerGeneratedAsOther() {
        assertEquals(Optional.of(Channel.OTHER), Channel.parse("Email"));
        assertEquals(Optional.of(Channel.OTHER), Channel.parse("Alarm"));
        assertEquals(Optional.of(Channel.OTHER), Channel.parse("Officer Generated"));
        assertEquals(Optional.of(Channel.EMERGENCY), Channel.parse("999"));
        assertEquals(Optional.of(Channel.EMERGENCY), Channel.parse("999 (BT)"));
        assertEquals(Optional.of(Channel.NON_EMERGENCY), Channel.parse("101"));
        assertEquals(Optional.of(Channel.ONLINE), Channel.parse("Online"));
        assertEquals(Optional.empty(), Channel.parse("Burglary"));
        assertEquals(Optional.empty(), Channel.parse("Domestic"));
    }
}
