package org.forcestat.model;

import static org.forcestat.model.Formula.div;
import static org.forcestat.model.Formula.minus;
import static org.forcestat.model.Formula.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every figure of the Metrics sheet, declared once: its stable id (SPEC §6), label, {@link Unit} and,
 * for a figure that derives from others, its {@link Formula}. An id with {@code {}} is one figure per
 * value of a vocabulary ({@code calls.grading.{}.total} for each {@link Grading}): its {@link Key}
 * names the value. A label's {@code {}} are filled in when the figure is made (a category's name, the
 * month a period ends, a test's verdict). Inputs are declared before the figures derived from them.
 */
public enum MetricId {
    // ---- calls ----
    CALLS_TOTAL("calls.total", "Calls received", Unit.CALLS),
    CALLS_DAYS("calls.days", "Days covered by calls data{}", Unit.DAYS),
    CALLS_PER_DAY("calls.per_day", "Calls per day{}", Unit.PER_DAY, div(ref(CALLS_TOTAL), ref(CALLS_DAYS))),
    CALLS_CHANNEL_DAYS("calls.channel.days", "Days whose calls data gives the channel", Unit.DAYS),
    CHANNEL_TOTAL("calls.channel.{}.total", "{} calls", Unit.CALLS),
    CALLS_999_PER_DAY("calls.999.per_day", "999 calls per day", Unit.PER_DAY,
            div(ref(CHANNEL_TOTAL, Channel.EMERGENCY.id()), ref(CALLS_CHANNEL_DAYS, CALLS_DAYS))),
    CALLS_STORM_DAYS("calls.storm.days", "Days whose calls data has a STORM column", Unit.DAYS),
    CALLS_STORM_CALLS("calls.storm.calls", "Calls from sources with a STORM column", Unit.CALLS),
    CALLS_STORM_TOTAL("calls.storm.total", "Calls with a STORM record (incidents)", Unit.CALLS),
    /** Given only where several calls share an incident; otherwise each call's STORM record is an incident. */
    INCIDENTS_TOTAL("incidents.total", "Incidents (distinct STORM records; several calls may share one)", Unit.COUNT),
    INCIDENTS_PER_DAY("incidents.per_day", "Incidents (STORM records) per day", Unit.PER_DAY,
            div(ref(INCIDENTS_TOTAL, CALLS_STORM_TOTAL), ref(CALLS_STORM_DAYS, CALLS_DAYS))),
    CALLS_NO_STORM_SHARE("calls.no_storm.share", "Share of calls with no STORM record", Unit.SHARE,
            div(minus(ref(CALLS_STORM_CALLS, CALLS_TOTAL), ref(CALLS_STORM_TOTAL)), ref(CALLS_STORM_CALLS, CALLS_TOTAL))),
    CALLS_GRADED_TOTAL("calls.graded.total", "Calls with a recognised grading", Unit.CALLS),
    /** Calls with no grading (none in the source, or one not recognised): the lines then add up to all calls. */
    CALLS_UNGRADED_TOTAL("calls.grading.none.total",
            "Calls with no recognised grading (none in the source, or not recognised)", Unit.CALLS),
    GRADING_TOTAL("calls.grading.{}.total", "{} calls", Unit.CALLS),
    GRADING_SHARE("calls.grading.{}.share", "{} share of calls with a grading", Unit.SHARE,
            div(ref(GRADING_TOTAL), ref(CALLS_GRADED_TOTAL, CALLS_TOTAL))),

    // ---- crime ----
    CRIMES_TOTAL("crimes.total", "Crimes recorded", Unit.CRIMES),
    /** The label's {@code {}} says which part of a longer span the days are, or is empty. */
    CRIMES_DAYS("crimes.days", "Days covered by crime data{}", Unit.DAYS),
    CRIMES_PER_DAY("crimes.per_day", "Crimes recorded per day{}", Unit.PER_DAY,
            div(ref(CRIMES_TOTAL), ref(CRIMES_DAYS))),
    CRIME_TOTAL("crimes.{}.total", "{} (crimes recorded)", Unit.CRIMES),
    CRIME_DAYS("crimes.{}.days", "Days covered by data that gives {}", Unit.DAYS),
    CRIME_PER_DAY("crimes.{}.per_day", "{} per day", Unit.PER_DAY,
            div(ref(CRIME_TOTAL), ref(CRIME_DAYS, CRIMES_DAYS))),
    ASB_TOTAL("asb.total", "Anti-social behaviour incidents", Unit.COUNT),
    ASB_DAYS("asb.days", "Days covered by data that gives anti-social behaviour", Unit.DAYS),
    ASB_PER_DAY("asb.per_day", "Anti-social behaviour incidents per day", Unit.PER_DAY,
            div(ref(ASB_TOTAL), ref(ASB_DAYS, CRIMES_DAYS))),
    ROLLING12_PREVIOUS("crimes.rolling12.previous", "Recorded crime, 12 months to {}", Unit.CRIMES),
    ROLLING12_CURRENT("crimes.rolling12.current", "Recorded crime, 12 months to {}", Unit.CRIMES),
    ROLLING12_CHANGE("crimes.rolling12.change", "Change in recorded crime (rolling 12 months)", Unit.CRIMES,
            minus(ref(ROLLING12_CURRENT), ref(ROLLING12_PREVIOUS))),
    ROLLING12_CHANGE_SHARE("crimes.rolling12.change_share", "Change in recorded crime (rolling 12 months), %",
            Unit.SHARE, div(ref(ROLLING12_CHANGE), ref(ROLLING12_PREVIOUS))),
    ROLLING12_P_VALUE("crimes.rolling12.p_value", "p-value of the change: {}", Unit.P_VALUE),

    // ---- trends ----
    CALLS_TREND_SLOPE("calls.trend.slope_per_month", "Trend in calls: change per month (least-squares slope)",
            Unit.CALLS_PER_MONTH),
    CALLS_TREND_R2("calls.trend.r_squared", "Trend in calls: R² (share of the variation the line explains)", Unit.R2),
    CALLS_TREND_P_VALUE("calls.trend.p_value", "Trend in calls: p-value of the slope, {}", Unit.P_VALUE),
    CALLS_FORECAST("calls.forecast.next12", "Forecast calls, next 12 months (sum of monthly forecasts)", Unit.CALLS),
    CRIMES_TREND_SLOPE("crimes.trend.slope_per_month",
            "Trend in recorded crime: change per month (least-squares slope)", Unit.CRIMES_PER_MONTH),
    CRIMES_TREND_R2("crimes.trend.r_squared",
            "Trend in recorded crime: R² (share of the variation the line explains)", Unit.R2),
    CRIMES_TREND_P_VALUE("crimes.trend.p_value", "Trend in recorded crime: p-value of the slope, {}", Unit.P_VALUE),
    CRIMES_FORECAST("crimes.forecast.next12",
            "Forecast recorded crime, next 12 months (sum of monthly forecasts)", Unit.CRIMES),
    CALLS_PEAK_WEEKDAY("calls.peak_weekday.index", "Busiest weekday ({}) against the average day", Unit.INDEX),
    CALLS_PEAK_MONTH("calls.peak_month.index", "Busiest month ({}) against the average day", Unit.INDEX),
    CALLS_CONTROL_OUTSIDE("calls.control.points_outside", "Days with calls outside the control limits (XmR)",
            Unit.DAYS),
    CRIMES_CONTROL_OUTSIDE("crimes.control.points_outside", "Days with crimes outside the control limits (XmR)",
            Unit.DAYS),
    CRIME_YOY_CHANGE("crimes.{}.yoy.change", "{}, change year on year", Unit.CRIMES),
    CRIME_YOY_P_VALUE("crimes.{}.yoy.p_value", "{}, p-value of the change year on year: {}", Unit.P_VALUE),

    // ---- finance ----
    SAVINGS_TO_DATE("finance.savings_to_date", "Total savings to date", Unit.GBP),
    SAVINGS_REQUIRED("finance.savings_required", "Savings required, next 3 years", Unit.GBP),
    SAVINGS_PLANNED_NEXT3("finance.savings_planned_next3", "Savings planned, next 3 years", Unit.GBP),
    SAVINGS_GAP("finance.savings_gap", "Savings gap (required minus planned)", Unit.GBP,
            minus(ref(SAVINGS_REQUIRED), ref(SAVINGS_PLANNED_NEXT3))),
    SAVINGS_AT_RISK("finance.savings_at_risk", "Planned savings at risk", Unit.GBP),
    BUDGET("finance.budget", "Total force budget", Unit.GBP),
    BUDGET_LINE("finance.budget.{}", "{}", Unit.GBP),
    /** The slides' "80% of budget on staff": all pay (officers, staff, PCSOs) over the whole budget. */
    STAFF_SHARE("finance.staff_share", "Share of budget on staff (all pay)", Unit.SHARE,
            div(Formula.sumOfPresent(payLines()), ref(BUDGET))),
    OFFICERS("finance.officers", "Police officer establishment", Unit.PEOPLE),
    STAFF("finance.staff", "Police staff establishment", Unit.PEOPLE),
    COST_PER_OFFICER("finance.cost_per_officer", "Pay cost per police officer", Unit.GBP),
    COST_PER_STAFF("finance.cost_per_staff", "Pay cost per member of police staff", Unit.GBP),

    // ---- validation ----
    VALIDATION_ERRORS("validation.errors", "Validation errors", Unit.COUNT),
    VALIDATION_WARNINGS("validation.warnings", "Validation warnings", Unit.COUNT),
    VALIDATION_INFO("validation.info", "Validation notes", Unit.COUNT);

    private static final String PART = "{}";

    private final String pattern;
    private final String label;
    private final Unit unit;
    private final Formula formula;

    MetricId(String pattern, String label, Unit unit) {
        this(pattern, label, unit, null);
    }

    MetricId(String pattern, String label, Unit unit, Formula formula) {
        this.pattern = pattern;
        this.label = label;
        this.unit = unit;
        this.formula = formula;
    }

    /** The budget lines that are pay, in {@link BudgetCategory} order. */
    private static List<Formula.Ref> payLines() {
        List<Formula.Ref> pay = new ArrayList<>();
        for (BudgetCategory c : BudgetCategory.values()) {
            if (c.isPay()) {
                pay.add(ref(BUDGET_LINE, c.id()));
            }
        }
        return pay;
    }

    /** The id as SPEC §6 writes it, with {@code {}} where a family's part goes. */
    public String pattern() {
        return pattern;
    }

    public Unit unit() {
        return unit;
    }

    /** How the figure derives from others, or null for one counted or estimated from the data. */
    public Formula formula() {
        return formula;
    }

    /** Whether this is one figure per value of a vocabulary (the id has a part). */
    public boolean hasPart() {
        return pattern.contains(PART);
    }

    /** The figure's key; {@code part} is the vocabulary value's id for a family, null otherwise. */
    public Key key(String part) {
        return new Key(this, part);
    }

    /** The key of a figure without a part. */
    public Key key() {
        return new Key(this, null);
    }

    /** The label as declared, with {@code {}} where values go. */
    public String labelTemplate() {
        return label;
    }

    /** The label with each {@code {}} replaced by the next of {@code args}, in order. */
    public String label(Object... args) {
        return fill(label, args);
    }

    private static String fill(String template, Object... args) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        int n = 0;
        for (int at = template.indexOf(PART); at >= 0; at = template.indexOf(PART, from)) {
            if (n >= args.length) {
                throw new IllegalArgumentException("too few values for \"" + template + "\"");
            }
            b.append(template, from, at).append(args[n++]);
            from = at + PART.length();
        }
        if (n != args.length) {
            throw new IllegalArgumentException("too many values for \"" + template + "\"");
        }
        return b.append(template.substring(from)).toString();
    }

    /**
     * The key of a written id ({@code calls.grading.advice.total}); an id without a part is matched
     * before a family's pattern, so {@code calls.grading.none.total} is {@link #CALLS_UNGRADED_TOTAL}.
     */
    public static Key parse(String id) {
        for (MetricId m : values()) {
            if (!m.hasPart() && m.pattern.equals(id)) {
                return m.key();
            }
        }
        for (MetricId m : values()) {
            if (m.hasPart()) {
                int at = m.pattern.indexOf(PART);
                String head = m.pattern.substring(0, at);
                String tail = m.pattern.substring(at + PART.length());
                if (id.length() > head.length() + tail.length() && id.startsWith(head) && id.endsWith(tail)) {
                    String part = id.substring(head.length(), id.length() - tail.length());
                    if (!part.contains(".")) {
                        return m.key(part);
                    }
                }
            }
        }
        throw new IllegalArgumentException("no metric has the id " + id);
    }

    /** One figure: its {@link MetricId} and, for a family, the vocabulary value's id. */
    public record Key(MetricId id, String part) {
        public Key {
            Objects.requireNonNull(id, "id");
            if (id.hasPart() != (part != null)) {
                throw new IllegalArgumentException(id + (part == null ? " needs a part" : " has no part, not " + part));
            }
            if (part != null && (part.isEmpty() || part.contains("."))) {
                throw new IllegalArgumentException("part \"" + part + "\" of " + id);
            }
        }

        /** The id as the Metrics sheet writes it ({@code calls.grading.advice.total}). */
        public String text() {
            return part == null ? id.pattern : id.pattern.replace(PART, part);
        }

        public Unit unit() {
            return id.unit;
        }

        /** The formula over this figure's inputs, or null. */
        public Formula formula() {
            return id.formula;
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
