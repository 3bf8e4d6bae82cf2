package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded crime counted as the Home Office counts it: the user's column mapping wins over a
 * guessed column, records that are not recorded crimes (no crime, cancelled, transferred, N100)
 * are left out, lettered HO codes are read, and a pivot's group row over one offence of the same
 * name is its subtotal.
 */
class RecordedCrimeRulesTest {
    @TempDir
    Path dir;

    private static final LocalDate APR1 = LocalDate.of(2015, 4, 1);
    private static final LocalDate APR2 = LocalDate.of(2015, 4, 2);

    private void properties(String text) throws Exception {
        Files.writeString(dir.resolve(InputProperties.FILE), text, StandardCharsets.UTF_8);
    }

    private Partial read(Path file) throws Exception {
        return new WorkbookReader(InputProperties.load(List.of(dir))).read(file);
    }

    private static List<Finding> rule(Partial p, String rule) {
        return p.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Every crime counted, whatever its day or month (a month's crimes are kept on its first day). */
    private static long allCrimes(Partial p) {
        long n = 0;
        for (long[] a : p.crimes().rawByDate().values()) {
            for (long x : a) {
                n += x;
            }
        }
        return n;
    }

    /**
     * A niche-style extract: title row, then Crime Number, Offence Description, Date Committed, Date
     * Recorded, Division. Three crimes: a dwelling burglary committed 20/03/2015 and recorded 02/04/2015, an
     * assault committed and recorded 01/04/2015, a historic rape committed 01/06/2009 and recorded 02/04/2015.
     */
    private Path extract() throws Exception {
        return Fixtures.workbook(dir, "crime_extract.xlsx", "Crime Extract",
                row("Recorded crime extract - Apr 2015"),
                row("Crime Number", "Offence Description", "Date Committed", "Date Recorded", "Division"),
                row("CR/1/15", "Burglary in a dwelling", LocalDate.of(2015, 3, 20), APR2, "North"),
                row("CR/2/15", "Assault with injury", APR1, APR1, "North"),
                row("CR/3/15", "Rape of a female aged 16 and over", LocalDate.of(2009, 6, 1), APR2, "South"));
    }

    @Test
    void aMappedDateColumnWinsOverTheOneToItsLeft() throws Exception {
        Path f = extract();
        properties("crimes.date = Date Recorded\n");
        Partial p = read(f);
        // By date recorded: the burglary and the rape on 2 April, the assault on 1 April; nothing in 2009 or March.
        assertEquals(1, p.crimes().count(APR2, CrimeCategory.DWELLING_BURGLARY));
        assertEquals(1, p.crimes().count(APR2, CrimeCategory.SEXUAL_OFFENCES));
        assertEquals(1, p.crimes().count(APR1, CrimeCategory.VIOLENCE));
        assertEquals(List.of(APR1, APR2), List.copyOf(p.crimes().coveredDays()));
        assertEquals(List.of(), rule(p, "MAPPING_NOT_FOUND"));
    }

    @Test
    void aMappedDateColumnWinsOverTheOneToItsRight() throws Exception {
        // The user counts offences by when they were committed: the mapping wins whichever way a guess would go.
        Path f = extract();
        properties("crimes.date = Date Committed\n");
        Partial p = read(f);
        assertEquals(1, p.crimes().count(LocalDate.of(2015, 3, 20), CrimeCategory.DWELLING_BURGLARY));
        assertEquals(1, p.crimes().count(LocalDate.of(2009, 6, 1), CrimeCategory.SEXUAL_OFFENCES));
        assertEquals(0, p.crimes().count(APR2, CrimeCategory.DWELLING_BURGLARY));
        assertEquals(3, allCrimes(p));
    }

    @Test
    void aMappingNamingAHeaderTheSheetLacksIsAWarningWithTheHeadersSeen() throws Exception {
        Path f = extract();
        properties("crimes.date = Recorded On\n");
        Partial p = read(f);
        List<Finding> w = rule(p, "MAPPING_NOT_FOUND");
        assertEquals(1, w.size(), p.findings().toString());
        Finding x = w.get(0);
        assertEquals(Severity.WARNING, x.severity());
        assertEquals("crime_extract.xlsx", x.file());
        assertEquals("Crime Extract", x.sheet());
        assertEquals("crimes.date = Recorded On", x.seen());
        assertTrue(x.message().contains("crimes.date = Recorded On") && x.message().contains("Date Committed, Date Recorded")
                && x.message().contains("row 2"), x.message());
        // The sheet is still read (by a guessed date column): three crimes.
        assertEquals(3, allCrimes(p));
    }

    @Test
    void aCallsMappingWinsToo() throws Exception {
        // Initial Grade left of Final Grade; the user wants the final grading. Call 1: Immediate then Appointment;
        // call 2: High then High. By final grade: 1 Appointment, 1 High, 0 Immediate.
        Path f = Fixtures.workbook(dir, "cad.xlsx", "Incidents",
                row("Incident URN", "Created Date/Time", "Initial Grade", "Final Grade", "Division"),
                row("I1", LocalDateTime.of(2015, 4, 1, 9, 0), "Immediate", "Appointment", "North"),
                row("I2", LocalDateTime.of(2015, 4, 1, 10, 0), "High", "High", "North"));
        properties("calls.grading = Final Grade\n");
        Partial p = read(f);
        assertEquals(0, p.calls().grading(APR1, Grading.IMMEDIATE));
        assertEquals(1, p.calls().grading(APR1, Grading.APPOINTMENT));
        assertEquals(1, p.calls().grading(APR1, Grading.HIGH));
        assertEquals(List.of(), rule(p, "MAPPING_NOT_FOUND"));
    }

    @Test
    void noMappingNoWarning() throws Exception {
        Partial p = read(extract());
        assertEquals(List.of(), rule(p, "MAPPING_NOT_FOUND"));
        assertEquals(3, allCrimes(p));
    }

    /**
     * An Excel "CSV UTF-8" extract with a Crime Status column, all recorded 01/04/2015: 9 records, of
     * which No Crime, Cancelled, Transferred and N100 (4) are not recorded crimes; Confirmed (2), Crimed,
     * Detected and an unknown "Under review" (3) are counted: 5 crimes.
     */
    @Test
    void recordsThatAreNotRecordedCrimesAreLeftOutAndSaidOnce() throws Exception {
        Path f = dir.resolve("crimes_2015-16.csv");
        Files.writeString(f, "\uFEFFCrime Number,HO Code,Offence Description,Date Recorded,Crime Status,Division\r\n"
                + "CR/1,28A,Burglary in a dwelling,01/04/2015,Confirmed,North\r\n"
                + "CR/2,8N,Assault with injury,01/04/2015,Confirmed,North\r\n"
                + "CR/3,8N,Assault with injury,01/04/2015,No Crime,North\r\n"
                + "CR/4,28A,Burglary in a dwelling,01/04/2015,Cancelled,South\r\n"
                + "CR/5,46,Shoplifting,01/04/2015,Transferred,South\r\n"
                + "CR/6,19C,Rape of a female aged 16 and over,01/04/2015,N100,South\r\n"
                + "CR/7,46,Shoplifting,01/04/2015,Crimed,South\r\n"
                + "CR/8,34B,Robbery of personal property,01/04/2015,Detected,South\r\n"
                + "CR/9,34B,Robbery of personal property,01/04/2015,Under review,South\r\n", StandardCharsets.UTF_8);
        Partial p = read(f);
        assertEquals(5, allCrimes(p));
        assertEquals(1, p.crimes().count(APR1, CrimeCategory.DWELLING_BURGLARY));
        assertEquals(1, p.crimes().count(APR1, CrimeCategory.VIOLENCE));
        assertEquals(1, p.crimes().count(APR1, CrimeCategory.THEFT));
        assertEquals(2, p.crimes().count(APR1, CrimeCategory.ROBBERY));
        assertEquals(0, p.crimes().count(APR1, CrimeCategory.SEXUAL_OFFENCES));
        List<Finding> left = rule(p, "CRIME_STATUS_NOT_COUNTED");
        assertEquals(1, left.size(), p.findings().toString());
        assertEquals(Severity.INFO, left.get(0).severity());
        assertEquals("\"Cancelled\" x1; \"N100\" x1; \"No Crime\" x1; \"Transferred\" x1", left.get(0).seen());
        assertTrue(left.get(0).message().startsWith("crimes_2015-16.csv") && left.get(0).message().contains("4 record(s)"),
                left.get(0).message());
        List<Finding> unknown = rule(p, "CRIME_STATUS_UNKNOWN");
        assertEquals(1, unknown.size(), p.findings().toString());
        assertEquals(Severity.WARNING, unknown.get(0).severity());
        assertEquals("\"Under review\" x1", unknown.get(0).seen());
    }

    @Test
    void aCleanStatusColumnAndPoliceUkOutcomesDropNothing() throws Exception {
        Path ok = Fixtures.workbook(dir, "confirmed.xlsx", "Crimes",
                row("Crime Ref", "Offence", "Recorded Date", "Status"),
                row("A1", "Robbery of personal property", APR1, "Confirmed"),
                row("A2", "Shoplifting", APR1, "Recorded"));
        Partial p = read(ok);
        assertEquals(2, allCrimes(p));
        assertEquals(List.of(), rule(p, "CRIME_STATUS_NOT_COUNTED"));
        assertEquals(List.of(), rule(p, "CRIME_STATUS_UNKNOWN"));
        // police.uk publishes recorded crimes only: its last outcome is never a reason to leave a crime out.
        Path street = dir.resolve("2015-04-kent-street.csv");
        Files.writeString(street, "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                + "LSOA name,Crime type,Last outcome category,Context\n"
                + "aa1,2015-04,Kent Police,Kent Police,0.5,51.2,On or near High Street,E01024000,Maidstone 001A,"
                + "Burglary,Investigation complete; no suspect identified,\n"
                + "aa2,2015-04,Kent Police,Kent Police,0.5,51.2,On or near High Street,E01024000,Maidstone 001A,"
                + "Shoplifting,Formal action is not in the public interest,\n"
                + "aa3,2015-04,Kent Police,Kent Police,0.5,51.2,On or near High Street,E01024000,Maidstone 001A,"
                + "Robbery,Unable to prosecute suspect,\n"
                + ",2015-04,Kent Police,Kent Police,0.5,51.2,On or near High Street,E01024000,Maidstone 001A,"
                + "Anti-social behaviour,,\n", StandardCharsets.UTF_8);
        Partial s = read(street);
        assertEquals(List.of(), rule(s, "CRIME_STATUS_NOT_COUNTED"));
        assertEquals(List.of(), rule(s, "CRIME_STATUS_UNKNOWN"));
        assertEquals(1, s.crimes().rawByDivisionMonth().values().stream().flatMap(m -> m.values().stream())
                .mapToLong(a -> a[CrimeCategory.ROBBERY.ordinal()]).sum());
    }

    @Test
    void aLetteredHomeOfficeCodeIsCountedInItsClass() throws Exception {
        // 28A (dwelling) x2, 30A (other building) x1, 8N (violence) x1, on 1 April 2016.
        Path f = dir.resolve("niche_export.csv");
        Files.writeString(f, "Occurrence No,Reported Date,HO Code,Division\n"
                + "OCC1,01/04/2016,28A,North\nOCC2,01/04/2016,28A,South\nOCC3,01/04/2016,30A,North\n"
                + "OCC4,01/04/2016,8N,North\n", StandardCharsets.UTF_8);
        properties("crimes.type = HO Code\n");
        Partial p = read(f);
        LocalDate day = LocalDate.of(2016, 4, 1);
        assertEquals(2, p.crimes().count(day, CrimeCategory.DWELLING_BURGLARY));
        assertEquals(1, p.crimes().count(day, CrimeCategory.OTHER));
        assertEquals(1, p.crimes().count(day, CrimeCategory.VIOLENCE));
        assertEquals(List.of(), rule(p, "UNKNOWN_VALUE"));
    }

    /**
     * A Home Office style pivot, 12 months Apr-14 to Mar-15: group rows over their offences, one group
     * ("Criminal damage and arson") over a single offence of the same name, and a total row.
     * Shoplifting 10+i in month i (sum 120 + 66 = 186), bicycle theft 3 a month (36), criminal damage
     * 20 + i mod 3 (240 + 12 = 252): 474 crimes in the year, criminal damage once.
     */
    @Test
    void aGroupRowOverOneOffenceOfTheSameNameIsItsSubtotal() throws Exception {
        String[] months = {"Apr-14", "May-14", "Jun-14", "Jul-14", "Aug-14", "Sep-14", "Oct-14", "Nov-14", "Dec-14",
            "Jan-15", "Feb-15", "Mar-15"};
        Object[] header = new Object[13];
        Object[] theft = new Object[13];
        Object[] shop = new Object[13];
        Object[] bike = new Object[13];
        Object[] damageGroup = new Object[13];
        Object[] damage = new Object[13];
        Object[] total = new Object[13];
        header[0] = "Offence";
        theft[0] = "Theft offences";
        shop[0] = "    Shoplifting";
        bike[0] = "    Bicycle theft";
        damageGroup[0] = "Criminal damage and arson";
        damage[0] = "    Criminal damage and arson";
        total[0] = "Total recorded crime";
        for (int i = 0; i < 12; i++) {
            header[i + 1] = months[i];
            shop[i + 1] = 10 + i;
            bike[i + 1] = 3;
            theft[i + 1] = 13 + i;
            damage[i + 1] = 20 + i % 3;
            damageGroup[i + 1] = 20 + i % 3;
            total[i + 1] = 33 + i + i % 3;
        }
        Path f = Fixtures.workbook(dir, "Recorded_crime_by_offence.xlsx", "Recorded crime",
                row("Recorded crime by offence, Apr 2014 to Mar 2015"), header, theft, shop, bike, damageGroup, damage,
                total);
        Partial p = read(f);
        assertEquals(474, allCrimes(p));
        // Three rows not counted: the two group rows and the total.
        assertEquals("3 total row(s)", rule(p, "TOTAL_ROWS_SKIPPED").get(0).seen());
    }

    @Test
    void twoOffencesWithTheSameFiguresButOtherNamesAreBothCounted() throws Exception {
        // Homicide and Attempted murder, one each in June 2014 and none otherwise: 2 crimes, neither a subtotal.
        Object[] header = {"Offence", "Apr-14", "May-14", "Jun-14", "Jul-14"};
        Path f = Fixtures.workbook(dir, "rare.xlsx", "Recorded crime", header,
                row("Homicide", 0, 0, 1, 0), row("Attempted murder", 0, 0, 1, 0), row("Robbery", 4, 5, 6, 7));
        Partial p = read(f);
        assertEquals(2 + 22, allCrimes(p));
    }
    /**
     * A crime system's extract with each crime's ONS offence group in the column before its offence: the
     * offence is the crime type. Read by the group, all three thefts would be "Theft offences", which gives
     * none of dwelling burglary, shoplifting (theft) or theft from a motor vehicle.
     */
    @Test
    void theOffenceColumnIsTheTypeWhereverTheOffenceGroupColumnStands() throws Exception {
        Path f = Fixtures.workbook(dir, "crimes_apr15.xlsx", "Crimes",
                row("Crime Number", "Offence Group", "Offence", "Date Recorded"),
                row("CR/1/15", "Theft offences", "Burglary - residential", APR1),
                row("CR/2/15", "Theft offences", "Shoplifting", APR1),
                row("CR/3/15", "Violence against the person", "Assault with injury", APR2),
                row("CR/4/15", "Theft offences", "Theft from a motor vehicle", APR2));
        Partial p = read(f);
        assertEquals(1, p.crimes().count(APR1, CrimeCategory.DWELLING_BURGLARY));
        assertEquals(1, p.crimes().count(APR1, CrimeCategory.THEFT));
        assertEquals(1, p.crimes().count(APR2, CrimeCategory.VIOLENCE));
        assertEquals(1, p.crimes().count(APR2, CrimeCategory.TFMV));
        assertEquals(0, p.crimes().count(APR1, CrimeCategory.THEFT_OFFENCES) + p.crimes().count(APR2,
                CrimeCategory.THEFT_OFFENCES));
        assertTrue(p.crimes().gives(APR1, CrimeCategory.DWELLING_BURGLARY));
    }
    /** An extract of groups alone still has its type: the group column, read as the groups it names. */
    @Test
    void anOffenceGroupColumnAloneIsTheType() throws Exception {
        Path f = Fixtures.workbook(dir, "groups_apr15.xlsx", "Crimes",
                row("Crime Number", "Offence Group", "Date Recorded"),
                row("CR/1/15", "Theft offences", APR1),
                row("CR/2/15", "Violence against the person", APR1),
                row("CR/3/15", "Theft offences", APR2));
        Partial p = read(f);
        assertEquals(1, p.crimes().count(APR1, CrimeCategory.THEFT_OFFENCES));
        assertEquals(1, p.crimes().count(APR2, CrimeCategory.THEFT_OFFENCES));
        assertEquals(1, p.crimes().count(APR1, CrimeCategory.VIOLENCE));
        assertTrue(!p.crimes().gives(APR1, CrimeCategory.THEFT));
        assertTrue(p.crimes().gives(APR1, CrimeCategory.ROBBERY));
    }
}
