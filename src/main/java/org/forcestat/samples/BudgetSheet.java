package org.forcestat.samples;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Budget} sheet of {@code csr-finance.xlsx}: the £275m force budget by line, of which
 * police officer, police staff and PCSO pay make exactly £220m (the slides' "80% of budget on staff").
 */
final class BudgetSheet {
    static final String SHEET = "Budget";
    static final String[] HEADERS = {"Budget line", "Category", "Budget (£)"};
    static final long TOTAL = 275_000_000;
    static final long PAY_TOTAL = 220_000_000;
    static final String OFFICER_PAY = "Police officer pay";
    static final String STAFF_PAY = "Police staff pay";
    static final String PCSO_PAY = "PCSO pay";
    static final String NON_PAY = "Non-pay";

    /** A budget line with a relative size (about £k); pay and non-pay are scaled separately. */
    record Line(String name, String category, double weight) {
        boolean isPay() {
            return !NON_PAY.equals(category);
        }
    }

    static final List<Line> LINES = List.of(
            new Line("Police officer salaries", OFFICER_PAY, 118_000),
            new Line("Police officer overtime and allowances", OFFICER_PAY, 7_500),
            new Line("Police officer pension contributions", OFFICER_PAY, 26_000),
            new Line("Police staff salaries", STAFF_PAY, 47_000),
            new Line("Police staff overtime", STAFF_PAY, 1_500),
            new Line("Police staff pension contributions", STAFF_PAY, 7_000),
            new Line("PCSO salaries and allowances", PCSO_PAY, 11_000),
            new Line("Premises", NON_PAY, 13_500),
            new Line("Transport", NON_PAY, 7_000),
            new Line("Supplies and services", NON_PAY, 18_500),
            new Line("Third-party payments", NON_PAY, 6_000),
            new Line("Capital financing", NON_PAY, 5_000),
            new Line("Training and development", NON_PAY, 2_000));

    private BudgetSheet() {
    }

    /** Whole-pound amounts in line order, in round thousands. */
    static long[] amounts() {
        long[] amounts = new long[LINES.size()];
        split(amounts, true, PAY_TOTAL);
        split(amounts, false, TOTAL - PAY_TOTAL);
        return amounts;
    }

    private static void split(long[] amounts, boolean pay, long total) {
        double[] weights = new double[LINES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = LINES.get(i).isPay() == pay ? LINES.get(i).weight() : 0;
        }
        long[] thousands = Allocator.largestRemainder(total / 1000, weights);
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] += thousands[i] * 1000;
        }
    }

    static void write(SampleBook book) {
        Sheet sheet = book.workbook.createSheet(SHEET);
        book.header(sheet, 0, HEADERS);
        long[] amounts = amounts();
        for (int i = 0; i < LINES.size(); i++) {
            Row row = sheet.createRow(1 + i);
            book.text(row, 0, LINES.get(i).name(), book.text);
            book.text(row, 1, LINES.get(i).category(), book.text);
            book.number(row, 2, amounts[i], book.money);
        }
        Row total = sheet.createRow(1 + LINES.size());
        book.text(total, 0, "Total", book.bold);
        book.formula(total, 2, "SUM(C2:C" + (1 + LINES.size()) + ")", book.moneyTotal);
        sheet.createFreezePane(0, 1);
        SampleBook.widths(sheet, 40, 20, 16);
    }
}
