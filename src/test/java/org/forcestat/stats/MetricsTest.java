package org.forcestat.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.forcestat.model.Metric;
import org.forcestat.model.MetricId;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void aDerivedFigureIsWorkedOutFromItsDeclarationInItsPlaceOnTheList() {
        Metrics m = new Metrics();
        m.add(MetricId.CALLS_TOTAL.key(), 827_000, "p", "s");
        m.add(MetricId.CALLS_DAYS.key(), 365, "p", "s", "");
        // 999 per day comes before the 999 total it reads, as on the sheet.
        m.derive(MetricId.CALLS_999_PER_DAY.key(), "p", "s");
        m.add(MetricId.CHANNEL_TOTAL.key("999"), 275_575, "p", "s", "999");
        m.derive(MetricId.CALLS_PER_DAY.key(), "p", "s", "");
        List<Metric> list = m.list();
        assertEquals(List.of("calls.total", "calls.days", "calls.999.per_day", "calls.channel.999.total",
                "calls.per_day"), list.stream().map(Metric::id).toList());
        // 275,575 / 365 = 755 exactly; 827,000 / 365 = 2,265.75...
        assertEquals(755.0, list.get(2).value());
        assertEquals(827_000 / 365.0, list.get(4).value());
        assertEquals("999 calls", list.get(3).label());
        assertEquals("per day", list.get(4).unit().text());
    }

    @Test
    void aDerivedFigureWithoutItsInputsOrWithNoFiniteValueIsLeftOut() {
        Metrics m = new Metrics();
        m.add(MetricId.CALLS_DAYS.key(), 365, "p", "s", "");
        m.derive(MetricId.CALLS_PER_DAY.key(), "p", "s", "");
        m.add(MetricId.CALLS_STORM_TOTAL.key(), 0, "p", "s");
        m.add(MetricId.CALLS_STORM_CALLS.key(), 0, "p", "s");
        m.derive(MetricId.CALLS_NO_STORM_SHARE.key(), "p", "s");
        assertEquals(List.of("calls.days", "calls.storm.total", "calls.storm.calls"),
                m.list().stream().map(Metric::id).toList());
    }

    @Test
    void aDerivedFigureCannotBeGivenAValueAndACountedOneHasNoFormula() {
        Metrics m = new Metrics();
        assertThrows(IllegalArgumentException.class, () -> m.add(MetricId.CALLS_PER_DAY.key(), 2, "p", "s", ""));
        assertThrows(IllegalArgumentException.class, () -> m.derive(MetricId.CALLS_TOTAL.key(), "p", "s"));
    }
}
