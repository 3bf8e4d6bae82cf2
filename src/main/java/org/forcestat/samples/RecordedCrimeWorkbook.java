package org.forcestat.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes {@code recorded-crime-by-division.xlsx}: monthly recorded crime per division, June 2014 to
 * May 2016, whose rolling 12-month force totals are the slides' 102,235 (May 15) and 107,264 (May 16).
 */
final class RecordedCrimeWorkbook {
    static final String FILE = "recorded-crime-by-division.xlsx";
    static final String SHEET = "Recorded crime";
    static final String TITLE = "Recorded crime by division, June 2014 – May 2016";
    /** 0-based index of the header row (row 4 in Excel). */
    static final int HEADER_ROW = 3;
    static final String[] HEADERS = {"Month", "Division", "Recorded crimes"};
    static final YearMonth FIRST_MONTH = YearMonth.of(2014, 6);
    /** Force totals of the 12 months to May 2015 and to May 2016 (+5,029). */
    static final int[] YEAR_TOTALS = {102_235, 107_264};
    static final List<String> DIVISIONS = CrimesPerDayWorkbook.DIVISIONS;
    /** Division shares in the first and the second year: every division rises, North a little faster. */
    private static final double[][] SHARES = {{0.380, 0.340, 0.280}, {0.384, 0.338, 0.278}};
    private static final DemandShape SEASON = new DemandShape(DemandShape.Week.CALLS, 0, 0.10, 0.08, 0);
    private static final long SEED = 20_140_601L;

    private RecordedCrimeWorkbook() {
    }

    /** Counts indexed [month 0..23][division]. */
    static int[][] counts() {
        Random random = new Random(SEED);
        int[][] counts = new int[24][DIVISIONS.size()];
        for (int year = 0; year < 2; year++) {
            double[] monthWeights = new double[12];
            for (int m = 0; m < 12; m++) {
                YearMonth month = FIRST_MONTH.plusMonths(year * 12L + m);
                double weight = 0;
                for (int day = 1; day <= month.lengthOfMonth(); day++) {
                    weight += SEASON.factor(month.atDay(day));
                }
                // A slow rise through the year on top of the season, plus the month's own noise.
                monthWeights[m] = weight * (1 + 0.004 * m) * Math.exp(0.02 * random.nextGaussian());
            }
            int[] months = Allocator.largestRemainder(YEAR_TOTALS[year], monthWeights);
            for (int m = 0; m < 12; m++) {
                double[] shares = SHARES[year].clone();
                for (int v = 0; v < shares.length; v++) {
                    shares[v] *= Math.exp(0.01 * random.nextGaussian());
                }
                counts[year * 12 + m] = Allocator.largestRemainder(months[m], shares);
            }
        }
        return counts;
    }

    static Path write(Path dir) throws IOException {
        int[][] counts = counts();
        try (SampleBook book = new SampleBook(TITLE)) {
            // The title merge is wider than the table so the title is not clipped.
            Sheet sheet = book.titledSheet(SHEET, TITLE, HEADERS.length + 2, CallsPerDayWorkbook.SOURCE);
            book.header(sheet, HEADER_ROW, HEADERS);
            int r = HEADER_ROW + 1;
            for (int m = 0; m < counts.length; m++) {
                LocalDate first = FIRST_MONTH.plusMonths(m).atDay(1);
                for (int v = 0; v < DIVISIONS.size(); v++) {
                    Row row = sheet.createRow(r++);
                    book.date(row, 0, first, book.month);
                    book.text(row, 1, DIVISIONS.get(v), book.text);
                    book.number(row, 2, counts[m][v], book.count);
                }
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            SampleBook.widths(sheet, 12, 10, 16);
            return book.save(dir.resolve(FILE));
        }
    }
}
