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
