package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.Severity;

/**
 * A savings sheet that totals the others: a tracker's "Programme total" sheet (or file) with one line a
 * directorate, each line the total of that directorate's sheet ({@code ='Local Policing'!D7}, or the same
 * figures typed). Its lines are the programme again, so they are not added: counted, they doubled the
 * savings to date and planned. Found by the figures, not the words or formulas, so a values-only copy and a
 * summary kept in a file of its own are found too.
 */
public final class SavingsSummaries {
    private SavingsSummaries() {
    }

    /** The figures of a line, or of a sheet's lines added up: "p 2024/25" and "a 2023/24" to pounds. */
    private static Map<String, Double> figures(List<SavingsLine> lines) {
        Map<String, Double> out = new TreeMap<>();
        for (SavingsLine l : lines) {
            l.planned().forEach((y, v) -> out.merge("p " + y, v, Double::sum));
            l.achieved().forEach((y, v) -> out.merge("a " + y, v, Double::sum));
        }
        return out;
    }

    private static boolean same(Map<String, Double> a, Map<String, Double> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        boolean any = false;
        for (String k : keys) {
            double x = a.getOrDefault(k, 0.0);
            double y = b.getOrDefault(k, 0.0);
            // amounts are pounds from £m with one decimal: a penny's rounding, never a real difference
            if (Math.abs(x - y) > Math.max(1.0, 1e-9 * Math.abs(x))) {
                return false;
            }
            any |= x != 0;
        }
        return any;
    }

    /** Takes out of {@code merged} the savings lines of every sheet that only totals other sheets, with a note each. */
    public static void remove(Partial merged) {
        Map<String, List<SavingsLine>> sheets = new LinkedHashMap<>();
        for (SavingsLine l : merged.finance().savings()) {
            if (l.source() != null) {
                sheets.computeIfAbsent(l.source().file() + "\u0000" + l.source().sheet(), k -> new ArrayList<>()).add(l);
            }
        }
        if (sheets.size() < 3) {
            return;
        }
        Map<String, Map<String, Double>> totals = new LinkedHashMap<>();
        sheets.forEach((k, lines) -> totals.put(k, figures(lines)));
        Set<String> summaries = new HashSet<>();
        List<Finding> notes = new ArrayList<>();
        for (Map.Entry<String, List<SavingsLine>> s : sheets.entrySet()) {
            List<SavingsLine> lines = s.getValue();
            if (lines.size() < 2) {
                continue;
            }
            // each line the total of a different other sheet
            List<String> of = new ArrayList<>();
            for (SavingsLine l : lines) {
                Map<String, Double> f = figures(List.of(l));
                String match = null;
                for (Map.Entry<String, Map<String, Double>> t : totals.entrySet()) {
                    if (!t.getKey().equals(s.getKey()) && !of.contains(t.getKey()) && !summaries.contains(t.getKey())
                            && same(f, t.getValue())) {
                        match = t.getKey();
                        break;
                    }
                }
                if (match == null) {
                    of = null;
                    break;
                }
                of.add(match);
            }
            if (of == null) {
                continue;
            }
            summaries.add(s.getKey());
            SavingsLine first = lines.get(0);
            List<String> names = of.stream().map(SavingsSummaries::name).toList();
            notes.add(Finding.of(Severity.INFO, RuleId.SAVINGS_SUMMARY_SHEET)
                    .at(first.source().file(), first.source().sheet(), "")
                    .seen(lines.size() + " lines, each another sheet's total").expected("savings schemes")
                    .message(String.format("Sheet '%s' of %s lists the totals of the other savings sheets, line by line "
                            + "(%s): it is their summary, so its %d lines were not added again.", first.source().sheet(),
                            first.source().file(), String.join("; ", names), lines.size())));
        }
        if (summaries.isEmpty()) {
            return;
        }
        merged.finance().retainSavings(l -> l.source() == null
                || !summaries.contains(l.source().file() + "\u0000" + l.source().sheet()));
        notes.forEach(merged::addFinding);
    }

    /** "sheet 'Local Policing'" of the same file, or "Savings - Local Policing.xlsx, sheet '...'" of another. */
    private static String name(String key) {
        int cut = key.indexOf('\u0000');
        return key.substring(0, cut) + ", sheet '" + key.substring(cut + 1) + "'";
    }
}
