package org.forcestat.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONS's offence group "Theft offences" holds domestic and non-domestic burglary, vehicle offences, theft
 * from the person, bicycle theft, shoplifting and all other theft. A pivot of the groups alone cannot give
 * dwelling burglary, theft from or of a motor vehicle, or theft alone: those are "not in these inputs",
 * the group is shown as its own figure, and the crime total is every group's. A pivot that lists the
 * group's offences under it counts the offences and skips the group row as their subtotal.
 *
 * <p>Every pivot is 12 months, Apr 2023 to Mar 2024 (366 days, 2024 a leap year), as a force's performance
 * pack lays them out: a title, months across, a total row at the foot.
 */
class OnsTheftGroupTest {
    @TempDir
    Path work;

    private static final String[] MONTHS = {"Apr-23", "May-23", "Jun-23", "Jul-23", "Aug-23", "Sep-23", "Oct-23",
        "Nov-23", "Dec-23", "Jan-24", "Feb-24", "Mar-24"};

    /**
     * ONS's groups other than theft: label, base, and the month's figure is the base plus ((month x step +
     * shift) mod 12), month 0 to 11. Step 1, 5, 7 or 11 makes the added part run through 0 to 11 once in the
     * year, so every line's year is 12 x base + 66, and the lines vary month to month as real counts do
     * (equal figures every month would make rows add up to their neighbours by chance).
     */
    private static final Object[][] OTHER_GROUPS = {
        {"Violence against the person", 100, 1, 0},
        {"Sexual offences", 10, 5, 3},
        {"Robbery", 3, 7, 1},
        {"Criminal damage and arson", 40, 11, 4},
        {"Drug offences", 12, 5, 9},
        {"Possession of weapons offences", 2, 7, 6},
        {"Public order offences", 30, 1, 8},
        {"Miscellaneous crimes against society", 5, 11, 2},
    };

    private static int figure(Object[] line, int month) {
        return (Integer) line[1] + ((month * (Integer) line[2] + (Integer) line[3]) % 12);
    }

    /**
     * The pivot under a title and the month header, then "Total recorded crime". A line {label, "group", n}
     * is a group row, the sum of the n lines below it.
     */
    private Path pivot(Object[][] lines) throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Path f = in.resolve("Recorded crime by offence group.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet sh = wb.createSheet("Recorded crime");
            sh.createRow(0).createCell(0).setCellValue("Police recorded crime by offence group, Apr 2023 to Mar 2024");
            Row head = sh.createRow(2);
            head.createCell(0).setCellValue("Offence group");
            for (int m = 0; m < 12; m++) {
                head.createCell(m + 1).setCellValue(MONTHS[m]);
            }
            int[] total = new int[12];
            for (int i = 0; i < lines.length; i++) {
                Object[] l = lines[i];
                Row row = sh.createRow(3 + i);
                row.createCell(0).setCellValue((String) l[0]);
                for (int m = 0; m < 12; m++) {
                    int v = 0;
                    if ("group".equals(l[1])) {
                        for (int j = 1; j <= (Integer) l[2]; j++) {
                            v += figure(lines[i + j], m);
                        }
                    } else {
                        v = figure(l, m);
                        total[m] += v;
                    }
                    row.createCell(m + 1).setCellValue(v);
                }
            }
            Row foot = sh.createRow(3 + lines.length);
            foot.createCell(0).setCellValue("Total recorded crime");
            for (int m = 0; m < 12; m++) {
                foot.createCell(m + 1).setCellValue(total[m]);
            }
            wb.write(out);
        }
        return in;
    }

    /** The Metrics sheet: id to its value cell and its label. */
    private Map<String, String[]> metrics(Path in) throws Exception {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String line : MetricsSnapshot.metricsOf(in, work)) {
            String[] c = line.split("\t", -1);
            out.put(c[0], new String[] {c[2], c[1]});
        }
        return out;
    }

    /** A figure's value cell, failing when the Metrics sheet has no such row. */
    private static String value(Map<String, String[]> m, String id) {
        assertTrue(m.containsKey(id), "no Metrics row " + id + " among " + m.keySet());
        return m.get(id)[0];
    }

    private static Object[][] with(Object[]... theft) {
        Object[][] all = new Object[OTHER_GROUPS.length + theft.length][];
        System.arraycopy(OTHER_GROUPS, 0, all, 0, 3);
        System.arraycopy(theft, 0, all, 3, theft.length);
        System.arraycopy(OTHER_GROUPS, 3, all, 3 + theft.length, OTHER_GROUPS.length - 3);
        return all;
    }

    @Test
    void theGroupAloneGivesNoneOfItsPartsAndTheCrimeTotalStays() throws Exception {
        // Nine lines, bases 202 + 80 = 282: 12 x 282 + 9 x 66 = 3,978 crimes in the year, over 366 days.
        Map<String, String[]> m = metrics(pivot(with(new Object[] {"Theft offences", 80, 5, 7})));
        assertEquals("3978.0", value(m, "crimes.total"));
        assertEquals(3978 / 366.0, Double.parseDouble(value(m, "crimes.per_day")), 1e-9);
        for (String part : List.of("dwelling_burglary", "tfmv", "tomv", "theft")) {
            for (String figure : List.of(".total", ".per_day")) {
                value(m, "crimes." + part + figure);
                String[] row = m.get("crimes." + part + figure);
                assertEquals("not in these inputs", row[0], part + figure);
                assertTrue(row[1].contains("only inside the group \"Theft offences (not split)\""), row[1]);
            }
        }
        // The group's own figure: 12 x 80 + 66 = 1,026.
        assertEquals("1026.0", value(m, "crimes.theft_offences.total"));
        assertEquals(1026 / 366.0, Double.parseDouble(value(m, "crimes.theft_offences.per_day")), 1e-9);
        // The other groups are still given: violence 1,200 + 66; robbery 36 + 66; other crime five lines,
        // 12 x (40 + 12 + 2 + 30 + 5) + 5 x 66 = 1,068 + 330.
        assertEquals("1266.0", value(m, "crimes.violence.total"));
        assertEquals("102.0", value(m, "crimes.robbery.total"));
        assertEquals("1398.0", value(m, "crimes.other.total"));
    }

    @Test
    void theGroupOverItsOffencesIsTheirSubtotalAndTheOffencesAreCounted() throws Exception {
        // Under the Theft offences group row (the sum of the nine lines below it): domestic burglary base 20,
        // non-domestic burglary 8 (other crime), theft from a vehicle 12, theft or taking of a motor vehicle 6,
        // vehicle interference 2 (other crime), theft from the person 4, bicycle theft 3, shoplifting 15, all
        // other theft 10.
        Map<String, String[]> m = metrics(pivot(with(
                new Object[] {"Theft offences", "group", 9},
                new Object[] {"Domestic burglary", 20, 7, 5},
                new Object[] {"Non-domestic burglary", 8, 1, 11},
                new Object[] {"Theft from a vehicle", 12, 11, 7},
                new Object[] {"Theft or unauthorised taking of a motor vehicle", 6, 5, 2},
                new Object[] {"Vehicle interference", 2, 7, 10},
                new Object[] {"Theft from the person", 4, 1, 3},
                new Object[] {"Bicycle theft", 3, 11, 9},
                new Object[] {"Shoplifting", 15, 5, 6},
                new Object[] {"All other theft offences", 10, 7, 0})));
        // 17 lines, bases 202 + 80: 12 x 282 + 17 x 66 = 4,506 (the group row and the total not counted).
        assertEquals("4506.0", value(m, "crimes.total"));
        assertEquals("306.0", value(m, "crimes.dwelling_burglary.total"));
        assertEquals("210.0", value(m, "crimes.tfmv.total"));
        assertEquals("138.0", value(m, "crimes.tomv.total"));
        // Theft: 12 x (4 + 3 + 15 + 10) + 4 x 66 = 648; other crime 1,398 + 12 x (8 + 2) + 2 x 66 = 1,650.
        assertEquals("648.0", value(m, "crimes.theft.total"));
        assertEquals("1650.0", value(m, "crimes.other.total"));
        assertTrue(!m.containsKey("crimes.theft_offences.total"), "the group row was counted");
    }

    /**
     * A crime system's export, one row a crime, with each offence's ONS group in a column beside it (as
     * many forces' extracts carry it): the offence is counted, never the group, so nothing changes.
     */
    @Test
    void anOffenceExportWithItsOnsGroupColumnIsCountedByOffence() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        String[][] rows = {
            {"CR/23/0101", "Burglary - residential", "Theft offences", "01/04/2023"},
            {"CR/23/0102", "Theft from a motor vehicle", "Theft offences", "01/04/2023"},
            {"CR/23/0103", "Assault with injury", "Violence against the person", "01/04/2023"},
            {"CR/23/0104", "Theft or unauthorised taking of a motor vehicle", "Theft offences", "02/04/2023"},
            {"CR/23/0105", "Shoplifting", "Theft offences", "02/04/2023"},
            {"CR/23/0106", "Criminal damage to a dwelling", "Criminal damage and arson", "02/04/2023"},
            {"CR/23/0107", "Shoplifting", "Theft offences", "03/04/2023"},
            {"CR/23/0108", "Assault without injury", "Violence against the person", "03/04/2023"},
            {"CR/23/0109", "Robbery of personal property", "Robbery", "03/04/2023"},
        };
        StringBuilder csv = new StringBuilder("Crime Reference,Offence,Offence Group,Date Recorded\r\n");
        for (String[] r : rows) {
            csv.append(String.join(",", r)).append("\r\n");
        }
        Files.writeString(in.resolve("crimes-apr-2023.csv"), csv);
        Map<String, String[]> m = metrics(in);
        // 9 crimes over 3 days; each offence in its own category, sexual offences a real 0 (an all-crime export).
        assertEquals("9.0", value(m, "crimes.total"));
        assertEquals(3.0, Double.parseDouble(value(m, "crimes.per_day")), 1e-9);
        Map<String, String> want = Map.of("dwelling_burglary", "1.0", "tfmv", "1.0", "tomv", "1.0", "theft", "2.0",
                "violence", "2.0", "robbery", "1.0", "other", "1.0", "sexual_offences", "0.0");
        want.forEach((c, n) -> assertEquals(n, value(m, "crimes." + c + ".total"), c));
        assertTrue(!m.containsKey("crimes.theft_offences.total"), "the group column was counted");
    }
}
