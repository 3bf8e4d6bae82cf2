package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/metric-ids.md} is generated from {@link MetricId}, so the list of ids, labels, units and
 * formulas is written once, in the enum. After changing the enum, regenerate it with
 * {@code -Dforcestat.docs.update=true} on this test.
 */
class MetricDocsTest {
    static final Path FILE = Path.of("docs/metric-ids.md");

    static String table() {
        StringBuilder b = new StringBuilder();
        b.append("# Metric ids\n\n")
                .append("Generated from `model/MetricId` by `MetricDocsTest` (do not edit by hand). `{}` is one\n")
                .append("value of a vocabulary (a grading, channel, crime category or budget category); a label's\n")
                .append("`{}` is filled in when the figure is made. A formula is how the figure derives from\n")
                .append("others: statistics work it out from this declaration, and the Metrics sheet writes it as a\n")
                .append("live formula over those figures' cells; `a | b` reads `a` where it is listed, else `b`.\n\n")
                .append("| id | label | unit | number format | formula |\n|---|---|---|---|---|\n");
        for (MetricId id : MetricId.values()) {
            String formula = id.formula() == null ? ""
                    : "`" + describe(id.formula(), id.hasPart() ? "{}" : null).replace("|", "\\|") + "`";
            b.append("| `").append(id.pattern()).append("` | ").append(id.labelTemplate())
                    .append(" | ").append(id.unit().text()).append(" | `").append(id.unit().format().replace("|", "\\|"))
                    .append("` | ").append(formula).append(" |\n");
        }
        b.append("\nThe values of `{}`: channels ").append(ids(Channel.values(), Channel::id))
                .append("; gradings ").append(ids(Grading.values(), Grading::id))
                .append("; crime categories ").append(ids(CrimeCategory.values(), CrimeCategory::id))
                .append("; budget categories ").append(ids(BudgetCategory.values(), BudgetCategory::id)).append(".\n");
        return b.toString();
    }

    /** The vocabulary's ids as code, comma-separated. */
    private static <E> String ids(E[] values, java.util.function.Function<E, String> id) {
        return String.join(", ", java.util.Arrays.stream(values).map(v -> "`" + id.apply(v) + "`").toList());
    }

    /** The formula over ids; a reference with fallbacks reads {@code (a | b)}. */
    private static String describe(Formula f, String part) {
        if (f instanceof Formula.Ref r) {
            java.util.List<String> ids = r.firstOf().stream()
                    .map(t -> t.id().key(t.id().hasPart() ? (t.part() != null ? t.part() : part) : null).text())
                    .toList();
            return ids.size() == 1 ? ids.get(0) : "(" + String.join(" | ", ids) + ")";
        }
        if (f instanceof Formula.Sum sum) {
            return String.join(" + ", sum.terms().stream().map(t -> describe(t, part)).toList());
        }
        Formula.Op o = (Formula.Op) f;
        String a = describe(o.left(), part);
        String b = describe(o.right(), part);
        boolean left = o.left().precedence() < o.precedence();
        boolean right = o.right().precedence() < o.precedence()
                || o.right().precedence() == o.precedence() && (o.op() == '-' || o.op() == '/');
        return (left ? "(" + a + ")" : a) + " " + o.op() + " " + (right ? "(" + b + ")" : b);
    }

    @Test
    void theCommittedListOfIdsIsTheEnums() throws Exception {
        String now = table();
        if (Boolean.getBoolean("forcestat.docs.update")) {
            Files.writeString(FILE, now, StandardCharsets.UTF_8);
        }
        assertEquals(now, Files.readString(FILE, StandardCharsets.UTF_8),
                FILE + " is not the list MetricId gives: regenerate it with -Dforcestat.docs.update=true");
    }
}
