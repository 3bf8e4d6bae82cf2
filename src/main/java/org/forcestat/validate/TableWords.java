package org.forcestat.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.model.Fact;
import org.forcestat.model.Text;

/**
 * What the words of a financial table say about its lines and columns: which rows are totals
 * ("Total", "Net budget", "Net expenditure", "Budget requirement"), which columns are planned
 * (planned, forecast, budget, target) or achieved (achieved, actual, outturn), and which financial
 * years a header names ("2016/17 to 2019/20"). The audit's rules ask these questions of one place.
 */
final class TableWords {
    private TableWords() {
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

    /** "2016/17", "2016-17", "16/17", or a plain year "2016" in a header. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)?\\d{2})(?:\\s*[/-]\\s*(\\d{2}|\\d{4}))?(?!\\d)");

    /**
     * The start years of the financial (or calendar) years a header names, in order: "Planned 2016/17"
     * gives [2016], "2016/17 to 2019/20" gives [2016, 2019]. Only two-digit pairs that follow each other
     * ("16/17") and four-digit years count.
     */
    static List<Integer> years(String header) {
        List<Integer> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        Matcher m = YEAR.matcher(header.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(2);
            int start = Integer.parseInt(a);
            if (b != null && a.length() == 4 && b.length() == 4 && Integer.parseInt(b) != start + 1) {
                b = null; // "2017-2020": a span of two calendar years
                out.add(start);
                start = Integer.parseInt(m.group(2));
                a = m.group(2);
            }
            if (b == null) {
                if (a.length() == 4 && start >= 1900 && start <= 2100) {
                    out.add(start);
                }
                continue;
            }
            int end = Integer.parseInt(b) % 100;
            if ((start + 1) % 100 != end) {
                continue;
            }
            out.add(a.length() == 2 ? 2000 + start : start);
        }
        return out;
    }

    /**
     * True when a total's header names a span of years ("2016/17 to 2019/20", "Total 2017-2020") and
     * the other header names one year outside it.
     */
    static boolean outsideSpan(String totalHeader, String header) {
        List<Integer> span = years(totalHeader);
        List<Integer> mine = years(header);
        if (span.size() != 2 || mine.size() != 1 || span.get(0) >= span.get(1)) {
            return false;
        }
        int y = mine.get(0);
        return y < span.get(0) || y > span.get(1);
    }
}
