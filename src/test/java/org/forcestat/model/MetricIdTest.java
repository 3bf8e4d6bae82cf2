package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricIdTest {
    /** Metrics sheet rows: the key's value cell, from row 2 down in the order given. */
    private static Map<MetricId.Key, String> cells(MetricId.Key... keys) {
        Map<MetricId.Key, String> c = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            c.put(keys[i], "$C$" + (i + 2));
        }
        return c;
    }

    private static Map<MetricId.Key, Double> values(Object... keyValue) {
        Map<MetricId.Key, Double> v = new HashMap<>();
        for (int i = 0; i < keyValue.length; i += 2) {
            v.put((MetricId.Key) keyValue[i], ((Number) keyValue[i + 1]).doubleValue());
        }
        return v;
    }

    @Test
    void everyIdIsDeclaredOnceAndReadsBackToItsKey() {
        Set<String> patterns = new HashSet<>();
        for (MetricId id : MetricId.values()) {
            assertTrue(patterns.add(id.pattern()), "declared twice: " + id.pattern());
            MetricId.Key key = id.hasPart() ? id.key("advice") : id.key();
            assertEquals(key, MetricId.parse(key.text()), key.text());
        }
        // "none" is not a grading: the calls without one have an id of their own, matched first.
        assertEquals(MetricId.CALLS_UNGRADED_TOTAL.key(), MetricId.parse("calls.grading.none.total"));
        assertEquals(MetricId.CHANNEL_TOTAL.key("999"), MetricId.parse("calls.channel.999.total"));
        assertEquals("crimes.dwelling_burglary.per_day", MetricId.CRIME_PER_DAY.key("dwelling_burglary").text());
        assertThrows(IllegalArgumentException.class, () -> MetricId.parse("calls.per_week"));
        assertThrows(IllegalArgumentException.class, () -> MetricId.CALLS_TOTAL.key("advice"));
        assertThrows(IllegalArgumentException.class, () -> MetricId.GRADING_TOTAL.key());
    }

    @Test
    void aDerivedFigureIsDeclaredAfterEveryFigureItReads() {
        for (MetricId id : MetricId.values()) {
            if (id.formula() != null) {
                for (MetricId input : inputs(id.formula())) {
                    assertTrue(input.ordinal() < id.ordinal(), id + " reads " + input + ", declared after it");
                }
            }
        }
    }

    private static List<MetricId> inputs(Formula f) {
        if (f instanceof Formula.Ref r) {
            return r.firstOf().stream().map(Formula.Ref.Target::id).toList();
        }
        if (f instanceof Formula.Op o) {
            List<MetricId> l = new java.util.ArrayList<>(inputs(o.left()));
            l.addAll(inputs(o.right()));
            return l;
        }
        return ((Formula.Sum) f).terms().stream().flatMap(t -> inputs(t).stream()).toList();
    }

    @Test
    void perDayDividesByTheDaysOfItsOwnFieldWhereTheyAreListedElseByAllDays() {
        MetricId.Key total = MetricId.CALLS_TOTAL.key();
        MetricId.Key days = MetricId.CALLS_DAYS.key();
        MetricId.Key n999 = MetricId.CHANNEL_TOTAL.key("999");
        Formula f = MetricId.CALLS_999_PER_DAY.formula();
        // 755 calls a day over 365 days; then the same 999 calls over the 300 days that have a channel.
        assertEquals("$C$4/$C$3", f.render(null, cells(total, days, n999)::get));
        assertEquals(755.0, f.evaluate(null, k -> values(days, 365, n999, 275_575).getOrDefault(k, Double.NaN)));
        MetricId.Key channelDays = MetricId.CALLS_CHANNEL_DAYS.key();
        assertEquals("$C$4/$C$5", f.render(null, cells(total, days, n999, channelDays)::get));
        assertEquals(275_575 / 300.0, f.evaluate(null,
                k -> values(days, 365, n999, 275_575, channelDays, 300).getOrDefault(k, Double.NaN)));
        // No 999 total on the sheet: no formula, no figure.
        assertNull(f.render(null, cells(total, days)::get));
        assertTrue(Double.isNaN(f.evaluate(null, k -> values(days, 365).getOrDefault(k, Double.NaN))));
    }

    @Test
    void aFamilysFormulaReadsItsOwnPart() {
        MetricId.Key theft = MetricId.CRIME_TOTAL.key("theft");
        MetricId.Key robbery = MetricId.CRIME_TOTAL.key("robbery");
        MetricId.Key days = MetricId.CRIMES_DAYS.key();
        MetricId.Key theftDays = MetricId.CRIME_DAYS.key("theft");
        Formula f = MetricId.CRIME_PER_DAY.formula();
        Map<MetricId.Key, String> c = cells(days, robbery, theft, theftDays);
        assertEquals("$C$4/$C$5", f.render("theft", c::get));
        assertEquals("$C$3/$C$2", f.render("robbery", c::get));
        // 81 thefts a day: 29,565 over 365 days.
        assertEquals(81.0, f.evaluate("theft", k -> values(days, 365, theft, 29_565).getOrDefault(k, Double.NaN)));
    }

    @Test
    void bracketsAreWrittenOnlyWhereExcelNeedsThem() {
        MetricId.Key calls = MetricId.CALLS_TOTAL.key();
        MetricId.Key storm = MetricId.CALLS_STORM_TOTAL.key();
        MetricId.Key days = MetricId.CALLS_DAYS.key();
        Map<MetricId.Key, String> c = cells(calls, days, storm);
        assertEquals("($C$2-$C$4)/$C$2", MetricId.CALLS_NO_STORM_SHARE.formula().render(null, c::get));
        // (730 - 219) / 730 = 0.7
        assertEquals(0.7, MetricId.CALLS_NO_STORM_SHARE.formula().evaluate(null,
                k -> values(calls, 730, storm, 219).getOrDefault(k, Double.NaN)), 1e-15);
        Formula.Ref a = Formula.ref(MetricId.CALLS_TOTAL);
        Formula.Ref b = Formula.ref(MetricId.CALLS_DAYS);
        Formula.Ref d = Formula.ref(MetricId.CALLS_STORM_TOTAL);
        assertEquals("$C$2-($C$3-$C$4)", Formula.minus(a, Formula.minus(b, d)).render(null, c::get));
        assertEquals("$C$2-$C$3-$C$4", Formula.minus(Formula.minus(a, b), d).render(null, c::get));
        assertEquals("$C$2/($C$3/$C$4)", Formula.div(a, Formula.div(b, d)).render(null, c::get));
        assertEquals("$C$2-$C$3/$C$4", Formula.minus(a, Formula.div(b, d)).render(null, c::get));
        // 730 - (365 - 219) = 584; 730 - 365 - 219 = 146
        Map<MetricId.Key, Double> v = values(calls, 730, days, 365, storm, 219);
        assertEquals(584.0, Formula.minus(a, Formula.minus(b, d)).evaluate(null, v::get));
        assertEquals(146.0, Formula.minus(Formula.minus(a, b), d).evaluate(null, v::get));
    }

    @Test
    void staffShareAddsThePayLinesThatAreThere() {
        MetricId.Key budget = MetricId.BUDGET.key();
        MetricId.Key officers = MetricId.BUDGET_LINE.key("officer_pay");
        MetricId.Key staff = MetricId.BUDGET_LINE.key("staff_pay");
        MetricId.Key pcso = MetricId.BUDGET_LINE.key("pcso_pay");
        MetricId.Key nonPay = MetricId.BUDGET_LINE.key("non_pay");
        Formula f = MetricId.STAFF_SHARE.formula();
        assertEquals("($C$3+$C$4+$C$5)/$C$2", f.render(null, cells(budget, officers, staff, pcso, nonPay)::get));
        // (150 + 60 + 10) / 275 = 0.8, the slides' 80%
        assertEquals(0.8, f.evaluate(null, k -> values(budget, 275e6, officers, 150e6, staff, 60e6, pcso, 10e6,
                nonPay, 55e6).getOrDefault(k, Double.NaN)), 1e-15);
        // A budget with no PCSO line: (150 + 60) / 250 = 0.84, over the two lines there are.
        assertEquals("($C$3+$C$4)/$C$2", f.render(null, cells(budget, officers, staff, nonPay)::get));
        assertEquals(0.84, f.evaluate(null, k -> values(budget, 250e6, officers, 150e6, staff, 60e6)
                .getOrDefault(k, Double.NaN)), 1e-15);
    }

    @Test
    void labelsAreFilledInOrderAndMustGetEveryValue() {
        assertEquals("Advice share of calls with a grading", MetricId.GRADING_SHARE.label("Advice"));
        assertEquals("Theft, p-value of the change year on year: no real change",
                MetricId.CRIME_YOY_P_VALUE.label("Theft", "no real change"));
        assertEquals("Change in recorded crime (rolling 12 months), %", MetricId.ROLLING12_CHANGE_SHARE.label());
        assertThrows(IllegalArgumentException.class, () -> MetricId.GRADING_SHARE.label());
        assertThrows(IllegalArgumentException.class, () -> MetricId.CALLS_TOTAL.label("extra"));
    }

    @Test
    void eachUnitOwnsItsNumberFormat() {
        assertEquals("0.0%", Unit.SHARE.format());
        assertEquals("#,##0.0", MetricId.CALLS_PER_DAY.unit().format());
        assertEquals("\"£\"#,##0", MetricId.BUDGET.unit().format());
        assertEquals("per day", MetricId.CRIME_PER_DAY.key("theft").unit().text());
    }
}
