package org.forcestat.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.forcestat.model.Text;

/**
 * A number as Excel shows it in one of the summary's number formats, for sizing columns and for
 * the text labels a chart caches. Only the formats the summary uses are known; any other shows
 * the number as General would.
 */
final class NumberText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);
    /** Excel's day 0 in the 1900 date system, as serial numbers count from it for dates after February 1900. */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private NumberText() {
    }

    static String shown(String format, double v) {
        return switch (format) {
            case "0" -> String.format(Locale.UK, "%.0f", v);
            case "0.0" -> String.format(Locale.UK, "%.1f", v);
            case "#,##0" -> String.format(Locale.UK, "%,.0f", v);
            case "#,##0.0" -> String.format(Locale.UK, "%,.1f", v);
            case "#,##0.000" -> String.format(Locale.UK, "%,.3f", v);
            case "0%" -> String.format(Locale.UK, "%.0f%%", v * 100);
            case "0.0%" -> String.format(Locale.UK, "%.1f%%", v * 100);
            case "£#,##0", "\"£\"#,##0" -> String.format(Locale.UK, "£%,.0f", v);
            case "£#,##0.0,,\"m\"", "\"£\"#,##0.0,,\"m\"" -> String.format(Locale.UK, "£%,.1fm", v / 1e6);
            case "[<0.001]\"< 0.001\";0.000" -> v < 0.001 ? "< 0.001" : String.format(Locale.UK, "%.3f", v);
            case "dd/mm/yyyy" -> DATE.format(date(v));
            case "dd/mm/yyyy hh:mm" -> DATE_TIME.format(dateTime(v));
            case "mmm yyyy" -> Text.month(YearMonth.from(date(v)));
            default -> general(v);
        };
    }

    /** Excel's General format: up to 10 significant digits, and large or tiny numbers in scientific form. */
    private static String general(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double size = Math.abs(v);
        if (size >= 1e11 || size < 1e-9) {
            String[] parts = String.format(Locale.ROOT, "%.5E", v).split("E");
            String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
            return mantissa + "E" + parts[1];
        }
        return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /** Excel's serial day number of a date (1900 date system), as the summary writes dates. */
    static double serial(LocalDate d) {
        return ChronoUnit.DAYS.between(EPOCH, d);
    }

    private static LocalDate date(double serial) {
        return EPOCH.plusDays((long) Math.floor(serial));
    }

    private static LocalDateTime dateTime(double serial) {
        return date(serial).atStartOfDay().plusSeconds(Math.round((serial - Math.floor(serial)) * 86_400));
    }
}
