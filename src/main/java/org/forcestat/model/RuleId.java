package org.forcestat.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Every rule a finding can be given under, in one place (issue 19): its id (the constant's name, shown
 * in every report and named by {@code suppress.<RULE>...} lines in forcestat.properties), the most
 * severe finding it gives, its plain words (the Validation sheet shows them beside the id) and one line
 * saying what it looks for. {@code docs/rules.md} is generated from this list ({@code RuleIdDocsTest}).
 *
 * <p>Code that makes a finding names a constant here, never the id as a string ({@code RuleIdTest}
 * checks {@code src/main}). A new rule is a new constant, in alphabetical order.
 */
public enum RuleId {
    AMOUNTS_SCALED(Severity.INFO, "Amounts given in thousands or millions, read as pounds",
            "A header saying the amounts are in thousands or millions (£000, £m); they are multiplied to give pounds."),
    ANNOTATE_SKIPPED(Severity.INFO, "No annotated copy written",
            "No annotated copy of a file could be written; its findings are listed with their cells."),
    AUDIT_BLANK_REFERENCE(Severity.INFO, "Formula uses an empty cell",
            "A formula that uses an empty cell without testing for it."),
    AUDIT_CHECKED_COPY(Severity.INFO, "Annotated copy, not audited",
            "A Findings sheet written by validate --annotate, which is not audited again."),
    AUDIT_CIRCULAR(Severity.ERROR, "Circular formulas",
            "Formulas that depend on themselves, directly or round a loop."),
    AUDIT_CONSTANT_IN_FORMULA(Severity.INFO, "Number typed into a formula",
            "A number written into a formula (an uplift such as *1.02) instead of a cell of its own."),
    AUDIT_ERROR_VALUE(Severity.ERROR, "Error value in a cell",
            "A cell showing an error value (#REF!, #DIV/0! ...), or a formula that writes one."),
    AUDIT_EXTERNAL_LINK(Severity.INFO, "Link to another workbook",
            "A formula that takes figures from another workbook."),
    AUDIT_FAILED(Severity.WARNING, "Formulas could not be audited",
            "The formulas of a file could not be audited; its data checks were still made."),
    AUDIT_FORMULA_AMONG_NUMBERS(Severity.WARNING, "Stray formula among figures",
            "A formula among typed figures that is neither a total nor a sum of them."),
    AUDIT_HIDDEN_INPUT(Severity.WARNING, "Hidden figures in a total",
            "Figures in hidden rows, columns or sheets that a visible total adds up."),
    AUDIT_INCOMPLETE(Severity.INFO, "Part of the file not audited",
            "Part of a workbook was not audited (too big, too many formulas or links); the note says which."),
    AUDIT_INCONSISTENT_FORMULA(Severity.WARNING, "Formula unlike its neighbours",
            "A formula unlike the copies of one formula around it (compared in R1C1 form)."),
    AUDIT_MISSING_FORMULA(Severity.WARNING, "Formula missing from a block",
            "An empty cell inside a block of copies of one formula."),
    AUDIT_NUMBER_AS_TEXT(Severity.ERROR, "Number stored as text",
            "A number stored as text, which totals leave out."),
    AUDIT_SHORT_RANGE(Severity.ERROR, "Total that stops short",
            "A total (SUM, AVERAGE ...) whose range stops short of the block of lines it should cover."),
    AUDIT_TYPED_TOTAL(Severity.ERROR, "Total typed over a formula",
            "A number typed where the row's or column's copied formula belongs, or a typed total that does not add up."),
    BLANK_HEADER(Severity.WARNING, "Blank column header",
            "A column holding values under no header, so it is not read."),
    BLANK_ROWS(Severity.WARNING, "Blank rows inside the data",
            "Blank rows between rows of data, often left by a filter or sort; the rows below them are still read."),
    BUDGET_FINANCING_SKIPPED(Severity.INFO, "Financing rows under the budget, not counted",
            "Rows under a budget's net total saying how it is financed (grants, precept, funding gap); not budget lines."),
    BUDGET_LINE_UNPLACED(Severity.WARNING, "Budget line in no category",
            "A line of a budget with no Category column whose words do not say its category; it is in the total but in no category."),
    BUDGET_VERSION_CHOSEN(Severity.INFO, "Revised budget read, original left out",
            "A budget monitoring report with an original and a revised budget column; the note says which was read."),
    BUDGET_YEAR_CHOSEN(Severity.INFO, "Budget year read from several years",
            "A budget with a column or a sheet for each of several years; the note says which year was read."),
    COLUMN_NOT_TAKEN(Severity.WARNING, "Column left out",
            "A column whose header forcestat knows but whose values are not what that header means, so it is not read as it."),
    COUNT_IMPLAUSIBLE(Severity.ERROR, "Count too large to be real",
            "A count larger than any force records in its day or month (a pasted value, digits typed twice); the row is not counted."),
    COUNT_NOT_WHOLE(Severity.WARNING, "Count with a fraction",
            "A count with a fraction; it is rounded to a whole number."),
    CRIME_STATUS_NOT_COUNTED(Severity.INFO, "Records that are not recorded crimes",
            "Crime records whose status (No Crime, Cancelled, Transferred ...) means they are not recorded crimes; left out of every crime figure."),
    CRIME_STATUS_UNKNOWN(Severity.WARNING, "Crime status not known",
            "Crime records with a status forcestat does not know; they are counted as crimes."),
    CROSSFOOT_MISMATCH(Severity.ERROR, "Total that does not add up",
            "On a savings or budget sheet, a total row or column that does not add up to its lines."),
    CSV_NOT_UTF8(Severity.WARNING, "CSV file not saved as UTF-8",
            "A CSV file that is not UTF-8, read as Windows-1252 (Excel's \"CSV\" save on a UK PC)."),
    DATE_IN_FUTURE(Severity.ERROR, "Date in the future",
            "Rows dated after today; they are not counted."),
    DATE_MONTH_FIRST(Severity.ERROR, "Date written month first",
            "Text dates that can only be read month first (US style); they are not counted."),
    DATE_UNREADABLE(Severity.ERROR, "Date that cannot be read",
            "A row whose date or month cannot be read; it is not counted."),
    DUPLICATE_CALLS(Severity.WARNING, "Calls repeated from another file, counted once",
            "Calls in a file that an earlier file of the run already gave (a re-save, its CSV, an overlapping export); counted once."),
    DUPLICATE_CRIMES(Severity.WARNING, "Crime records repeated from another file, counted once",
            "Crime records in a file that an earlier file of the run already gave (a month downloaded twice); counted once."),
    DUPLICATE_FILE(Severity.WARNING, "Same file twice",
            "Files with the same bytes as another file of the folder; read once."),
    DUPLICATE_HEADER(Severity.WARNING, "Column header repeated",
            "A header used by two columns of a sheet; the first is read."),
    DUPLICATE_ID(Severity.WARNING, "Reference repeated",
            "Rows that repeat a call or crime reference already seen in the sheet; they are counted, to be checked."),
    DUPLICATE_PERIOD(Severity.ERROR, "Day or month repeated",
            "A row giving a day or month again with the same text in every other column; only the first is counted."),
    DUPLICATE_ROWS(Severity.ERROR, "Rows pasted twice",
            "A block of rows repeating an earlier block cell for cell (pasted or exported twice); only the first is counted."),
    DUPLICATE_SHEET(Severity.ERROR, "Same sheet twice",
            "A sheet holding exactly what another sheet holds, cell for cell; only one is counted."),
    FACT_DISAGREES(Severity.WARNING, "Stated figure disagrees with its lines",
            "A figure in a facts block that differs from what its lines add up to; the lines are used."),
    FILE_DAMAGED(Severity.ERROR, "Incomplete workbook",
            "A workbook that is damaged or cut short (still copying, or a failed save); it is not read."),
    FILE_EMPTY(Severity.ERROR, "Empty file",
            "A file of 0 bytes; it is not read."),
    FILE_IN_PROGRESS(Severity.INFO, "File still being written",
            "A file still changing while watch looked at it; it is read once it has stopped changing."),
    FILE_LINK_BROKEN(Severity.WARNING, "Shortcut to a missing file",
            "A symbolic link to a file that is not there; skipped."),
    FILE_LINK_LOOP(Severity.WARNING, "Shortcut that points to itself",
            "A symbolic link that leads back to itself; skipped."),
    FILE_LINK_OUTSIDE(Severity.WARNING, "Shortcut to a file outside the folder",
            "A symbolic link to a file outside the folder; not followed."),
    FILE_LOCKED(Severity.ERROR, "File locked or not allowed",
            "A file another program has locked, or that may not be read; it is not read."),
    FILE_NOT_A_WORKBOOK(Severity.ERROR, "Not an Excel workbook",
            "A file whose name says Excel workbook but whose contents are something else; it is not read."),
    FILE_NOT_COUNTED(Severity.WARNING, "File that added nothing",
            "A file read without error of which nothing was counted; the note says why."),
    FILE_NOT_REGULAR(Severity.WARNING, "Not an ordinary file",
            "A named pipe, device or socket in the folder; never opened."),
    FILE_PASSWORD_PROTECTED(Severity.ERROR, "Password-protected file",
            "A password-protected (encrypted) workbook, whose cells cannot be read."),
    FILE_UNREADABLE(Severity.ERROR, "File that cannot be read",
            "A file that could not be read for another reason, named in the finding."),
    FILE_UNSAFE_XML(Severity.ERROR, "Unsafe file contents",
            "A workbook holding XML entity declarations, which Excel never writes; nothing in it is expanded or read."),
    FILE_UNSUPPORTED(Severity.ERROR, "File type not read",
            "A workbook of a kind forcestat does not read (.xlsb, .ods, Excel 95 or older); it is not read."),
    FILE_VANISHED(Severity.ERROR, "File gone while reading",
            "A file that was moved, renamed or deleted while it was being read."),
    FILE_VERSIONS(Severity.WARNING, "Two versions of one finance workbook",
            "Finance workbooks named alike but for a copy mark (\" (1)\", \" - Copy\") whose figures differ; the later is read."),
    FILE_ZIP_BOMB(Severity.ERROR, "File too large when unpacked",
            "A workbook that unpacks to far more data than its size (a 'zip bomb'); it is not unpacked."),
    FOLDER_NOT_READ(Severity.WARNING, "Folder not read",
            "A folder inside the input folder holding workbooks that are not read; the finding says why."),
    FORCED_KIND_NOT_FOUND(Severity.WARNING, "Setting names a missing file or sheet",
            "A kind. setting in forcestat.properties for a sheet where no header row of that kind is found."),
    FORMULA_ERROR(Severity.ERROR, "Error value in a cell",
            "A data cell showing an error value (#REF!, #DIV/0! ...) where a number belongs; the row is not counted."),
    FORMULA_NOT_CALCULATED(Severity.ERROR, "Formulas never calculated",
            "Formulas saved without their results (by a program that does not calculate), which read as empty."),
    GRADING_COLUMN_CHOSEN(Severity.INFO, "Grading column chosen (final grade)",
            "A calls file with both an initial and a final grade; the note names the column counted and the one left out."),
    HEADER_NEAR_MISS(Severity.WARNING, "Header nearly matches a known one",
            "A header close to one forcestat knows but not the same; its column is not read."),
    INCOME_SUBTRACTED(Severity.INFO, "Income written as positive figures, subtracted",
            "A budget whose income lines are positive figures; they are subtracted from spending, as the sheet's own net total does."),
    MAPPING_NOT_FOUND(Severity.WARNING, "Mapped header not in the sheet",
            "A line of forcestat.properties naming a header the sheet does not have."),
    MERGED_CATEGORY(Severity.INFO, "Combined crime category",
            "Crime rows of a combined type that the source does not split into the summary's categories; shown as their own group."),
    MISSING_COLUMN(Severity.ERROR, "Required column missing",
            "A header row of a known kind without a column that kind needs; the sheet is not counted."),
    MISSING_VALUE(Severity.ERROR, "Value missing",
            "A row without a value it needs (an area, a day's total); it is not counted, as a blank is not 0."),
    NEGATIVE_COUNT(Severity.ERROR, "Negative count",
            "A count below 0; the row is not counted."),
    NUMBER_AS_TEXT(Severity.WARNING, "Number stored as text",
            "A number stored as text in a data cell; it is read as a number, though Excel's SUM leaves it out."),
    NUMBER_NOT_FINITE(Severity.ERROR, "Count that is not a number",
            "A count or amount that is infinite or NaN (written by a program); the row is not counted."),
    OTHER_DATA_NOT_READ(Severity.INFO, "Other police data, not read",
            "Files of data forcestat does not count (police.uk's outcomes and stop-and-search files); passed over."),
    PERIOD_OUTSIDE_DATA(Severity.WARNING, "Reporting period with none of this kind of data",
            "A reporting period (--from, --to) holding none of a kind of data; that kind's figures are left out."),
    PERIOD_PARTLY_COVERED(Severity.WARNING, "Period only partly covered",
            "Data that covers only part of the reporting period, so the figures describe that part alone."),
    PLAN_SHORTFALL(Severity.WARNING, "Savings plan short of its target",
            "A savings plan that falls short of the savings its budget requires."),
    POLICE_UK_FORCES(Severity.INFO, "police.uk files of several forces, added together",
            "Street-level files of police.uk for more than one force in one run; their crimes are added together."),
    ROW_OUT_OF_ORDER(Severity.ERROR, "Rows out of order in the file",
            "A row stored after a later row in the file (damaged, or written by a program); it is not counted."),
    ROW_REPEATED(Severity.ERROR, "Row read twice",
            "A row stored twice in the file (damaged, or written by a program); only the first is counted."),
    SAVINGS_SUMMARY_SHEET(Severity.INFO, "Sheet of other sheets' savings totals, not added",
            "A savings sheet whose every line is the total of another savings sheet (a programme total); not added again."),
    SERIES_GAP(Severity.WARNING, "Days or months missing",
            "Days or months missing from a daily or monthly series."),
    SETTING_UNKNOWN(Severity.WARNING, "Setting not understood",
            "A line of forcestat.properties that forcestat does not understand; it is ignored."),
    SHEET_NAME_REPEATED(Severity.WARNING, "Sheet name repeated",
            "Two sheets whose names differ only in case, so references to either are ambiguous."),
    SHEET_NOT_COUNTED(Severity.WARNING, "Sheet that added nothing",
            "A sheet recognised as a kind forcestat reads, of which no row was counted."),
    SHEET_UNRECOGNISED(Severity.INFO, "Sheet of no known kind",
            "A sheet with no header row forcestat recognises; it is not counted."),
    SOURCE_OVERLAP(Severity.WARNING, "Sources overlap in time",
            "Two sources giving the same days or months of calls or crimes; one is used for them, so nothing is counted twice."),
    THREAT_AREA_BLANK(Severity.WARNING, "Threat with no name",
            "A threat register row with scores but no threat area; it is ignored."),
    THREAT_AREA_DUPLICATE(Severity.WARNING, "Threat listed twice",
            "A threat area given twice in the register; the later row is used."),
    THREAT_PROPERTY(Severity.WARNING, "Threat setting not understood",
            "A threat. setting in forcestat.properties (weights, RAG bands, confidence, evidence) that is not understood; the default is used."),
    THREAT_SCORE_MISSING(Severity.WARNING, "Threat score missing",
            "A threat register without a score column, or a blank score; the register's or the middle score is kept."),
    THREAT_SCORE_NOT_NUMBER(Severity.ERROR, "Threat score not a number",
            "A threat score that is neither a number from 1 to 5 nor a risk-matrix word (Critical, Almost certain ...; High, Medium, Low for confidence); the area is not scored."),
    THREAT_SCORE_RANGE(Severity.ERROR, "Threat score out of range",
            "A threat score outside the scale 1 to 5; not used."),
    TOTAL_MISMATCH(Severity.ERROR, "Total that does not add up",
            "A day's total calls that differs from the sum of its gradings."),
    TOTAL_ROWS_SKIPPED(Severity.INFO, "Total rows not counted",
            "Total and subtotal rows of a pivot or budget (\"All crime\", \"Net budget\", SUMs); not counted again."),
    TYPE_TEXT_IN_NUMBER(Severity.ERROR, "Text in a number column",
            "Text where a number belongs; the row is not counted."),
    UNKNOWN_VALUE(Severity.WARNING, "Value not in the known list",
            "A grading, channel or category forcestat does not know; counted as the note says, or map it in forcestat.properties."),
    YEAR_UNREADABLE(Severity.ERROR, "Year that cannot be read",
            "A cell that should name a financial year (such as 2016/17) but does not; the line is not counted.");

    private static final Map<String, RuleId> BY_ID = new HashMap<>();

    static {
        for (RuleId r : values()) {
            BY_ID.put(r.name(), r);
        }
    }

    private final Severity severity;
    private final String words;
    private final String description;

    RuleId(Severity severity, String words, String description) {
        this.severity = severity;
        this.words = words;
        this.description = description;
    }

    /** The id shown in reports and named by suppress lines: the constant's name. */
    public String id() {
        return name();
    }

    /** The most severe finding the rule gives (some of its findings may be milder). */
    public Severity severity() {
        return severity;
    }

    /** The rule in a few plain words, as the Validation sheet shows it ("Combined crime category"). */
    public String words() {
        return words;
    }

    /** One line: what the rule looks for. */
    public String description() {
        return description;
    }

    /** The rule with this id (exactly as written), or null. */
    public static RuleId byId(String id) {
        return id == null ? null : BY_ID.get(id);
    }

    /** The list of rules as a Markdown table (id, words, most severe finding, what it looks for), for docs/rules.md. */
    public static String markdown() {
        StringBuilder b = new StringBuilder("| Rule | In words | At most | What it looks for |\n|---|---|---|---|\n");
        for (RuleId r : values()) {
            b.append("| `").append(r.name()).append("` | ").append(r.words).append(" | ")
                    .append(r.severity.label()).append(" | ").append(r.description.replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }
}
