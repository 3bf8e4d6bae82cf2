package org.forcestat.samples.templates;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.ingest.Layout;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.Fact;
import org.forcestat.model.Kind;

/** The CSR savings plan, budget and key-facts templates. */
final class FinanceTemplates {
    private FinanceTemplates() {
    }

    static Template savings() {
        List<Column> cols = List.of(
                new Column(Templates.header(Layout.SAVINGS, "line"),
                        "The savings line (scheme or initiative), e.g. Estates rationalisation. One row per line per "
                                + "financial year.",
                        "Lines are listed on the Finance sheet; a row headed Total is skipped.",
                        Format.LONG_TEXT, null, 34, "Estates rationalisation"),
                new Column(Templates.header(Layout.SAVINGS, "department"),
                        "The department or directorate that owns the line (free text).",
                        "Kept with the line on the Finance sheet.", Format.TEXT, null, 24, "Estates and Facilities"),
                new Column(Templates.header(Layout.SAVINGS, "year"),
                        "The financial year, e.g. 2016/17: pick it from the list. (The cell is text, so Excel does not "
                                + "turn 2016/17 into a date.)",
                        "Planned and achieved savings by year; years with a plan and nothing achieved yet are the "
                                + "years ahead.",
                        Format.TEXT, DropDown.FINANCIAL_YEAR, 10, "2016/17"),
                new Column(Templates.header(Layout.SAVINGS, "planned"),
                        "The saving planned for that year, in pounds (e.g. 1032000). Leave blank if there is no plan "
                                + "for the year.",
                        "Planned savings by year; the next 3 years' plan is compared with the savings required (the "
                                + "gap).",
                        Format.POUNDS, null, 14, 1_032_000),
                new Column(Templates.header(Layout.SAVINGS, "achieved"),
                        "The saving achieved (delivered) in that year, in pounds. Leave blank for years still to come.",
                        "Savings to date is the sum of everything achieved.", Format.POUNDS, null, 14, null),
                new Column(Templates.header(Layout.SAVINGS, "status"),
                        "The line's status: pick one from the list (Delivered, On track, At risk, Not started).",
                        "Planned savings on lines At risk (or Red) are shown as savings at risk.",
                        Format.TEXT, DropDown.SAVINGS_STATUS, 12, "On track"));
        return new Template("savings-plan.xlsx", "Savings plan", Kind.SAVINGS, "CSR savings plan",
                List.of("The Comprehensive Spending Review savings plan: each savings line's planned and achieved "
                        + "savings, one row per line per financial year, in pounds."),
                cols,
                List.of("Finance sheet and Summary CSR panel: savings to date, planned and achieved by year (chart), the "
                                + "next 3 years' plan against the savings required, the gap, and savings at risk.",
                        "The savings required come from the facts workbook (facts.xlsx)."),
                false);
    }

    static Template budget() {
        List<Column> cols = List.of(
                new Column(Templates.header(Layout.BUDGET, "line"),
                        "The budget line or cost centre, e.g. Police officer salaries. One row per line.",
                        "Lines are added up to the total budget; a row headed Total is skipped.",
                        Format.LONG_TEXT, null, 36, "Police officer salaries"),
                new Column(Templates.header(Layout.BUDGET, "category"),
                        "The line's category: pick one from the list (" + String.join(", ",
                                CallTemplates.strings(DropDown.BUDGET_CATEGORY)) + ").",
                        "The budget split; the three pay categories make up the share of the budget spent on staff.",
                        Format.TEXT, DropDown.BUDGET_CATEGORY, 20, BudgetCategory.OFFICER_PAY.label()),
                new Column(Templates.header(Layout.BUDGET, "amount"),
                        "The line's budget for the year, in pounds (e.g. 119083000). Income as a negative amount.",
                        "The total budget, the split by category and the share on staff.",
                        Format.POUNDS, null, 16, 119_083_000));
        return new Template("budget.xlsx", "Budget", Kind.BUDGET, "Force budget",
                List.of("The force's revenue budget for the year, line by line, each line in one category."),
                cols,
                List.of("Finance sheet and Summary CSR panel: the total budget, the split by category (chart) and the "
                                + "share spent on staff (police officer, police staff and PCSO pay over the total).",
                        "Pay cost per officer and per member of staff, with the establishment from facts.xlsx."),
                false);
    }

    static Template facts() {
        List<Column> rows = new ArrayList<>();
        for (Fact f : Fact.values()) {
            rows.add(switch (f) {
                case FORCE_NAME -> new Column(f.label(), "The force's name as it should appear on the summary.",
                        "The title of the Summary sheet.", Format.TEXT, null, 34, "Kent Police");
                case SAVINGS_TO_DATE -> new Column(f.label(), "All CSR savings achieved so far, in pounds.",
                        "Savings to date, unless a savings plan gives its own achieved amounts (then a difference is "
                                + "reported).", Format.POUNDS, null, 34, 61_000_000);
                case SAVINGS_REQUIRED -> new Column(f.label(), "The savings still needed over the next 3 years, in "
                        + "pounds.", "Savings required, and the gap against the savings plan.", Format.POUNDS, null,
                        34, 33_000_000);
                case TOTAL_BUDGET -> new Column(f.label(), "The force's total budget for the year, in pounds.",
                        "The total budget, unless a budget workbook gives the lines (then a difference is reported).",
                        Format.POUNDS, null, 34, 275_000_000);
                case OFFICERS -> new Column(f.label(), "Police officer establishment: the number of posts "
                        + "(full-time equivalent).", "Establishment on the Finance sheet; pay cost per officer.",
                        Format.COUNT, null, 34, 3238);
                case STAFF -> new Column(f.label(), "Police staff establishment: the number of posts (full-time "
                        + "equivalent).", "Establishment on the Finance sheet; pay cost per member of staff.",
                        Format.COUNT, null, 34, 2359);
            });
        }
        return new Template("facts.xlsx", "Facts", Kind.FACTS, "Key facts",
                List.of("The few figures that no other workbook holds: the force's name, savings to date and still "
                        + "required, the total budget and the establishment. Each label is in column A and its value "
                        + "in column B; keep the labels as they are."),
                rows,
                List.of("Summary CSR panel and Finance sheet: the savings required over the next 3 years, and the "
                                + "establishment.",
                        "Savings to date and the total budget are used when no savings plan or budget workbook gives "
                                + "them."),
                true);
    }
}
