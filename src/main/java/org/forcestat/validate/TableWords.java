package org.forcestat.validate;

import java.util.List;
import java.util.regex.Pattern;
import org.forcestat.model.Fact;
import org.forcestat.model.FinancialYear;
import org.forcestat.model.Text;

/**
 * What the words of a financial table say about its lines and columns: which rows are totals
 * ("Total", "Net budget", "Net expenditure", "Budget requirement"), which columns are planned
 * (planned, forecast, budget, target) or achieved (achieved, actual, outturn), and whether a column's
 * year lies outside the years a total spans ("2016/17 to 2019/20", read by {@code FinancialYear}).
 * The audit's rules ask these questions of one place.
 */
final class TableWords {
    private TableWords() {
    }

    private static final Pattern INCOME = Pattern.compile(".*(income|grants?|feesandcharges|receipts).*");

    /**
     * True for a row of income ("Total income", "Specific grants", or a line whose category column
     * says "Income"): any of the row's first six cells says so. A net total subtracts such a row when
     * the sheet writes income as positive figures.
     */
    static boolean incomeRow(AuditSheet s, int row) {
        for (int c = 0; c < 6; c++) {
            AuditCell cell = s.get(row, c);
            if (cell != null && cell.isText() && INCOME.matcher(Text.key(cell.text())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a column holds plans or results; a total of one stage never takes in the other. */
    enum Stage { PLANNED, ACHIEVED }

    private static final Pattern ACHIEVED = Pattern.compile(
            "(?i).*\\b(achieved|actuals?|outturn|delivered|spent|realised|realized)\\b.*");
    private static final Pattern PLANNED = Pattern.compile(
            "(?i).*\\b(planned|plans?|forecasts?|budget(ed)?|targets?|estimates?|estimated|projected|projections?"
                    + "|proposed)\\b.*");

    /** The stage a column header names, or null when it names neither (or both: "Budget v actual"). */
    static Stage stage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        boolean done = ACHIEVED.matcher(header).matches();
        boolean plan = PLANNED.matcher(header).matches();
        return done == plan ? null : done ? Stage.ACHIEVED : Stage.PLANNED;
    }

    /**
     * Labels of a row that totals the lines above it beyond "Total ...": the bottom line of a budget
     * ("Net budget", "Net expenditure", "Total expenditure", "Net cost", "Budget requirement").
     */
    private static final Pattern TOTAL_ROW = Pattern.compile(
            "(?i)\\s*((grand total|overall total|total|net|gross)\\s+(net\\s+|gross\\s+)?(revenue\\s+)?"
                    + "(budget|expenditure|spend|spending|costs?|income|position)(\\s+requirement)?"
                    + "|(net\\s+)?(revenue\\s+)?budget\\s+requirement|net\\s+total)"
                    + "\\s*(\\(.*\\)|(19|20)\\d{2}(\\s*[/-]\\s*\\d{2,4})?|\\d{2}\\s*/\\s*\\d{2}|£.*)?\\s*");

    /**
     * True for the label of a row of totals: "Total", "Subtotal", "Total 2016/17", and the bottom
     * lines of a budget ("Net budget", "Total expenditure", "Budget requirement"). A key fact's label
     * ("Total budget", "Total savings to date": one figure in a facts block) is not one.
     */
    static boolean totalRow(String label) {
        if (label == null || label.isBlank()) {
            return false;
        }
        if (Text.isTotalLabel(label)) {
            return true;
        }
        String l = label.strip();
        return l.length() <= 40 && Fact.parse(l).isEmpty() && TOTAL_ROW.matcher(l).matches();
    }

    /**
     * True for a longer label that starts or ends with the word total ("Total running costs", "Total
     * savings - all directorates", "Local Policing total"): a total row where another total stands above
     * it (a total of totals, or the next block's total), but it may be a line of a summary budget
     * ("Total police officer pay" as its first line), so {@link #totalRow} alone does not say so.
     */
    static boolean totalWords(String label) {
        if (label == null || label.isBlank() || label.strip().length() > 60 || Fact.parse(label.strip()).isPresent()) {
            return false;
        }
        String k = Text.key(label);
        return k.startsWith("total") || k.endsWith("total") || k.endsWith("totals");
    }

    /**
     * True when row {@code row} of the sheet is a total row: its label says total ({@link #totalRow}),
     * or it is a longer "Total ..." label ({@link #totalWords}) with a total row above it in the table.
     */
    static boolean totalRowIn(AuditSheet s, int row) {
        String label = Blocks.rowLabel(s, row);
        if (totalRow(label)) {
            return true;
        }
        if (!totalWords(label)) {
            return false;
        }
        for (int r = row - 1; r >= 0 && r >= row - 200; r--) {
            if (totalRow(Blocks.rowLabel(s, r))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a total's header names a span of years ("2016/17 to 2019/20", "Total 2017-2020") and
     * the other header names one year outside it.
     */
    static boolean outsideSpan(String totalHeader, String header) {
        List<Integer> span = FinancialYear.starts(totalHeader);
        List<Integer> mine = FinancialYear.starts(header);
        if (span.size() != 2 || mine.size() != 1 || span.get(0) >= span.get(1)) {
            return false;
        }
        int y = mine.get(0);
        return y < span.get(0) || y > span.get(1);
    }
}
