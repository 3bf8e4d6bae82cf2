package org.forcestat.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcestat.model.CallCounts;
import org.forcestat.model.CallCounts.Measure;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.MetricId;

/**
 * Calls figures over the headline period: totals, shares, per-day rates (SPEC §3), each over the
 * days that carry its own field: 999 calls per day over the days with a channel, incidents and the
 * no-STORM share over the days (and calls) from sources with a STORM column, grading shares over the
 * calls that carry a recognised grading.
 */
final class CallStatsCalculator {
    private CallStatsCalculator() {
    }

    static CallStats compute(CallCounts calls, LocalDate from, LocalDate to) {
        if (calls.isEmpty()) {
            return null;
        }
        SortedMap<YearMonth, long[]> months = calls.monthOnly();
        Period span = span(calls);
        if (span == null) {
            return null;
        }
        Period p = Period.headline(span.from(), span.to(), from, to);
        if (p == null) {
            // The period holds none of the calls: their figures are absent, not 0 (SummaryCalculator says why).
            return null;
        }
        Map<Grading, Long> grading = new EnumMap<>(Grading.class);
        Map<Channel, Long> channel = new EnumMap<>(Channel.class);
        SortedMap<LocalDate, Long> daily = new TreeMap<>();
        SortedMap<YearMonth, Long> monthly = new TreeMap<>();
        long total = 0;
        long storm = 0;
        long incidents = 0;
        long gradingDays = 0;
        long channelDays = 0;
        long stormDays = 0;
        long stormCalls = 0;
        long monthDays = 0;
        // A monthly source covers every day of each month it has (SPEC §3); a month the period cuts is left out.
        for (Map.Entry<YearMonth, long[]> e : months.entrySet()) {
            YearMonth ym = e.getKey();
            if (!p.contains(ym.atDay(1)) || !p.contains(ym.atEndOfMonth())) {
                continue;
            }
            long[] a = e.getValue();
            long t = CallCounts.total(a);
            int len = ym.lengthOfMonth();
            monthDays += len;
            total += t;
            monthly.merge(ym, t, Long::sum);
            if (CallCounts.has(a, Measure.GRADING)) {
                gradingDays += len;
                for (Grading g : Grading.values()) {
                    grading.merge(g, CallCounts.grading(a, g), Long::sum);
                }
            }
            if (CallCounts.has(a, Measure.CHANNEL)) {
                channelDays += len;
                for (Channel c : Channel.values()) {
                    channel.merge(c, CallCounts.channel(a, c), Long::sum);
                }
            }
            if (CallCounts.has(a, Measure.STORM)) {
                stormDays += len;
                stormCalls += t;
                storm += CallCounts.storm(a);
                incidents += CallCounts.incidents(a);
            }
        }
        for (LocalDate d : calls.dates().subSet(p.from(), true, p.to(), true)) {
            long t = calls.total(d);
            total += t;
            daily.put(d, t);
            monthly.merge(YearMonth.from(d), t, Long::sum);
            if (calls.has(d, Measure.GRADING)) {
                gradingDays++;
                for (Grading g : Grading.values()) {
                    grading.merge(g, calls.grading(d, g), Long::sum);
                }
            }
            if (calls.has(d, Measure.CHANNEL)) {
                channelDays++;
                for (Channel c : Channel.values()) {
                    channel.merge(c, calls.channel(d, c), Long::sum);
                }
            }
            if (calls.has(d, Measure.STORM)) {
                stormDays++;
                stormCalls += t;
                storm += calls.storm(d);
                incidents += calls.incidents(d);
            }
        }
        long[][] hours = null;
        // The profile is kept per weekday and hour, not per date: a period that cuts the calls cannot have
        // its own, and one of all the calls would be a table of other days under the period's heading.
        boolean cut = p.from().isAfter(span.from()) || p.to().isBefore(span.to());
        if (calls.measures().contains(Measure.HOURS) && !((from != null || to != null) && cut)) {
            hours = new long[7][24];
            for (java.time.DayOfWeek dow : java.time.DayOfWeek.values()) {
                for (int h = 0; h < 24; h++) {
                    hours[dow.getValue() - 1][h] = calls.hourCount(dow, h);
                }
            }
        }
        // Per-day figures divide by the days that have data, never by the calendar (SPEC §3).
        // A grading no source has is not in these inputs (absent), not 0; one a source has with no calls is 0.
        // Only the gradings of the sources of the period: one that only an earlier file had is absent here.
        if (!calls.gradingsGiven().isEmpty()) {
            grading.keySet().retainAll(calls.gradingsGiven(p.from(), p.to()));
        }
        // Likewise a channel: a sheet with a "999 calls" column alone gives no 101 or online calls (absent, not 0).
        channel.keySet().retainAll(calls.channelsGiven());
        // A share "of calls with a grading" divides by the calls that carry one it recognises, not by
        // every call of a source with a grading column: 632 Immediate of 3,346 graded calls, not of 3,408
        // (62 of them blank). The recognised lines then add up to 100%.
        long graded = 0;
        for (long n : grading.values()) {
            graded += n;
        }
        return new CallStats(p.from(), p.to(), daily.size() + monthDays, total, grading, channel,
                stormDays > 0 ? storm : -1,
                daily, monthly, hours, gradingDays, graded, channelDays, stormDays, stormCalls,
                stormDays > 0 ? incidents : -1);
    }

    /** The days the calls data spans, first to last (a monthly source covers its whole months), or null. */
    static Period span(CallCounts calls) {
        SortedMap<YearMonth, long[]> months = calls.monthOnly();
        LocalDate first = calls.dates().isEmpty() ? null : calls.dates().first();
        LocalDate last = calls.dates().isEmpty() ? null : calls.dates().last();
        if (!months.isEmpty()) {
            LocalDate mf = months.firstKey().atDay(1);
            LocalDate ml = months.lastKey().atEndOfMonth();
            first = first == null || mf.isBefore(first) ? mf : first;
            last = last == null || ml.isAfter(last) ? ml : last;
        }
        return first == null ? null : new Period(first, last);
    }

    static void metrics(CallStats s, Metrics m, String source) {
        metrics(s, m, source, null);
    }

    /**
     * As {@link #metrics(CallStats, Metrics, String)}; with the counts, a source longer than the
     * headline period has its per-day labels say which part they are of (as crimes' do).
     */
    static void metrics(CallStats s, Metrics m, String source, CallCounts counts) {
        if (s == null) {
            return;
        }
        Period headline = new Period(s.from(), s.to());
        String period = headline.describe(s.days());
        String part = counts == null ? "" : partOfSpan(s, counts);
        m.add(MetricId.CALLS_TOTAL.key(), s.total(), period, source);
        m.add(MetricId.CALLS_DAYS.key(), s.days(), period, source, part);
        m.derive(MetricId.CALLS_PER_DAY.key(), period, source, part);
        if (!s.channelTotals().isEmpty()) {
            String p = headline.describe(s.channelDays());
            if (s.channelDays() != s.days()) {
                m.add(MetricId.CALLS_CHANNEL_DAYS.key(), s.channelDays(), p, source);
            }
            if (s.channelTotals().containsKey(Channel.EMERGENCY)) {
                m.derive(MetricId.CALLS_999_PER_DAY.key(), p, source);
            } else {
                m.absent(MetricId.CALLS_999_PER_DAY.key(), p, source, "the calls sources' channel columns do not include 999");
            }
            for (Channel c : Channel.values()) {
                Long n = s.channelTotals().get(c);
                if (n != null) {
                    m.add(MetricId.CHANNEL_TOTAL.key(c.id()), n, p, source, c.label());
                } else {
                    m.absent(MetricId.CHANNEL_TOTAL.key(c.id()), p, source, "no calls source has a column, row or "
                            + "call for " + c.label(), c.label());
                }
            }
        } else {
            m.absent(MetricId.CALLS_999_PER_DAY.key(), period, source,
                    "no calls source of the period has a channel column (999, 101, online)");
        }
        if (s.stormRecords() >= 0) {
            String p = headline.describe(s.stormDays());
            if (s.stormDays() != s.days()) {
                m.add(MetricId.CALLS_STORM_DAYS.key(), s.stormDays(), p, source);
            }
            if (s.stormCalls() != s.total()) {
                m.add(MetricId.CALLS_STORM_CALLS.key(), s.stormCalls(), p, source);
            }
            m.add(MetricId.CALLS_STORM_TOTAL.key(), s.stormRecords(), p, source);
            if (s.incidents() != s.stormRecords()) {
                // Several calls about one incident: the incidents are its distinct STORM records.
                m.add(MetricId.INCIDENTS_TOTAL.key(), s.incidents(), p, source);
            }
            m.derive(MetricId.INCIDENTS_PER_DAY.key(), p, source);
            if (s.stormCalls() > 0) {
                m.derive(MetricId.CALLS_NO_STORM_SHARE.key(), p, source);
            }
        } else {
            String why = "no calls source of the period has a STORM column";
            m.absent(MetricId.INCIDENTS_PER_DAY.key(), period, source, why);
            m.absent(MetricId.CALLS_NO_STORM_SHARE.key(), period, source, why);
        }
        gradings(s, headline, period, m, source);
    }

    /** " (latest 12 months of the 24 in the inputs)" when the calls data spans more months than the headline period. */
    private static String partOfSpan(CallStats s, CallCounts counts) {
        YearMonth first = null;
        YearMonth last = null;
        if (!counts.dates().isEmpty()) {
            first = YearMonth.from(counts.dates().first());
            last = YearMonth.from(counts.dates().last());
        }
        if (!counts.monthOnly().isEmpty()) {
            YearMonth mf = counts.monthOnly().firstKey();
            YearMonth ml = counts.monthOnly().lastKey();
            first = first == null || mf.isBefore(first) ? mf : first;
            last = last == null || ml.isAfter(last) ? ml : last;
        }
        YearMonth from = YearMonth.from(s.from());
        YearMonth to = YearMonth.from(s.to());
        if (first == null || !first.isBefore(from) && !last.isAfter(to)) {
            return "";
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        long inPeriod = java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
        return !last.isAfter(to) ? String.format(" (latest %d months of the %d in the inputs)", inPeriod, months)
                : String.format(" (%d of the %d months in the inputs)", inPeriod, months);
    }

    /**
     * Calls by grading, with the calls that have none (no grading column, or a value not recognised)
     * as their own line, so the lines add up to all calls; shares are of the calls with a recognised
     * grading.
     */
    private static void gradings(CallStats s, Period headline, String period, Metrics m, String source) {
        if (s.gradingTotals().isEmpty()) {
            for (Grading g : Grading.values()) {
                m.absent(MetricId.GRADING_TOTAL.key(g.id()), period, source,
                        "no calls source of the period gives the grading", g.label());
            }
            return;
        }
        String p = headline.describe(s.gradingDays());
        long known = 0;
        for (Map.Entry<Grading, Long> e : s.gradingTotals().entrySet()) {
            known += e.getValue();
        }
        if (s.gradedCalls() != s.total()) {
            m.add(MetricId.CALLS_GRADED_TOTAL.key(), s.gradedCalls(), p, source);
        }
        for (Grading g : Grading.values()) {
            if (!s.gradingTotals().containsKey(g)) {
                String why = "no calls source has a " + g.label() + " grading";
                m.absent(MetricId.GRADING_TOTAL.key(g.id()), p, source, why, g.label());
                m.absent(MetricId.GRADING_SHARE.key(g.id()), p, source, why, g.label());
            }
        }
        for (Map.Entry<Grading, Long> e : s.gradingTotals().entrySet()) {
            Grading g = e.getKey();
            m.add(MetricId.GRADING_TOTAL.key(g.id()), e.getValue(), p, source, g.label());
            if (s.gradedCalls() > 0) {
                m.derive(MetricId.GRADING_SHARE.key(g.id()), p, source, g.label());
            }
        }
        if (s.total() > known) {
            m.add(MetricId.CALLS_UNGRADED_TOTAL.key(), s.total() - known, period, source);
        }
    }
}
