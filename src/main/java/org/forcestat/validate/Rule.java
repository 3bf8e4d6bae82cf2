package org.forcestat.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * The audit's part of {@link RuleId}: the rules of {@code validate}'s formula audit and its own
 * notices, in the order the audit runs them, each with the {@link RuleId} that gives its id (as
 * shown in reports and used in {@code suppress.<RULE>...} lines), the most severe finding it gives
 * and one line saying what it looks for. {@link #covers} says which findings of other checks at the
 * same cell describe the same problem; {@link ValidateEngine#dedupe} keeps this rule's and drops those.
 */
public enum Rule {
    SHORT_RANGE(RuleId.AUDIT_SHORT_RANGE, RuleId.CROSSFOOT_MISMATCH, RuleId.AUDIT_INCONSISTENT_FORMULA),
    TYPED_TOTAL(RuleId.AUDIT_TYPED_TOTAL, RuleId.CROSSFOOT_MISMATCH),
    INCONSISTENT_FORMULA(RuleId.AUDIT_INCONSISTENT_FORMULA),
    FORMULA_AMONG_NUMBERS(RuleId.AUDIT_FORMULA_AMONG_NUMBERS),
    MISSING_FORMULA(RuleId.AUDIT_MISSING_FORMULA),
    CONSTANT_IN_FORMULA(RuleId.AUDIT_CONSTANT_IN_FORMULA),
    BLANK_REFERENCE(RuleId.AUDIT_BLANK_REFERENCE),
    EXTERNAL_LINK(RuleId.AUDIT_EXTERNAL_LINK),
    HIDDEN_INPUT(RuleId.AUDIT_HIDDEN_INPUT),
    NUMBER_AS_TEXT(RuleId.AUDIT_NUMBER_AS_TEXT, RuleId.NUMBER_AS_TEXT),
    ERROR_VALUE(RuleId.AUDIT_ERROR_VALUE, RuleId.FORMULA_ERROR),
    CIRCULAR(RuleId.AUDIT_CIRCULAR),
    CROSSFOOT_MISMATCH(RuleId.CROSSFOOT_MISMATCH),
    PLAN_SHORTFALL(RuleId.PLAN_SHORTFALL),
    AUDIT_INCOMPLETE(RuleId.AUDIT_INCOMPLETE),
    AUDIT_CHECKED_COPY(RuleId.AUDIT_CHECKED_COPY),
    AUDIT_FAILED(RuleId.AUDIT_FAILED),
    ANNOTATE_SKIPPED(RuleId.ANNOTATE_SKIPPED);

    private final RuleId rule;
    private final Set<String> covers;

    Rule(RuleId rule, RuleId... covers) {
        this.rule = rule;
        this.covers = Arrays.stream(covers).map(RuleId::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The id shown in reports and used in suppress lines. */
    public String id() {
        return rule.id();
    }

    /** The most severe finding the rule gives (some of its findings may be milder). */
    public Severity severity() {
        return rule.severity();
    }

    /** One line: what the rule looks for. */
    public String description() {
        return rule.description();
    }

    /** Ids of other checks whose findings at the same cell this rule's finding replaces. */
    public Set<String> covers() {
        return covers;
    }

    /** The rule with this id, or null. */
    public static Rule of(String id) {
        for (Rule r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The rule list as a Markdown table (id, severity, what it looks for), for the README and docs/audit.md. */
    public static String markdown() {
        StringBuilder b = new StringBuilder("| Rule | At most | What it looks for |\n|---|---|---|\n");
        for (Rule r : values()) {
            b.append("| `").append(r.id()).append("` | ").append(r.severity().label()).append(" | ")
                    .append(r.description()).append(" |\n");
        }
        return b.toString();
    }

    /** Prints {@link #markdown()}: {@code java -cp target/classes org.forcestat.validate.Rule}. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }

    /** The rules in the order the audit runs them, by id. */
    static List<String> ids() {
        return java.util.Arrays.stream(values()).map(Rule::id).toList();
    }
}
