package org.forcestat.samples;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The {@code Savings plan} sheet of {@code csr-finance.xlsx}: CSR savings lines achieved 2011/12 to
 * 2015/16 (£61m in all) and planned 2016/17 to 2018/19 (£29.4m, short of the £33m required).
 */
final class SavingsSheet {
    static final String SHEET = "Savings plan";
    /** 0-based index of the header row (row 4 in Excel); lines follow from row 5. */
    static final int HEADER_ROW = 3;
    static final String[] HEADERS = {"Savings line", "Directorate", "Status",
        "Achieved 2011/12", "Achieved 2012/13", "Achieved 2013/14", "Achieved 2014/15", "Achieved 2015/16",
        "Planned 2016/17", "Planned 2017/18", "Planned 2018/19", "Total achieved", "Total planned"};
    static final long ACHIEVED_TOTAL = 61_000_000;
    static final long PLANNED_TOTAL = 29_400_000;
    static final int ACHIEVED_YEARS = 5;
    static final int PLANNED_YEARS = 3;

    /** A savings line with relative amounts (about £k) per year; scaled so the totals are exact. */
    record Line(String name, String directorate, String status, double[] achieved, double[] planned) {
    }

    /**
     * Lines with only achieved amounts are Delivered; the control room and PCSO reviews are the
     * lines at risk; channel shift has not started.
     */
    static final List<Line> LINES = List.of(
            line("Estates rationalisation", "Estates and Facilities", "On track",
                    1500, 2200, 1800, 1400, 1100, 1200, 1000, 800),
            line("Custody suite consolidation", "Criminal Justice", "Delivered",
                    900, 1600, 1200, 0, 0, 0, 0, 0),
            line("Collaboration with Essex – support services", "Support Services", "On track",
                    2500, 3200, 3000, 2600, 2200, 2600, 2400, 2000),
            line("Control room restructure", "Operations", "At risk",
                    0, 1800, 2400, 1600, 900, 1300, 900, 0),
            line("Fleet reduction", "Estates and Facilities", "On track",
                    700, 800, 600, 500, 400, 300, 300, 200),
            line("PCSO establishment review", "Local Policing", "At risk",
                    0, 0, 1200, 1800, 1500, 1800, 1200, 600),
            line("Police officer vacancy management", "Local Policing", "Delivered",
                    4500, 4200, 3000, 2000, 1500, 0, 0, 0),
            line("Police staff restructure", "Corporate Services", "On track",
                    2200, 2600, 2000, 1800, 1600, 1500, 1200, 1000),
            line("Procurement and contract savings", "Finance", "On track",
                    1200, 1400, 1300, 1100, 900, 800, 700, 600),
            line("ICT and digital transformation", "Corporate Services", "On track",
                    0, 600, 900, 1200, 1400, 1800, 2000, 2200),
            line("Overtime and allowances review", "Human Resources", "Delivered",
                    1600, 1300, 900, 700, 500, 0, 0, 0),
            line("Serious crime collaboration with Essex", "Serious Crime Directorate", "On track",
                    0, 900, 1500, 1400, 1200, 1200, 1000, 900),
            line("Contact channel shift – online reporting", "Operations", "Not started",
                    0, 0, 0, 0, 0, 600, 900, 1200));

    private SavingsSheet() {
    }

    private static Line line(String name, String directorate, String status, double... amounts) {
        double[] achieved = Arrays.copyOfRange(amounts, 0, ACHIEVED_YEARS);
        double[] planned = Arrays.copyOfRange(amounts, ACHIEVED_YEARS, ACHIEVED_YEARS + PLANNED_YEARS);
        return new Line(name, directorate, status, achieved, planned);
    }

    /** Whole-pound amounts indexed [line][year], achieved years first, in round thousands. */
    static long[][] amounts() {
        long[][] amounts = new long[LINES.size()][ACHIEVED_YEARS + PLANNED_YEARS];
        fill(amounts, ACHIEVED_TOTAL, 0, ACHIEVED_YEARS, true);
        fill(amounts, PLANNED_TOTAL, ACHIEVED_YEARS, PLANNED_YEARS, false);
        return amounts;
    }

    private static void fill(long[][] amounts, long total, int from, int years, boolean achieved) {
        double[] weights = new double[LINES.size() * years];
        for (int l = 0; l < LINES.size(); l++) {
            double[] source = achieved ? LINES.get(l).achieved() : LINES.get(l).planned();
            System.arraycopy(source, 0, weights, l * years, years);
        }
        // Split in £1,000s so that the plan reads in round thousands, as finance plans do.
        long[] thousands = Allocator.largestRemainder(total / 1000, weights);
        for (int l = 0; l < LINES.size(); l++) {
            for (int y = 0; y < years; y++) {
                amounts[l][from + y] = thousands[l * years + y] * 1000;
            }
        }
    }

    static void write(SampleBook book) {
        Sheet sheet = book.workbook.createSheet(SHEET);
        book.text(SampleBook.row(sheet, 0), 0, "Kent Police – CSR savings plan, 2011/12 to 2018/19", book.title);
        book.text(SampleBook.row(sheet, 1), 0,
                "Amounts in £. Savings required over the next 3 years: £33,000,000. "
                        + CallsPerDayWorkbook.SOURCE, book.subtitle);
        book.header(sheet, HEADER_ROW, HEADERS);
        long[][] amounts = amounts();
        int first = HEADER_ROW + 2;
        int last = first + LINES.size() - 1;
        for (int l = 0; l < LINES.size(); l++) {
            Line line = LINES.get(l);
            Row row = sheet.createRow(HEADER_ROW + 1 + l);
            int excelRow = row.getRowNum() + 1;
            book.text(row, 0, line.name(), book.text);
            book.text(row, 1, line.directorate(), book.text);
            book.text(row, 2, line.status(), book.text);
            for (int y = 0; y < amounts[l].length; y++) {
                book.number(row, 3 + y, amounts[l][y], book.money);
            }
            book.formula(row, 11, "SUM(D" + excelRow + ":H" + excelRow + ")", book.money);
            book.formula(row, 12, "SUM(I" + excelRow + ":K" + excelRow + ")", book.money);
        }
        Row total = sheet.createRow(HEADER_ROW + 1 + LINES.size());
        book.text(total, 0, "Total", book.bold);
        for (int c = 3; c < HEADERS.length; c++) {
            String col = CellReference.convertNumToColString(c);
            book.formula(total, c, "SUM(" + col + first + ":" + col + last + ")", book.moneyTotal);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
        SampleBook.widths(sheet, 42, 26, 12, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16);
    }
}
