package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same crimes in two files are counted once (SPEC §4.1: a duplicate is never added): two
 * overlapping exports of a crime recording system, each row a crime with its crime reference, and a
 * police.uk month downloaded twice (the second with updated outcomes, its anti-social behaviour rows,
 * which have no Crime ID, the same); while two divisions' exports of the same months, and two forces'
 * police.uk files of the same month, add up.
 *
 * <p>The recording-system crimes, worked out by hand (and checked with a few lines of python over the
 * generated rows): from 01/01/2016 to 30/09/2016 (274 days), 4 crimes a day in January to March (91
 * days, 364), 5 in April to June (91 days, 455) and 3 in July to September (92 days, 276): 1,095 crimes.
 * The n-th crime (from 0) is of offence n mod 8 in {@link #OFFENCES}, each of its own seed category:
 * 1,095 = 136 x 8 + 7, so the first seven categories have 137 crimes and "other crime" 136. The
 * January-June export holds 819 of them, the April-September one 731; added, April to June's 455
 * would be counted twice (1,550).
 */
class RepeatedCrimesTest {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Home Office offence names as a recording system writes them, one per seed category in slide order. */
    private static final String[] OFFENCES = {"Residential burglary", "Theft from a vehicle", "Violence with injury",
        "Rape", "Shoplifting", "Theft or unauthorised taking of a motor vehicle", "Robbery of personal property",
        "Criminal damage"};
    private static final String[] CATEGORIES = {"dwelling_burglary", "tfmv", "violence", "sexual_offences", "theft",
        "tomv", "robbery", "other"};

    @TempDir
    Path dir;

    /** One crime of a recording system's export. */
    record Crime(String ref, LocalDate recorded, String offence, String division) {
    }

    private static List<Crime> crimes(String force, String division) {
        List<Crime> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2016, 1, 1); !d.isAfter(LocalDate.of(2016, 9, 30)); d = d.plusDays(1)) {
            int k = d.getMonthValue() <= 3 ? 4 : d.getMonthValue() <= 6 ? 5 : 3;
            for (int i = 0; i < k; i++) {
                int n = out.size();
                out.add(new Crime(String.format("%s/%06d/16", force, n + 1), d, OFFENCES[n % 8], division));
            }
        }
        return out;
    }

    private static List<Crime> months(List<Crime> all, int from, int to) {
        return all.stream().filter(c -> c.recorded().getMonthValue() >= from && c.recorded().getMonthValue() <= to)
                .toList();
    }

    /** An export as the system writes it: a title block, the header on row 4, dates as Excel dates. */
    private static void xlsx(Path file, List<Crime> crimes, boolean refs) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sh = wb.createSheet("Crimes");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            sh.createRow(0).createCell(0).setCellValue("Athena - Recorded Crime Listing");
            sh.createRow(1).createCell(0).setCellValue("Run by: analyst   Report date: 03/10/2016");
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            List<String> header = new ArrayList<>(List.of("Date Recorded", "HO Offence", "Division"));
            if (refs) {
                header.add(0, "Crime Reference");
            }
            var h = sh.createRow(3);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            int r = 4;
            for (Crime crime : crimes) {
                var row = sh.createRow(r++);
                int c = 0;
                if (refs) {
                    row.createCell(c++).setCellValue(crime.ref());
                }
                var when = row.createCell(c++);
                when.setCellValue(crime.recorded());
                when.setCellStyle(dateStyle);
                row.createCell(c++).setCellValue(crime.offence());
                row.createCell(c).setCellValue(crime.division());
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
    }

    /** The export's CSV as Excel saves it: values as displayed, UTF-8 with a BOM. */
    private static void csv(Path file, List<Crime> crimes) throws Exception {
        StringBuilder s = new StringBuilder("\uFEFFCrime Reference,Date Recorded,HO Offence,Division\r\n");
        for (Crime c : crimes) {
            s.append(c.ref()).append(',').append(c.recorded().format(UK)).append(',').append(c.offence()).append(',')
                    .append(c.division()).append("\r\n");
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    private CommandRun run(Path in) throws Exception {
        return CommandRun.of("run", in.toString(), "-o", dir.resolve("out-" + in.getFileName()).toString());
    }

    private static List<CommandRun.Row3> rule(CommandRun r, String rule) throws Exception {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Each crime of {@link #crimes} once, times {@code divisions}. */
    private static void countedOnce(CommandRun r, int divisions) throws Exception {
        Map<String, Double> m = r.metrics();
        assertEquals(1095.0 * divisions, m.get("crimes.total"), r.printed());
        assertEquals(274.0, m.get("crimes.days"), r.printed());
        assertEquals(1095.0 * divisions / 274, m.get("crimes.per_day"), 1e-9);
        for (int i = 0; i < 8; i++) {
            double n = (i < 7 ? 137.0 : 136.0) * divisions;
            assertEquals(n, m.get("crimes." + CATEGORIES[i] + ".total"), CATEGORIES[i]);
            assertEquals(n / 274, m.get("crimes." + CATEGORIES[i] + ".per_day"), 1e-9, CATEGORIES[i]);
        }
    }

    @Test
    void overlappingRecordingSystemExportsCountTheSharedMonthsOnce() throws Exception {
        Path in = Files.createDirectory(dir.resolve("overlap"));
        List<Crime> all = crimes("46", "North");
        xlsx(in.resolve("crimes 2016-01 to 2016-06.xlsx"), months(all, 1, 6), true);
        // The second export saved as CSV: the same references as text.
        csv(in.resolve("crimes 2016-04 to 2016-09.csv"), months(all, 4, 9));
        CommandRun r = run(in);
        countedOnce(r, 1);
        List<CommandRun.Row3> dup = rule(r, "DUPLICATE_CRIMES");
        assertEquals(1, dup.size(), r.findings().toString());
        assertEquals("crimes 2016-04 to 2016-09.csv", dup.get(0).file());
        assertEquals("crimes 2016-04 to 2016-09.csv repeats 455 crime records of crimes 2016-01 to 2016-06.xlsx (the "
                + "same crime references on the same dates or months, in Apr 2016 to Jun 2016), so they were counted once, "
                + "from crimes 2016-01 to 2016-06.xlsx. Remove the repeated rows or the file if they were exported twice.",
                dup.get(0).message());
        assertEquals("WARNING", dup.get(0).severity().toUpperCase(java.util.Locale.ROOT));
        // Said on screen too, not only on the Validation sheet.
        assertTrue(r.out().contains("crimes 2016-04 to 2016-09.csv repeats 455 crime records"), r.out());
        assertEquals(0, r.exitCode(), r.printed());
    }

    @Test
    void withoutReferencesIdenticalWholeRowsAreTheEvidence() throws Exception {
        Path in = Files.createDirectory(dir.resolve("no-refs"));
        List<Crime> all = crimes("46", "North");
        xlsx(in.resolve("a jan-jun.xlsx"), months(all, 1, 6), false);
        xlsx(in.resolve("b apr-sep.xlsx"), months(all, 4, 9), false);
        CommandRun r = run(in);
        countedOnce(r, 1);
        List<CommandRun.Row3> dup = rule(r, "DUPLICATE_CRIMES");
        assertEquals(1, dup.size(), r.findings().toString());
        assertTrue(dup.get(0).message().startsWith("b apr-sep.xlsx repeats 455 crime records of a jan-jun.xlsx (the same "
                + "date and every field, in Apr 2016 to Jun 2016)"), dup.get(0).message());
    }

    @Test
    void twoDivisionsExportsOfTheSameMonthsAddUp() throws Exception {
        for (boolean refs : new boolean[] {true, false}) {
            Path in = Files.createDirectory(dir.resolve("divisions " + refs));
            xlsx(in.resolve("north.xlsx"), crimes("46", "North"), refs);
            xlsx(in.resolve("south.xlsx"), crimes("47", "South"), refs);
            CommandRun r = run(in);
            countedOnce(r, 2);
            assertEquals(0, rule(r, "DUPLICATE_CRIMES").size(), r.findings().toString());
        }
    }

    /** A police.uk street-level row: the 12 columns as downloaded. */
    private static String street(String id, String month, String force, double lon, double lat, String location,
                                 String lsoa, String type, String outcome) {
        return String.join(",", id, month, force, force, String.format("%.6f", lon), String.format("%.6f", lat),
                location, lsoa, "Maidstone 0" + lsoa.substring(lsoa.length() - 2), type, outcome, "");
    }

    private static final String[] STREET_TYPES = {"Burglary", "Vehicle crime", "Violence and sexual offences",
        "Shoplifting", "Other theft", "Robbery", "Criminal damage and arson", "Public order", "Drugs",
        "Bicycle theft"};

    /**
     * One police.uk month for a force: {@code crimes} crimes with a Crime ID (the SHA-256 of force,
     * month and number, as police.uk's IDs look), type n mod 10 of {@link #STREET_TYPES}, and
     * {@code asb} anti-social behaviour rows, with no ID, in pairs at the same snapped point (police.uk
     * shows one point for several incidents, so two rows of a file may be identical).
     */
    private static String policeUk(String month, String force, int crimes, int asb, String outcome) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder s = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        for (int n = 0; n < crimes; n++) {
            String id = HexFormat.of().formatHex(sha.digest((force + month + n).getBytes(StandardCharsets.UTF_8)));
            s.append(street(id, month, force, 0.52 + n / 1000.0, 51.27, "On or near High Street",
                    String.format("E010242%02d", n % 40), STREET_TYPES[n % 10], outcome)).append('\n');
        }
        for (int n = 0; n < asb; n++) {
            s.append(street("", month, force, 0.53 + (n / 2) / 1000.0, 51.28, "On or near Week Street",
                    String.format("E010243%02d", n / 2), "Anti-social behaviour", "")).append('\n');
        }
        return s.toString();
    }

    @Test
    void aPoliceUkMonthDownloadedTwiceIsCountedOnceItsAsbToo() throws Exception {
        Path in = Files.createDirectory(dir.resolve("policeuk"));
        // April once; May downloaded in June and again in August, when outcomes had moved on: the files differ.
        Files.writeString(in.resolve("2016-04-kent-street.csv"), policeUk("2016-04", "Kent Police", 30, 10,
                "Investigation complete; no suspect identified"));
        Files.writeString(in.resolve("2016-05-kent-street.csv"), policeUk("2016-05", "Kent Police", 40, 12,
                "Under investigation"));
        Files.writeString(in.resolve("2016-05-kent-street (1).csv"), policeUk("2016-05", "Kent Police", 40, 12,
                "Investigation complete; no suspect identified"));
        CommandRun r = run(in);
        Map<String, Double> m = r.metrics();
        // 30 + 40 crimes over April and May (61 days); 10 + 12 ASB.
        assertEquals(70.0, m.get("crimes.total"), r.printed());
        assertEquals(61.0, m.get("crimes.days"), r.printed());
        assertEquals(22.0, m.get("asb.total"), r.printed());
        // Robbery is type 5: crimes 5, 15, 25 of April and 5, 15, 25, 35 of May.
        assertEquals(7.0, m.get("crimes.robbery.total"), r.printed());
        // Burglary, police.uk's merged group, is type 0: 3 in April, 4 in May.
        assertEquals(7.0, m.get("crimes.burglary_all.total"), r.printed());
        List<CommandRun.Row3> dup = rule(r, "DUPLICATE_CRIMES");
        assertEquals(1, dup.size(), r.findings().toString());
        // The files are read in name order: "(1)" sorts before the plain name, so the plain one repeats it.
        assertEquals("2016-05-kent-street.csv repeats 52 crime records of 2016-05-kent-street (1).csv (the same crime "
                + "references on the same dates or months, in May 2016), so they were counted once, from "
                + "2016-05-kent-street (1).csv. Remove the repeated rows or the file if they were exported twice.",
                dup.get(0).message());
    }

    /**
     * A full-size month: the rows past the first hundred are read after the sheet's reader has started on
     * another thread, so a key that depended on which fields the parser had made by then would differ
     * between the two downloads (it did: 1,044 of 2,858 ASB rows of a real-shaped month were counted twice).
     */
    @Test
    void aLargePoliceUkMonthDownloadedTwiceCountsEachAsbRowOnce() throws Exception {
        Path in = Files.createDirectory(dir.resolve("policeuk-large"));
        Files.writeString(in.resolve("2016-05-kent-street.csv"), interleaved(policeUk("2016-05", "Kent Police", 8000,
                4000, "Under investigation")));
        Files.writeString(in.resolve("2016-05-kent-street (1).csv"), interleaved(policeUk("2016-05", "Kent Police",
                8000, 4000, "Investigation complete; no suspect identified")));
        assertCountedOnce(run(in), 8000, 4000, "2016-05-kent-street.csv repeats 12,000 crime records");
    }

    /** The run counted {@code crimes} crimes and {@code asb} ASB, with one finding of repeated crimes that starts so. */
    private static void assertCountedOnce(CommandRun r, double crimes, double asb, String repeated) throws Exception {
        Map<String, Double> m = r.metrics();
        assertEquals(crimes, m.get("crimes.total"), r.printed());
        assertEquals(asb, m.get("asb.total"), r.printed());
        List<CommandRun.Row3> dup = rule(r, "DUPLICATE_CRIMES");
        assertEquals(1, dup.size(), r.findings().toString());
        assertTrue(dup.get(0).message().startsWith(repeated), dup.get(0).message());
    }

    /**
     * A month downloaded twice, the later copy with outcomes moved on and saved again by Excel on Windows
     * (CR LF line ends, a UTF-8 byte-order mark): its ASB rows (no ID, so matched by their whole row) still
     * match the first download's, well past the rows read before the parser is told which columns no check
     * reads. 2,000 crimes and 1,000 ASB, each counted once.
     */
    @Test
    void aPoliceUkMonthSavedAgainWithCrLfAndAByteOrderMarkCountsEachAsbRowOnce() throws Exception {
        Path in = Files.createDirectory(dir.resolve("policeuk-crlf"));
        Files.writeString(in.resolve("2016-05-kent-street.csv"), interleaved(policeUk("2016-05", "Kent Police", 2000,
                1000, "Under investigation")));
        String later = interleaved(policeUk("2016-05", "Kent Police", 2000, 1000,
                "Investigation complete; no suspect identified"));
        Files.writeString(in.resolve("2016-05-kent-street (1).csv"), "\uFEFF" + later.replace("\n", "\r\n"));
        assertCountedOnce(run(in), 2000, 1000, "2016-05-kent-street.csv repeats 3,000 crime records");
    }

    /**
     * The same download saved again by Excel (a byte-order mark, CRLF line ends): the copy is said once, as a
     * copy (DUPLICATE_SHEET), not also as a file that "has no header row" (FILE_NOT_COUNTED), which it has.
     */
    @Test
    void aCopySavedWithCrLfAndAByteOrderMarkIsSaidOnceAsACopy() throws Exception {
        Path in = Files.createDirectory(dir.resolve("policeuk-copy"));
        String month = interleaved(policeUk("2016-05", "Kent Police", 40, 12, "Under investigation"));
        Files.writeString(in.resolve("2016-05-kent-street.csv"), month);
        Files.writeString(in.resolve("2016-05-kent-street (copy).csv"), "\uFEFF" + month.replace("\n", "\r\n"));
        CommandRun r = run(in);
        // 40 crimes and 12 ASB, counted once
        assertEquals(40.0, r.metrics().get("crimes.total"), r.printed());
        assertEquals(1, r.findings("DUPLICATE_SHEET").size(), r.findings().toString());
        assertEquals(0, r.findings("FILE_NOT_COUNTED").size(), r.findings().toString());
    }

    /** The rows of {@link #policeUk} with its ASB rows spread among the crimes, two crimes then one ASB row, as police.uk mixes them. */
    private static String interleaved(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> crimes = lines.stream().skip(1).filter(l -> !l.startsWith(",")).toList();
        List<String> asb = lines.stream().skip(1).filter(l -> l.startsWith(",")).toList();
        StringBuilder s = new StringBuilder(lines.get(0)).append('\n');
        for (int c = 0, a = 0; c < crimes.size() || a < asb.size(); ) {
            for (int k = 0; k < 2 && c < crimes.size(); k++) {
                s.append(crimes.get(c++)).append('\n');
            }
            if (a < asb.size()) {
                s.append(asb.get(a++)).append('\n');
            }
        }
        return s.toString();
    }

    @Test
    void twoForcesPoliceUkFilesOfTheSameMonthAddUp() throws Exception {
        Path in = Files.createDirectory(dir.resolve("forces"));
        Files.writeString(in.resolve("2016-05-kent-street.csv"), policeUk("2016-05", "Kent Police", 40, 12, ""));
        Files.writeString(in.resolve("2016-05-essex-street.csv"), policeUk("2016-05", "Essex Police", 40, 12, ""));
        CommandRun r = run(in);
        Map<String, Double> m = r.metrics();
        assertEquals(80.0, m.get("crimes.total"), r.printed());
        assertEquals(24.0, m.get("asb.total"), r.printed());
        assertEquals(0, rule(r, "DUPLICATE_CRIMES").size(), r.findings().toString());
        assertFalse(r.out().contains("repeats"), r.out());
    }
}
