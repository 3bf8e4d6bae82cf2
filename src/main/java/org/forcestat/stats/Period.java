package org.forcestat.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** A run of whole days [from, to], both inclusive. */
public record Period(LocalDate from, LocalDate to) {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " to " + to);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /**
     * The headline period of a source spanning [first, last] (SPEC §3): the whole span when it is
     * 12 months or less, otherwise its latest 12 complete months; an override wins when given, cut to
     * the span. Null when the override holds none of the span: a period with no data is no period of
     * the source's figures (it would read "0 days", and its figures 0).
     */
    public static Period headline(LocalDate first, LocalDate last, LocalDate overrideFrom, LocalDate overrideTo) {
        if (overrideFrom != null || overrideTo != null) {
            LocalDate f = overrideFrom != null && overrideFrom.isAfter(first) ? overrideFrom : first;
            LocalDate t = overrideTo != null && overrideTo.isBefore(last) ? overrideTo : last;
            return t.isBefore(f) ? null : new Period(f, t);
        }
        if (!first.plusYears(1).minusDays(1).isBefore(last)) {
            return new Period(first, last);
        }
        YearMonth end = YearMonth.from(last);
        if (!last.equals(end.atEndOfMonth())) {
            end = end.minusMonths(1);
        }
        return new Period(end.minusMonths(11).atDay(1), end.atEndOfMonth());
    }

    /**
     * The last whole month of a period ending on {@code to}: its own month when {@code to} is the
     * month's last day, else the month before (a month cut short is no month to compare).
     */
    public static YearMonth lastWholeMonth(LocalDate to) {
        YearMonth m = YearMonth.from(to);
        return to.equals(m.atEndOfMonth()) ? m : m.minusMonths(1);
    }

    /** The period asked for with --from/--to, either end open: "01/04/2017 to 31/03/2018", "from 01/10/2015". */
    public static String asked(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return UK.format(from) + " to " + UK.format(to);
        }
        return from != null ? "from " + UK.format(from) : to != null ? "up to " + UK.format(to) : "";
    }

    /** "01/01/2016 to 30/04/2016": the dates alone, without the count of days. */
    public String dates() {
        return UK.format(from) + " to " + UK.format(to);
    }

    /** "01/06/2015 to 31/05/2016 (31 of 366 days have data)" when the data covers only part of it. */
    public String describe(long daysWithData) {
        return daysWithData >= days() ? toString()
                : UK.format(from) + " to " + UK.format(to) + " (" + daysWithData + " of " + days() + " days have data)";
    }

    @Override
    public String toString() {
        return UK.format(from) + " to " + UK.format(to) + " (" + days() + " days)";
    }
}
