package org.forcestat.model;

import java.util.Optional;

/** The budget split of SPEC §2.2; the pay categories make up "budget on staff". */
public enum BudgetCategory {
    OFFICER_PAY("officer_pay", "Police officer pay", true, "Police officer pay", "Officer pay", "Officers", "Police officers"),
    STAFF_PAY("staff_pay", "Police staff pay", true, "Police staff pay", "Staff pay", "Police staff"),
    PCSO_PAY("pcso_pay", "PCSO pay", true, "PCSO pay", "PCSOs", "PCSO"),
    /** Pay that does not say whose ("Overtime", "Other employee costs", "Pay"): still pay, so in the staff share. */
    OTHER_PAY("other_pay", "Other pay", true, "Other pay", "Pay", "Employees", "Employee costs", "Other employee costs"),
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

    private static final java.util.regex.Pattern INCOME_WORDS = java.util.regex.Pattern.compile(
            "\\b(income|grants?|receipts?|reimburse\\w*|recharged? to|recovered|recoveries|sales|fees and charges"
                    + "|fees, charges|interest (received|receivable)|secondees? income|sponsorship|donations)\\b");
    private static final java.util.regex.Pattern PCSO_WORDS = java.util.regex.Pattern.compile(
            "\\b(pcsos?|police community support officers?|community support officers?)\\b");
    private static final java.util.regex.Pattern STAFF_WORDS = java.util.regex.Pattern.compile(
            "\\b(police staff|staff)\\b");
    private static final java.util.regex.Pattern OFFICER_WORDS = java.util.regex.Pattern.compile(
            "\\b(police officers?|officers?|police pensions?|police pension scheme|police injury awards?)\\b");
    private static final java.util.regex.Pattern PAY_WORDS = java.util.regex.Pattern.compile(
            "\\b(pay|salary|salaries|wages?|overtime|allowances?|pensions?|national insurance|ni|superannuation"
                    + "|employer'?s? contributions?|bank holiday|enhancements?|injury awards?|employees?|employee costs"
                    + "|apprenticeship levy|agency staff)\\b");
    private static final java.util.regex.Pattern NON_PAY_WORDS = java.util.regex.Pattern.compile(
            "\\b(non[- ]?pay|running costs|premises|estates?|buildings?|rents?|rates|utilities|energy|cleaning"
                    + "|repairs?|maintenance|transport|vehicles?|fleet|fuel|travel|supplies|services|equipment"
                    + "|uniforms?|clothing|ict|it|computing|communications?|telephones?|radios?|airwave|third[- ]party"
                    + "|capital financing|debt charges|revenue contribution|depreciation|insurance|contracts?"
                    + "|consultancy|professional fees|forensics?|custody|training|legal|audit|subscriptions?"
                    + "|collaboration|partnership|contingency)\\b");

    /**
     * The category a budget line's own words give where the sheet has no Category column: "Police
     * officer overtime" and "Police pensions" are officer pay, "Police staff pay" staff pay, "PCSO pay"
     * PCSO pay, "Premises", "Transport", "Supplies and services", "Third party payments" and "Capital
     * financing" non-pay, "Specific grants" and "Fees, charges and other income" income. Empty when the
     * words do not place it ("Miscellaneous"): the reader says so. Pay that does not say whose ("Overtime", "Other employee costs")
     * is {@link #OTHER_PAY}, still in the staff share.
     */
    public static Optional<BudgetCategory> fromLine(String line) {
        Optional<BudgetCategory> exact = parse(line);
        if (exact.isPresent() || line == null) {
            return exact;
        }
        String t = line.toLowerCase(java.util.Locale.ROOT).replace('&', ' ').replace('_', ' ').trim();
        t = t.replaceAll("\\s+", " ");
        if (INCOME_WORDS.matcher(t).find()) {
            return Optional.of(INCOME);
        }
        boolean pay = PAY_WORDS.matcher(t).find();
        if (PCSO_WORDS.matcher(t).find()) {
            return pay || t.matches("(pcsos?|police community support officers?)") ? Optional.of(PCSO_PAY) : Optional.empty();
        }
        if (STAFF_WORDS.matcher(t).find()) {
            return pay || t.equals("police staff") ? Optional.of(STAFF_PAY) : Optional.empty();
        }
        if (OFFICER_WORDS.matcher(t).find()) {
            // "Police pensions" is the officers' pension scheme; "Officer overtime" is officers' pay
            return pay || t.matches("(police )?officers?") ? Optional.of(OFFICER_PAY) : Optional.empty();
        }
        if (pay) {
            return Optional.of(OTHER_PAY);
        }
        return NON_PAY_WORDS.matcher(t).find() ? Optional.of(NON_PAY) : Optional.empty();
    }
}
