package org.forcestat.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    static final String ID = "AUDIT_MISSING_FORMULA";
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
            for (List<AuditCell> copies : byForm.values()) {
                if (copies.size() >= MIN_BLOCK) {
                    blocks(s, copies, out);
                }
            }
        }
    }

    private static void blocks(AuditSheet s, List<AuditCell> copies, AuditFindings out) {
        Map<Long, AuditCell> at = new HashMap<>();
        for (AuditCell c : copies) {
            at.put(AuditSheet.key(c.row(), c.col()), c);
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (AuditCell start : copies) {
            if (!seen.add(AuditSheet.key(start.row(), start.col()))) {
                continue;
            }
            List<AuditCell> block = new ArrayList<>();
            Deque<AuditCell> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                AuditCell c = todo.pop();
                block.add(c);
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if (c.row() + dr < 0 || c.col() + dc < 0) {
                            continue;
                        }
                        long k = AuditSheet.key(c.row() + dr, c.col() + dc);
                        AuditCell n = at.get(k);
                        if (n != null && seen.add(k)) {
                            todo.push(n);
                        }
                    }
                }
            }
            judge(s, block, out);
        }
    }

    private static void judge(AuditSheet s, List<AuditCell> block, AuditFindings out) {
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
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                AuditCell x = s.get(r, c);
                if (x != null && !x.isBlank()) {
                    continue;
                }
                AuditCell model = nearest(block, r, c);
                String expected = model.formula().moved(model.row(), model.col(), r, c);
                out.add(Severity.WARNING, ID, s, org.forcestat.format.CellAddress.a1(r, c), "empty", "=" + expected,
                        "the cell is empty inside the block " + range + " of copies of one formula (like "
                                + model.a1() + ": " + model.shown() + "). If the block should cover it, the formula "
                                + "here would be =" + expected + "; if not, check that the copies around it are "
                                + "in the right place.");
            }
        }
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
