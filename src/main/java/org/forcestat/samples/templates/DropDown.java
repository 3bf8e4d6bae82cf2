package org.forcestat.samples.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.forcestat.model.BudgetCategory;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Grading;

/**
 * The drop-down lists of the templates. Values come from the model's enums where one exists, so a
 * new grading or category shows up in the next templates written; each item is the enum's label,
 * kept only when it reads back as that constant.
 */
public enum DropDown {
    GRADING("Gradings", false, () -> labels(Grading.values(), Grading::label, t -> Grading.parse(t).orElse(null))),
    CHANNEL("Channels", false, () -> labels(Channel.values(), Channel::label, t -> Channel.parse(t).orElse(null))),
    /** The seed's categories and ASB; police.uk's merged groups are for its downloads, not for typing in. */
    CRIME_CATEGORY("Crime types", false, () -> labels(
            Arrays.stream(CrimeCategory.values()).filter(c -> !c.isMerged()).toArray(CrimeCategory[]::new),
            CrimeCategory::label, t -> CrimeCategory.parse(t).orElse(null))),
    BUDGET_CATEGORY("Budget categories", false, () -> labels(BudgetCategory.values(), BudgetCategory::label,
            t -> BudgetCategory.parse(t).orElse(null))),
    /** SPEC §2.2's savings statuses; forcestat counts a line as at risk when its status says "risk" or "Red". */
    SAVINGS_STATUS("Savings statuses", false, () -> List.of("Delivered", "On track", "At risk", "Not started")),
    FINANCIAL_YEAR("Financial years", false, DropDown::financialYears),
    SCORE("Scores 1-5", true, () -> List.of(1, 2, 3, 4, 5)),
    /** Confidence may also be a word, read as High 5, Medium 3, Low 1. */
    CONFIDENCE("Confidence", true, () -> List.of(1, 2, 3, 4, 5, "High", "Medium", "Low")),
    TREND("Trends", false, () -> List.of("Rising", "Stable", "Falling"));

    private final String title;
    private final boolean strict;
    private final Supplier<List<?>> items;

    DropDown(String title, boolean strict, Supplier<List<?>> items) {
        this.title = title;
        this.strict = strict;
        this.items = items;
    }

    /** The heading over the list on the Instructions sheet. */
    public String title() {
        return title;
    }

    /**
     * True when a value outside the list is refused (scores: forcestat rejects them too); otherwise
     * Excel only warns, because forcestat also reads other spellings (P1, Grade 1 ...).
     */
    public boolean strict() {
        return strict;
    }

    /** The items, Strings or Integers, in order. */
    public List<?> items() {
        return items.get();
    }

    /** The workbook-level name of the range holding the items, e.g. {@code List_GRADING}. */
    public String rangeName() {
        return "List_" + name();
    }

    private static <E> List<String> labels(E[] values, Function<E, String> label, Function<String, E> parse) {
        List<String> out = new ArrayList<>();
        for (E e : values) {
            String l = label.apply(e);
            if (parse.apply(l) == e) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }

    /** 2010/11 (the CSR's first years) to ten years ahead of today's financial year. */
    private static List<String> financialYears() {
        LocalDate today = LocalDate.now();
        int current = org.forcestat.model.FinancialYear.startOf(today);
        List<String> out = new ArrayList<>();
        for (int y = 2010; y <= current + 10; y++) {
            out.add(String.format(Locale.ROOT, "%d/%02d", y, (y + 1) % 100));
        }
        return List.copyOf(out);
    }
}
