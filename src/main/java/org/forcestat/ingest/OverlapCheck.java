package org.forcestat.ingest;

import org.forcestat.model.CallCounts;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.CrimeCounts;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * After merging, says where two sources of the same kind counted the same days (SPEC §3): the
 * finer-grained one was used for those days and the other was not added to it.
 */
public final class OverlapCheck {
    private OverlapCheck() {
    }

    /** Adds one warning per overlap found in the merged partial, and a note when police.uk's files are of several forces. */
    public static void report(Partial merged) {
        if (merged.forces().size() > 1) {
            // Deliberate for a region's summary; a wrong download for one force's: either way, said.
            java.util.List<String> each = new java.util.ArrayList<>();
            merged.forces().forEach((force, files) -> each.add(force + " (" + files.size() + " file"
                    + (files.size() == 1 ? "" : "s") + ")"));
            String first = merged.forces().values().iterator().next().iterator().next();
            merged.addFinding(Finding.of(Severity.INFO, RuleId.POLICE_UK_FORCES).at(first, "", "")
                    .seen(merged.forces().size() + " forces").expected("the force's own files")
                    .message("The police.uk files are of " + merged.forces().size() + " forces, and their crimes are "
                            + "added together: " + String.join(", ", each) + ". If the summary is of one force, "
                            + "take the other forces' files out of the folder."));
        }
        for (CallCounts.Overlap o : merged.calls().overlaps()) {
            String notUsed = String.join(", ", o.notUsed());
            String used = String.join(", ", o.used());
            merged.addFinding(Finding.of(Severity.WARNING, RuleId.SOURCE_OVERLAP).at(notUsed, "", "")
                    .seen(String.format("%,d day(s), %s to %s", o.days().size(), Text.day(o.days().first()),
                            Text.day(o.days().last())))
                    .expected("each day's calls from one source")
                    .message(String.format("Calls for %,d day(s) from %s to %s are in both one-row-per-call records (%s) and "
                            + "per-day counts (%s). The records were used for those days and the per-day counts "
                            + "were not added, so no call is counted twice. Remove one of the sources, or keep "
                            + "them to different periods, if that is not what you meant.",
                            o.days().size(), Text.day(o.days().first()), Text.day(o.days().last()), used, notUsed)));
        }
        for (CallCounts.Overlap o : merged.calls().monthOverlaps()) {
            String notUsed = String.join(", ", o.notUsed());
            String span = months(monthsOf(o.days()));
            if (merged.calls().monthsAgree(o)) {
                // A summary of the daily data (a workbook's total sheet over its month sheets): nothing to put right.
                merged.addFinding(Finding.of(Severity.INFO, RuleId.SOURCE_OVERLAP).at(notUsed, "", "")
                        .seen(span).expected("each month's calls from one source")
                        .message(String.format("The monthly figures (%s) for %s agree with the per-day or one-row-per-call "
                                + "data (%s), month by month: they repeat it. The daily data was counted, the monthly "
                                + "figures were not added. Nothing to do.", notUsed, span, String.join(", ", o.used()))));
                continue;
            }
            merged.addFinding(Finding.of(Severity.WARNING, RuleId.SOURCE_OVERLAP).at(notUsed, "", "")
                    .seen(span)
                    .expected("each month's calls from one source")
                    .message(String.format("Calls for %s are in both monthly figures (%s) and "
                            + "per-day or one-row-per-call data (%s). The daily data was used for %s and "
                            + "the monthly figures were not added, so no call is counted twice. Remove one of the "
                            + "sources, or keep them to different periods, if that is not what you meant.",
                            span, notUsed, String.join(", ", o.used()), those(o.days().size()))));
        }
        for (CallCounts.Repeated o : merged.calls().sameGrainOverlaps()) {
            boolean months = o.grain() == CallCounts.Grain.MONTH;
            String span = months ? months(monthsOf(o.dates()))
                    : String.format("%,d day(s), %s to %s", o.dates().size(), Text.day(o.dates().first()),
                            Text.day(o.dates().last()));
            merged.addFinding(Finding.of(Severity.WARNING, RuleId.SOURCE_OVERLAP).at(o.notUsed(), "", "")
                    .seen(String.format("%s: %,d calls in %s, %,d in %s", span, o.usedTotal(), o.used(), o.notUsedTotal(),
                            o.notUsed()))
                    .expected("each " + (months ? "month's" : "day's") + " calls from one source")
                    .message(String.format("Calls for %s are in two %s sources: %s (%,d calls) and %s (%,d calls). "
                            + "Only %s was used for them and %s was not added, so no call is counted twice; its "
                            + "other %s were still used. Remove one of the files, or keep them to different periods, "
                            + "if that is not what you meant.", span, months ? "monthly" : "per-day", o.used(),
                            o.usedTotal(), o.notUsed(), o.notUsedTotal(), o.used(), o.notUsed(),
                            months ? "months" : "days")));
        }
        for (CrimeCounts.Overlap o : merged.crimes().overlaps()) {
            merged.addFinding(crimes(o));
        }
    }

    /**
     * The warning for two grains of crime source counting the same months: which was used, which was
     * not added, what each counts for those months (so a gap between, say, police.uk and recorded
     * crime is seen), and the categories still taken from the other because the one used lacks them.
     */
    static Finding crimes(CrimeCounts.Overlap o) {
        String used = o.usedGrain().description() + " (" + list(o.used()) + ")";
        String notUsed = o.notUsedGrain().description() + " (" + list(o.notUsed()) + ")";
        String months = months(o.months());
        String those = those(o.months().size());
        StringBuilder m = new StringBuilder(String.format("Crimes for %s are in both %s and %s. The %s were used "
                + "for %s and the %s were not added, so no crime is counted twice (the finer source comes first: "
                + "daily data, then monthly recorded crime, then police.uk).", months, used, notUsed,
                o.usedGrain().description(), those, o.notUsedGrain().description()));
        if (o.usedCrimes() != o.notUsedCrimes()) {
            m.append(String.format(" For %s the %s count %,d crimes and the %s %,d.", those,
                    o.usedGrain().description(), o.usedCrimes(), o.notUsedGrain().description(), o.notUsedCrimes()));
        }
        if (!o.kept().isEmpty()) {
            m.append(" ").append(capital(names(o.kept()))).append(o.kept().size() == 1 ? " is" : " are")
                    .append(" still taken from the ").append(o.notUsedGrain().description())
                    .append(", as the ").append(o.usedGrain().description()).append(" have none.");
        }
        m.append(" Remove one of the sources, or keep them to different periods, if that is not what you meant.");
        return Finding.of(Severity.WARNING, RuleId.SOURCE_OVERLAP).at(list(o.notUsed()), "", "")
                .seen(String.format("%s: %,d crimes in %s, %,d in %s", months, o.usedCrimes(), list(o.used()),
                        o.notUsedCrimes(), list(o.notUsed())))
                .expected("each month's crimes from one source")
                .message(m.toString());
    }

    /** "May 2016", "the 3 months Oct 2018 to Dec 2018", or "21 months between Apr 2017 and Mar 2019" (with gaps). */
    static String months(java.util.NavigableSet<java.time.YearMonth> months) {
        java.time.YearMonth first = months.first();
        java.time.YearMonth last = months.last();
        if (months.size() == 1) {
            return Text.month(first);
        }
        long span = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        return span == months.size()
                ? String.format("the %d months %s to %s", months.size(), Text.month(first), Text.month(last))
                : String.format("%d months between %s and %s", months.size(), Text.month(first), Text.month(last));
    }

    /** "that month" or "those months". */
    private static String those(int months) {
        return months == 1 ? "that month" : "those months";
    }

    /** The months of a set of days (a monthly source's days are the first of each month). */
    private static java.util.NavigableSet<java.time.YearMonth> monthsOf(java.util.Collection<java.time.LocalDate> days) {
        java.util.TreeSet<java.time.YearMonth> out = new java.util.TreeSet<>();
        days.forEach(d -> out.add(java.time.YearMonth.from(d)));
        return out;
    }

    /** Up to three file names, then how many more: 24 monthly downloads would fill the sheet. */
    private static String list(java.util.List<String> files) {
        return files.size() <= 3 ? String.join(", ", files)
                : String.join(", ", files.subList(0, 3)) + " and " + (files.size() - 3) + " more";
    }

    private static String names(java.util.Set<CrimeCategory> kept) {
        java.util.List<String> out = new java.util.ArrayList<>();
        kept.forEach(c -> out.add(c.label().toLowerCase(java.util.Locale.UK)));
        return String.join(", ", out);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
