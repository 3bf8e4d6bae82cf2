package org.forcestat.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option as a UK user types it: {@code 31/03/2015}, {@code 31/03/15} (a two-digit year is 20yy),
 * ISO {@code 2015-03-31}, or a month {@code 2015-03}, which is its first day for {@code --from} and its
 * last for {@code --to} ({@link End}).
 */
class UkDate implements ITypeConverter<LocalDate> {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_SHORT = DateTimeFormatter.ofPattern("d/M/uu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);
    /** How a day is said back, in words, so that 01/03/16 cannot be read as 3 January. */
    static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** The forms accepted, as the one-line refusal lists them. */
    static final String FORMS = "give dd/mm/yyyy (31/03/2016), dd/mm/yy (31/03/16), yyyy-mm-dd (2016-03-31) or yyyy-mm "
            + "(2016-03, a whole month)";

    private final boolean end;

    UkDate() {
        this(false);
    }

    private UkDate(boolean end) {
        this.end = end;
    }

    /** {@code --to}: a month given as yyyy-mm means its last day. */
    static final class End extends UkDate {
        End() {
            super(true);
        }
    }

    @Override
    public LocalDate convert(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return LocalDate.parse(v, UK);
            }
            if (v.matches("\\d{1,2}/\\d{1,2}/\\d{2}")) {
                return LocalDate.parse(v, UK_SHORT);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v, MONTH);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new TypeConversionException("'" + value + "' is not a date: " + FORMS);
    }
}
