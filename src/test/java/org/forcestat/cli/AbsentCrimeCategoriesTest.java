package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crime category the inputs cannot give is "not in these inputs" wherever a category figure is
 * shown (Summary tiles, the Crime sheet's table, Data_Crime's tables, Metrics), never 0; one they
 * give that had no crimes is a real 0 (SPEC §3).
 *
 * <p>The files, worked out by hand: a theft-only extract of a recording system, 3 thefts a day
 * (shoplifting, bicycle theft, theft from the person in turn) from 01/01/2016 to 31/03/2016, 91 days:
 * 273 thefts, 93 in January, 87 in February, 93 in March. An all-crime export of the same days, 4 crimes
 * a day cycling violence with injury, shoplifting, criminal damage, residential burglary (364 crimes,
 * 91 of each), with no robbery, sexual offence or vehicle crime recorded: those are real zeros.
 */
class AbsentCrimeCategoriesTest {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NOT_IN = "not in these inputs";

    @TempDir
    Path dir;

    private static String export(String... offences) {
        StringBuilder s = new StringBuilder("Crime Reference,Date Recorded,Offence,Division\r\n");
        int n = 0;
        for (LocalDate d = LocalDate.of(2016, 1, 1); !d.isAfter(LocalDate.of(2016, 3, 31)); d = d.plusDays(1)) {
            for (int i = 0; i < offences.length; i++) {
                n++;
                s.append(String.format("46/%06d/16,%s,%s,North\r\n", n, d.format(UK), offences[(n - 1) % offences.length]));
            }
        }
        return s.toString();
    }

    private CommandRun run(Path in) throws Exception {
        return CommandRun.of("run", in.toString(), "-o", dir.resolve("out-" + in.getFileName()).toString());
    }

    /** The text or number beside {@code label} in column A of a sheet, {@code offset} columns right; null if none. */
    private static Object beside(Path summary, String sheet, String label, int offset) throws Exception {
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet(sheet)) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                        Cell v = r.getCell(c.getColumnIndex() + offset);
                        if (v == null || v.getCellType() == CellType.BLANK) {
                            return null;
                        }
                        CellType t = v.getCellType() == CellType.FORMULA ? v.getCachedFormulaResultType() : v.getCellType();
                        return t == CellType.STRING ? v.getStringCellValue() : (Object) v.getNumericCellValue();
                    }
                }
            }
        }
        return "(no " + label + ")";
    }

    /** Data_Crime's monthly table as rows of column header to value (null for an empty cell). */
    private static List<Map<String, Object>> monthly(Path summary) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Data_Crime");
            Row h = sh.getRow(0);
            int from = -1;
            for (Cell c : h) {
                if (c.getStringCellValue().equals("Month start")) {
                    from = c.getColumnIndex() + 1;
                    break;
                }
            }
            for (int r = 1; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                if (row == null || row.getCell(from - 1) == null || row.getCell(from - 1).getCellType() == CellType.BLANK) {
                    break;
                }
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                for (int c = from; h.getCell(c) != null && !h.getCell(c).getStringCellValue().isEmpty(); c++) {
                    Cell v = row.getCell(c);
                    m.put(h.getCell(c).getStringCellValue(), v == null || v.getCellType() == CellType.BLANK ? null
                            : v.getNumericCellValue());
                }
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void aTheftOnlyExtractGivesTheftsAndNothingElseNotEvenAllCrime() throws Exception {
        Path in = Files.createDirectory(dir.resolve("thefts"));
        Files.writeString(in.resolve("thefts q1 2016.csv"), export("Shoplifting", "Bicycle theft", "Theft from the person"));
        CommandRun r = run(in);
        Map<String, Double> m = r.metrics();
        assertEquals(273.0, m.get("crimes.theft.total"), r.printed());
        assertEquals(3.0, m.get("crimes.theft.per_day"), 1e-9);
        for (String c : List.of("dwelling_burglary", "tfmv", "tomv", "violence", "sexual_offences", "robbery", "other")) {
            assertNull(m.get("crimes." + c + ".per_day"), c);
            assertNull(m.get("crimes." + c + ".total"), c);
        }
        // Thefts are no total of all crime.
        assertNull(m.get("crimes.total"), r.printed());
        assertNull(m.get("crimes.per_day"), r.printed());
        Path s = r.summary();
        assertEquals(NOT_IN, beside(s, "Summary", "Dwelling burglary", 1));
        assertEquals(NOT_IN, beside(s, "Summary", "Crimes", 1));
        assertEquals(3.0, beside(s, "Summary", "Theft", 1));
        assertEquals(NOT_IN, beside(s, "Crime", "Robbery", 1));
        assertEquals(NOT_IN, beside(s, "Crime", "All crimes", 1));
        assertEquals(NOT_IN, beside(s, "Crime", "All crimes", 2));
        assertEquals(273.0, beside(s, "Crime", "Theft", 2));
        // Data_Crime: a monthly column for theft alone, no column of zeros, no all-crime figure.
        List<Map<String, Object>> months = monthly(s);
        assertEquals(3, months.size());
        assertEquals(List.of("Theft", "All crimes"), List.copyOf(months.get(0).keySet()));
        assertEquals(List.of(93.0, 87.0, 93.0), months.stream().map(x -> x.get("Theft")).toList());
        assertTrue(months.stream().allMatch(x -> x.get("All crimes") == null), months.toString());
        // The reason is given on Metrics.
        String label = beside(s, "Metrics", "crimes.dwelling_burglary.per_day", 1).toString();
        assertTrue(label.contains("no crime source of the period records dwelling burglary: a source with rows of only "
                + "some offences (such as a theft extract) says nothing of the others"), label);
    }

    @Test
    void anAllCrimeExportWithNoRobberiesShowsARealZero() throws Exception {
        Path in = Files.createDirectory(dir.resolve("all"));
        Files.writeString(in.resolve("crimes q1 2016.csv"), export("Violence with injury", "Shoplifting",
                "Criminal damage", "Residential burglary"));
        CommandRun r = run(in);
        Map<String, Double> m = r.metrics();
        assertEquals(364.0, m.get("crimes.total"), r.printed());
        assertEquals(4.0, m.get("crimes.per_day"), 1e-9);
        assertEquals(91.0, m.get("crimes.dwelling_burglary.total"));
        assertEquals(1.0, m.get("crimes.violence.per_day"), 1e-9);
        for (String c : List.of("tfmv", "tomv", "sexual_offences", "robbery")) {
            assertEquals(0.0, m.get("crimes." + c + ".total"), c);
            assertEquals(0.0, m.get("crimes." + c + ".per_day"), c);
        }
        Path s = r.summary();
        assertEquals(0.0, beside(s, "Summary", "Robbery", 1));
        assertEquals(0.0, beside(s, "Crime", "Robbery", 2));
        List<Map<String, Object>> months = monthly(s);
        assertEquals(0.0, months.get(1).get("Robbery"));
        // February 2016: 29 days of 4 crimes.
        assertEquals(116.0, months.get(1).get("All crimes"));
    }

    @Test
    void policeUkLeavesTheSplitOfItsGroupsOutOfDataCrimeTooAndItsMissingRobberiesAreZero() throws Exception {
        Path in = Files.createDirectory(dir.resolve("policeuk"));
        // October 2018 as police.uk writes it: 62 violence and sexual offences, 31 burglary, 31 vehicle
        // crime, 31 shoplifting, 10 criminal damage and arson (165 crimes), 93 ASB, and no robbery that month.
        StringBuilder pu = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        Object[][] counts = {{"Violence and sexual offences", 62}, {"Burglary", 31}, {"Vehicle crime", 31},
            {"Shoplifting", 31}, {"Criminal damage and arson", 10}, {"Anti-social behaviour", 93}};
        int n = 0;
        for (Object[] c : counts) {
            for (int i = 0; i < (Integer) c[1]; i++) {
                boolean asb = c[0].equals("Anti-social behaviour");
                pu.append(asb ? "" : String.format("%064x", ++n)).append(",2018-10,Kent Police,Kent Police,0.96,51.25,"
                        + "On or near High Street,E01023987,Ashford 001B,").append(c[0])
                        .append(asb ? ",," : ",Under investigation,").append('\n');
            }
        }
        Files.writeString(in.resolve("2018-10-kent-street.csv"), pu);
        CommandRun r = run(in);
        Path s = r.summary();
        Map<String, Double> m = r.metrics();
        assertEquals(165.0, m.get("crimes.total"), r.printed());
        assertEquals(0.0, m.get("crimes.robbery.total"), r.printed());
        assertNull(m.get("crimes.violence.total"));
        List<Map<String, Object>> months = monthly(s);
        assertEquals(1, months.size());
        Map<String, Object> oct = months.get(0);
        for (String part : List.of("Dwelling burglary", "Theft from motor vehicle", "Violent crime", "Sexual offences",
                "Theft of motor vehicle")) {
            assertFalse(oct.containsKey(part), oct.toString());
        }
        assertEquals(31.0, oct.get("Burglary (all, not split)"));
        assertEquals(0.0, oct.get("Robbery"));
        assertEquals(10.0, oct.get("Other crime"));
        assertEquals(165.0, oct.get("All crimes"));
        assertEquals(NOT_IN, beside(s, "Summary", "Violent crime", 1));
        assertEquals(0.0, beside(s, "Summary", "Robbery", 1));
    }
}
