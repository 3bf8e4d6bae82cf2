package org.forcestat.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads dates the way analysts' files hold them: Excel serials (1900 or 1904 date system),
 * ISO text, UK day-first text ("01/04/2015 13:05"), and months ("2016-05", "May 2016").
 * Impossible dates such as 30/02/2015 are rejected, never rolled over.
 */
public final class DateValues {
    /** A parsed date; {@code monthOnly} when the source gave only a month (the first day is used). */
    public record Parsed(LocalDateTime dateTime, boolean monthOnly, boolean hasTime) {
        public LocalDate date() {
            return dateTime.toLocalDate();
        }
    }

    /**
     * Date-times, the usual forms first. The hour may have one digit ({@code 2015-04-01 0:01:01}, as a
     * cell formatted {@code yyyy-mm-dd h:mm:ss} is saved to CSV); then the month as a word
     * ({@code 01-Apr-2015 00:01}) and a 12-hour clock ({@code 01/04/2015 12:05 AM}), tried only after the
     * usual forms fail, so that the usual forms cost no more.
     */
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            strict("uuuu-MM-dd['T'][ ]H:mm[:ss][.SSS]"),
            strict("d/M/uuuu[ ]H:mm[:ss]"),
            strict("d-M-uuuu[ ]H:mm[:ss]"),
            strict("d.M.uuuu[ ]H:mm[:ss]"),
            strict("d-MMM-uuuu[ ]H:mm[:ss]"),
            strict("d MMM uuuu[ ]H:mm[:ss]"),
            strict("d-MMM-uuuu[ ]H:mm[:ss]", Locale.US),
            strict("d MMM uuuu[ ]H:mm[:ss]", Locale.US),
            twoDigitYearTime("d-MMM-", Locale.UK),
            twoDigitYearTime("d-MMM-", Locale.US),
            twoDigitYearTime("d/M/", Locale.UK),
            strict("d/M/uuuu[ ]h:mm[:ss][ ]a"),
            strict("uuuu-MM-dd[ ]h:mm[:ss][ ]a"),
            strict("d-M-uuuu[ ]h:mm[:ss][ ]a"),
            strict("d-MMM-uuuu[ ]h:mm[:ss][ ]a"),
            strict("d MMM uuuu[ ]h:mm[:ss][ ]a"),
            strict("d-MMM-uuuu[ ]h:mm[:ss][ ]a", Locale.US),
            strict("d MMM uuuu[ ]h:mm[:ss][ ]a", Locale.US));
    private static final List<DateTimeFormatter> DATES = List.of(
            strict("uuuu-MM-dd"),
            strict("d/M/uuuu"),
            strict("d-M-uuuu"),
            strict("d.M.uuuu"),
            strict("d MMM uuuu"),
            strict("d MMMM uuuu"),
            strict("d-MMM-uuuu"),
            twoDigitYear("d/M/"),
            twoDigitYear("d-MMM-"),
            // Java's British English abbreviates September "Sept"; Excel and most exports write "Sep".
            strict("d MMM uuuu", Locale.US),
            strict("d-MMM-uuuu", Locale.US),
            twoDigitYear("d-MMM-", Locale.US));
    private static final List<DateTimeFormatter> MONTHS = List.of(
            strict("uuuu-MM"),
            strict("uuuu/MM"),
            strict("MM/uuuu"),
            strict("MMM uuuu"),
            strict("MMMM uuuu"),
            strict("MMM-uuuu"),
            twoDigitYear("MMM-"),
            twoDigitYear("MMM "),
            strict("MMM uuuu", Locale.US),
            strict("MMM-uuuu", Locale.US),
            twoDigitYear("MMM-", Locale.US),
            twoDigitYear("MMM ", Locale.US));

    private DateValues() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return strict(pattern, Locale.UK);
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter twoDigitYear(String prefix) {
        return twoDigitYear(prefix, Locale.UK);
    }

    private static DateTimeFormatter twoDigitYear(String prefix, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(prefix)
                .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** A date with a two-digit year, then a 24-hour time: {@code 01-Apr-15 13:05}. */
    private static DateTimeFormatter twoDigitYearTime(String prefix, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(prefix)
                .appendValueReduced(ChronoField.YEAR, 2, 2, 2000).appendPattern("[ ]H:mm[:ss]")
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Which way round a text date's first two numbers can be: d/m/y, m/d/y, either, or neither. */
    enum Order { DAY_FIRST, MONTH_FIRST, EITHER, NONE }

    /**
     * The order a text date such as 04/13/2014 allows (separators / - or .; a 2- or 4-digit year, a
     * time may follow). 13/04/2014 can only be day first, 04/13/2014 only month first (US style),
     * 04/01/2014 either way; anything else, such as 2014-04-13 or "Apr 2014", is NONE.
     */
    static Order order(String text) {
        String s = text.trim();
        int i = 0;
        int a = 0;
        int b = 0;
        int n = s.length();
        int start = i;
        while (i < n && i - start < 2 && Character.isDigit(s.charAt(i))) {
            a = a * 10 + s.charAt(i++) - '0';
        }
        if (i == start || i >= n || "/-.".indexOf(s.charAt(i)) < 0) {
            return Order.NONE;
        }
        char sep = s.charAt(i++);
        start = i;
        while (i < n && i - start < 2 && Character.isDigit(s.charAt(i))) {
            b = b * 10 + s.charAt(i++) - '0';
        }
        if (i == start || i >= n || s.charAt(i) != sep) {
            return Order.NONE;
        }
        start = ++i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        int yearDigits = i - start;
        if ((yearDigits != 2 && yearDigits != 4) || (i < n && s.charAt(i) != ' ' && s.charAt(i) != 'T')
                || a < 1 || b < 1 || a > 31 || b > 31) {
            return Order.NONE;
        }
        if (a <= 12 && b <= 12) {
            return a == b ? Order.NONE : Order.EITHER;
        }
        return a <= 12 ? Order.MONTH_FIRST : b <= 12 ? Order.DAY_FIRST : Order.NONE;
    }

    /** The date in a cell, or null when it holds none that can be read. */
    public static Parsed fromCell(Cell c, boolean date1904) {
        if (c.isNumber()) {
            double v = c.number();
            // Serial 1 is 1 Jan 1900; anything below 1 or beyond 31/12/9999 is not a date.
            if (v < 1 || v > 2958465) {
                return null;
            }
            LocalDateTime t = serial(v, date1904);
            return t == null ? null : new Parsed(t, false, v != Math.floor(v));
        }
        if (c.isText()) {
            return parse(c.text());
        }
        return null;
    }

    private static final long EPOCH_1900 = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final long EPOCH_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
    static final long DAY_MILLIS = 86_400_000L;
    /** What {@link #epochMillis} returns for a serial it leaves to {@link #fromCell}. */
    static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * An Excel serial as a date-time, rounded to the millisecond as POI's DateUtil does. Serials
     * before 1 March 1900 go through DateUtil for Excel's phantom 29 February 1900; later ones are
     * plain arithmetic, because DateUtil's BigDecimal rounding was a visible cost per row on a
     * year of call records.
     */
    static LocalDateTime serial(double v, boolean date1904) {
        if (!date1904 && v < 61) {
            return DateUtil.getLocalDateTime(v, false);
        }
        long ms = plainMillis(v, date1904);
        return LocalDate.ofEpochDay(Math.floorDiv(ms, DAY_MILLIS))
                .atTime(LocalTime.ofNanoOfDay(Math.floorMod(ms, DAY_MILLIS) * 1_000_000L));
    }

    /**
     * A date serial as milliseconds since 1 January 1970, exactly as {@link #serial} reads it, for
     * readers that count a million rows by day and hour without making date objects;
     * {@link #NOT_PLAIN} for a number that is no date or lies before March 1900 (those go
     * through {@link #fromCell}, which reports or converts them).
     */
    static long epochMillis(double v, boolean date1904) {
        if (!(v >= 1 && v <= 2958465) || !date1904 && v < 61) {
            return NOT_PLAIN;
        }
        return plainMillis(v, date1904);
    }

    private static long plainMillis(double v, boolean date1904) {
        long days = (long) Math.floor(v);
        long millis = (long) Math.floor((v - days) * DAY_MILLIS + 0.5);
        return ((date1904 ? EPOCH_1904 : EPOCH_1900) + days) * DAY_MILLIS + millis;
    }

    /** Parses text as a date-time, a date or a month; null when it is none of them. */
    public static Parsed parse(String raw) {
        if (!hasDigit(raw)) {
            // every form below writes its year in digits: a label without one is no date (and trying
            // each form throws an exception each time, on every text of every header row searched)
            return null;
        }
        String s = raw.trim();
        if (s.isEmpty()) {
            return null;
        }
        Parsed iso = isoFast(s);
        return iso != null ? iso : byFormatters(s);
    }

    /** {@link #parse} without its fast path: each form in turn (for trimmed, non-blank text). */
    static Parsed byFormatters(String s) {
        if (hasOddSpace(s)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            if (!fits(f, s)) {
                continue;
            }
            try {
                return new Parsed(LocalDateTime.parse(s, f), false, true);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            if (!fits(f, s)) {
                continue;
            }
            try {
                return new Parsed(LocalDate.parse(s, f).atStartOfDay(), false, false);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : MONTHS) {
            if (!fits(f, s)) {
                continue;
            }
            try {
                return new Parsed(YearMonth.parse(s, f).atDay(1).atStartOfDay(), true, false);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /**
     * False when {@code f} cannot read the whole of {@code s}: then its parse would throw, and a
     * thrown exception costs far more than this check. The same first step as the parse itself
     * (an unresolved parse of the whole text), so a form that fits is still parsed, and checked, in full.
     */
    private static boolean fits(DateTimeFormatter f, String s) {
        java.text.ParsePosition pos = new java.text.ParsePosition(0);
        return f.parseUnresolved(s, pos) != null && pos.getErrorIndex() < 0 && pos.getIndex() == s.length();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** True when {@code s} holds whitespace other than single spaces, which {@link #parse} collapses. */
    private static boolean hasOddSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The two ISO forms most text dates take, "2018-10" (police.uk's month) and "2018-10-05", read by
     * hand: what the formatters below give for them, without trying a dozen forms that fail (each
     * failure an exception) on every row. Null for anything else, or an impossible date, which the
     * formatters then judge as before.
     */
    static Parsed isoFast(String s) {
        int n = s.length();
        if ((n != 7 && n != 10) || s.charAt(4) != '-' || n == 10 && s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = n == 10 ? digits(s, 8, 10) : 1;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new Parsed(LocalDate.of(year, month, day).atStartOfDay(), n == 7, false);
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character there is no ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }

    /** A time of day as text: {@code 13:05}, {@code 1:05:00}, {@code 1:05 PM}. */
    private static final List<DateTimeFormatter> TIMES = List.of(strict("H:mm[:ss]"), strict("h:mm[:ss][ ]a"));

    /** A time of day from a cell holding a fraction of a day, a date-time serial or "13:05" text. */
    public static LocalTime timeFromCell(Cell c) {
        if (c.isNumber()) {
            double frac = c.number() - Math.floor(c.number());
            long secs = Math.round(frac * 86400) % 86400;
            return LocalTime.ofSecondOfDay(secs);
        }
        if (c.isText()) {
            String t = c.text().trim();
            for (DateTimeFormatter f : TIMES) {
                if (fits(f, t)) {
                    try {
                        return LocalTime.parse(t, f);
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
            }
            return null;
        }
        return null;
    }
}
