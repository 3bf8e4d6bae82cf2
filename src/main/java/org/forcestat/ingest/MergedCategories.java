package org.forcestat.ingest;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;

/**
 * The MERGED_CATEGORY finding: rows of a combined crime type ("Burglary (all, not split)") that the
 * summary shows as their own group. A reader makes one a category a file; {@link #collapse} then makes
 * one a category for the whole run, with the rows, files and months added up: police.uk's download is
 * a file a month, and 15 months of it gave 30 findings on the Validation sheet that said the same thing.
 */
public final class MergedCategories {
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
        return RunFindings.byTally(findings, RuleId.MERGED_CATEGORY, Rows.class, MergedCategories::combined);
    }

    private static Finding combined(List<Finding> group) {
        Rows rows = null;
        for (Finding f : group) {
            Rows r = (Rows) f.tally();
            rows = rows == null ? r : rows.plus(r);
        }
        return RunFindings.one(group).tally(rows).message(rows.message(group.get(0).seen()));
    }
}
