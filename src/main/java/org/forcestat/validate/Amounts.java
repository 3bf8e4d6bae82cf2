package org.forcestat.validate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formatting for findings: plain values as Excel shows them, pounds with separators. */
final class Amounts {
    private Amounts() {
    }

    /** 1234.5 as "1234.5", 12 as "12": no exponent, no trailing zeros. */
    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** 61000000 as "61,000,000"; pence kept only when there are any. */
    static String pounds(double v) {
        DecimalFormat f = new DecimalFormat(v == Math.rint(v) ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(v);
    }

    private static final java.util.regex.Pattern NON_ADDITIVE = java.util.regex.Pattern.compile(
            "(?i).*(\\bnumber of\\b|\\bno\\.? of\\b|\\bcount\\b|\\bheadcount\\b|\\bfte\\b|%|\\bper ?cent|\\bratio\\b"
                    + "|\\brate\\b|\\baverage\\b|\\bavg\\b|\\bmean\\b|\\bmedian\\b|\\byear\\b|\\bdate\\b|\\bchange\\b"
                    + "|\\bgrowth\\b|\\bindex\\b|\\bprice per\\b|\\bper (unit|head|hour|day|pupil|child)\\b|\\bdays\\b"
                    + "|\\bhours\\b|\\bweeks\\b|\\bmonths\\b).*");

    /**
     * True for the label of a line that does not add up with amounts: a count ("Number of schools"),
     * a year or date, a percentage, ratio, rate, average or change, a duration.
     */
    static boolean nonAdditive(String label) {
        return label != null && !label.isBlank() && NON_ADDITIVE.matcher(label).matches();
    }

    /**
     * An amount converted to pounds from a sheet written in £000 or £m: "£185.15m" where that is exact,
     * else every pound ("£218,946,000"), so a figure typed as 185,150 is never called "£185,150".
     */
    static String money(double v, boolean converted) {
        double m = Math.abs(v) / 1e6;
        if (converted && m >= 1 && Math.abs(m * 100 - Math.rint(m * 100)) < 1e-6) {
            return (v < 0 ? "-£" : "£") + new BigDecimal(Double.toString(Math.rint(m * 100) / 100)).setScale(2,
                    java.math.RoundingMode.HALF_UP).toPlainString() + "m";
        }
        return money(Math.rint(v * 100) / 100);
    }

    /** An amount in pounds as a message shows it: "£4,350,000", "-£1,250.50". */
    static String money(double v) {
        return (v < 0 ? "-£" : "£") + pounds(Math.abs(v));
    }
}
