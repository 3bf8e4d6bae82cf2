package org.forcestat.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forcestat.model.Text;

/** Helpers the audit rules share: what counts as a line value, which formulas aggregate, simple sums. */
final class Blocks {
    private Blocks() {
    }

    /** A formula's aggregate reference and where the formula is. */
    record AggregateUse(AuditSheet sheet, AuditCell cell, Formula.Ref ref) {
    }

    static boolean hasAggregate(Formula f) {
        for (String fn : f.functions()) {
            if (Formula.AGGREGATES.contains(fn) || fn.equals("SUBTOTAL") || fn.equals("AGGREGATE")) {
                return true;
            }
        }
        return false;
    }

    /** A number that is one of the lines of a block: typed, or computed by a formula that is not itself a total. */
    static boolean isLine(AuditCell c) {
        return c != null && c.isNumber() && !(c.isFormula() && hasAggregate(c.formula()));
    }

    /**
     * A line of a column (down = true) or row block: as {@link #isLine}, but a row total
     * (=SUM(D5:K5), adding across) is a line of its column, and a column total one of its row.
     */
    static boolean isLine(AuditCell c, boolean down) {
        if (c == null || !c.isNumber()) {
            return false;
        }
        if (!c.isFormula() || !hasAggregate(c.formula())) {
            return true;
        }
        for (Formula.Ref r : c.formula().refs()) {
            if (isAggregateArg(r) && (down ? !r.singleRow() : !r.singleColumn())) {
                return false;
            }
        }
        return true;
    }

    /** Every aggregate reference (SUM(...) etc.) of the workbook that points into {@code target}. */
    static List<AggregateUse> aggregatesInto(AuditWorkbook wb, AuditSheet target) {
        List<AggregateUse> out = new ArrayList<>();
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                for (Formula.Ref r : f.formula().refs()) {
                    if (isAggregateArg(r) && wb.target(s, r) == target) {
                        out.add(new AggregateUse(s, f, r));
                    }
                }
            }
        }
        return out;
    }

    /** Every aggregate reference of the workbook, grouped by the sheet it points into: one pass over the formulas. */
    static java.util.Map<AuditSheet, List<AggregateUse>> aggregatesByTarget(AuditWorkbook wb) {
        java.util.Map<AuditSheet, List<AggregateUse>> out = new java.util.IdentityHashMap<>();
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                for (Formula.Ref r : f.formula().refs()) {
                    if (isAggregateArg(r)) {
                        AuditSheet t = wb.target(s, r);
                        if (t != null) {
                            out.computeIfAbsent(t, k -> new ArrayList<>()).add(new AggregateUse(s, f, r));
                        }
                    }
                }
            }
        }
        return out;
    }

    static boolean isAggregateArg(Formula.Ref r) {
        return Formula.AGGREGATES.contains(r.function()) || r.function().equals("SUBTOTAL");
    }

    /** The value of a formula that is one SUM over one range of kept cells; NaN for anything else. */
    static double simpleSum(AuditWorkbook wb, AuditSheet on, Formula f) {
        if (!f.isSingleAggregate() || !f.functions().get(0).equals("SUM")) {
            return Double.NaN;
        }
        Formula.Ref r = f.refs().get(0);
        AuditSheet t = wb.target(on, r);
        if (t == null || !t.complete() || r.r1() < 0 || r.c1() < 0 || r.cellCount() > 100_000) {
            return Double.NaN;
        }
        double sum = 0;
        for (AuditCell c : t.area(r.r1(), r.c1(), r.r2(), r.c2())) {
            if (c.isNumber()) {
                sum += c.number();
            }
        }
        return sum;
    }

    /**
     * The value of a formula made only of numbers, cell references, SUM(range) and + - * / with
     * brackets (=E6+SUM(G6:J6), =(D5-C5)/C5), worked out from the kept cells; NaN for anything
     * else, or when a cell it needs is text or was not kept.
     */
    static double value(AuditWorkbook wb, AuditSheet on, Formula f) {
        StringBuilder b = new StringBuilder();
        List<Double> values = new ArrayList<>();
        int at = 0;
        String text = f.text();
        for (Formula.Ref r : f.refs()) {
            String before = text.substring(at, r.start());
            boolean inSum = before.stripTrailing().toUpperCase(Locale.ROOT).endsWith("SUM(");
            AuditSheet t = wb.target(on, r);
            if (t == null || !t.complete() || r.r1() < 0 || r.c1() < 0 || r.cellCount() > 100_000
                    || r.area() && !inSum) {
                return Double.NaN;
            }
            double v = 0;
            if (r.area()) {
                for (AuditCell c : t.area(r.r1(), r.c1(), r.r2(), r.c2())) {
                    if (c.isNumber()) {
                        v += c.number();
                    }
                }
            } else {
                AuditCell c = t.get(r.r1(), r.c1());
                if (c != null && !c.isBlank() && !c.isNumber()) {
                    return Double.NaN;
                }
                v = c == null || c.isBlank() ? 0 : c.number();
            }
            b.append(before).append('{').append(values.size()).append('}');
            values.add(v);
            at = r.end();
        }
        b.append(text.substring(at));
        try {
            Calc calc = new Calc(b.toString().replace(" ", "").toUpperCase(Locale.ROOT), values);
            double v = calc.sum();
            return calc.at == calc.s.length() ? v : Double.NaN;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** A small calculator over "{0}+SUM({1})*2" with the references' values filled in. */
    private static final class Calc {
        final String s;
        final List<Double> values;
        int at;

        Calc(String s, List<Double> values) {
            this.s = s;
            this.values = values;
        }

        double sum() {
            double v = product();
            while (at < s.length() && (s.charAt(at) == '+' || s.charAt(at) == '-')) {
                char op = s.charAt(at++);
                double w = product();
                v = op == '+' ? v + w : v - w;
            }
            return v;
        }

        double product() {
            double v = unary();
            while (at < s.length() && (s.charAt(at) == '*' || s.charAt(at) == '/')) {
                char op = s.charAt(at++);
                double w = unary();
                v = op == '*' ? v * w : v / w;
            }
            return v;
        }

        double unary() {
            if (s.charAt(at) == '+') {
                at++;
                return unary();
            }
            if (s.charAt(at) == '-') {
                at++;
                return -unary();
            }
            if (s.charAt(at) == '(') {
                at++;
                double v = sum();
                expect(')');
                return v;
            }
            if (s.startsWith("SUM(", at)) {
                at += 4;
                double v = sum();
                expect(')');
                return v;
            }
            if (s.charAt(at) == '{') {
                int close = s.indexOf('}', at);
                double v = values.get(Integer.parseInt(s.substring(at + 1, close)));
                at = close + 1;
                return v;
            }
            int start = at;
            while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("not a simple formula");
            }
            return Double.parseDouble(s.substring(start, at));
        }

        void expect(char c) {
            if (at >= s.length() || s.charAt(at) != c) {
                throw new IllegalArgumentException("not a simple formula");
            }
            at++;
        }
    }

    /** True for labels such as "Total", "Grand total", "Totals": a row of totals, not of lines. */
    static boolean isTotalLabel(String text) {
        return org.forcestat.model.Text.isTotalLabel(text);
    }

    /** The first text cell of a row among its first few cells, lower-cased; "" when there is none. */
    static String rowLabel(AuditSheet s, int row) {
        for (int c = 0; c < 6; c++) {
            AuditCell cell = s.get(row, c);
            if (cell != null && cell.isText()) {
                return cell.text().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * Gross less income, from {@code sum}, the figures above a net total with the income totals among them
     * written as positive figures ({@code income} of them): the income was added once in the sum and is
     * taken off twice, once to undo that and once as a net total subtracts it.
     */
    static double lessIncome(double sum, double income) {
        return sum - 2 * income;
    }

    /** Excel's own tolerance for "the same amount" in these checks: a pound. */
    static boolean samePounds(double a, double b) {
        return Math.abs(a - b) <= 1.0;
    }
}
