package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forcestat.model.CellRef;
import org.forcestat.model.Finding;
import org.forcestat.model.FindingSink;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/** What a kind reader needs while reading one sheet: where it is, where to put results, and its counters. */
public final class SheetContext {
    private final String file;
    private final String sheet;
    private final boolean date1904;
    private final Partial partial;
    private final Map<String, Map<String, Long>> unknownValues = new TreeMap<>();
    private long rowsRead;
    private long rowsRejected;
    /** Owns the limit on findings listed ({@link FindingSink#LISTED_PER_RULE} per rule and sheet); counts the rest. */
    private final FindingSink sink;
    private long uncalculated;
    private String firstUncalculatedCell;
    private String firstUncalculatedFormula;
    /** Text dates by the order their day and month can be in (see {@link DateValues#order}), with the first of each. */
    private final long[] textDates = new long[DateValues.Order.values().length];
    private final String[] firstTextDateCell = new String[textDates.length];
    private final String[] firstTextDate = new String[textDates.length];
    /** The last text date read, its order and its value: a text date depends on its text only. */
    private String lastDateText;
    private DateValues.Order lastDateOrder;
    private DateValues.Parsed lastDate;

    /** The last row hashed and its {@link RowHash}: the sheet's fingerprint and the pasted-block check both need it. */
    private SheetRow hashedRow;
    private long hashed;

    /**
     * Columns whose values no check of this sheet reads, once its reader has started; null before,
     * and for sheets whose every column may be read. Set on the thread that checks the rows, read by
     * the one that parses them (a CSV's, {@link CsvSource}), which may then leave them unmade in rows
     * that have an ID.
     */
    private volatile CsvSource.Unread unread;

    public SheetContext(String file, String sheet, boolean date1904, Partial partial) {
        this.file = file;
        this.sheet = sheet;
        this.date1904 = date1904;
        this.partial = partial;
        this.sink = new FindingSink(partial::addFinding);
    }

    /** Calls and crime records of this file already counted from an earlier file of the run, to leave out; null for none. */
    private RepeatedCalls.Skip repeats;

    void leaveOut(RepeatedCalls.Skip skip) {
        this.repeats = skip;
    }

    /** The calls to leave out, or null. */
    RepeatedCalls.Skip repeats() {
        return repeats == null ? null : repeats.of(RepeatedCalls.Records.CALLS);
    }

    /** The one-row-per-crime records to leave out, or null. */
    RepeatedCalls.Skip crimeRepeats() {
        return repeats == null ? null : repeats.of(RepeatedCalls.Records.CRIMES);
    }

    /** Whether the calls' and crime records' keys are kept for comparing with other files ({@link RepeatedCalls}). */
    private boolean recordKeys = true;

    /** No other file of the run is read, so no call's or crime record's key is kept. */
    void noRecordKeys() {
        recordKeys = false;
    }

    boolean recordKeys() {
        return recordKeys;
    }

    public String file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    public boolean date1904() {
        return date1904;
    }

    public Partial partial() {
        return partial;
    }

    /**
     * The hash of the row's content: the one its reader gave ({@link SheetRow#contentHash()}, a CSV
     * row's bytes), else {@link RowHash#of} the row, worked out once per row however many checks ask for it.
     */
    long rowHash(SheetRow row) {
        if (row.contentHash() != 0) {
            return row.contentHash();
        }
        if (row != hashedRow) {
            hashed = RowHash.of(row);
            hashedRow = row;
        }
        return hashed;
    }

    /** Says which columns no check reads from now on (see {@link #unread()}). */
    void unread(CsvSource.Unread columns) {
        unread = columns;
    }

    /** The columns no check of this sheet reads, or null while any may be read. */
    CsvSource.Unread unread() {
        return unread;
    }

    public CellRef ref(String a1) {
        return new CellRef(file, sheet, a1);
    }

    /**
     * A finding at a cell (or a whole column, given as its letters); the message is prefixed with where it is.
     * The first {@link FindingSink#LISTED_PER_RULE} of a rule in a sheet are listed; the rest are counted for
     * {@link #reportUnlisted}, so a million bad rows cannot fill the heap.
     */
    public void finding(Severity s, RuleId rule, String cell, String seen, String expected, String message) {
        finding(s, rule, cell, seen, expected, message, null);
    }

    /** As {@link #finding(Severity, RuleId, String, String, String, String)}, with what it counted. */
    public void finding(Severity s, RuleId rule, String cell, String seen, String expected, String message,
                        Finding.Tally tally) {
        if (sink.count(s, rule.id(), sheet)) {
            String where = file + ", sheet '" + sheet + "'" + (cell.isEmpty() ? ""
                    : cell.chars().allMatch(Character::isLetter) ? ", column " + cell : ", cell " + cell);
            partial.addFinding(Finding.of(s, rule).at(file, sheet, cell).seen(seen).expected(expected).tally(tally)
                    .message(where + ": " + message));
        }
    }

    /** One finding per rule that had more than {@link FindingSink#LISTED_PER_RULE} in this sheet, saying how many more. */
    public void reportUnlisted() {
        List<Finding> more = new ArrayList<>(sink.unlisted(file));
        more.sort(Comparator.comparing(Finding::rule));
        more.forEach(partial::addFinding);
        sink.clear();
    }

    public void read() {
        rowsRead++;
    }

    public void rejected() {
        rowsRejected++;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsRejected() {
        return rowsRejected;
    }

    /**
     * Counts a formula cell saved without its result (a {@code <f>} with no {@code <v>}), for one
     * error per sheet: Excel and LibreOffice always save the result, programs that do not calculate
     * (a script writing formulas) do not, and the cell then reads as empty.
     */
    public void uncalculated(String a1, String formula) {
        if (uncalculated++ == 0) {
            firstUncalculatedCell = a1;
            firstUncalculatedFormula = formula;
        }
    }

    /** Emits the one error for this sheet's formulas saved without their results, if there were any. */
    public void reportUncalculated() {
        if (uncalculated == 0) {
            return;
        }
        finding(Severity.ERROR, RuleId.FORMULA_NOT_CALCULATED, firstUncalculatedCell,
                String.format("%,d formula(s) without results", uncalculated), "each formula saved with its result",
                String.format("%,d formula cell(s), the first at %s (=%s), were saved without their results, so "
                        + "forcestat read them as empty. The file was written by a program that does not calculate (a "
                        + "script, for example). Open it in Excel or LibreOffice, let it recalculate, and save it.",
                        uncalculated, firstUncalculatedCell, firstUncalculatedFormula));
        uncalculated = 0;
    }

    /**
     * The date in a cell, as {@link DateValues#fromCell} reads it (day first, as Excel on a UK PC
     * does), noting for {@link #reportDateOrder} which way round each text date's day and month can be.
     */
    public DateValues.Parsed date(Cell c, String a1) {
        return date(c, a1, null, 0);
    }

    /** {@link #date(Cell, String)} of the cell in a 0-based column, its A1 reference made only if it is kept. */
    public DateValues.Parsed date(SheetRow row, int col) {
        return date(row.get(col), null, row, col);
    }

    private DateValues.Parsed date(Cell c, String a1, SheetRow row, int col) {
        if (c.isText()) {
            String text = c.text();
            // A CSV gives the same String for a value repeated in a column (CsvCells): "2018-10" on every row.
            boolean again = text == lastDateText;
            DateValues.Order order = again ? lastDateOrder : DateValues.order(text);
            int o = order.ordinal();
            if (textDates[o]++ == 0) {
                firstTextDateCell[o] = a1 != null ? a1 : row.ref(col);
                firstTextDate[o] = c.text().trim();
            }
            if (order == DateValues.Order.MONTH_FIRST) {
                // Its second number is over 12, so no day-first form reads it: skip trying each.
                return null;
            }
            if (!again) {
                lastDateText = text;
                lastDateOrder = order;
                lastDate = DateValues.fromCell(c, date1904);
            }
            return lastDate;
        }
        return DateValues.fromCell(c, date1904);
    }

    /** The first text date of an order, as "A4 (04/13/2014)". */
    private String firstOf(DateValues.Order order) {
        return firstTextDateCell[order.ordinal()] + " (" + firstTextDate[order.ordinal()] + ")";
    }

    /**
     * One error when the sheet's text dates can only be month first (US style) somewhere: those
     * rows were not counted, and dates that read either way were read day first, perhaps wrongly.
     */
    public void reportDateOrder() {
        long monthFirst = textDates[DateValues.Order.MONTH_FIRST.ordinal()];
        if (monthFirst > 0) {
            long either = textDates[DateValues.Order.EITHER.ordinal()];
            String rest = textDates[DateValues.Order.DAY_FIRST.ordinal()] > 0
                    ? String.format("Other dates in it can only be day first (the first at %s), so the sheet mixes the "
                            + "two orders; check where its rows came from. ", firstOf(DateValues.Order.DAY_FIRST))
                    : either == 0 ? "" : String.format("%,d other date(s) could be read either way and were read day "
                            + "first (the first at %s): if the column is month first, those are wrong too. ", either,
                            firstOf(DateValues.Order.EITHER));
            finding(Severity.ERROR, RuleId.DATE_MONTH_FIRST, firstTextDateCell[DateValues.Order.MONTH_FIRST.ordinal()],
                    String.format("%,d month-first date(s)", monthFirst), "dates as dd/mm/yyyy or Excel dates",
                    String.format("%,d text date(s), the first at %s, can only be read month first (US style), so "
                            + "they were not counted: forcestat reads dd/mm/yyyy, as Excel does on a UK PC. %sConvert "
                            + "the column to Excel dates (Data > Text to Columns > Date: MDY) and save.", monthFirst,
                            firstOf(DateValues.Order.MONTH_FIRST), rest));
        }
        Arrays.fill(textDates, 0);
    }

    /** Counts a value outside a known list, for one warning per column listing each value and its count. */
    public void unknown(String column, String value) {
        unknownValues.computeIfAbsent(column, k -> new TreeMap<>()).merge(value, 1L, Long::sum);
    }

    /** Emits one finding per column with unknown values and their counts. */
    public void reportUnknowns(String what, String countedAs) {
        unknownValues.forEach((column, values) -> {
            StringBuilder seen = new StringBuilder();
            long total = 0;
            for (Map.Entry<String, Long> e : values.entrySet()) {
                if (seen.length() > 0) {
                    seen.append("; ");
                }
                seen.append('"').append(e.getKey()).append("\" x").append(String.format("%,d", e.getValue()));
                total += e.getValue();
            }
            finding(Severity.WARNING, RuleId.UNKNOWN_VALUE, column, seen.toString(), "a known " + what,
                    String.format("%,d row(s) in column %s hold a %s forcestat does not know; they are counted as %s. "
                            + "Correct the values or map them in forcestat.properties.", total, column, what, countedAs));
        });
        unknownValues.clear();
    }
}
