package org.forcestat.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.forcestat.samples.DemandShape.Week;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes {@code calls-per-day-2014-15.xlsx}: one row per day of FY 2014/15 whose columns add up to
 * the slides' year figures (827,000 calls, 537,000 STORM records, 755 999 calls a day).
 */
final class CallsPerDayWorkbook {
    static final String FILE = "calls-per-day-2014-15.xlsx";
    static final String SHEET = "Calls per day";
    static final String TITLE = "Kent Police – calls for service per day, FY 2014/15";
    static final String SOURCE = "Source: sample data reproducing the Sevenoaks District Commander's slides";
    /** 0-based index of the header row (row 5 in Excel); data follow from the next row. */
    static final int HEADER_ROW = 4;
    static final String[] HEADERS = {"Date", "Immediate", "High", "Appointment", "Advice", "Crime report",
        "Total calls", "999 calls", "101 calls", "Online", "STORM records"};

    /** Year totals by grading, in header order: the slides' "in a year" panel. */
    static final int[] GRADING_TOTALS = {110_000, 190_000, 54_000, 434_000, 39_000};
    /** Year totals by channel: 999 is exactly 755 a day; 101 and online make up the rest. */
    static final long[] CHANNEL_TOTALS = {755L * 365, 497_425, 54_000};
    static final int STORM_TOTAL = 537_000;

    /**
     * Each grading's own shape: emergencies peak harder at weekends and Christmas, advice is
     * flatter, crime reports barely notice the weekend.
     */
    private static final DemandShape[] GRADING_SHAPES = {
        new DemandShape(Week.CALLS, 1.6, 0.12, 0.22, 0.03),
        new DemandShape(Week.CALLS, 1.3, 0.11, 0.18, 0.03),
        new DemandShape(Week.CALLS, 0.5, 0.06, 0.05, 0.03),
        new DemandShape(Week.CALLS, 0.9, 0.10, 0.14, 0.03),
        new DemandShape(Week.CALLS, 0.3, 0.08, 0.10, 0.03),
    };

    private static final long SEED = 20_140_401L;

    private CallsPerDayWorkbook() {
    }

    /** The daily counts, one row per day, columns in header order after Date. */
    static int[][] counts() {
        Random random = new Random(SEED);
        int days = DemandShape.FY_DAYS;
        int[][] rows = new int[days][HEADERS.length - 1];
        for (int g = 0; g < GRADING_TOTALS.length; g++) {
            double[] weights = GRADING_SHAPES[g].daily(DemandShape.FY_START, days, random);
            int[] perDay = Allocator.scatter(GRADING_TOTALS[g], weights, random);
            for (int d = 0; d < days; d++) {
                rows[d][g] = perDay[d];
            }
        }
        long[] channels = CHANNEL_TOTALS.clone();
        long[] storm = {STORM_TOTAL, sum(GRADING_TOTALS) - STORM_TOTAL};
        for (int d = 0; d < days; d++) {
            int total = 0;
            for (int g = 0; g < GRADING_TOTALS.length; g++) {
                total += rows[d][g];
            }
            rows[d][5] = total;
            // Dealt from one urn for the year, so each day's channels sum to its calls and each
            // channel's year total is exact; likewise STORM records never exceed the day's calls.
            int[] dealt = Allocator.deal(total, channels, random);
            rows[d][6] = dealt[0];
            rows[d][7] = dealt[1];
            rows[d][8] = dealt[2];
            rows[d][9] = Allocator.deal(total, storm, random)[0];
        }
        return rows;
    }

    static Path write(Path dir) throws IOException {
        int[][] counts = counts();
        try (SampleBook book = new SampleBook(TITLE)) {
            Sheet sheet = book.titledSheet(SHEET, TITLE, HEADERS.length - 1, SOURCE);
            book.header(sheet, HEADER_ROW, HEADERS);
            for (int d = 0; d < counts.length; d++) {
                Row row = SampleBook.row(sheet, HEADER_ROW + 1 + d);
                int excelRow = row.getRowNum() + 1;
                book.date(row, 0, DemandShape.FY_START.plusDays(d), book.date);
                for (int c = 0; c < counts[d].length; c++) {
                    if (c == 5) {
                        book.formula(row, 6, "SUM(B" + excelRow + ":F" + excelRow + ")", book.count);
                    } else {
                        book.number(row, c + 1, counts[d][c], book.count);
                    }
                }
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            SampleBook.widths(sheet, 12, 10, 10, 12, 10, 12, 11, 10, 10, 10, 13);
            return book.save(dir.resolve(FILE));
        }
    }

    private static long sum(int[] values) {
        long total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
