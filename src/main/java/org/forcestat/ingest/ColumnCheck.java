package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.forcestat.format.CellAddress;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Grading;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * Takes a column for a field only when its values look like that field (SPEC §2.3: a wrong column
 * taken is worse than none). Given the first rows under a header, it picks among the columns whose
 * headers name a field the one whose values fit (a "Call Source" of 999/101 rather than a "Call
 * Type" of Burglary/Domestic), drops a channel column that holds no channels, and reads a column
 * headed "Incident No" whose every row has its own reference as the record's number, not as a
 * STORM flag (in a command-and-control export each row is an incident).
 */
final class ColumnCheck {
    /** Share of a column's sampled values that must fit a field for the column to be taken for it. */
    static final double FIT = 0.5;

    private ColumnCheck() {
    }

    static HeaderMatch refine(HeaderMatch h, List<SheetRow> sample, SheetContext ctx, ValueMap values) {
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow r : sample) {
            if (!r.isBlank() && !Values.isTotalRow(r)) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return h;
        }
        Map<String, Integer> cols = new HashMap<>(h.columns());
        switch (h.layout()) {
            case CALL_RECORDS -> {
                pick(h, cols, "received", rows, c -> DateValues.fromCell(c, ctx.date1904()) != null);
                pick(h, cols, "grading", rows, c -> values.grading(Values.text(c)) != null
                        || Grading.parseValue(Values.text(c)).isPresent());
                Predicate<Cell> channel = c -> values.channel(Values.text(c)) != null
                        || Channel.parse(Values.text(c)).isPresent();
                if (!pick(h, cols, "channel", rows, channel) && cols.containsKey("channel")) {
                    int col = cols.remove("channel");
                    notTaken(ctx, h, col, rows, "channel", "999, 101, Online or Other",
                            "value.channel.YOUR\\ VALUE = 999");
                }
                stormOrOwnNumber(h, cols, rows, ctx);
            }
            case CRIMES -> {
                pick(h, cols, "date", rows, c -> DateValues.fromCell(c, ctx.date1904()) != null);
                pick(h, cols, "type", rows, c -> values.category(Values.text(c)) != null
                        || CrimeCategory.parse(Values.text(c)).isPresent());
                if (cols.containsKey("count") && fit(rows, cols.get("count"), c -> c.isNumber()
                        || Values.parseNumber(Values.text(c)) != null) < FIT) {
                    int col = cols.remove("count");
                    notTaken(ctx, h, col, rows, "count of crimes", "numbers", "crimes.count = YOUR HEADER");
                }
            }
            default -> {
                return h;
            }
        }
        return cols.equals(h.columns()) ? h : h.withColumns(cols);
    }

    /**
     * Among the columns whose header names {@code field} (and that no other field took), the first
     * whose values fit; the field keeps its column if none fits better. False when no candidate fits.
     */
    private static boolean pick(HeaderMatch h, Map<String, Integer> cols, String field, List<SheetRow> rows,
                                Predicate<Cell> fits) {
        List<Integer> candidates = new ArrayList<>(h.candidates().getOrDefault(field, List.of()));
        Integer current = cols.get(field);
        if (current == null) {
            return false;
        }
        if (!candidates.contains(current)) {
            candidates.add(0, current);
        }
        Set<Integer> taken = new HashSet<>(cols.values());
        taken.remove(current);
        double currentFit = fit(rows, current, fits);
        if (currentFit >= FIT) {
            return true;
        }
        for (int col : candidates) {
            if (col != current && !taken.contains(col) && fit(rows, col, fits) >= FIT) {
                cols.put(field, col);
                return true;
            }
        }
        return false;
    }

    /** Share of the non-blank values of a column that fit; 1 for a column with none (nothing to judge). */
    static double fit(List<SheetRow> rows, int col, Predicate<Cell> fits) {
        int seen = 0;
        int ok = 0;
        for (SheetRow r : rows) {
            Cell c = r.get(col);
            if (c.isBlank()) {
                continue;
            }
            seen++;
            if (fits.test(c)) {
                ok++;
            }
        }
        return seen == 0 ? 1 : (double) ok / seen;
    }

    /**
     * A reference column whose header does not say STORM ("Incident No") and whose every sampled row
     * has a reference of its own is the record's own number: each row of such an export is an
     * incident, so it says nothing about which calls had a STORM record. It is read as the id.
     */
    private static void stormOrOwnNumber(HeaderMatch h, Map<String, Integer> cols, List<SheetRow> rows, SheetContext ctx) {
        Integer col = cols.get("storm");
        if (col == null || Text.key(h.header(col)).contains("storm") || rows.size() < 5) {
            return;
        }
        if (numberedRecords(rows, col, cols.getOrDefault("received", -1), ctx)) {
            // Its values decide, as it is read, whether the numbers are unique or start again each day.
            cols.remove("storm");
            if (!cols.containsKey("id")) {
                cols.put(NUMBER, col);
            }
            return;
        }
        Set<String> refs = new HashSet<>();
        for (SheetRow r : rows) {
            Cell c = r.get(col);
            String t = Values.text(c);
            if (c.isBlank() || c.type() == Cell.Type.BOOLEAN || t.length() <= 3 || !refs.add(t)) {
                return;
            }
        }
        cols.remove("storm");
        cols.putIfAbsent("id", col);
        ctx.finding(Severity.INFO, RuleId.COLUMN_NOT_TAKEN, CellAddress.column(col), h.header(col),
                "a STORM reference only where a STORM record was made", "Column " + CellAddress.column(col)
                        + " (\"" + h.header(col) + "\") has a reference of its own on every row, so each row is an "
                        + "incident record: it was read as the record's number, not as a STORM flag, and the share of "
                        + "calls without a STORM record is not in these inputs. If it is a STORM reference, map it: "
                        + "calls.storm = " + h.header(col) + ".");
    }

    /**
     * The field of an incident-number column of bare numbers ("Incident Number" 1, 2, 3 or 0001, 0002) that
     * was not taken as a STORM flag: {@link CallRecordReader} reads it as the record's number, known with its
     * date, and says in a finding whether the numbers start again each day.
     */
    static final String NUMBER = "incident-number";

    /**
     * True when every sampled row has a whole number of its own in {@code col} (no number twice on one
     * day): each row is a numbered incident record, so the column says nothing about STORM records. A
     * column linking several calls to one incident repeats its number on a day and stays a STORM column.
     */
    private static boolean numberedRecords(List<SheetRow> rows, int col, int received, SheetContext ctx) {
        Set<String> seen = new HashSet<>();
        for (SheetRow r : rows) {
            Cell c = r.get(col);
            String t = Values.text(c);
            boolean whole = c.isNumber() ? c.number() >= 0 && c.number() == Math.floor(c.number())
                    : c.type() != Cell.Type.BOOLEAN && !t.isEmpty() && t.length() <= 18 && t.chars().allMatch(ch -> ch >= '0' && ch <= '9');
            if (!whole) {
                return false;
            }
            DateValues.Parsed d = received >= 0 ? DateValues.fromCell(r.get(received), ctx.date1904()) : null;
            String day = d == null ? "" : d.dateTime().toLocalDate().toString();
            if (!seen.add(day + "#" + Long.parseLong(c.isNumber() ? String.valueOf((long) c.number()) : t))) {
                return false;
            }
        }
        return true;
    }

    private static void notTaken(SheetContext ctx, HeaderMatch h, int col, List<SheetRow> rows, String field,
                                 String expected, String mapping) {
        Set<String> seen = new LinkedHashSet<>();
        for (SheetRow r : rows) {
            String t = Values.text(r.get(col));
            if (!t.isEmpty() && seen.size() < 4) {
                seen.add(t);
            }
        }
        ctx.finding(Severity.WARNING, RuleId.COLUMN_NOT_TAKEN, CellAddress.column(col), String.join("; ", seen),
                expected, "Column " + CellAddress.column(col) + " (\"" + h.header(col) + "\") has a header forcestat "
                        + "reads as the " + field + ", but its values (" + String.join(", ", seen) + ") are not "
                        + expected + ", so it was not read as the " + field + ". If they are, map them in "
                        + "forcestat.properties (" + mapping + ").");
    }
}
