package org.forcestat.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.format.CellAddress;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_HIDDEN_INPUT: typed numbers in a hidden row, hidden column or hidden sheet that a visible
 * formula adds up, so a reader of the printed or visible sheet cannot see what the total holds.
 * One finding per hidden row, column or sheet, at the first visible formula that uses it (naming the
 * others, each with its own hidden numbers): a warning when
 * the hidden cells lie inside a range a total adds up, information for a hidden sheet of workings.
 */
final class HiddenInput implements AuditRule {
    static final String ID = RuleId.AUDIT_HIDDEN_INPUT.id();
    private static final int MAX_CELLS_PER_REF = 20_000;
    /** The other formulas using a hidden row named in the message, with their amounts; the rest counted. */
    private static final int MAX_NAMED = 5;

    /** A visible formula and the hidden numbers it uses. */
    private record User(AuditSheet sheet, AuditCell cell, List<AuditCell> hidden) {
    }

    /** A hidden row, column or sheet, and each visible formula that uses numbers in it. */
    private record Hidden(AuditSheet sheet, String what, Map<String, User> users) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        Map<String, Hidden> groups = new LinkedHashMap<>();
        java.util.Set<String> summed = new java.util.HashSet<>();
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                if (s.hidden() || s.isHidden(f.row(), f.col())) {
                    continue;
                }
                for (Formula.Ref r : f.formula().refs()) {
                    AuditSheet t = wb.target(s, r);
                    if (t == null || r.r1() < 0 || r.c1() < 0) {
                        continue;
                    }
                    for (AuditCell c : hiddenNumbers(t, r)) {
                        String what = t.hidden() ? "sheet '" + t.name() + "'"
                                : t.hiddenRows().get(c.row()) ? "row " + (c.row() + 1)
                                : "column " + CellAddress.column(c.col());
                        Hidden h = groups.computeIfAbsent(t.name() + "|" + what,
                                k -> new Hidden(t, what, new LinkedHashMap<>()));
                        User u = h.users().computeIfAbsent(s.name() + "!" + f.a1(), k -> new User(s, f, new ArrayList<>()));
                        if (!u.hidden().contains(c)) {
                            u.hidden().add(c);
                        }
                        if (r.area() && Blocks.isAggregateArg(r) && !t.hidden()) {
                            summed.add(t.name() + "|" + what);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, Hidden> e : groups.entrySet()) {
            Hidden h = e.getValue();
            // A hidden row or column inside a range that a visible total adds up is the classic way a
            // figure slips into (or hides in) a total: a warning. A hidden sheet of workings that a
            // formula reads is a design choice: worth knowing, no more. Reported at the first visible
            // formula, with its own hidden numbers; the other formulas using the same hidden row are
            // named with theirs (D17 adds D14, E17 adds E14) and marked as part of the finding.
            Severity sev = summed.contains(e.getKey()) ? Severity.WARNING : Severity.INFO;
            List<User> users = new ArrayList<>(h.users().values());
            User first = users.get(0);
            double sum = first.hidden().stream().mapToDouble(AuditCell::number).sum();
            StringBuilder others = new StringBuilder();
            List<AuditCell> otherCells = new ArrayList<>();
            for (int i = 1; i < users.size(); i++) {
                User u = users.get(i);
                if (u.sheet() == first.sheet()) {
                    otherCells.add(u.cell());
                }
                if (i <= MAX_NAMED) {
                    double part = u.hidden().stream().mapToDouble(AuditCell::number).sum();
                    others.append(i == 1 ? "" : i == users.size() - 1 && users.size() - 1 <= MAX_NAMED ? " and " : ", ")
                            .append(u.sheet() == first.sheet() ? "" : "'" + u.sheet().name() + "'!").append(u.cell().a1())
                            .append(" (").append(u.sheet().amount(part)).append(" from ").append(u.hidden().get(0).a1())
                            .append(")");
                }
            }
            if (users.size() - 1 > MAX_NAMED) {
                others.append(" and ").append(users.size() - 1 - MAX_NAMED).append(" more");
            }
            out.add(sev, ID, first.sheet(), first.cell().a1(),
                    first.hidden().size() + " hidden number(s), " + Amounts.pounds(sum) + " in all", "visible inputs",
                    "the formula " + first.cell().shown() + " uses " + first.hidden().size() + " number(s) ("
                            + first.sheet().amount(sum) + " in all, from " + (h.sheet() == first.sheet() ? "" : "'"
                            + h.sheet().name() + "'!") + first.hidden().get(0).a1() + ") that sit in hidden " + h.what()
                            + ", where a reader of the sheet cannot see them"
                            + (others.length() == 0 ? "" : "; so do " + others) + ". Unhide them, or move them out of "
                            + "the total if they should not count.");
            if (sev == Severity.WARNING && !otherCells.isEmpty()) {
                out.addParts(ID, first.sheet(), first.cell().a1(), otherCells,
                        "another visible total that adds numbers from hidden " + h.what() + ".");
            }
        }
    }

    /** Typed numbers of the reference that lie in hidden rows, hidden columns or a hidden sheet. */
    private static List<AuditCell> hiddenNumbers(AuditSheet t, Formula.Ref r) {
        List<AuditCell> out = new ArrayList<>();
        if (t.hidden()) {
            for (AuditCell c : t.area(r.r1(), r.c1(), Math.min(r.r2(), r.r1() + MAX_CELLS_PER_REF), r.c2())) {
                if (c.isNumberConstant()) {
                    out.add(c);
                }
            }
            return out;
        }
        for (int row = t.hiddenRows().nextSetBit(r.r1()); row >= 0 && row <= r.r2() && out.size() < MAX_CELLS_PER_REF;
             row = t.hiddenRows().nextSetBit(row + 1)) {
            for (int col = r.c1(); col <= Math.min(r.c2(), r.c1() + 1000); col++) {
                AuditCell c = t.get(row, col);
                if (c != null && c.isNumberConstant()) {
                    out.add(c);
                }
            }
        }
        for (int col = t.hiddenCols().nextSetBit(r.c1()); col >= 0 && col <= r.c2() && out.size() < MAX_CELLS_PER_REF;
             col = t.hiddenCols().nextSetBit(col + 1)) {
            for (AuditCell c : t.column(col, r.r1(), r.r2())) {
                if (c.isNumberConstant() && !t.hiddenRows().get(c.row())) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
