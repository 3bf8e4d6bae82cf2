package org.forcestat.validate;

import java.util.List;
import java.util.Set;
import org.forcestat.model.Severity;

/**
 * The vocabulary of {@code validate}'s formula audit and its own notices: each rule's id (as shown
 * in reports and used in {@code suppress.<RULE>...} lines), the most severe finding it gives, and
 * one line saying what it looks for. {@link #covers} says which findings of other checks at the same
 * cell describe the same problem; {@link ValidateEngine#dedupe} keeps this rule's and drops those.
 * The ids are the rule classes' own constants, so a rule's id is written once.
 */
public enum Rule {
    SHORT_RANGE(ShortRange.ID, Severity.ERROR,
            "A total (SUM, AVERAGE ...) whose range stops short of the block of lines it should cover.",
            Set.of(CrossFooting.ID, InconsistentFormula.ID)),
    TYPED_TOTAL(TypedTotal.ID, Severity.ERROR,
            "A number typed where the row's or column's copied formula belongs, or a typed total that does not add up.",
            Set.of(CrossFooting.ID)),
    INCONSISTENT_FORMULA(InconsistentFormula.ID, Severity.WARNING,
            "A formula unlike the copies of one formula around it (compared in R1C1 form).", Set.of()),
    FORMULA_AMONG_NUMBERS(FormulaAmongNumbers.ID, Severity.WARNING,
            "A formula among typed figures that is neither a total nor a sum of them.", Set.of()),
    MISSING_FORMULA(MissingFormula.ID, Severity.WARNING,
            "An empty cell inside a block of copies of one formula.", Set.of()),
    CONSTANT_IN_FORMULA(ConstantInFormula.ID, Severity.INFO,
            "A number written into a formula (an uplift such as *1.02) instead of a cell of its own.", Set.of()),
    BLANK_REFERENCE(BlankReference.ID, Severity.INFO,
            "A formula that uses an empty cell without testing for it.", Set.of()),
    EXTERNAL_LINK(ExternalLink.ID, Severity.INFO,
            "A formula that takes figures from another workbook.", Set.of()),
    HIDDEN_INPUT(HiddenInput.ID, Severity.WARNING,
            "Figures in hidden rows, columns or sheets that a visible total adds up.", Set.of()),
    NUMBER_AS_TEXT(NumberAsText.ID, Severity.ERROR,
            "A number stored as text, which totals leave out.", Set.of("NUMBER_AS_TEXT")),
    ERROR_VALUE(ErrorValue.ID, Severity.ERROR,
            "A cell showing an error value (#REF!, #DIV/0! ...), or a formula that writes one.", Set.of("FORMULA_ERROR")),
    CIRCULAR(Circular.ID, Severity.ERROR,
            "Formulas that depend on themselves, directly or round a loop.", Set.of()),
    CROSSFOOT_MISMATCH(CrossFooting.ID, Severity.ERROR,
            "On a savings or budget sheet, a total row or column that does not add up to its lines.", Set.of()),
    PLAN_SHORTFALL(PlanCheck.ID, Severity.WARNING,
            "A savings plan that falls short of the savings its budget requires.", Set.of()),
    AUDIT_INCOMPLETE("AUDIT_INCOMPLETE", Severity.INFO,
            "Part of a workbook was not audited (too big, too many formulas or links); the note says which.", Set.of()),
    AUDIT_CHECKED_COPY("AUDIT_CHECKED_COPY", Severity.INFO,
            "A Findings sheet written by validate --annotate, which is not audited again.", Set.of()),
    AUDIT_FAILED("AUDIT_FAILED", Severity.WARNING,
            "The formulas of a file could not be audited; its data checks were still made.", Set.of()),
    ANNOTATE_SKIPPED("ANNOTATE_SKIPPED", Severity.INFO,
            "No annotated copy of a file could be written; its findings are listed with their cells.", Set.of());

    private final String id;
    private final Severity severity;
    private final String description;
    private final Set<String> covers;

    Rule(String id, Severity severity, String description, Set<String> covers) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.covers = covers;
    }

    /** The id shown in reports and used in suppress lines. */
    public String id() {
        return id;
    }

    /** The most severe finding the rule gives (some of its findings may be milder). */
    public Severity severity() {
        return severity;
    }

    /** One line: what the rule looks for. */
    public String description() {
        return description;
    }

    /** Ids of other checks whose findings at the same cell this rule's finding replaces. */
    public Set<String> covers() {
        return covers;
    }

    /** The rule with this id, or null. */
    public static Rule of(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The rule list as a Markdown table (id, severity, what it looks for), for the README and docs/audit.md. */
    public static String markdown() {
        StringBuilder b = new StringBuilder("| Rule | At most | What it looks for |\n|---|---|---|\n");
        for (Rule r : values()) {
            b.append("| `").append(r.id).append("` | ").append(r.severity.name().charAt(0))
                    .append(r.severity.name().substring(1).toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(r.description).append(" |\n");
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
