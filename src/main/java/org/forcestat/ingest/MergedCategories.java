package org.forcestat.ingest;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;

/**
 * The MERGED_CATEGORY finding: rows of a combined crime type ("Burglary (all, not split)") that the
 * summary shows as their own group. A reader makes one a category a file; {@link #collapse} then makes
 * one a category for the whole run, with the rows, files and months added up: police.uk's download is
 * a file a month, and 15 months of it gave 30 findings on the Validation sheet that said the same thing.
 */
public final class MergedCategories {
    /** The rule id. */
    private static final String RULE = RuleId.MERGED_CATEGORY.id();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private MergedCategories() {
    }

    /** What a finding counted: {@code rows} rows of a combined type in {@code files} files over {@code first..last}. */
    public record Rows(long rows, int files, YearMonth first, YearMonth last) implements Finding.Tally {
        /** One file's rows. */
        public Rows(long rows, YearMonth first, YearMonth last) {
            this(rows, 1, first, last);
        }

        /** What the finding says of these rows of the combined type {@code label}. */
        public String message(String label) {
            String months = first.equals(last) ? MONTH.format(first) : MONTH.format(first) + " to " + MONTH.format(last);
            return String.format(Locale.UK, "%,d row(s)%s of %s are of the combined type \"%s\", which the source does "
                    + "not split into the summary's crime categories (such as theft from and of motor vehicles), so they "
                    + "are counted in the crime total and shown as their own group. Nothing to do: the crime charts give "
                    + "such a group's days beside its name.", rows, files > 1 ? " in " + files + " files" : "", months, label);
        }

        Rows plus(Rows o) {
            return new Rows(rows + o.rows, files + o.files, first.isBefore(o.first) ? first : o.first,
                    last.isAfter(o.last) ? last : o.last);
        }
    }

    /**
     * The findings with the MERGED_CATEGORY ones of the same category (and severity) made one: its rows added,
     * its files named (the first and how many more), its months from the first to the last. A suppressed
     * finding, or one that counted no {@link Rows}, is left as it is.
     */
    public static List<Finding> collapse(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (RULE.equals(f.rule()) && !f.suppressed() && f.tally() instanceof Rows) {
                groups.computeIfAbsent(f.severity() + "\u0000" + f.seen(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            List<Finding> group = RULE.equals(f.rule()) ? groups.get(f.severity() + "\u0000" + f.seen()) : null;
            if (group == null || !group.contains(f) || group.size() == 1) {
                out.add(f);
            } else if (group.get(0) == f) {
                out.add(combined(group));
            }
        }
        return out;
    }

    private static Finding combined(List<Finding> group) {
        Rows rows = null;
        List<String> names = new ArrayList<>();
        for (Finding f : group) {
            Rows r = (Rows) f.tally();
            rows = rows == null ? r : rows.plus(r);
            if (!names.contains(f.file())) {
                names.add(f.file());
            }
        }
        Finding f0 = group.get(0);
        // the first file and how many more: three names wrapped the Validation sheet's File column to 7 lines
        String file = names.size() <= 2 ? String.join(", ", names) : names.get(0) + " and " + (names.size() - 1) + " more";
        boolean oneSheet = group.stream().allMatch(f -> f.sheet().equals(f0.sheet()));
        boolean oneCell = group.stream().allMatch(f -> f.cell().equals(f0.cell()));
        return Finding.of(f0.severity(), RULE).at(file, oneSheet ? f0.sheet() : "", oneCell ? f0.cell() : "")
                .seen(f0.seen()).expected(f0.expected()).tally(rows).message(rows.message(f0.seen()));
    }
}
