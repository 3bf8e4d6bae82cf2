package org.forcestat.model;

/**
 * The unit of a {@link Metric}: what the Metrics sheet's Unit column says, and the number format its
 * values are shown in (an Excel format code), so no writer guesses a format from the unit's text.
 */
public enum Unit {
    CALLS("calls", Unit.WHOLE),
    CRIMES("crimes", Unit.WHOLE),
    COUNT("count", Unit.WHOLE),
    DAYS("days", Unit.WHOLE),
    PEOPLE("people", Unit.WHOLE),
    PER_DAY("per day", Unit.ONE_DECIMAL),
    CALLS_PER_MONTH("calls per month", Unit.ONE_DECIMAL),
    CRIMES_PER_MONTH("crimes per month", Unit.ONE_DECIMAL),
    SHARE("share", "0.0%"),
    GBP("GBP", "\"£\"#,##0"),
    /** A p-value of 4e-28 shown as 0.0000 reads as "exactly zero"; under 0.001 it shows as "< 0.001". */
    P_VALUE("p-value", "[<0.001]\"< 0.001\";0.000"),
    /** R² of a fitted line. */
    R2("r2", Unit.THREE_DECIMALS),
    /** A ratio to an average (1.0 = the average). */
    INDEX("index", Unit.THREE_DECIMALS);

    private static final String WHOLE = "#,##0";
    private static final String ONE_DECIMAL = "#,##0.0";
    private static final String THREE_DECIMALS = "#,##0.000";

    private final String text;
    private final String format;

    Unit(String text, String format) {
        this.text = text;
        this.format = format;
    }

    /** What the Metrics sheet's Unit column says. */
    public String text() {
        return text;
    }

    /** The Excel number format code the values are shown in. */
    public String format() {
        return format;
    }
}
