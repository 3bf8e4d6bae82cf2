package org.forcestat.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.forcestat.model.Fact;
import org.forcestat.model.FinanceData;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.MetricId;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;

/** Computes every figure of the summary once, from the merged partial aggregate. */
public final class SummaryCalculator {
    private static final java.util.Set<MetricId> VALIDATION = java.util.EnumSet.of(MetricId.VALIDATION_ERRORS,
            MetricId.VALIDATION_WARNINGS, MetricId.VALIDATION_INFO);

    private SummaryCalculator() {
    }

    /**
     * @param from optional start of the reporting period (--from), or null
     * @param to optional end of the reporting period (--to), or null
     */
    public static Summary compute(Partial merged, RunInfo run, LocalDate from, LocalDate to) {
        List<Finding> findings = new ArrayList<>(merged.findings());
        CallStats calls = CallStatsCalculator.compute(merged.calls(), from, to);
        CrimeStats crime = CrimeStatsCalculator.compute(merged.crimes(), merged.crimeTotals(), from, to);
        Period callSpan = CallStatsCalculator.span(merged.calls());
        Period crimeSpan = merged.crimes().coveredDays().isEmpty() ? null
                : new Period(merged.crimes().coveredDays().first(), merged.crimes().coveredDays().last());
        boolean callsOutside = callSpan != null && calls == null;
        boolean crimeOutside = crimeSpan != null && (crime == null || crime.from() == null);
        if (from != null || to != null) {
            noDataAtAll(merged, calls, crime, callSpan, crimeSpan, from, to);
        }
        if (crime != null && crime.from() != null) {
            partlyCovered("crime", new Period(crime.from(), crime.to()), crime.days(), findings);
            partlyAsked("crime", "recorded crime", crimeSpan, new Period(crime.from(), crime.to()), from, to, findings);
        }
        if (calls != null) {
            partlyCovered("calls", new Period(calls.from(), calls.to()), calls.days(), findings);
            partlyAsked("calls", "calls", callSpan, new Period(calls.from(), calls.to()), from, to, findings);
        }
        if (callsOutside) {
            findings.add(outside("calls", "calls", callSpan, from, to));
        }
        if (crimeOutside) {
            findings.add(outside("crime", "recorded crime", crimeSpan, from, to));
        }
        FinanceStats finance = FinanceCalculator.compute(merged.finance(), findings, from, to);

        Metrics m = new Metrics();
        CallStatsCalculator.metrics(calls, m, sources(merged.sources(), Kind.CALLS), merged.calls());
        CrimeStatsCalculator.metrics(crime, m, sources(merged.sources(), Kind.CRIMES),
                merged.crimeTotals().isEmpty() ? sources(merged.sources(), Kind.CRIMES)
                        : sources(merged.sources(), Kind.CRIME_TOTALS), merged.crimes());
        String rollingCut = CrimeStatsCalculator.rollingCutByPeriod(merged.crimes(), merged.crimeTotals(), from, to);
        if (rollingCut != null) {
            // The inputs have the months, the period leaves them out: said, not "not in these inputs" alone.
            m.absent(MetricId.ROLLING12_CURRENT.key(), Period.asked(from, to), merged.crimeTotals().isEmpty()
                    ? sources(merged.sources(), Kind.CRIMES) : sources(merged.sources(), Kind.CRIME_TOTALS), rollingCut,
                    "the period's end");
        }
        if (callsOutside) {
            absentCalls(m, callSpan, from, to, sources(merged.sources(), Kind.CALLS));
        }
        if (crimeOutside) {
            absentCrime(m, crimeSpan, from, to, sources(merged.sources(), Kind.CRIMES));
        }
        TrendStats trends = TrendCalculator.compute(merged, calls, crime, from, to);
        TrendCalculator.metrics(trends, m, sources(merged.sources(), Kind.CALLS), sources(merged.sources(), Kind.CRIMES),
                merged.crimeTotals().isEmpty() ? sources(merged.sources(), Kind.CRIMES)
                        : sources(merged.sources(), Kind.CRIME_TOTALS));
        FinanceCalculator.metrics(finance, m, sources(merged.sources(), Kind.SAVINGS, Kind.BUDGET, Kind.FACTS));
        validationMetrics(findings, m);

        RunInfo info = run;
        if (run.forceName() == null || run.forceName().isBlank()) {
            var fv = merged.finance().facts().get(Fact.FORCE_NAME);
            // no name at all stays null: the report gives a neutral title, never "the force: ..."
            String name = fv != null && fv.value() instanceof String s && !s.isBlank() ? s : null;
            info = new RunInfo(name, run.marking(), run.generatedAt(), run.toolVersion(), run.options(), run.inputFolder());
        }
        return new Summary(info, m.list(), calls, crime, finance, findings, merged.sources(), trends, m.absent());
    }

    /**
     * A headline period that the data covers less than nine-tenths of (sources far apart in time,
     * say a year of daily crime and a later month from police.uk) gives per-day figures for the
     * covered days only; the analyst is told, and how to choose the period.
     */
    private static void partlyCovered(String what, Period p, long covered, List<Finding> findings) {
        if (covered * 10 < p.days() * 9) {
            findings.add(Finding.of(Severity.WARNING, RuleId.PERIOD_PARTLY_COVERED).at("", "", "")
                    .seen(covered + " of " + p.days() + " days").expected("data for the whole period")
                    .message("The " + what + " figures cover " + p + ", but the inputs have " + what + " data for only "
                            + covered + " of those days, so the per-day figures describe those days alone. "
                            + "Check the sources are the ones meant, or choose the period with --from and --to."));
        }
    }

    /**
     * Throws {@link NoDataInPeriod} when the period asked for holds none of the dated data and there
     * is nothing else (finance) to summarise: a workbook of absent figures would only hide the mistake.
     */
    private static void noDataAtAll(Partial merged, CallStats calls, CrimeStats crime, Period callSpan,
                                    Period crimeSpan, LocalDate from, LocalDate to) {
        boolean totalsInPeriod = merged.crimeTotals().forceMonthly().keySet().stream()
                .anyMatch(ym -> (from == null || !ym.atEndOfMonth().isBefore(from)) && (to == null || !ym.atDay(1).isAfter(to)));
        FinanceData f = merged.finance();
        boolean finance = !f.savings().isEmpty() || !f.budget().isEmpty() || !f.facts().isEmpty();
        if (calls != null || crime != null && crime.from() != null || totalsInPeriod || finance) {
            return;
        }
        List<String> covers = new ArrayList<>();
        if (callSpan != null) {
            covers.add("the calls cover " + callSpan.dates());
        }
        if (crimeSpan != null) {
            covers.add("the recorded crime covers " + crimeSpan.dates());
        }
        if (!merged.crimeTotals().isEmpty()) {
            var months = merged.crimeTotals().forceMonthly();
            covers.add("the crime totals cover " + org.forcestat.model.Text.month(months.firstKey()) + " to "
                    + org.forcestat.model.Text.month(months.lastKey()));
        }
        if (covers.isEmpty()) {
            return; // no dated data: the period has nothing to choose from (finance, threats alone)
        }
        throw new NoDataInPeriod("the period " + Period.asked(from, to) + " (--from/--to) holds none of the data: "
                + String.join("; ", covers) + ". Choose dates within those, or leave out --from and --to for the"
                + " latest 12 months.");
    }

    /** The finding for a kind of data the period asked for holds none of. */
    private static Finding outside(String what, String name, Period span, LocalDate from, LocalDate to) {
        return Finding.of(Severity.WARNING, RuleId.PERIOD_OUTSIDE_DATA).at("", "", "")
                .seen("the " + name + " data covers " + span.dates()).expected(what + " data " + Period.asked(from, to))
                .message("The period " + Period.asked(from, to) + " holds none of the " + name + " data, which covers "
                        + span.dates() + ". The " + what + " figures are left out (\"not in these inputs\")."
                        + " To see them, choose --from and --to within " + span.dates() + ".");
    }

    /**
     * The finding for a period asked for that reaches beyond the data of a kind, or cuts months that
     * only a monthly source gives: its figures cover only {@code used}, and the reader is told which
     * part, not left to think the whole.
     */
    private static void partlyAsked(String what, String name, Period span, Period used, LocalDate from, LocalDate to,
                                    List<Finding> findings) {
        if (from == null && to == null) {
            return;
        }
        boolean early = from != null && from.isBefore(span.from());
        boolean late = to != null && to.isAfter(span.to());
        LocalDate f = early || from == null ? span.from() : from;
        LocalDate t = late || to == null ? span.to() : to;
        boolean cut = !used.from().equals(f) || !used.to().equals(t);
        if (!early && !late && !cut) {
            return;
        }
        String why = early || late ? "the " + name + " data covers " + span.dates()
                : "the " + name + " data is by month, and a month the period cuts is left out";
        findings.add(Finding.of(Severity.WARNING, RuleId.PERIOD_PARTLY_COVERED).at("", "", "")
                .seen("the " + name + " data covers " + span.dates()).expected(what + " data " + Period.asked(from, to))
                .message("The period asked for is " + Period.asked(from, to) + ", but " + why + ", so the " + what
                        + " figures are for " + used + " only."
                        + (cut && (early || late) ? " A month the period cuts is left out, as the data is by month." : "")));
    }

    /** The headline calls figures, absent with why: the period holds none of the calls. */
    private static void absentCalls(Metrics m, Period span, LocalDate from, LocalDate to, String source) {
        String why = "the calls data covers " + span.dates() + ", none of the period " + Period.asked(from, to);
        String period = Period.asked(from, to);
        m.absent(MetricId.CALLS_TOTAL.key(), period, source, why);
        m.absent(MetricId.CALLS_PER_DAY.key(), period, source, why, "");
        for (MetricId id : List.of(MetricId.CALLS_999_PER_DAY, MetricId.INCIDENTS_PER_DAY, MetricId.CALLS_NO_STORM_SHARE)) {
            m.absent(id.key(), period, source, why);
        }
        for (org.forcestat.model.Grading g : org.forcestat.model.Grading.values()) {
            m.absent(MetricId.GRADING_TOTAL.key(g.id()), period, source, why, g.label());
        }
    }

    /** The headline crime figures, absent with why: the period holds none of the crimes by day or month. */
    private static void absentCrime(Metrics m, Period span, LocalDate from, LocalDate to, String source) {
        String why = "the recorded crime data covers " + span.dates() + ", none of the period " + Period.asked(from, to);
        String period = Period.asked(from, to);
        m.absent(MetricId.CRIMES_TOTAL.key(), period, source, why);
        m.absent(MetricId.CRIMES_PER_DAY.key(), period, source, why, "");
        for (org.forcestat.model.CrimeCategory c : org.forcestat.model.CrimeCategory.seedCategories()) {
            m.absent(MetricId.CRIME_PER_DAY.key(c.id()), period, source, why, c.label());
            m.absent(MetricId.CRIME_TOTAL.key(c.id()), period, source, why, c.label());
        }
        m.absent(MetricId.ASB_PER_DAY.key(), period, source, why);
    }

    /** The summary with more findings (e.g. the threat stage's), its validation counts updated. */
    public static Summary withFindings(Summary s, List<Finding> more) {
        List<Finding> findings = new ArrayList<>(s.findings());
        findings.addAll(more);
        Metrics m = new Metrics();
        s.metrics().stream().filter(x -> !VALIDATION.contains(x.key().id())).forEach(m::add);
        validationMetrics(findings, m);
        return new Summary(s.run(), m.list(), s.calls(), s.crime(), s.finance(), findings, s.sources(), s.trends(),
                s.absent());
    }

    private static void validationMetrics(List<Finding> findings, Metrics m) {
        long[] n = new long[Severity.values().length];
        findings.stream().filter(f -> !f.suppressed()).forEach(f -> n[f.severity().ordinal()]++);
        m.add(MetricId.VALIDATION_ERRORS.key(), n[Severity.ERROR.ordinal()], "this run", "all inputs");
        m.add(MetricId.VALIDATION_WARNINGS.key(), n[Severity.WARNING.ordinal()], "this run", "all inputs");
        m.add(MetricId.VALIDATION_INFO.key(), n[Severity.INFO.ordinal()], "this run", "all inputs");
    }

    /** The names of the files with a sheet of one of these kinds, comma-separated. */
    static String sources(List<SourceInfo> sources, Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        Set<String> names = new LinkedHashSet<>();
        for (SourceInfo s : sources) {
            if (s.sheets().stream().anyMatch(sh -> wanted.contains(sh.kind()))) {
                names.add(s.file());
            }
        }
        return String.join(", ", names);
    }
}
