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
}
