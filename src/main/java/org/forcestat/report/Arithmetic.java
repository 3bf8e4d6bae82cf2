package org.forcestat.report;

import java.util.function.IntToDoubleFunction;

/**
 * Works out the Metrics sheet's derived-figure formulas, as Excel would: numbers, cells of the
 * value column written {@code $C$n}, {@code + - * /} and brackets. Anything else, a missing cell,
 * or a division by zero gives NaN, and the figure then stays a plain value.
 */
final class Arithmetic {
    private final String text;
    private final IntToDoubleFunction cell;
    private int pos;

    private Arithmetic(String text, IntToDoubleFunction cell) {
        this.text = text;
        this.cell = cell;
    }

    /** The formula's value; {@code cell} gives the value of a 0-based row of the value column. */
    static double evaluate(String formula, IntToDoubleFunction cell) {
        Arithmetic a = new Arithmetic(formula.replace(" ", ""), cell);
        try {
            double v = a.sum();
            return a.pos == a.text.length() && Double.isFinite(v) ? v : Double.NaN;
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    private double sum() {
        double v = product();
        while (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            char op = text.charAt(pos++);
            double r = product();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    private double product() {
        double v = factor();
        while (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
            char op = text.charAt(pos++);
            double r = factor();
            v = op == '*' ? v * r : v / r;
        }
        return v;
    }

    private double factor() {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("formula ends early");
        }
        char c = text.charAt(pos);
        if (c == '-') {
            pos++;
            return -factor();
        }
        if (c == '(') {
            pos++;
            double v = sum();
            if (pos >= text.length() || text.charAt(pos++) != ')') {
                throw new IllegalArgumentException("unclosed bracket");
            }
            return v;
        }
        if (text.startsWith("$C$", pos)) {
            pos += 3;
            return cell.applyAsDouble((int) digits() - 1);
        }
        return digits();
    }

    private double digits() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("expected a number at " + start);
        }
        return Double.parseDouble(text.substring(start, pos));
    }
}
