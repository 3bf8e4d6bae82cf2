package org.forcestat.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.format.CellAddress;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * CROSSFOOT_MISMATCH for SAVINGS and BUDGET sheets: every total recomputed from its lines, down
 * (each amount column of a "Total" / "Subtotal" row) and across (a "Total" column against the
 * amount columns of its row), with a tolerance of £1. Whether the total is typed or a formula,
 * its value as saved is compared. A row total may cover all year columns, or only the planned or
 * only the achieved ones: it is a mismatch only when it matches none of them. Columns whose header
 * names a percentage, ratio, change, rate, average, count or year are not amounts and are never
 * added up.
 */
public final class CrossFooting {
    public static final String ID = "CROSSFOOT_MISMATCH";

    private CrossFooting() {
    }

    /** Checks one sheet whose header is on the given 0-based row. */
    public static void check(AuditSheet s, int header, AuditFindings out) {
        Map<Integer, String> heads = new TreeMap<>();
        for (AuditCell c : s.cells()) {
            if (c.row() == header && c.isText()) {
                heads.put(c.col(), c.text());
            }
        }
        List<Integer> totalCols = new ArrayList<>();
        List<Integer> amounts = new ArrayList<>();
        Map<Integer, Boolean> achieved = new LinkedHashMap<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        int lastRow = header;
        for (AuditCell c : s.cells()) {
            lastRow = Math.max(lastRow, c.row());
        }
        for (int r = header + 1; r <= lastRow; r++) {
            String label = Blocks.rowLabel(s, r);
            if (Blocks.isTotalLabel(label)) {
                totals.add(r);
            } else if (!label.isEmpty()) {
                lines.add(r);
            }
        }
        for (Map.Entry<Integer, String> h : heads.entrySet()) {
            String key = Text.key(h.getValue());
            if (key.startsWith("total")) {
                // Every total column ("Total", "Total achieved", "Total planned"): none is an amount.
                totalCols.add(h.getKey());
            } else if (numericColumn(s, h.getKey(), lines) && !key.matches(".*(ref|id|code|no|number)$")
                    && !Amounts.nonAdditive(h.getValue())) {
                // a % change, a ratio, a count or a year column does not add up: never cross-footed
                amounts.add(h.getKey());
                HeaderMatcher.YearColumn y = HeaderMatcher.yearColumn(h.getValue());
                achieved.put(h.getKey(), y != null && y.achieved());
            }
        }
        List<Integer> down = new ArrayList<>(amounts);
        down.addAll(totalCols);
        int blockStart = header + 1;
        for (int t : totals) {
            boolean sub = Text.key(Blocks.rowLabel(s, t)).startsWith("subtotal");
            int from = sub ? blockStart : header + 1;
            for (int col : down) {
                double sum = 0;
                int n = 0;
                for (int r : lines) {
                    AuditCell c = s.get(r, col);
                    if (r >= from && r < t && c != null && c.isNumber()) {
                        sum += c.number();
                        n++;
                    }
                }
                AuditCell total = s.get(t, col);
                if (n > 0 && total != null && total.isNumber() && !Blocks.samePounds(sum, total.number())) {
                    report(s, total, sum, "the " + n + " lines above it in column " + CellAddress.column(col), out);
                }
            }
            if (sub) {
                blockStart = t + 1;
            }
        }
        if (totalCols.isEmpty() || amounts.isEmpty()) {
            return;
        }
        List<Integer> rows = new ArrayList<>(lines);
        rows.addAll(totals);
        for (int totalCol : totalCols) {
            String key = Text.key(heads.get(totalCol));
            for (int r : rows) {
                AuditCell total = s.get(r, totalCol);
                if (total == null || !total.isNumber()) {
                    continue;
                }
                double all = 0;
                double plan = 0;
                double done = 0;
                for (int col : amounts) {
                    AuditCell c = s.get(r, col);
                    double v = c != null && c.isNumber() ? c.number() : 0;
                    all += v;
                    if (achieved.get(col)) {
                        done += v;
                    } else {
                        plan += v;
                    }
                }
                double t = total.number();
                if (!Blocks.samePounds(all, t) && !Blocks.samePounds(plan, t) && !Blocks.samePounds(done, t)) {
                    // The sum it should be is the one its header names: achieved, planned, or all years.
                    boolean ofAchieved = key.contains("achieved") || key.contains("actual");
                    boolean ofPlanned = key.contains("plan");
                    double expected = ofAchieved ? done : ofPlanned ? plan : all;
                    String which = ofAchieved ? "the achieved amounts" : ofPlanned ? "the planned amounts" : "the amounts";
                    report(s, total, expected, which + " across row " + (r + 1), out);
                }
            }
        }
    }

    private static boolean numericColumn(AuditSheet s, int col, List<Integer> lines) {
        int numbers = 0;
        for (int r : lines) {
            AuditCell c = s.get(r, col);
            if (c != null && c.isNumber()) {
                numbers++;
            }
        }
        return numbers > 0 && numbers * 2 >= lines.size();
    }

    private static void report(AuditSheet s, AuditCell total, double sum, String what, AuditFindings out) {
        out.add(Severity.ERROR, ID, s, total.a1(), Amounts.pounds(total.number()), Amounts.pounds(sum),
                "the total £" + Amounts.pounds(total.number()) + " does not add up: " + what + " come to £"
                        + Amounts.pounds(sum) + " (a difference of £" + Amounts.pounds(Math.abs(total.number() - sum))
                        + "). Correct the total or the lines.");
    }
}
