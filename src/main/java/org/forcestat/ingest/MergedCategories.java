package org.forcestat.ingest;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern PARTS = Pattern.compile(
            "(?:^|: )([\\d,]+) row\\(s\\)(?: in (\\d+) files)? of ([A-Z][a-z]{2,3} \\d{4})(?: to ([A-Z][a-z]{2,3} \\d{4}))? are");

    private MergedCategories() {
    }

    /** What a finding says of {@code rows} rows of the combined type {@code label} over the months {@code first..last}. */
    public static String message(long rows, String label, YearMonth first, YearMonth last) {
        return message(rows, 1, label, first, last);
    }

    private static String message(long rows, int files, String label, YearMonth first, YearMonth last) {
        String months = first.equals(last) ? MONTH.format(first) : MONTH.format(first) + " to " + MONTH.format(last);
        return String.format(Locale.UK, "%,d row(s)%s of %s are of the combined type \"%s\", which the source does not "
                + "split into the summary's crime categories (such as theft from and of motor vehicles), so they are "
                + "counted in the crime total and shown as their own group. Nothing to do: the crime charts give such a "
                + "group's days beside its name.", rows, files > 1 ? " in " + files + " files" : "", months, label);
    }

    /**
     * The findings with the MERGED_CATEGORY ones of the same category (and severity) made one: its rows added,
     * its files named (the first and how many more), its months from the first to the last. A suppressed
     * finding, or one whose message is not of {@link #message}'s form, is left as it is.
     */
    public static List<Finding> collapse(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (RULE.equals(f.rule()) && !f.suppressed() && PARTS.matcher(f.message()).find()) {
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
        long rows = 0;
        int files = 0;
        YearMonth first = null;
        YearMonth last = null;
        List<String> names = new ArrayList<>();
        for (Finding f : group) {
            Matcher m = PARTS.matcher(f.message());
            m.find();
            rows += Long.parseLong(m.group(1).replace(",", ""));
            files += m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            YearMonth from = YearMonth.parse(m.group(3), MONTH);
            YearMonth to = m.group(4) == null ? from : YearMonth.parse(m.group(4), MONTH);
            first = first == null || from.isBefore(first) ? from : first;
            last = last == null || to.isAfter(last) ? to : last;
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
                .seen(f0.seen()).expected(f0.expected()).message(message(rows, files, f0.seen(), first, last));
    }
}
