package org.forcestat.validate;

import java.util.List;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_NUMBER_AS_TEXT: a number stored as text. Inside a range a SUM/AVERAGE/... adds up it is an
 * error (the total silently leaves it out); between numbers above and below, or left and right,
 * a warning. Codes with leading zeros ("01234") outside totals are taken to be deliberate.
 */
final class NumberAsText implements AuditRule {
    static final String ID = RuleId.AUDIT_NUMBER_AS_TEXT.id();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        for (AuditSheet s : wb.sheets()) {
            List<Blocks.AggregateUse> uses = null;
            for (AuditCell c : s.cells()) {
                if (c.isFormula() || !c.isText()) {
                    continue;
                }
                Double v = parse(c.text());
                if (v == null) {
                    continue;
                }
                if (uses == null) {
                    uses = Blocks.aggregatesInto(wb, s);
                }
                Blocks.AggregateUse user = null;
                for (Blocks.AggregateUse u : uses) {
                    if (u.ref().contains(c.row(), c.col())) {
                        user = u;
                        break;
                    }
                }
                if (user != null) {
                    out.add(Severity.ERROR, ID, s, c.a1(), c.text(), Amounts.plain(v) + " as a number",
                            "\"" + c.text() + "\" is a number stored as text, so " + user.cell().shown() + " in '"
                                    + user.sheet().name() + "'!" + user.cell().a1()
                                    + " leaves it out. Convert it to a number (Data > Text to Columns, or retype it).");
                } else if (!c.text().trim().startsWith("0") && betweenNumbers(s, c)) {
                    out.add(Severity.WARNING, ID, s, c.a1(), c.text(), Amounts.plain(v) + " as a number",
                            "\"" + c.text() + "\" is a number stored as text among numbers; totals and charts will "
                                    + "ignore it. Convert it to a number.");
                }
            }
        }
    }

    /** "1,234", "£1,234.50", " 12 ": the number; null for anything else. */
    static Double parse(String text) {
        String t = text.replace(",", "").replace("£", "").trim();
        if (t.isEmpty() || t.length() > 18 || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static boolean betweenNumbers(AuditSheet s, AuditCell c) {
        return isNumber(s.get(c.row() - 1, c.col())) && isNumber(s.get(c.row() + 1, c.col()))
                || isNumber(s.get(c.row(), c.col() - 1)) && isNumber(s.get(c.row(), c.col() + 1));
    }

    private static boolean isNumber(AuditCell c) {
        return c != null && c.isNumber();
    }
}
