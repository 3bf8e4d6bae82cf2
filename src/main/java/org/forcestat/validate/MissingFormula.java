package org.forcestat.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_MISSING_FORMULA: an empty cell inside a block of one copied formula. The copies of a
 * formula (equal in R1C1 form) that touch one another, side by side or corner to corner, make a
 * block; when the block spans at least two rows and two columns and fills at least half of the
 * rectangle around it, the empty cells of that rectangle are where a copy was left out (a ragged
 * edge, a row skipped when the formula was filled down): either the formula belongs there, or the
 * copies next to them are in the wrong place. Blocks that leave whole rows or columns empty
 * between their lines (a layout with spacer rows) are not joined up, so are not judged.
 */
final class MissingFormula implements AuditRule {
    static final String ID = RuleId.AUDIT_MISSING_FORMULA.id();
    private static final int MIN_BLOCK = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            if (!s.complete()) {
                continue;
            }
            Map<String, List<AuditCell>> byForm = new HashMap<>();
            for (AuditCell f : s.formulas()) {
                byForm.computeIfAbsent(f.formula().r1c1(f.row(), f.col()), k -> new ArrayList<>()).add(f);
            }
            Map<Integer, Boolean> figures = new HashMap<>(); // per column: holds typed figures
            for (List<AuditCell> copies : byForm.values()) {
                if (copies.size() >= MIN_BLOCK) {
                    blocks(wb, s, copies, figures, out);
                }
            }
            tableRows(wb, s, out);
        }
    }

    /** How far left of a formula column its row labels are looked for. */
    private static final int LABEL_REACH = 30;
    /**
     * A table of more rows than this is a long list or series (years, transactions): a formula filled
     * down part of it is for a period, unless only a row or two is skipped ({@link #SHORT_GAP}).
     */
    static final int LONG_LIST = 40;
    /** The most empty rows in a row that still read as a copy left out, in a long list. */
    static final int SHORT_GAP = 2;

    /**
     * A formula filled down a table that stops before the table's rows do, or skips some of them: the
     * rows are the unbroken run of the nearest column on the left that has a value in every row the
     * formula is in with a typed label or figure (the row labels or inputs of the table). When the column holds nothing but copies
     * of one formula and empty cells over those rows, the empty ones are where a copy is missing.
     */
    private static void tableRows(AuditWorkbook wb, AuditSheet s, AuditFindings out) {
        Map<Integer, Map<String, List<AuditCell>>> byColumn = new java.util.TreeMap<>();
        for (AuditCell f : s.formulas()) {
            if (f.formula().refs().isEmpty()) {
                continue;
            }
            byColumn.computeIfAbsent(f.col(), k -> new HashMap<>())
                    .computeIfAbsent(f.formula().r1c1(f.row(), f.col()), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<Integer, Map<String, List<AuditCell>>> col : byColumn.entrySet()) {
            for (List<AuditCell> copies : col.getValue().values()) {
                if (copies.size() >= 2) {
                    tableRows(wb, s, col.getKey(), copies, out);
                }
            }
        }
    }

    /** 'T' for typed text, 'N' for a typed number, 'F' for a formula, 0 for an empty cell. */
    private static char kind(AuditCell c) {
        if (c == null || c.isBlank()) {
            return 0;
        }
        return c.isFormula() ? 'F' : c.isText() ? 'T' : 'N';
    }

    private static void tableRows(AuditWorkbook wb, AuditSheet s, int col, List<AuditCell> copies, AuditFindings out) {
        copies.sort(java.util.Comparator.comparingInt(AuditCell::row));
        int label = -1;
        char k = 0;
        for (int c = col - 1; c >= Math.max(0, col - LABEL_REACH) && label < 0; c--) {
            char first = kind(s.get(copies.get(0).row(), c));
            boolean all = first != 0 && first != 'F'; // labels and inputs typed in, not the next block of formulas
            for (int i = 1; i < copies.size() && all; i++) {
                all = kind(s.get(copies.get(i).row(), c)) == first;
            }
            if (all) {
                label = c;
                k = first;
            }
        }
        if (label < 0) {
            return;
        }
        int i = 0;
        while (i < copies.size()) {
            // the table (run of labels) around this copy, and the copies inside it
            int top = copies.get(i).row();
            while (top > 0 && kind(s.get(top - 1, label)) == k) {
                top--;
            }
            int bottom = copies.get(i).row();
            while (kind(s.get(bottom + 1, label)) == k) {
                bottom++;
            }
            List<AuditCell> in = new ArrayList<>();
            while (i < copies.size() && copies.get(i).row() <= bottom) {
                in.add(copies.get(i++));
            }
            judgeTable(wb, s, col, top, bottom, in, out);
        }
    }

    private static void judgeTable(AuditWorkbook wb, AuditSheet s, int col, int top, int bottom, List<AuditCell> in, AuditFindings out) {
        if (in.size() < 2) {
            return;
        }
        List<int[]> empty = new ArrayList<>();
        java.util.Set<AuditCell> copies = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        copies.addAll(in);
        for (int r = top; r <= bottom; r++) {
            AuditCell x = s.get(r, col);
            if (x == null || x.isBlank()) {
                empty.add(new int[] {r});
            } else if (!copies.contains(x)) {
                return; // the column holds something else too: not one formula filled down
            }
        }
        if (empty.isEmpty()) {
            return;
        }
        boolean longList = bottom - top + 1 > LONG_LIST;
        String range = org.forcestat.format.CellAddress.a1(top, col) + ":" + org.forcestat.format.CellAddress.a1(bottom, col);
        String first = null;
        String firstSentence = null;
        for (int i = 0; i < empty.size(); i++) {
            int r = empty.get(i)[0];
            if (longList && gapAround(empty, i) > SHORT_GAP) {
                continue; // a long series with a formula for a period only: a choice, not a copy left out
            }
            AuditCell model = nearestRow(in, r);
            if (reachesOutside(wb, s, model, in, r, top, bottom)) {
                continue; // a lag (=I170-I167) cannot start before the table has the rows it looks back on
            }
            // movedTo: the moved references without lexing the moved text again (the same Formula)
            Formula moved = model.formula().movedTo(model.row(), model.col(), r, col);
            String expected = moved.text();
            if (expected.contains("#REF!") || !inputsThere(wb, s, moved, r)) {
                continue;
            }
            String cell = org.forcestat.format.CellAddress.a1(r, col);
            String sentence = "the cell is empty in the table rows " + range + ", where the rest of the column is "
                    + "one formula copied down (like " + model.a1() + ": " + model.shown() + "). If this row "
                    + "needs it, the formula here would be =" + expected + "; if not, check that the copies "
                    + "around it are in the right rows.";
            out.add(Severity.WARNING, ID, s, cell, "empty", "=" + expected, sentence);
            if (first == null) {
                first = cell;
                firstSentence = sentence;
            }
        }
        if (first != null && !longList) {
            out.addParts(ID, s, first, in, firstSentence);
        }
    }

    /** The length of the run of empty rows (sorted, from {@code empty}) that the {@code i}th one is in. */
    static int gapAround(List<int[]> empty, int i) {
        int from = i;
        while (from > 0 && empty.get(from - 1)[0] == empty.get(from)[0] - 1) {
            from--;
        }
        int to = i;
        while (to + 1 < empty.size() && empty.get(to + 1)[0] == empty.get(to)[0] + 1) {
            to++;
        }
        return to - from + 1;
    }

    /**
     * True when the copy moved to {@code row} would use a row of its own sheet outside the table's rows
     * {@code top..bottom} through a relative reference that keeps every copy inside them: the
     * formula looks back (or ahead) a fixed number of rows, and the table has no such row there.
     */
    private static boolean reachesOutside(AuditWorkbook wb, AuditSheet s, AuditCell model, List<AuditCell> copies,
                                          int row, int top, int bottom) {
        for (Formula.Ref ref : model.formula().refs()) {
            if (ref.external() || ref.wholeColumns() || wb.target(s, ref) != s) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                boolean abs = k == 0 ? ref.absR1() : ref.absR2();
                if (abs) {
                    continue;
                }
                int d = (k == 0 ? ref.r1() : ref.r2()) - model.row();
                if (row + d >= top && row + d <= bottom) {
                    continue;
                }
                boolean copiesInside = true;
                for (AuditCell c : copies) {
                    copiesInside &= c.row() + d >= top && c.row() + d <= bottom;
                }
                if (copiesInside) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void blocks(AuditWorkbook wb, AuditSheet s, List<AuditCell> copies, Map<Integer, Boolean> figures,
                               AuditFindings out) {
        Positions at = new Positions(copies);
        boolean[] seen = new boolean[copies.size()];
        int[] todo = new int[copies.size()];
        for (int i = 0; i < copies.size(); i++) {
            if (seen[i]) {
                continue;
            }
            seen[i] = true;
            List<AuditCell> block = new ArrayList<>();
            int top = 0;
            todo[top++] = i;
            while (top > 0) {
                AuditCell c = copies.get(todo[--top]);
                block.add(c);
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if (c.row() + dr < 0 || c.col() + dc < 0) {
                            continue;
                        }
                        int n = at.indexOf(c.row() + dr, c.col() + dc);
                        if (n >= 0 && !seen[n]) {
                            seen[n] = true;
                            todo[top++] = n;
                        }
                    }
                }
            }
            judge(wb, s, block, figures, out);
        }
    }

    /**
     * Where the copies of one formula are: an open-addressing table from a cell's {@link AuditSheet#key}
     * to its index in the list, without a boxed key per cell (it was a fifth of the rule's time).
     */
    static final class Positions {
        private final long[] keys;
        private final int[] index;
        private final int mask;

        Positions(List<AuditCell> cells) {
            int size = Integer.highestOneBit(Math.max(2, cells.size()) * 2 - 1) * 2; // at most half full
            keys = new long[size];
            index = new int[size];
            mask = size - 1;
            java.util.Arrays.fill(index, -1);
            for (int i = 0; i < cells.size(); i++) {
                long k = AuditSheet.key(cells.get(i).row(), cells.get(i).col());
                int slot = slot(k);
                while (index[slot] >= 0 && keys[slot] != k) {
                    slot = (slot + 1) & mask;
                }
                if (index[slot] < 0) {
                    keys[slot] = k;
                    index[slot] = i;
                }
            }
        }

        /** The index of the cell at (row, col) in the list, or -1. */
        int indexOf(int row, int col) {
            long k = AuditSheet.key(row, col);
            for (int slot = slot(k); index[slot] >= 0; slot = (slot + 1) & mask) {
                if (keys[slot] == k) {
                    return index[slot];
                }
            }
            return -1;
        }

        private int slot(long k) {
            return (int) ((k * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }
    }

    private static void judge(AuditWorkbook wb, AuditSheet s, List<AuditCell> block, Map<Integer, Boolean> figures,
                              AuditFindings out) {
        if (block.size() < MIN_BLOCK) {
            return;
        }
        int r1 = Integer.MAX_VALUE;
        int c1 = Integer.MAX_VALUE;
        int r2 = -1;
        int c2 = -1;
        for (AuditCell c : block) {
            r1 = Math.min(r1, c.row());
            r2 = Math.max(r2, c.row());
            c1 = Math.min(c1, c.col());
            c2 = Math.max(c2, c.col());
        }
        long area = (long) (r2 - r1 + 1) * (c2 - c1 + 1);
        if (r1 == r2 || c1 == c2 || area == block.size() || 2L * block.size() < area) {
            return;
        }
        String range = org.forcestat.format.CellAddress.a1(r1, c1) + ":" + org.forcestat.format.CellAddress.a1(r2, c2);
        String first = null;
        String firstSentence = null;
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                AuditCell x = s.get(r, c);
                if (x != null && !x.isBlank()) {
                    continue;
                }
                AuditCell model = nearest(block, r, c);
                String expected = model.formula().moved(model.row(), model.col(), r, c);
                if (expected.contains("#REF!") || nothingThere(wb, s, Formula.parse(expected), figures)) {
                    continue; // nothing to work on there (a series that starts later): no copy left out
                }
                String sentence = "the cell is empty inside the block " + range + " of copies of one formula (like "
                        + model.a1() + ": " + model.shown() + "). If the block should cover it, the formula "
                        + "here would be =" + expected + "; if not, check that the copies around it are "
                        + "in the right place.";
                String cell = org.forcestat.format.CellAddress.a1(r, c);
                out.add(Severity.WARNING, ID, s, cell, "empty", "=" + expected, sentence);
                if (first == null) {
                    first = cell;
                    firstSentence = sentence;
                }
            }
        }
        if (first != null) {
            out.addParts(ID, s, first, block, firstSentence);
        }
    }

    /**
     * True when the formula would have figures to work on: every single cell of this sheet it uses
     * holds a number (or a formula), none is text, the cells of its own row are not 0 (a line of 0 has
     * no share or ratio to work out), and every range it adds up holds at least one number (not a
     * header row, not an empty row). A cell of another sheet may still be empty: a link brings its
     * figure in when it is filled.
     */
    private static boolean inputsThere(AuditWorkbook wb, AuditSheet s, Formula f, int row) {
        for (Formula.Ref r : f.refs()) {
            if (r.external() || r.r1() < 0 || r.c1() < 0) {
                return false;
            }
            AuditSheet t = wb.target(s, r);
            if (t == null || !t.complete()) {
                continue;
            }
            if (!r.isCell()) {
                if (t == s && r.cellCount() <= 10_000
                        && t.area(r.r1(), r.c1(), r.r2(), r.c2()).stream().noneMatch(AuditCell::isNumber)) {
                    return false;
                }
                continue;
            }
            AuditCell c = t.get(r.r1(), r.c1());
            if (t == s && (c == null || c.isBlank()) || c != null && c.isText() && !c.isFormula()
                    || t == s && r.r1() == row && c.isNumber() && c.number() == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a cell of this sheet the formula would use is a gap in a column of typed figures
     * ({@link #dataGap}), or every cell of this sheet it would use is empty (and it uses some): a block
     * of copies beside a series that has not started there, such as a second source's column of a
     * spliced series, has no figure to work on. One input present (or itself a copy left out further
     * up the chain) is enough to count the cell as a copy left out.
     */
    private static boolean nothingThere(AuditWorkbook wb, AuditSheet s, Formula f, Map<Integer, Boolean> figures) {
        for (Formula.Ref r : f.refs()) {
            if (!r.external() && r.isCell() && r.r1() >= 0 && r.c1() >= 0 && wb.target(s, r) == s
                    && dataGap(s, r.r1(), r.c1(), figures)) {
                return true;
            }
        }
        boolean any = false;
        for (Formula.Ref r : f.refs()) {
            if (r.external() || r.r1() < 0 || r.c1() < 0 || wb.target(s, r) != s) {
                continue;
            }
            if (r.cellCount() > 10_000) {
                return false;
            }
            any = true;
            for (AuditCell c : s.area(r.r1(), r.c1(), r.r2(), r.c2())) {
                if (c != null && (!c.isBlank() || c.isFormula())) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Rows above and below an empty input that tell a column of typed figures from one of formulas. */
    private static final int DATA_REACH = 5;

    /**
     * True when the cell is empty in a column of typed figures (figures in it, no formula near it):
     * the series has no figure for that row, so nothing is there to work on. An empty cell among
     * formulas is a copy left out itself, further up the chain, and does not count.
     */
    private static boolean dataGap(AuditSheet s, int row, int col, Map<Integer, Boolean> figures) {
        AuditCell c = s.get(row, col);
        if (c != null && (!c.isBlank() || c.isFormula())) {
            return false;
        }
        for (AuditCell x : s.column(col, Math.max(0, row - DATA_REACH), row + DATA_REACH)) {
            if (x.isFormula()) {
                return false;
            }
        }
        // a column of figures that has none near this row yet (a source that starts later)
        return figures.computeIfAbsent(col,
                k -> s.column(k, 0, MAX_ROW).stream().anyMatch(AuditCell::isNumberConstant));
    }

    /** The last row of a sheet (0-based), as far as {@link AuditSheet#column} reaches. */
    private static final int MAX_ROW = (1 << 20) - 1;

    /** The copy nearest to a row, from copies sorted top to bottom. */
    private static AuditCell nearestRow(List<AuditCell> sorted, int r) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).row() < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        AuditCell best = sorted.get(lo);
        if (lo > 0 && r - sorted.get(lo - 1).row() <= Math.abs(best.row() - r)) {
            best = sorted.get(lo - 1);
        }
        return best;
    }

    private static AuditCell nearest(List<AuditCell> block, int r, int c) {
        AuditCell best = block.get(0);
        int d = Integer.MAX_VALUE;
        for (AuditCell x : block) {
            int e = Math.abs(x.row() - r) + Math.abs(x.col() - c);
            if (e < d) {
                d = e;
                best = x;
            }
        }
        return best;
    }
}
