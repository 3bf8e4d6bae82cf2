package org.forcestat.validate;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_EXTERNAL_LINK: a formula that takes a value from another workbook, which breaks when that
 * file moves and shows stale figures when it is not open. A block of copied formulas is reported once.
 */
final class ExternalLink implements AuditRule {
    static final String ID = RuleId.AUDIT_EXTERNAL_LINK.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                List<String> links = new ArrayList<>();
                List<String> books = new ArrayList<>();
                for (Formula.Ref r : f.formula().refs()) {
                    if (r.external()) {
                        links.add(r.a1());
                        String book = book(wb, r.prefix());
                        if (!book.isEmpty() && !books.contains(book)) {
                            books.add(book);
                        }
                    }
                }
                if (links.isEmpty() || sameAbove(s, f)) {
                    continue;
                }
                String where = books.isEmpty() ? "another workbook" : "the workbook " + String.join(", ", books);
                out.add(Severity.INFO, ID, s, f.a1(), String.join(", ", links),
                        "a value or a reference inside this workbook",
                        "the formula " + f.shown() + " takes its value from " + where
                                + ". The link breaks when that file is moved or renamed, and shows old figures "
                                + "when it is not open: copy the figures into this workbook (Paste Special, values).");
            }
        }
    }

    /** The linked file's name for a prefix such as "[1]Rates!" or "'[Plan.xlsx]Rates'!". */
    private static String book(AuditWorkbook wb, String prefix) {
        int open = prefix.indexOf('[');
        int close = prefix.indexOf(']');
        if (open < 0 || close < open) {
            return "";
        }
        String inside = prefix.substring(open + 1, close);
        return wb.externalBooks().getOrDefault(inside, inside.matches("\\d+") ? "" : inside);
    }

    private static boolean sameAbove(AuditSheet s, AuditCell f) {
        AuditCell prev = s.get(f.row() - 1, f.col());
        return prev != null && prev.isFormula()
                && prev.formula().r1c1(prev.row(), prev.col()).equals(f.formula().r1c1(f.row(), f.col()));
    }
}
