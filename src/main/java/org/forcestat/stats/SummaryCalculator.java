package org.forcestat.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.forcestat.model.Fact;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.MetricId;
import org.forcestat.model.Partial;
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
        if (crime != null && crime.from() != null) {
            partlyCovered("crime", new Period(crime.from(), crime.to()), crime.days(), findings);
        }
        if (calls != null) {
            partlyCovered("calls", new Period(calls.from(), calls.to()), calls.days(), findings);
        }
        FinanceStats finance = FinanceCalculator.compute(merged.finance(), findings);

        Metrics m = new Metrics();
        CallStatsCalculator.metrics(calls, m, sources(merged.sources(), Kind.CALLS), merged.calls());
        CrimeStatsCalculator.metrics(crime, m, sources(merged.sources(), Kind.CRIMES),
                merged.crimeTotals().isEmpty() ? sources(merged.sources(), Kind.CRIMES)
                        : sources(merged.sources(), Kind.CRIME_TOTALS));
        TrendStats trends = TrendCalculator.compute(merged, calls, crime);
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
            findings.add(Finding.of(Severity.WARNING, "PERIOD_PARTLY_COVERED").at("", "", "")
                    .seen(covered + " of " + p.days() + " days").expected("data for the whole period")
                    .message("The " + what + " figures cover " + p + ", but the inputs have " + what + " data for only "
                            + covered + " of those days, so the per-day figures describe those days alone. "
                            + "Check the sources are the ones meant, or choose the period with --from and --to."));
        }
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
