package org.forcestat.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and periods as UK readers write them. */
final class Labels {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private Labels() {
    }

    static String month(YearMonth m) {
        return m == null ? "" : MONTH.format(m);
    }

    static String period(LocalDate from, LocalDate to, long days) {
        if (from == null || to == null) {
            return "";
        }
        return DAY.format(from) + " to " + DAY.format(to) + " (" + days + (days == 1 ? " day)" : " days)");
    }
}
