package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.forcestat.model.CallCounts;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;

/** Each share divides by the calls that carry its own field (SPEC §3), never by all calls. */
class CallSharesTest {
    private static final RunInfo RUN = new RunInfo(null, "OFFICIAL", LocalDateTime.of(2016, 6, 1, 9, 0), "test",
            List.of(), ".");

    private static double metric(Summary s, String id) {
        var m = s.metric(id);
        return m == null ? Double.NaN : m.value();
    }

    /**
     * The new user's command-and-control export: 3,408 calls over 121 days, of which 62 have a blank
     * grading; 632 Immediate, 1,007 High, 775 Appointment, 932 Advice (3,346 graded).
     */
    private static Partial export() {
        Partial p = new Partial();
        CallCounts c = p.calls();
        c.declare(CallCounts.Measure.GRADING);
        c.declare(CallCounts.Measure.CHANNEL);
        LocalDate first = LocalDate.of(2016, 1, 1);
        int[][] gradings = {{632, 0}, {1007, 1}, {775, 2}, {932, 3}, {62, -1}};
        Grading[] g = {Grading.IMMEDIATE, Grading.HIGH, Grading.APPOINTMENT, Grading.ADVICE};
        // Channels: 818 999, 1,739 101, 422 online, 429 other (email, alarm, officer-generated).
        int[][] channels = {{818, 0}, {1739, 1}, {422, 2}, {429, 3}};
        Channel[] ch = {Channel.EMERGENCY, Channel.NON_EMERGENCY, Channel.ONLINE, Channel.OTHER};
        int n = 0;
        int gi = 0;
        int gLeft = gradings[0][0];
        int ci = 0;
        int cLeft = channels[0][0];
        while (n < 3408) {
            while (gLeft == 0) {
                gLeft = gradings[++gi][0];
            }
            while (cLeft == 0) {
                cLeft = channels[++ci][0];
            }
            Grading grading = gradings[gi][1] < 0 ? null : g[gradings[gi][1]];
            c.addCall(first.plusDays(n % 121), n % 24, grading, grading == null, ch[ci], false, null);
            gLeft--;
            cLeft--;
            n++;
        }
        return p;
    }

    @Test
    void gradingSharesAreOfTheCallsWithARecognisedGradingNotOfAllCalls() {
        Summary s = SummaryCalculator.compute(export(), RUN, null, null);
        assertEquals(3408, metric(s, "calls.total"));
        assertEquals(3408.0 / 121, metric(s, "calls.per_day"), 1e-9);
        assertEquals(62, metric(s, "calls.grading.none.total"));
        assertEquals(3346, metric(s, "calls.graded.total"));
        // 632 / 3,346 = 18.9%, not 632 / 3,408 = 18.5%.
        assertEquals(632.0 / 3346, metric(s, "calls.grading.immediate.share"), 1e-12);
        assertEquals(0.189, Math.round(metric(s, "calls.grading.immediate.share") * 1000) / 1000.0, 1e-12);
        assertEquals(1007.0 / 3346, metric(s, "calls.grading.high.share"), 1e-12);
        assertEquals(775.0 / 3346, metric(s, "calls.grading.appointment.share"), 1e-12);
        assertEquals(932.0 / 3346, metric(s, "calls.grading.advice.share"), 1e-12);
        assertEquals(3346, s.calls().gradedCalls());
    }

    @Test
    void whenEveryCallIsGradedThereIsNoGradedLineAndSharesAreOfAllCalls() {
        Partial p = new Partial();
        CallCounts c = p.calls();
        c.declare(CallCounts.Measure.GRADING);
        LocalDate d = LocalDate.of(2016, 1, 1);
        for (int i = 0; i < 10; i++) {
            c.addCall(d, 9, i < 3 ? Grading.IMMEDIATE : Grading.HIGH, false, null, false, null);
        }
        Summary s = SummaryCalculator.compute(p, RUN, null, null);
        assertEquals(Double.NaN, metric(s, "calls.graded.total"));
        assertEquals(0.3, metric(s, "calls.grading.immediate.share"), 1e-12);
        assertEquals(0.7, metric(s, "calls.grading.high.share"), 1e-12);
    }

    @Test
    void the999RateIsOverTheDaysWithAChannel() {
        Summary s = SummaryCalculator.compute(export(), RUN, null, null);
        assertEquals(818.0 / 121, metric(s, "calls.999.per_day"), 1e-9);
        assertEquals(818, metric(s, "calls.channel.999.total"));
        assertEquals(429, metric(s, "calls.channel.other.total"));
    }
}
