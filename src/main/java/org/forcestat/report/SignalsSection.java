package org.forcestat.report;

import java.time.LocalDate;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.ControlLimits;
import org.forcestat.stats.TrendStats;

/**
 * The signals of a daily control chart listed with their dates: the days outside the limits and the
 * runs of {@value ControlLimits#RUN_LENGTH} or more days on one side of the centre line, side by side.
 */
final class SignalsSection {
    /** Points listed on the sheet; the full list is the "Outside limits" column of the data table. */
    static final int MAX_LISTED = 25;

    private SignalsSection() {
    }

    /** The days outside the control limits and the runs of 8 or more on one side, with their dates. */
    static int write(Grid g, TrendStats.DailySeries s, String unit, String dataSheet, int top) {
        ControlLimits<LocalDate> l = s.limits();
        if (l == null) {
            return top;
        }
        g.pageBreakBefore(top);
        g.text(top, 0, TrendSections.capital(unit) + " per day: signals of the control chart", Kind.SECTION);
        g.text(top + 1, 0, "Days outside the limits (" + l.outside().size() + ")", Kind.SUBTITLE);
        g.header(top + 2, 0, "Date", TrendSections.capital(unit), "Side");
        int row = top + 3;
        for (ControlLimits.Point<LocalDate> p : l.outside()) {
            if (row - top - 3 == MAX_LISTED) {
                break;
            }
            g.date(row, 0, p.label());
            g.number(row, 1, p.value(), Kind.INTEGER);
            g.text(row, 2, p.value() > l.upper() ? "above" : "below", Kind.TEXT_INDENT);
            row++;
        }
        if (l.outside().isEmpty()) {
            g.text(row++, 0, "None", Kind.NOTE);
        }
        int runsRow = top + 3;
        g.text(top + 1, TrendSections.CHART_COL, "Runs of " + ControlLimits.RUN_LENGTH + " or more days on one side of the centre ("
                + l.runs().size() + ")", Kind.SUBTITLE);
        g.header(top + 2, TrendSections.CHART_COL, "From", "To", "Days", "Side");
        for (ControlLimits.Run<LocalDate> r : l.runs()) {
            if (runsRow - top - 3 == MAX_LISTED) {
                break;
            }
            g.date(runsRow, TrendSections.CHART_COL, r.start());
            g.date(runsRow, TrendSections.CHART_COL + 1, r.end());
            g.number(runsRow, TrendSections.CHART_COL + 2, r.length(), Kind.INTEGER);
            g.text(runsRow, TrendSections.CHART_COL + 3, r.side() == ControlLimits.Side.ABOVE ? "above" : "below", Kind.TEXT_INDENT);
            runsRow++;
        }
        if (l.runs().isEmpty()) {
            g.text(runsRow++, TrendSections.CHART_COL, "None", Kind.NOTE);
        }
        row = Math.max(row, runsRow);
        if (l.outside().size() > MAX_LISTED || l.runs().size() > MAX_LISTED) {
            row = TrendSections.note(g, row, "The first " + MAX_LISTED + " are listed; every day is marked in the \"Outside limits\""
                    + " column of " + dataSheet + ".");
        }
        row = TrendSections.note(g, row, "A point outside the limits, or " + ControlLimits.RUN_LENGTH + " or more in a row on one side"
                + " of the centre line, is a signal worth explaining (an event, a recording change, a season); points"
                + " inside the limits are ordinary variation.");
        return row + 1;
    }
}
