package org.forcestat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How a derived metric follows from others (per day = total / days, a share, a change), declared once
 * on its {@link MetricId}: statistics work its value out from this, and the Metrics sheet writes it as
 * a live formula over the cells of its inputs, so the two can never say different things.
 *
 * <p>A reference names the metric it reads and, failing that, the next one ({@code 999 calls / days
 * with a channel, else all days}); a reference without a part of its own takes the derived metric's
 * part ({@code crimes.theft.per_day = crimes.theft.total / ...}).
 */
public sealed interface Formula {

    /** The value over the given metric values (NaN for a missing one); NaN when a needed input is missing. */
    double evaluate(String part, ToDoubleFunction<MetricId.Key> value);

    /**
     * The formula text, each input written as {@code cell} gives it (null for a missing metric), without
     * a leading {@code =}; null when a needed input is missing.
     */
    String render(String part, Function<MetricId.Key, String> cell);

    /** How tightly the formula binds, for brackets: 1 for + and -, 2 for * and /, 3 for a cell. */
    int precedence();

    /** The first of these metrics that is there. */
    static Ref ref(MetricId... firstOf) {
        List<Ref.Target> t = new ArrayList<>();
        for (MetricId id : firstOf) {
            t.add(new Ref.Target(id, null));
        }
        return new Ref(t);
    }

    /** One part of a metric over a vocabulary ({@code calls.channel.999.total}). */
    static Ref ref(MetricId id, String part) {
        return new Ref(List.of(new Ref.Target(id, part)));
    }

    static Formula div(Formula a, Formula b) {
        return new Op('/', a, b);
    }

    static Formula minus(Formula a, Formula b) {
        return new Op('-', a, b);
    }

    /** The sum of these inputs, a missing one counting as nothing (a budget with no PCSO line). */
    static Formula sumOfPresent(List<Ref> terms) {
        return new Sum(terms);
    }

    /** A metric's value cell, by the first of its targets that is there. */
    record Ref(List<Target> firstOf) implements Formula {
        /** A metric to read: {@code part} null takes the derived metric's own part. */
        public record Target(MetricId id, String part) {
            MetricId.Key key(String derivedPart) {
                return id.key(id.hasPart() ? (part != null ? part : derivedPart) : null);
            }
        }

        public Ref {
            firstOf = List.copyOf(firstOf);
        }

        /** The metric this reads, given the values there; null when none of them is there. */
        MetricId.Key resolve(String part, java.util.function.Predicate<MetricId.Key> present) {
            for (Target t : firstOf) {
                MetricId.Key k = t.key(part);
                if (present.test(k)) {
                    return k;
                }
            }
            return null;
        }

        @Override
        public double evaluate(String part, ToDoubleFunction<MetricId.Key> value) {
            MetricId.Key k = resolve(part, x -> !Double.isNaN(value.applyAsDouble(x)));
            return k == null ? Double.NaN : value.applyAsDouble(k);
        }

        @Override
        public String render(String part, Function<MetricId.Key, String> cell) {
            MetricId.Key k = resolve(part, x -> cell.apply(x) != null);
            return k == null ? null : cell.apply(k);
        }

        @Override
        public int precedence() {
            return 3;
        }
    }

    /** {@code left op right}, worked out as Excel does (left to right within a precedence). */
    record Op(char op, Formula left, Formula right) implements Formula {
        public Op {
            if ("+-*/".indexOf(op) < 0) {
                throw new IllegalArgumentException("no operator " + op);
            }
        }

        @Override
        public double evaluate(String part, ToDoubleFunction<MetricId.Key> value) {
            double a = left.evaluate(part, value);
            double b = right.evaluate(part, value);
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> a / b;
            };
        }

        @Override
        public String render(String part, Function<MetricId.Key, String> cell) {
            String a = left.render(part, cell);
            String b = right.render(part, cell);
            if (a == null || b == null) {
                return null;
            }
            // a-(b-c) and a/(b*c) need their brackets; (a-b)-c and (a*b)/c do not.
            boolean leftBrackets = left.precedence() < precedence();
            boolean rightBrackets = right.precedence() < precedence()
                    || right.precedence() == precedence() && (op == '-' || op == '/');
            return (leftBrackets ? "(" + a + ")" : a) + op + (rightBrackets ? "(" + b + ")" : b);
        }

        @Override
        public int precedence() {
            return op == '+' || op == '-' ? 1 : 2;
        }
    }

    /** The sum of the inputs that are there; 0 when none is. */
    record Sum(List<Ref> terms) implements Formula {
        public Sum {
            terms = List.copyOf(terms);
        }

        @Override
        public double evaluate(String part, ToDoubleFunction<MetricId.Key> value) {
            double s = 0;
            for (Ref t : terms) {
                double v = t.evaluate(part, value);
                if (!Double.isNaN(v)) {
                    s += v;
                }
            }
            return s;
        }

        @Override
        public String render(String part, Function<MetricId.Key, String> cell) {
            List<String> present = new ArrayList<>();
            for (Ref t : terms) {
                String c = t.render(part, cell);
                if (c != null) {
                    present.add(c);
                }
            }
            return present.isEmpty() ? "0" : String.join("+", present);
        }

        @Override
        public int precedence() {
            return 1;
        }
    }
}
