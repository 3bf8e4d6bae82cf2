package org.forcestat.samples.templates;

/** How a template column's cells are formatted (UK formats, SPEC §6) and what data validation guards them. */
public enum Format {
    /** Free text; formatted as text so references such as 00123 or 2016/17 are kept as typed. */
    TEXT("@"),
    /** Free text that may run long; wrapped. */
    LONG_TEXT("@"),
    DATE("dd/mm/yyyy"),
    DATE_TIME("dd/mm/yyyy hh:mm"),
    /** A month, entered as any date in it (Excel turns "May 2016" into 01/05/2016). */
    MONTH("mmm yyyy"),
    COUNT("#,##0"),
    /** The pound sign quoted, as Excel writes it: SheetJS cannot apply a bare {@code £#,##0}. */
    POUNDS("\"£\"#,##0"),
    /** A score on the 1-5 scale, or a word where a list allows one. */
    SCORE("0");

    private final String pattern;

    Format(String pattern) {
        this.pattern = pattern;
    }

    /** The Excel number format. */
    public String pattern() {
        return pattern;
    }

    public boolean isText() {
        return this == TEXT || this == LONG_TEXT;
    }

    /** Counts, amounts and scores: right-aligned, and so are their headers. */
    public boolean isNumber() {
        return this == COUNT || this == POUNDS || this == SCORE;
    }
}
