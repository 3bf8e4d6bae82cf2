package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.forcestat.format.CellAddress;
import org.forcestat.model.Kind;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Receives a sheet's rows as they stream: looks for the header in the first 30 rows (keeping only
 * those), classifies the sheet, then hands each data row to the kind's reader without keeping it.
 */
final class SheetProcessor implements RowHandler {
    static final int HEADER_SEARCH_ROWS = 30;

    private final SheetContext ctx;
    private final HeaderMatcher matcher;
    /** Layouts a forced kind allows (empty: a facts block), or null when the kind is not forced. */
    private final Set<Layout> forced;
    private final List<SheetRow> firstRows = new ArrayList<>();
    /** The rows above the header (a title block saying "All figures £000"), for the finance readers. */
    private List<SheetRow> above = List.of();
    private HeaderMatch header;
    private KindReader reader;
    private Kind kind = Kind.UNRECOGNISED;
    /** The known data set forcestat does not count that the sheet's header says it is ({@link OtherData}), or null. */
    private String other;
    /** The header row as matched, for a second header row under it ({@link #groupedHeader}). */
    private SheetRow headerCells;
    /** True when the header's rows turned out to be days of the week ({@link #byWeekday}): not counted, said once. */
    private boolean weekdayTable;
    private int factRows;
    private boolean searching = true;
    private long formulaCells;
    private boolean facts;
    private long totalRows;
    private HeaderMatcher.NearMiss nearMiss;
    private SheetRow nearMissRow;
    /** Rows with values below a near-miss header: what a sheet missing a column would have counted. */
    private long rowsUnderNearMiss;
    private int lastDataRow = -1;
    private int blankRuns;
    private int firstBlankRow = -1;
    private long blankRows;
    /** Columns whose header cell is not blank (set when the header is found; not for facts). */
    private boolean[] named;
    /** Columns with values under a blank header: the first cell of each, in column order. */
    private final java.util.TreeMap<Integer, String> unnamed = new java.util.TreeMap<>();
    private long unnamedCells;
    /** Rows under a header just found, kept until {@link #SAMPLE_ROWS} of them show what its columns hold. */
    private List<SheetRow> sample;
    /** Footer lines under the data ({@link Values#isNoteRow}), not counted. */
    private int noteRows;
    private int sampled;
    /** Data rows looked at before a header's columns are taken for their fields (see {@link ColumnCheck}). */
    static final int SAMPLE_ROWS = 100;

    SheetProcessor(SheetContext ctx, HeaderMatcher matcher) {
        this(ctx, matcher, null);
    }

    SheetProcessor(SheetContext ctx, HeaderMatcher matcher, Set<Layout> forced) {
        this.ctx = ctx;
        this.matcher = matcher;
        this.forced = forced;
        if (forced != null && forced.isEmpty()) {
            kind = Kind.FACTS;
            reader = new FactsReader(ctx);
            facts = true;
        }
    }

    @Override
    public void row(SheetRow row) {
        for (Cell c : row.cells()) {
            if (c.formula() != null) {
                formulaCells++;
            }
        }
        if (sample != null) {
            sample.add(row);
            if (!row.isBlank() && ++sampled >= SAMPLE_ROWS) {
                startReader();
            }
            return;
        }
        if (reader != null) {
            deliver(row);
            return;
        }
        if (nearMiss != null && row.rowNumber() > nearMiss.headerRow() && !row.isBlank() && !Values.isTotalRow(row)) {
            rowsUnderNearMiss++;
        }
        search(row);
    }

    @Override
    public void ahead(List<SheetRow> rows) {
        if (reader != null && sample == null) {
            reader.ahead(rows);
        }
    }

    /** Checks the header's columns against the rows sampled under it, then reads those rows. */
    private void startReader() {
        List<SheetRow> rows = sample;
        sample = null;
        if (forced == null && byWeekday(rows)) {
            // "Day | 00:00 | 01:00 ... | Total" over Monday ... Sunday: a profile of the week, no day's count.
            ctx.finding(Severity.INFO, RuleId.SHEET_UNRECOGNISED, "A" + (header.headerRow() + 1), "Monday ... Sunday",
                    "dates", "Sheet '" + ctx.sheet() + "' has a day of the week, not a date, on each row (a table by "
                            + "weekday): no row is one day's figures, so nothing in it was counted.");
            weekdayTable = true;
            kind = Kind.UNRECOGNISED;
            header = null;
            searching = false;
            return;
        }
        if (!rows.isEmpty() && rows.get(0).rowNumber() == header.headerRow() + 1) {
            HeaderMatch two = groupedHeader(headerCells, rows.get(0));
            if (two != null) {
                header = two;
                // a column is named by either row ("Incident" merged down, "Time" under "Received")
                boolean[] top = namedColumns(headerCells);
                boolean[] under = namedColumns(rows.get(0));
                named = java.util.Arrays.copyOf(top, Math.max(top.length, under.length));
                for (int c = 0; c < under.length; c++) {
                    named[c] |= under[c];
                }
                lastDataRow = two.headerRow();
                rows = rows.subList(1, rows.size());
            }
        }
        header = ColumnCheck.refine(header, rows, ctx, matcher.values());
        header = GradeStage.choose(header, rows, ctx, matcher.values(), matcher.mapped(header.layout(), "grading"));
        reader = create(header);
        rows.forEach(this::deliver);
    }

    private void deliver(SheetRow row) {
        uncalculatedFormulas(row);
        if (row.isBlank()) {
            return;
        }
        if (reader.pastData(row)) {
            // Past the data (a budget's financing under its net total): neither a total of it nor a gap in it.
            if (Values.isTotalRow(row)) {
                reader.totalRow(row);
            } else {
                reader.row(row);
            }
            return;
        }
        // "Total" rows under the data repeat it; a facts block's "Total budget" is a fact.
        if (!facts && Values.isTotalRow(row)) {
            totalRows++;
            lastDataRow = row.rowNumber();
            reader.totalRow(row);
            return;
        }
        // A report's footer ("Produced by ... on ...", "Source: ...") is not data, nor are the blank rows above it.
        if (!facts && lastDataRow > header.headerRow() && Values.isNoteRow(row)) {
            noteRows++;
            lastDataRow = row.rowNumber();
            return;
        }
        blankRowsBefore(row);
        if (named != null) {
            unnamedColumns(row);
        }
        reader.row(row);
    }

    private void search(SheetRow row) {
        if (!searching) {
            return;
        }
        if (row.rowNumber() >= HEADER_SEARCH_ROWS) {
            searching = false;
            startFactsIfAny();
            if (reader != null) {
                reader.row(row);
            }
            return;
        }
        other = forced == null ? OtherData.of(row) : null;
        if (other != null) {
            // police.uk's outcomes or stop-and-search: nothing here is counted, and nothing need be said per file.
            searching = false;
            firstRows.clear();
            ctx.partial().addFinding(OtherData.finding(ctx.file(), ctx.sheet(), other));
            return;
        }
        firstRows.add(row);
        if (FactsReader.isFactRow(row)) {
            factRows++;
        }
        // "Apr" ... "Mar" under a sheet named "2023-24": the months are given their years before matching
        SheetRow cand = MonthNames.withYears(row, ctx.sheet(), firstRows);
        matcher.match(cand, forced).ifPresentOrElse(m -> {
            header = m;
            headerCells = cand;
            kind = m.layout().kind();
            sample = new ArrayList<>();
            lastDataRow = cand.rowNumber();
            duplicateHeaders(cand);
            misspelt(cand, m.layout(), new java.util.HashSet<>(m.columns().values()), m.extraColumns().keySet());
            unusedMappings(cand, m);
            named = namedColumns(cand);
            above = List.copyOf(firstRows.subList(0, firstRows.size() - 1));
            if (m.layout() == Layout.MONTH_COLUMNS && m.col("label") < named.length) {
                // A pivot's row labels sit under a blank corner, as pivot tables write them.
                named[m.col("label")] = true;
            }
            firstRows.clear();
        }, () -> matcher.nearMiss(row).ifPresent(n -> {
            if (nearMiss == null) {
                nearMiss = n;
                nearMissRow = row;
            }
        }));
    }

    /** A header cell one or two letters from a known header: a warning naming both, never a silent drop. */
    private void misspelt(SheetRow row, Layout layout, java.util.Set<Integer> taken, java.util.Set<Integer> extra) {
        taken.addAll(extra);
        for (HeaderMatcher.Misspelt m : matcher.misspelt(row, layout, taken)) {
            ctx.finding(Severity.WARNING, RuleId.HEADER_NEAR_MISS, row.ref(m.col()), m.text(), m.known(),
                    "The header \"" + m.text() + "\" is not one forcestat knows, but it is close to \"" + m.known()
                            + "\" (" + m.field() + "); the column was not read. If that is what it is, correct the "
                            + "header, or map it in forcestat.properties.");
        }
    }

    /** A mapping in forcestat.properties naming a header this sheet does not have: a warning with the headers seen. */
    private void unusedMappings(SheetRow row, HeaderMatch m) {
        for (HeaderMatcher.UnusedMapping u : matcher.unusedMappings(m)) {
            String seen = String.join(", ", new java.util.TreeMap<>(m.headers()).values());
            String read = m.has(u.field()) ? "the column \"" + m.header(m.col(u.field())) + "\" was read for "
                    + u.field() + " instead" : "no column was read for " + u.field();
            int first = m.headers().isEmpty() ? 0 : java.util.Collections.min(m.headers().keySet());
            MissingMapping missing = new MissingMapping(row.rowNumber() + 1, seen, read);
            ctx.finding(Severity.WARNING, RuleId.MAPPING_NOT_FOUND, row.ref(first), u.line(), seen,
                    missing.message(u.line()), missing);
        }
    }

    private void startFactsIfAny() {
        if (factRows >= 2 && forced == null) {
            kind = Kind.FACTS;
            reader = new FactsReader(ctx);
            facts = true;
            firstRows.forEach(reader::row);
        }
        firstRows.clear();
    }

    private KindReader create(HeaderMatch m) {
        KindReader r = kindReader(m);
        // One row per record: a block of rows pasted twice is found and counted once (SPEC §4.1).
        boolean records = m.layout() == Layout.CALL_RECORDS || m.layout() == Layout.CRIMES && m.col("count") < 0;
        if (records && m.col("id") >= 0) {
            ctx.unread(new CsvSource.Unread(unread(m), m.col("id")));
        }
        if (!records) {
            return r;
        }
        PastedBlocks blocks = new PastedBlocks(ctx, r, m.col("id"));
        if (r instanceof CallRecordReader calls && m.col("id") >= 0) {
            calls.ids().share(blocks);
        } else if (r instanceof CrimeReader crimes && m.col("id") >= 0) {
            crimes.ids().share(blocks);
        }
        return blocks;
    }

    /**
     * The columns of a one-row-per-record sheet that no check reads: those under a header that names
     * none of the layout's fields. Their values are still hashed with the row (a CSV hashes its row's
     * bytes), but a reader that can need not make them in a row that has an ID (police.uk's
     * coordinates, LSOA codes and names, outcomes). The readers of these layouts read only their
     * fields' columns, and a record's whole row only when it has no ID (its key in another file,
     * {@link RowHash#fieldsAsText}); the other checks (blank rows, total rows, blank headers) read a
     * cell's blankness, the first four cells and the columns under a blank header, which stay read.
     */
    private boolean[] unread(HeaderMatch m) {
        boolean[] unread = named.clone();
        m.columns().values().forEach(c -> {
            if (c < unread.length) {
                unread[c] = false;
            }
        });
        m.extraColumns().keySet().forEach(c -> {
            if (c < unread.length) {
                unread[c] = false;
            }
        });
        return unread;
    }

    private KindReader kindReader(HeaderMatch m) {
        return switch (m.layout()) {
            case CALL_RECORDS -> new CallRecordReader(ctx, m, matcher.values());
            case CALLS_DAILY -> new CallDailyReader(ctx, m);
            case CRIMES -> new CrimeReader(ctx, m, matcher.values());
            case MONTH_COLUMNS -> new MonthColumnsReader(ctx, m, matcher.values());
            case CRIME_TOTALS -> new CrimeTotalsReader(ctx, m);
            case SAVINGS -> new SavingsReader(ctx, m, matcher.values(), above);
            case BUDGET -> new BudgetReader(ctx, m, above);
            case THREATS -> new ThreatReader(ctx, m);
        };
    }

    /** Blank rows between data rows (rows absent from the file are blank too): one warning per sheet. */
    private void blankRowsBefore(SheetRow row) {
        if (!facts && lastDataRow >= 0 && row.rowNumber() > lastDataRow + 1 && lastDataRow != header.headerRow()) {
            blankRuns++;
            blankRows += row.rowNumber() - lastDataRow - 1;
            if (firstBlankRow < 0) {
                firstBlankRow = lastDataRow + 1;
            }
        }
        lastDataRow = row.rowNumber();
    }

    private static boolean[] namedColumns(SheetRow header) {
        int last = -1;
        for (Cell c : header.cells()) {
            last = Math.max(last, c.col());
        }
        boolean[] named = new boolean[last + 1];
        for (Cell c : header.cells()) {
            named[c.col()] = !c.isBlank();
        }
        return named;
    }

    /** Formulas saved without results, in any column: counted for one error per sheet. */
    private void uncalculatedFormulas(SheetRow row) {
        for (Cell c : row.cells()) {
            if (c.isUncalculatedFormula()) {
                ctx.uncalculated(row.ref(c.col()), c.formula());
            }
        }
    }

    /** Values in a column whose header is blank are never read: remember where, to say so once. */
    private void unnamedColumns(SheetRow row) {
        for (Cell c : row.cells()) {
            int col = c.col();
            if ((col >= named.length || !named[col]) && !c.isBlank()) {
                unnamedCells++;
                if (!unnamed.containsKey(col) && unnamed.size() < 50) {
                    unnamed.put(col, row.ref(col));
                }
            }
        }
    }

    /** Two header cells with the same text: only the first is read, which may not be the one meant. */
    private void duplicateHeaders(SheetRow row) {
        java.util.Map<String, Cell> seen = new java.util.HashMap<>();
        for (Cell c : row.cells()) {
            if (!c.isText()) {
                continue;
            }
            // "% change" is not "Change": the symbols that make a header another measure are kept in its key
            String symbols = c.text().replaceAll("[^%£$€#+]", "");
            Cell first = seen.putIfAbsent(org.forcestat.model.Text.key(c.text()) + symbols, c);
            if (first != null) {
                ctx.finding(Severity.WARNING, RuleId.DUPLICATE_HEADER, row.ref(c.col()), c.text().trim(),
                        "a header used once", "The header \"" + c.text().trim() + "\" appears in column "
                                + CellAddress.column(first.col()) + " and again in column " + CellAddress.column(c.col())
                                + "; forcestat reads the first. Rename one of them.");
            }
        }
    }

    /** True when the sheet was reported as missing a required column (so it is not also "unrecognised"). */
    boolean reportedMissingColumn() {
        return kind == Kind.UNRECOGNISED && nearMiss != null;
    }

    /**
     * The header of a sheet whose header takes two rows ("Received" merged over "Date" and "Time", the
     * other headers merged down over both), matched on the two rows' words together; null when the row
     * under the header is not a second header row: it must hold only text, some of it under a blank
     * header cell (the span of a merged one). Without it, "Date" and "Time" were read as a call.
     */
    private HeaderMatch groupedHeader(SheetRow top, SheetRow under) {
        if (top == null || forced != null && forced.isEmpty()) {
            return null;
        }
        boolean underBlank = false;
        int width = 0;
        for (Cell c : under.cells()) {
            if (c.isBlank()) {
                continue;
            }
            if (!c.isText() || Values.text(c).length() > 40) {
                return null;
            }
            underBlank |= Values.text(top.get(c.col())).isBlank();
            width = Math.max(width, c.col() + 1);
        }
        if (!underBlank) {
            return null;
        }
        for (Cell c : top.cells()) {
            width = Math.max(width, c.col() + 1);
        }
        // Each column's words: the top row's (or, under a merged cell's span, the nearest to its left) and the
        // second row's, together ("Received Date") or the second row's alone ("Date"), whichever maps more columns.
        List<Cell> joined = new ArrayList<>();
        List<Cell> lower = new ArrayList<>();
        String span = "";
        for (int col = 0; col < width; col++) {
            String t = Values.text(top.get(col)).trim();
            String u = Values.text(under.get(col)).trim();
            span = t.isEmpty() ? span : t;
            String p = t.isEmpty() && !u.isEmpty() ? span : t;
            String both = p.isEmpty() ? u : u.isEmpty() ? p : p + " " + u;
            if (!both.isEmpty()) {
                joined.add(Cell.text(col, both, null));
                lower.add(Cell.text(col, u.isEmpty() ? p : u, null));
            }
        }
        HeaderMatch best = null;
        for (List<Cell> words : List.of(joined, lower)) {
            HeaderMatch m = matcher.match(new SheetRow(under.rowNumber(), words), forced).orElse(null);
            if (m != null && m.layout() == header.layout()
                    && (best == null ? m.columns().size() > header.columns().size()
                            : m.columns().size() > best.columns().size())) {
                best = m;
            }
        }
        return best;
    }

    /** True when most of the sampled rows' date (received) cells are days of the week ("Monday", "Tue"). */
    private boolean byWeekday(List<SheetRow> rows) {
        int col = header.col("date") >= 0 ? header.col("date") : header.col("received");
        if (col < 0) {
            return false;
        }
        int values = 0;
        int weekdays = 0;
        for (SheetRow r : rows) {
            String t = Values.text(r.get(col)).trim().toLowerCase(java.util.Locale.ROOT);
            if (t.isEmpty() || Values.isTotalRow(r)) {
                continue;
            }
            values++;
            if (t.length() >= 3 && WEEKDAYS.stream().anyMatch(d -> d.startsWith(t.endsWith("s") ? t.substring(0, t.length() - 1) : t))) {
                weekdays++;
            }
        }
        return weekdays >= 3 && weekdays * 5 >= values * 4;
    }

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Ends the sheet: a sheet shorter than 30 rows may still be a facts block. */
    void finish() {
        if (sample != null) {
            startReader();
        }
        if (reader == null && searching) {
            startFactsIfAny();
        }
        if (reader == null && forced != null) {
            ctx.finding(Severity.WARNING, RuleId.FORCED_KIND_NOT_FOUND, "", "no header row",
                    "a header row of " + forced, "forcestat.properties says sheet '" + ctx.sheet() + "' holds "
                            + forced + ", but none of its first " + HEADER_SEARCH_ROWS + " rows is a header of that "
                            + "kind; it was not counted. Check the headers, or map them in forcestat.properties.");
        }
        if (reader != null) {
            reader.end();
        }
        ctx.reportUncalculated();
        ctx.reportDateOrder();
        ctx.reportUnlisted();
        if (!unnamed.isEmpty()) {
            List<String> cols = unnamed.keySet().stream().limit(8).map(CellAddress::column).toList();
            String first = unnamed.firstEntry().getValue();
            ctx.finding(Severity.WARNING, RuleId.BLANK_HEADER, first, "no header", "a header naming the column",
                    String.format("%s %s %s values (%,d cell%s, the first at %s) but no header in row %d, so "
                            + "forcestat did not read them. Give each column a header, or delete the column if "
                            + "it is not needed.", cols.size() == 1 ? "Column" : "Columns",
                            String.join(", ", cols) + (unnamed.size() > cols.size() ? " and others" : ""),
                            cols.size() == 1 ? "holds" : "hold", unnamedCells, unnamedCells == 1 ? "" : "s", first,
                            header.headerRow() + 1));
        }
        if (blankRuns > 0) {
            ctx.finding(Severity.WARNING, RuleId.BLANK_ROWS, "A" + (firstBlankRow + 1), blankRows + " blank row(s)",
                    "no blank rows inside the data", String.format("%,d blank row(s) in %d place(s) inside the data, "
                            + "the first at row %d. Rows below a blank row are still read, but a blank row often "
                            + "means a filter or sort left something out: check nothing is missing.", blankRows,
                            blankRuns, firstBlankRow + 1));
        }
        if (reportedMissingColumn() && factRows < 2 && nearMissRow != null) {
            misspelt(nearMissRow, nearMiss.layout(), new java.util.HashSet<>(), java.util.Set.of());
        }
        if (reportedMissingColumn() && factRows < 2) {
            // A call export that lost all its calls must not leave a Summary without them at exit 0.
            boolean lost = nearMiss.plainlyCallRecords() && rowsUnderNearMiss > 0;
            String field = nearMiss.missing().get(0);
            String example = nearMiss.layout().kind().name().toLowerCase(java.util.Locale.ROOT) + "." + field
                    + " = Your " + field.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + field.substring(1)
                    + " Header";
            ctx.finding(lost ? Severity.ERROR : Severity.WARNING, RuleId.MISSING_COLUMN, "A" + (nearMiss.headerRow() + 1),
                    String.join(" | ", nearMiss.found()), "a column for " + String.join(" and ", nearMiss.missing()),
                    "Row " + (nearMiss.headerRow() + 1) + " looks like the header of a "
                            + nearMiss.layout().kind().label().toLowerCase(java.util.Locale.ROOT) + " sheet but has no "
                            + String.join(" or ", nearMiss.missing()) + " column (forcestat found: "
                            + String.join(", ", nearMiss.found()) + "), so the sheet was not counted"
                            + (lost ? String.format(" (%,d row(s) of calls below it are missing from every figure)",
                            rowsUnderNearMiss) : "") + ". Add the column, or name your header in forcestat.properties ("
                            + example + "; see docs/inputs-vocabulary.md).");
        }
    }

    long formulaCells() {
        return formulaCells;
    }

    /** Rows under the header recognised as totals ("Total", "Grand total") and not counted. */
    long totalRows() {
        return totalRows;
    }

    Kind kind() {
        Kind decided = reader == null ? null : reader.kind();
        return decided != null ? decided : kind;
    }

    /** The kind a sheet of no kind came closest to (its header row lacks a required column), or null. */
    /**
     * True when a finding already says why the sheet was not counted: a known data set forcestat does not
     * count (police.uk's outcomes, stop and search), or a table by day of the week.
     */
    boolean saidWhyNotCounted() {
        return other != null || weekdayTable;
    }

    org.forcestat.model.SheetInfo.Near near() {
        return reportedMissingColumn() ? new org.forcestat.model.SheetInfo.Near(nearMiss.layout().kind(),
                nearMiss.headerRow() + 1, nearMiss.found(), nearMiss.missing()) : null;
    }

    /** 1-based header row, or 0 when there is none. */
    int headerRow() {
        return header == null ? 0 : header.headerRow() + 1;
    }
}
