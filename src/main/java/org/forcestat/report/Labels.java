package org.forcestat.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.forcestat.model.Text;

/** Dates and periods as UK readers write them. */
final class Labels {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private Labels() {
    }

    static String month(YearMonth m) {
        return m == null ? "" : Text.month(m);
    }

    /**
     * A span as a heading says it: whole months by name ("Apr 2015 to Mar 2016", "Apr to Jun 2015",
     * "Apr 2015"), other spans by their days ("01/04/2015 to 15/06/2015").
     */
    static String span(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return "";
        }
        if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != to.lengthOfMonth()) {
            return from.equals(to) ? DAY.format(from) : DAY.format(from) + " to " + DAY.format(to);
        }
        YearMonth a = YearMonth.from(from);
        YearMonth b = YearMonth.from(to);
        if (a.equals(b)) {
            return month(a);
        }
        if (a.getYear() == b.getYear()) {
            return month(a).substring(0, month(a).indexOf(' ')) + " to " + month(b);
        }
        return month(a) + " to " + month(b);
    }

    static String period(LocalDate from, LocalDate to, long days) {
        if (from == null || to == null) {
            return "";
        }
        return DAY.format(from) + " to " + DAY.format(to) + " (" + days + (days == 1 ? " day)" : " days)");
    }

    /**
     * A sheet's period line: the headline period, and where the monthly series behind its trends and
     * forecast reach outside it (its earlier months feed the comparisons, SPEC §3), their months and why,
     * so the line repeated on every printed page never claims a 24-month table for a 12-month period.
     */
    static String sheetPeriod(LocalDate from, LocalDate to, long days, org.forcestat.stats.TrendStats.MonthlySeries monthly) {
        String line = "Period: " + period(from, to, days);
        if (monthly == null || monthly.values().isEmpty() || from == null) {
            return line;
        }
        YearMonth first = monthly.values().firstKey();
        YearMonth last = monthly.values().lastKey();
        if (!first.atDay(1).isBefore(from) && !last.atEndOfMonth().isAfter(to)) {
            return line;
        }
        return line + "; monthly trends, comparisons and forecast: " + monthly.period()
                + ", the whole months up to the period's end";
    }
}
