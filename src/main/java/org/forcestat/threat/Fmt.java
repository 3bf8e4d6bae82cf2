package org.forcestat.threat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** UK number formatting for the sentences the engine writes. */
final class Fmt {
    private Fmt() {
    }

    private static DecimalFormat df(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    }

    /** 5475 -> "5,475"; 4.15 -> "4.15"; at most two decimals, none when whole. */
    static String num(double v) {
        return df("#,##0.##").format(v);
    }

    /** One decimal always: 19.7 -> "19.7", 9 -> "9.0". */
    static String one(double v) {
        return df("#,##0.0").format(v);
    }

    /** Signed percentage with one decimal: 0.1324 -> "+13.2%". */
    static String signedPct(double share) {
        return (share >= 0 ? "+" : "\u2212") + df("0.0").format(Math.abs(share) * 100) + "%";
    }

    /** 0.3 -> "30%". */
    static String pct0(double share) {
        return df("0.#").format(share * 100) + "%";
    }

    /** A p-value as people write it: "p = 0.0001", "p = 0.034", "p < 0.0001". */
    static String p(double p) {
        if (p < 0.0001) {
            return "p < 0.0001";
        }
        return "p = " + new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
