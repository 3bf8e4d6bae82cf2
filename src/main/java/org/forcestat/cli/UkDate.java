package org.forcestat.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date option as a UK user types it, {@code 31/03/2015}, or as ISO {@code 2015-03-31}. */
final class UkDate implements ITypeConverter<LocalDate> {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, UK) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date: give dd/mm/yyyy (31/03/2015) or yyyy-mm-dd (2015-03-31)");
        }
    }
}
