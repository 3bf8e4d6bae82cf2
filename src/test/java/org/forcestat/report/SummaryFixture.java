package org.forcestat.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Finding;
import org.forcestat.model.Grading;
import org.forcestat.model.Kind;
import org.forcestat.model.Metric;
import org.forcestat.model.MetricId;
import org.forcestat.model.Severity;
import org.forcestat.model.SheetInfo;
import org.forcestat.model.SourceInfo;
import org.forcestat.stats.CallStats;
import org.forcestat.stats.CrimeStats;
import org.forcestat.stats.FinanceStats;
import org.forcestat.stats.Rolling12;
import org.forcestat.stats.RunInfo;
import org.forcestat.stats.Summary;

/** A small, hand-made Summary with the seed's figures where they fit: 61 days of calls, two months of crime. */
final class SummaryFixture {
    static final LocalDate FROM = LocalDate.of(2015, 4, 1);
    static final LocalDate TO = LocalDate.of(2015, 5, 31);
    static final long DAYS = 61;
    static final String FORMULA_MESSAGE = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private SummaryFixture() {
    }

    static RunInfo run() {
        return new RunInfo("Kent Police", "OFFICIAL", LocalDateTime.of(2016, 6, 14, 9, 30), "0.1.0",
                List.of("--force-name", "Kent Police"), "workbooks");
    }

    static Summary full() {
        return new Summary(run(), metrics(), calls(), crime(), finance(), findings(), sources(), null);
    }

    static Summary empty() {
        return new Summary(run(), List.of(), null, null, null, List.of(), List.of(), null);
    }

    static CallStats calls() {
        TreeMap<LocalDate, Long> daily = new TreeMap<>();
        TreeMap<YearMonth, Long> monthly = new TreeMap<>();
        long total = 0;
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            long n = 2200 + (d.getDayOfWeek().getValue() >= 5 ? 150 : 0) + (d.getDayOfMonth() * 7 % 60);
            daily.put(d, n);
            monthly.merge(YearMonth.from(d), n, Long::sum);
            total += n;
        }
        Map<Grading, Long> gradings = new EnumMap<>(Grading.class);
        gradings.put(Grading.IMMEDIATE, total * 13 / 100);
        gradings.put(Grading.HIGH, total * 23 / 100);
        gradings.put(Grading.APPOINTMENT, total * 7 / 100);
        gradings.put(Grading.CRIME_REPORT, total * 5 / 100);
        gradings.put(Grading.ADVICE, total - total * 48 / 100);
        Map<Channel, Long> channels = new EnumMap<>(Channel.class);
        channels.put(Channel.EMERGENCY, total / 3);
        channels.put(Channel.NON_EMERGENCY, total - total / 3 - 1000);
        channels.put(Channel.ONLINE, 1000L);
        long[][] hours = new long[7][24];
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                hours[d][h] = 200 + 40L * (h >= 8 && h <= 22 ? h - 6 : 0) + (d >= 4 ? 60 : 0);
            }
        }
        return new CallStats(FROM, TO, DAYS, total, gradings, channels, total * 65 / 100, daily, monthly, hours);
    }

    static CrimeStats crime() {
        Map<CrimeCategory, Double> perDay = new EnumMap<>(CrimeCategory.class);
        Map<CrimeCategory, Long> totals = new EnumMap<>(CrimeCategory.class);
        double[] seed = {15, 19, 89, 7, 81, 6, 3, 85};
        List<CrimeCategory> cats = CrimeCategory.seedCategories();
        double all = 0;
        for (int i = 0; i < cats.size(); i++) {
            perDay.put(cats.get(i), seed[i]);
            totals.put(cats.get(i), Math.round(seed[i] * DAYS));
            all += seed[i];
        }
        perDay.put(CrimeCategory.ASB, 136.0);
        totals.put(CrimeCategory.ASB, 136L * DAYS);
        TreeMap<YearMonth, Map<CrimeCategory, Long>> monthly = new TreeMap<>();
        for (YearMonth m : List.of(YearMonth.of(2015, 4), YearMonth.of(2015, 5))) {
            Map<CrimeCategory, Long> row = new EnumMap<>(CrimeCategory.class);
            for (int i = 0; i < cats.size(); i++) {
                row.put(cats.get(i), Math.round(seed[i] * m.lengthOfMonth()) + i);
            }
            row.put(CrimeCategory.ASB, 136L * m.lengthOfMonth());
            monthly.put(m, row);
        }
        List<Rolling12> rolling = List.of(
                new Rolling12("North", YearMonth.of(2015, 5), 34_000, YearMonth.of(2016, 5), 35_900),
                new Rolling12("West", YearMonth.of(2015, 5), 68_235, YearMonth.of(2016, 5), 71_364),
                new Rolling12("Kent", YearMonth.of(2015, 5), 102_235, YearMonth.of(2016, 5), 107_264));
        return new CrimeStats(FROM, TO, DAYS, all, perDay, totals, monthly, rolling);
    }

    static FinanceStats finance() {
        Map<BudgetCategory, Double> split = new LinkedHashMap<>();
        split.put(BudgetCategory.OFFICER_PAY, 160e6);
        split.put(BudgetCategory.STAFF_PAY, 52e6);
        split.put(BudgetCategory.PCSO_PAY, 8e6);
        split.put(BudgetCategory.NON_PAY, 55e6);
        List<FinanceStats.YearSavings> years = List.of(
                new FinanceStats.YearSavings("2016/17", 12e6, 11.5e6),
                new FinanceStats.YearSavings("2017/18", 11e6, 9e6),
                new FinanceStats.YearSavings("2018/19", 10e6, Double.NaN));
        return new FinanceStats(61e6, 33e6, 33e6, 4e6, years, split, 275e6, 0.8, 3238, 2359);
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(Severity.ERROR, "AUDIT_TYPED_TOTAL", "csr-savings.xlsx", "Savings", "F14", "61,000,000",
                        "=SUM(F4:F13)", "The total in F14 is typed, not a formula, and differs from the sum of its lines by £250,000."),
                new Finding(Severity.WARNING, "DATA_FORMULA_TEXT", "calls.csv", "calls", "H2", FORMULA_MESSAGE, "",
                        FORMULA_MESSAGE));
    }

    static List<SourceInfo> sources() {
        return List.of(
                new SourceInfo("calls.csv", "a".repeat(64), 123_456, Instant.parse("2016-06-01T10:00:00Z"), SourceInfo.Status.READ,
                        List.of(new SheetInfo("calls", Kind.CALLS, false, 1, 61, 0))),
                new SourceInfo("csr-savings.xlsx", "b".repeat(64), 23_456, Instant.parse("2016-05-20T08:15:00Z"), SourceInfo.Status.READ,
                        List.of(new SheetInfo("Savings", Kind.SAVINGS, false, 3, 12, 1),
                                new SheetInfo("Budget", Kind.BUDGET, true, 1, 5, 0))));
    }

    static List<Metric> metrics() {
        CallStats c = calls();
        String period = "01/04/2015 to 31/05/2015";
        List<Metric> m = new ArrayList<>();
        m.add(new Metric(MetricId.parse("calls.total"), "Calls received", c.total(), period, "calls.csv"));
        m.add(new Metric(MetricId.parse("calls.per_day"), "Calls per day", (double) c.total() / DAYS, period, "calls.csv"));
        m.add(new Metric(MetricId.parse("calls.999.per_day"), "999 calls per day", (double) c.channelTotals().get(Channel.EMERGENCY) / DAYS, period, "calls.csv"));
        m.add(new Metric(MetricId.parse("incidents.per_day"), "Incidents (STORM records) per day", (double) c.stormRecords() / DAYS, period, "calls.csv"));
        m.add(new Metric(MetricId.parse("calls.no_storm.share"), "Calls with no STORM record", 0.35, period, "calls.csv"));
        for (Grading g : Grading.values()) {
            long n = c.gradingTotals().get(g);
            m.add(new Metric(MetricId.parse("calls.grading." + g.id() + ".total"), g.label() + " calls", n, period, "calls.csv"));
            m.add(new Metric(MetricId.parse("calls.grading." + g.id() + ".share"), g.label() + " share", (double) n / c.total(),
                    period, "calls.csv"));
        }
        m.add(new Metric(MetricId.parse("asb.per_day"), "ASB incidents per day", 136, period, "crime.csv"));
        m.add(new Metric(MetricId.parse("crimes.per_day"), "Crimes per day", crime().crimesPerDay(), period, "crime.csv"));
        for (CrimeCategory cat : CrimeCategory.seedCategories()) {
            m.add(new Metric(MetricId.parse("crimes." + cat.id() + ".per_day"), cat.label() + " per day", crime().perDay().get(cat), period, "crime.csv"));
        }
        m.add(new Metric(MetricId.parse("crimes.rolling12.previous"), "Recorded crime, 12 months to May 2015", 102_235,
                "Jun 2014 to May 2015", "returns.xlsx"));
        m.add(new Metric(MetricId.parse("crimes.rolling12.current"), "Recorded crime, 12 months to May 2016", 107_264,
                "Jun 2015 to May 2016", "returns.xlsx"));
        m.add(new Metric(MetricId.parse("crimes.rolling12.change"), "Change in recorded crime", 5_029, "", "returns.xlsx"));
        m.add(new Metric(MetricId.parse("crimes.rolling12.change_share"), "Change in recorded crime (%)", 5_029.0 / 102_235, "",
                "returns.xlsx"));
        m.add(new Metric(MetricId.parse("crimes.rolling12.p_value"), "Year-on-year change p-value", 0.00012, "", "returns.xlsx"));
        m.add(new Metric(MetricId.parse("finance.savings_to_date"), "CSR savings to date", 61e6, "to 2016", "csr.xlsx"));
        m.add(new Metric(MetricId.parse("finance.savings_required"), "Savings required, next 3 years", 33e6, "2016/17 to 2018/19",
                "csr.xlsx"));
        m.add(new Metric(MetricId.parse("finance.budget"), "Total budget", 275e6, "2016/17", "budget.xlsx"));
        m.add(new Metric(MetricId.parse("finance.staff_share"), "Share of budget on staff", 0.8, "2016/17", "budget.xlsx"));
        m.add(new Metric(MetricId.parse("finance.officers"), "Police officer establishment", 3238, "2016/17", "facts.xlsx"));
        m.add(new Metric(MetricId.parse("finance.staff"), "Police staff establishment", 2359, "2016/17", "facts.xlsx"));
        m.add(new Metric(MetricId.parse("validation.errors"), "Validation errors", 1, "", "all inputs"));
        m.add(new Metric(MetricId.parse("validation.warnings"), "Validation warnings", 1, "", "all inputs"));
        return m;
    }
}
