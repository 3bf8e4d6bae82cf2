package org.forcestat.samples;

import java.time.LocalDate;
import java.time.Month;
import java.util.Random;

/**
 * The shape of police demand over a year — weekday, summer and Christmas peaks (the slides' "summer,
 * Christmas and weekends are peak periods") — as relative daily weights for {@link Allocator}.
 *
 * @param week       which weekday profile the demand follows
 * @param weekend    how strongly the weekday profile applies: 0 flat, 1 as given, 2 twice as strong
 * @param summer     extra demand at the height of summer (0.10 = +10% in July and August)
 * @param christmas  extra demand from 20 December to 2 January (0.15 = +15%)
 * @param noise      standard deviation of a day's own random factor (0.03 = about 3%)
 */
record DemandShape(Week week, double weekend, double summer, double christmas, double noise) {
    /** Relative demand Monday to Sunday. */
    enum Week {
        /** Calls for service: Friday and Saturday highest, Sunday and Monday lowest. */
        CALLS(0.95, 0.98, 0.99, 1.01, 1.07, 1.09, 0.93),
        /** Violence and ASB: the night-time economy, Friday night to the early hours of Sunday. */
        NIGHT_TIME(0.93, 0.92, 0.93, 0.97, 1.08, 1.13, 1.04);

        private final double[] days;

        Week(double... days) {
            this.days = days;
        }

        double of(LocalDate day) {
            return days[day.getDayOfWeek().getValue() - 1];
        }
    }

    /** Winter lull, spring rise; July and August carry the summer factor on top of this. */
    private static final double[] MONTH = {0.95, 0.93, 0.98, 1.00, 1.02, 1.04, 1.00, 1.00, 1.02, 1.00, 0.97, 0.98};

    /** The first day of financial year 2014/15; with {@link #FY_DAYS} the period of the daily samples. */
    static final LocalDate FY_START = LocalDate.of(2014, 4, 1);
    static final int FY_DAYS = 365;

    DemandShape {
        if (week == null) {
            throw new IllegalArgumentException("a weekday profile is required");
        }
        if (weekend < 0 || summer < 0 || christmas < 0 || noise < 0) {
            throw new IllegalArgumentException("shape factors must not be negative");
        }
    }

    /** The relative weight of one day, without noise. */
    double factor(LocalDate day) {
        double weekday = 1 + weekend * (week.of(day) - 1);
        double month = MONTH[day.getMonthValue() - 1];
        if (day.getMonth() == Month.JULY || day.getMonth() == Month.AUGUST) {
            month += summer;
        } else if (day.getMonth() == Month.JUNE || day.getMonth() == Month.SEPTEMBER) {
            month += summer / 3;
        }
        return weekday * month * (isChristmas(day) ? 1 + christmas : 1);
    }

    /** Weights for {@code days} consecutive days from {@code start}, each with its own noise. */
    double[] daily(LocalDate start, int days, Random random) {
        double[] weights = new double[days];
        for (int d = 0; d < days; d++) {
            weights[d] = factor(start.plusDays(d)) * noiseFactor(random);
        }
        return weights;
    }

    /** A lognormal factor with median 1, so weights stay positive however noisy. */
    double noiseFactor(Random random) {
        return Math.exp(noise * random.nextGaussian());
    }

    static boolean isChristmas(LocalDate day) {
        return (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 20)
                || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 2);
    }
}
