package org.forcestat.model;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Text normalisation shared by every synonym match (case, spaces, punctuation and line breaks are
 * ignored), and a month written as every output shows it.
 */
public final class Text {
    /**
     * "Sep 2015", as Excel's "mmm yyyy" shows it. Java's UK locale abbreviates September "Sept",
     * so the English names are used.
     */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Text() {
    }

    /** A month as "Sep 2015". */
    public static String month(YearMonth m) {
        return MONTH.format(m);
    }

    /** A day as the messages write it: 01/03/2016. */
    public static String day(java.time.LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Lower-case letters and digits only: "Call Received\n(date/time)" becomes "callreceiveddatetime". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * True for labels such as "Total", "Grand total", "Totals", "Subtotal", "Total 2016/17": a row of
     * totals, not of lines. A fact's label ("Total budget", "Total savings to date") is not one.
     */
    public static boolean isTotalLabel(String text) {
        String k = key(text);
        if (Fact.parse(text).isPresent()) {
            return false;
        }
        return k.equals("total") || k.equals("totals") || k.equals("sum") || k.startsWith("grandtotal")
                || k.startsWith("subtotal") || k.startsWith("total") && k.length() <= 14;
    }
}
