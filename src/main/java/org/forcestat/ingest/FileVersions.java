package org.forcestat.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.forcestat.model.BudgetLine;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.SavingsLine;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;

/**
 * Two versions of one finance workbook in the folder: "CSR savings plan.xlsx" and "CSR savings plan (1).xlsx"
 * (a second download), "... - Copy.xlsx" (Windows' copy), "Copy of ...". A byte-for-byte copy is read once
 * already ({@link FileCopies}); a copy someone changed a cell in is another version of the same plan or
 * budget, not a second one: added, it doubled the savings and the budget with exit 0. Only one version's
 * savings and budget lines are counted — the one modified last, or, modified in the same second, the one
 * without the copy mark — and a warning names both, since only the user knows which is right. Calls and
 * crime are not touched: a record repeated in another file is counted once by its key already.
 */
public final class FileVersions {
    /** A copy mark at the end of a name (before the extension) or "Copy of " at its start. */
    private static final Pattern MARK = Pattern.compile(
            "(?i)^(?:copy (?:\\(\\d+\\) )?of )|(?:\\s*-\\s*copy(?:\\s*\\(\\d+\\))?|\\s*\\(\\d+\\)|\\s+copy(?:\\s*\\d+)?)$");

    private FileVersions() {
    }

    /** The name without its extension and copy marks, lower case: equal for versions of one workbook. */
    static String stem(String file) {
        int dot = file.lastIndexOf('.');
        String s = dot > 0 ? file.substring(0, dot) : file;
        String before;
        do {
            before = s;
            s = MARK.matcher(s).replaceAll("").trim();
        } while (!s.equals(before));
        return s.toLowerCase(Locale.ROOT) + (dot > 0 ? file.substring(dot).toLowerCase(Locale.ROOT) : "");
    }

    private static boolean marked(String file) {
        return !stem(file).equals(file.toLowerCase(Locale.ROOT));
    }

    /** Keeps one version's finance lines of each set of versions in {@code merged}, with a warning for each set. */
    public static void keepOne(Partial merged) {
        // what each file counted, by sheet: a sheet of the kept version that repeated the other's, cell for cell,
        // was skipped (DUPLICATE_SHEET) and is counted from the other version, so that one is not dropped
        Map<String, Set<String>> sheetsOf = new LinkedHashMap<>();
        merged.finance().savings().forEach(l -> note(sheetsOf, l.source()));
        merged.finance().budget().forEach(l -> note(sheetsOf, l.source()));
        Map<String, List<SourceInfo>> byStem = new LinkedHashMap<>();
        for (SourceInfo s : merged.sources()) {
            if (s.status() == SourceInfo.Status.READ && sheetsOf.containsKey(s.file())) {
                byStem.computeIfAbsent(stem(s.file()), k -> new ArrayList<>()).add(s);
            }
        }
        Set<String> dropped = new TreeSet<>();
        for (List<SourceInfo> versions : byStem.values()) {
            if (versions.size() < 2) {
                continue;
            }
            SourceInfo kept = versions.get(0);
            for (SourceInfo v : versions) {
                if (later(v, kept)) {
                    kept = v;
                }
            }
            List<String> others = new ArrayList<>();
            Set<String> keptSheets = sheetsOf.getOrDefault(kept.file(), Set.of());
            for (SourceInfo v : versions) {
                if (v != kept) {
                    others.add(v.file());
                    for (String sheet : sheetsOf.getOrDefault(v.file(), Set.of())) {
                        if (keptSheets.contains(sheet)) {
                            dropped.add(v.file() + "\u0000" + sheet);
                        }
                    }
                }
            }
            boolean byTime = !sameSecond(versions);
            merged.addFinding(Finding.of(Severity.WARNING, RuleId.FILE_VERSIONS).at(RunFindings.named(others), "", "")
                    .seen(versions.size() + " versions of " + kept.file()).expected("one version of each workbook")
                    .message(String.format("%s and %s look like versions of one workbook (the same name but for a copy "
                            + "mark) with different figures, so only %s was counted (%s). Adding both would count the "
                            + "plan or budget twice. If the other version is the right one, move this one out of the "
                            + "folder.", String.join(", ", others), kept.file(), kept.file(),
                            byTime ? "the one saved last" : "saved at the same time: the one without the copy mark")));
        }
        if (dropped.isEmpty()) {
            return;
        }
        merged.finance().retainSavings((SavingsLine l) -> !dropped.contains(key(l.source())));
        merged.finance().retainBudget((BudgetLine l) -> !dropped.contains(key(l.source())));
    }

    private static String key(org.forcestat.model.CellRef at) {
        return at == null ? "" : at.file() + "\u0000" + at.sheet();
    }

    private static void note(Map<String, Set<String>> sheetsOf, org.forcestat.model.CellRef at) {
        if (at != null) {
            sheetsOf.computeIfAbsent(at.file(), k -> new TreeSet<>()).add(at.sheet());
        }
    }

    /** True when {@code a} is the version to keep rather than {@code b}: saved later, else not marked as a copy. */
    private static boolean later(SourceInfo a, SourceInfo b) {
        Instant ta = a.modified();
        Instant tb = b.modified();
        if (ta != null && tb != null && ta.getEpochSecond() != tb.getEpochSecond()) {
            return ta.isAfter(tb);
        }
        return marked(b.file()) && !marked(a.file());
    }

    private static boolean sameSecond(List<SourceInfo> versions) {
        return versions.stream().map(v -> v.modified() == null ? -1 : v.modified().getEpochSecond()).distinct().count() == 1;
    }
}
