package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forcestat.format.CellAddress;
import org.forcestat.model.Grading;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * Which of a call export's grading columns is read when it has more than one, by their header words and
 * never by which is further left. A command-and-control export often has the grade given when the call
 * came in ("Initial Grade", "Opening Priority") and the grade it closed on ("Final Grade", "Closing
 * Priority", "Current Grade"). Calls are counted by the final grade, as the control room's own returns
 * and its monthly tables by grade count them (an incident regraded after more was learned counts at the
 * grade it turned out to be); a plain "Grade" next; the initial grade only when nothing else fits.
 * One Info finding names the column read and those left out. A user's mapping of {@code calls.grading}
 * decides instead.
 */
final class GradeStage {
    enum Stage { FINAL, PLAIN, INITIAL }

    private GradeStage() {
    }

    /** The stage a grading header names: "Final Grade", "Closing Priority", "Initial Grade" ... or neither. */
    static Stage stage(String header) {
        String k = Text.key(header);
        if (k.contains("final") || k.contains("closing") || k.contains("closed") || k.contains("current")
                || k.contains("latest") || k.contains("resulting") || k.contains("revised")) {
            return Stage.FINAL;
        }
        if (k.contains("initial") || k.contains("opening") || k.contains("original") || k.contains("first")
                || k.contains("start")) {
            return Stage.INITIAL;
        }
        return Stage.PLAIN;
    }

    /** The match with its grading column chosen by stage, or {@code h} itself when there is no choice to make. */
    static HeaderMatch choose(HeaderMatch h, List<SheetRow> sample, SheetContext ctx, ValueMap values, boolean mapped) {
        Integer current = h.columns().get("grading");
        if (h.layout() != Layout.CALL_RECORDS || mapped || current == null) {
            return h;
        }
        List<Integer> cols = new ArrayList<>(h.candidates().getOrDefault("grading", List.of()));
        if (!cols.contains(current)) {
            cols.add(0, current);
        }
        Set<Integer> taken = new HashSet<>(h.columns().values());
        taken.remove(current);
        cols.removeIf(taken::contains);
        if (cols.size() < 2 || cols.stream().allMatch(c -> stage(h.header(c)) == Stage.PLAIN)) {
            return h;
        }
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow r : sample) {
            if (!r.isBlank() && !Values.isTotalRow(r)) {
                rows.add(r);
            }
        }
        Integer best = null;
        for (Stage s : Stage.values()) {
            for (int c : cols) {
                if (best == null && stage(h.header(c)) == s && ColumnCheck.fit(rows, c, cell -> values.grading(
                        Values.text(cell)) != null || Grading.parseValue(Values.text(cell)).isPresent()) >= ColumnCheck.FIT) {
                    best = c;
                }
            }
        }
        if (best == null) {
            return h;
        }
        int read = best;
        List<String> left = new ArrayList<>();
        for (int c : cols) {
            if (c != read) {
                left.add("column " + CellAddress.column(c) + " (\"" + h.header(c) + "\")");
            }
        }
        String other = h.header(cols.stream().filter(c -> c != read).findFirst().orElseThrow());
        ctx.finding(Severity.INFO, RuleId.GRADING_COLUMN_CHOSEN, CellAddress.column(read), h.header(read),
                "one grading column", "Calls were counted by column " + CellAddress.column(read) + " (\""
                        + h.header(read) + "\"), not by " + String.join(" or ", left) + ": where an export has the grade "
                        + "a call was given at first and the grade it closed on, forcestat counts the final grade. To "
                        + "count by the other, map it in forcestat.properties: calls.grading = " + other + ".");
        if (read == current) {
            return h;
        }
        Map<String, Integer> out = new HashMap<>(h.columns());
        out.put("grading", read);
        return h.withColumns(out);
    }
}
