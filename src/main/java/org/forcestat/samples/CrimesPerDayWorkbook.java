package org.forcestat.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.forcestat.samples.DemandShape.Week;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes {@code crimes-per-day-2014-15.xlsx}: crimes and ASB per day x division x crime type for
 * FY 2014/15, whose year totals are the slides' "per day" figures times 365.
 */
final class CrimesPerDayWorkbook {
    static final String FILE = "crimes-per-day-2014-15.xlsx";
    static final String SHEET = "Crimes";
    static final String[] HEADERS = {"Date", "Division", "Crime type", "Count"};
    static final List<String> DIVISIONS = List.of("North", "East", "West");
    /** Roughly North 38%, East 34%, West 28% of every crime type. */
    static final double[] DIVISION_SHARES = {0.38, 0.34, 0.28};

    /** One crime type: its exact text, its daily rate on the slides, and its shape over the year. */
    record CrimeType(String name, int perDay, DemandShape shape) {
        int yearTotal() {
            return perDay * DemandShape.FY_DAYS;
        }
    }

    /** In the slides' order; violence and ASB peak hardest at weekends, summer and Christmas. */
    static final List<CrimeType> TYPES = List.of(
            new CrimeType("Dwelling burglary", 15, new DemandShape(Week.CALLS, 0.3, 0.02, 0.10, 0.05)),
            new CrimeType("Theft from motor vehicle", 19, new DemandShape(Week.CALLS, 0.5, 0.08, 0.05, 0.05)),
            new CrimeType("Violence against the person", 89, new DemandShape(Week.NIGHT_TIME, 2.5, 0.15, 0.25, 0.04)),
            new CrimeType("Sexual offences", 7, new DemandShape(Week.NIGHT_TIME, 1.5, 0.10, 0.15, 0.05)),
            new CrimeType("Theft", 81, new DemandShape(Week.CALLS, 0.8, 0.08, 0.20, 0.04)),
            new CrimeType("Theft of motor vehicle", 6, new DemandShape(Week.CALLS, 0.5, 0.05, 0.05, 0.05)),
            new CrimeType("Robbery", 3, new DemandShape(Week.CALLS, 0.8, 0.05, 0.10, 0.05)),
            new CrimeType("Other crime", 85, new DemandShape(Week.NIGHT_TIME, 1.2, 0.10, 0.12, 0.04)),
            new CrimeType("Anti-social behaviour", 136, new DemandShape(Week.NIGHT_TIME, 2.0, 0.25, 0.15, 0.04)));

    private static final long SEED = 20_140_402L;

    private CrimesPerDayWorkbook() {
    }

    /** Counts indexed [type][day][division]. */
    static int[][][] counts() {
        Random random = new Random(SEED);
        int days = DemandShape.FY_DAYS;
        int divisions = DIVISIONS.size();
        int[][][] counts = new int[TYPES.size()][days][divisions];
        for (int t = 0; t < TYPES.size(); t++) {
            CrimeType type = TYPES.get(t);
            double[] daily = type.shape().daily(DemandShape.FY_START, days, random);
            double[] cells = new double[days * divisions];
            for (int d = 0; d < days; d++) {
                for (int v = 0; v < divisions; v++) {
                    cells[d * divisions + v] = daily[d] * DIVISION_SHARES[v];
                }
            }
            int[] scattered = Allocator.scatter(type.yearTotal(), cells, random);
            for (int d = 0; d < days; d++) {
                for (int v = 0; v < divisions; v++) {
                    counts[t][d][v] = scattered[d * divisions + v];
                }
            }
        }
        return counts;
    }

    static Path write(Path dir) throws IOException {
        int[][][] counts = counts();
        try (SampleBook book = new SampleBook("Kent Police – crimes and ASB per day, FY 2014/15")) {
            Sheet sheet = book.workbook.createSheet(SHEET);
            book.header(sheet, 0, HEADERS);
            int r = 1;
            for (int d = 0; d < DemandShape.FY_DAYS; d++) {
                for (int v = 0; v < DIVISIONS.size(); v++) {
                    for (int t = 0; t < TYPES.size(); t++) {
                        Row row = sheet.createRow(r++);
                        book.date(row, 0, DemandShape.FY_START.plusDays(d), book.date);
                        book.text(row, 1, DIVISIONS.get(v), book.text);
                        book.text(row, 2, TYPES.get(t).name(), book.text);
                        book.number(row, 3, counts[t][d][v], book.count);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, HEADERS.length - 1));
            SampleBook.widths(sheet, 12, 10, 28, 8);
            return book.save(dir.resolve(FILE));
        }
    }
}
