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
}
