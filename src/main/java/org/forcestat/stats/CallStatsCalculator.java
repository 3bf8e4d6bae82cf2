package org.forcestat.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;

/** Calls figures over the headline period: totals, shares, per-day rates (SPEC §3). */
final class CallStatsCalculator {
    private CallStatsCalculator() {
    }

    static CallStats compute(CallCounts calls, LocalDate from, LocalDate to) {
        if (calls.isEmpty()) {
            return null;
        }
        Period p = Period.headline(calls.dates().first(), calls.dates().last(), from, to);
        Map<Grading, Long> grading = new EnumMap<>(Grading.class);
        Map<Channel, Long> channel = new EnumMap<>(Channel.class);
        SortedMap<LocalDate, Long> daily = new TreeMap<>();
        SortedMap<YearMonth, Long> monthly = new TreeMap<>();
        long total = 0;
        long storm = 0;
        for (LocalDate d : calls.dates().subSet(p.from(), true, p.to(), true)) {
            long t = calls.total(d);
            total += t;
            storm += calls.storm(d);
            daily.put(d, t);
            monthly.merge(YearMonth.from(d), t, Long::sum);
            for (Grading g : Grading.values()) {
                grading.merge(g, calls.grading(d, g), Long::sum);
            }
            for (Channel c : Channel.values()) {
                channel.merge(c, calls.channel(d, c), Long::sum);
            }
        }
        if (!calls.measures().contains(CallCounts.Measure.GRADING)) {
            grading.clear();
        }
        if (!calls.measures().contains(CallCounts.Measure.CHANNEL)) {
            channel.clear();
        }
        long[][] hours = null;
        if (calls.measures().contains(CallCounts.Measure.HOURS)) {
            hours = new long[7][24];
            for (java.time.DayOfWeek dow : java.time.DayOfWeek.values()) {
                for (int h = 0; h < 24; h++) {
                    hours[dow.getValue() - 1][h] = calls.hourCount(dow, h);
                }
            }
        }
        // Per-day figures divide by the days that have data, never by the calendar (SPEC §3).
        return new CallStats(p.from(), p.to(), daily.size(), total, grading, channel,
                calls.measures().contains(CallCounts.Measure.STORM) ? storm : -1, daily, monthly, hours);
    }

    static void metrics(CallStats s, Metrics m, String source) {
        if (s == null) {
            return;
        }
        String period = new Period(s.from(), s.to()).describe(s.days());
        double days = s.days();
        m.add("calls.total", "Calls received", s.total(), Metrics.CALLS, period, source);
        m.add("calls.days", "Days covered by calls data", days, "days", period, source);
        m.add("calls.per_day", "Calls per day", s.total() / days, Metrics.PER_DAY, period, source);
        if (!s.channelTotals().isEmpty()) {
            m.add("calls.999.per_day", "999 calls per day", s.channelTotals().get(Channel.EMERGENCY) / days,
                    Metrics.PER_DAY, period, source);
            for (Channel c : Channel.values()) {
                m.add("calls.channel." + c.id() + ".total", c.label() + " calls", s.channelTotals().get(c),
                        Metrics.CALLS, period, source);
            }
        }
        if (s.stormRecords() >= 0) {
            m.add("calls.storm.total", "Calls with a STORM record (incidents)", s.stormRecords(), Metrics.CALLS,
                    period, source);
            m.add("incidents.per_day", "Incidents (STORM records) per day", s.stormRecords() / days,
                    Metrics.PER_DAY, period, source);
            if (s.total() > 0) {
                m.add("calls.no_storm.share", "Share of calls with no STORM record",
                        (s.total() - s.stormRecords()) / (double) s.total(), Metrics.SHARE, period, source);
            }
        }
        for (Map.Entry<Grading, Long> e : s.gradingTotals().entrySet()) {
            String id = "calls.grading." + e.getKey().id();
            m.add(id + ".total", e.getKey().label() + " calls", e.getValue(), Metrics.CALLS, period, source);
            if (s.total() > 0) {
                m.add(id + ".share", e.getKey().label() + " share of calls", e.getValue() / (double) s.total(),
                        Metrics.SHARE, period, source);
            }
        }
    }
}
