package org.forcestat.model;

import java.util.Optional;

/** The budget split of SPEC §2.2; the three pay categories make up "budget on staff". */
public enum BudgetCategory {
    OFFICER_PAY("officer_pay", "Police officer pay", true, "Police officer pay", "Officer pay", "Officers", "Police officers"),
    STAFF_PAY("staff_pay", "Police staff pay", true, "Police staff pay", "Staff pay", "Police staff"),
    PCSO_PAY("pcso_pay", "PCSO pay", true, "PCSO pay", "PCSOs", "PCSO"),
    NON_PAY("non_pay", "Non-pay", false, "Non-pay", "Non pay", "Nonpay", "Running costs", "Supplies and services"),
    INCOME("income", "Income", false, "Income", "Grants and income");

    private static final Vocabulary<BudgetCategory> WORDS = new Vocabulary<>(BudgetCategory.class, c -> c.synonyms);

    private final String id;
    private final String label;
    private final boolean pay;
    private final String[] synonyms;

    BudgetCategory(String id, String label, boolean pay, String... synonyms) {
        this.id = id;
        this.label = label;
        this.pay = pay;
        this.synonyms = synonyms;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Police officer, police staff and PCSO pay: the slides' "budget on staff". */
    public boolean isPay() {
        return pay;
    }

    public static Optional<BudgetCategory> parse(String text) {
        return WORDS.find(text);
    }
}
