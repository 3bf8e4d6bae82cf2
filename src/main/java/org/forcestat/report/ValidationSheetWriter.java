package org.forcestat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.forcestat.format.xlsx.Cells;
import org.forcestat.format.xlsx.SheetModel;
import org.forcestat.format.xlsx.StyleTable;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleWords;
import org.forcestat.model.Severity;
import org.forcestat.report.HouseStyle.Kind;

/**
 * The Validation sheet: every finding, errors first, as an Excel table with autofilter. Everything
 * taken from inputs is written as text cells, so a value like "=HYPERLINK(...)" is shown, never run.
 */
final class ValidationSheetWriter {
    static final String SHEET = "Validation";
    static final int HEADER_ROW = 3;
    /** Characters of the Message column's width. */
    static final int MESSAGE_CHARS = 58;
    static final String[] COLUMNS = {"Severity", "Rule", "File", "Sheet", "Cell", "Seen", "Expected", "Message", "Suppressed"};

    private ValidationSheetWriter() {
    }

    static void write(Grid g, List<Finding> findings, String marking) {
        g.text(0, 0, "Validation findings", Kind.TITLE);
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        long info = count(findings, Severity.INFO);
        long suppressed = findings.stream().filter(Finding::suppressed).count();
        g.text(1, 0, String.format("%,d errors, %,d warnings, %,d information (not counting %,d suppressed). "
                + "Each finding gives the file, sheet and cell to look at and what to do.", errors, warnings, info, suppressed),
                Kind.SUBTITLE);
        g.header(HEADER_ROW, 0, COLUMNS);
        int row = HEADER_ROW + 1;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        for (Finding f : sorted) {
            // every cell wrapped and top-aligned: a row as tall as its message reads from its top line
            g.text(row, 0, f.severity().label(), Kind.TEXT_WRAP);
            // the rule in words, with its id for a suppress line: an id alone (MERGED_CATEGORY) said nothing to a reader
            g.text(row, 1, RuleWords.shown(f.rule()), Kind.TEXT_WRAP);
            g.text(row, 2, f.file(), Kind.TEXT_WRAP);
            g.text(row, 3, f.sheet(), Kind.TEXT_WRAP);
            g.text(row, 4, f.cell(), Kind.TEXT_WRAP);
            g.text(row, 5, f.seen(), Kind.TEXT_WRAP);
            g.text(row, 6, f.expected(), Kind.TEXT_WRAP);
            g.text(row, 7, message(f), Kind.TEXT_WRAP);
            g.text(row, 8, f.suppressed() ? "Suppressed: " + f.suppressedReason() : "", Kind.TEXT_WRAP);
            row++;
        }
        if (findings.isEmpty()) {
            g.text(row, 0, "None");
            g.text(row, 7, "No findings: every input passed every check.");
            row++;
        }
        Tables.create(g.sheet(), "Findings", HEADER_ROW, 0, row - 1, COLUMNS.length - 1);
        severityColours(g, row - 1);
        g.freeze(HEADER_ROW + 1);
        g.minWidth(0, 8);
        // The message is the longest text of a row, and a row is as tall as its most wrapped cell: a wide
        // message column and narrower ones beside it make rows of 3 to 5 lines, not 6 to 8 (about six
        // findings a page). The sheet prints one page wide, so the columns add up to about
        // Grid.PAGE_CHARS (at 179 characters its text printed at 7.7 pt).
        g.minWidth(7, MESSAGE_CHARS);
        g.maxWidth(7, MESSAGE_CHARS);
        g.maxWidth(1, 20);
        g.maxWidth(2, 12);
        g.maxWidth(3, 8);
        g.maxWidth(4, 6);
        g.maxWidth(5, 10);
        g.maxWidth(6, 10);
        g.maxWidth(8, 10);
        g.finish(marking);
        g.heightenWrappedRows(HEADER_ROW + 1, Kind.TEXT_WRAP, true);
    }

    /**
     * The message without the place it starts with when that place is the row's File, Sheet and Cell
     * columns ("calls.xlsx, sheet 'Report', cell D7: the formula ..." shows "The formula ..."): said twice, it
     * was a line of every row.
     */
    static String message(Finding f) {
        String m = f.message();
        if (f.file().isEmpty() || f.sheet().isEmpty()) {
            return m;
        }
        String start = f.file() + ", sheet '" + f.sheet() + "'";
        for (String place : f.cell().isEmpty() ? new String[] {": "}
                : new String[] {", cell " + f.cell() + ": ", ", column " + f.cell() + ": "}) {
            if (m.startsWith(start + place) && m.length() > start.length() + place.length()) {
                String rest = m.substring(start.length() + place.length());
                return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return m;
    }

    /** Findings that count: suppressed ones are listed but not counted. */
    static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && !f.suppressed()).count();
    }

    private static void severityColours(Grid g, int lastRow) {
        String range = Cells.range(HEADER_ROW + 1, 0, lastRow, 0);
        StyleTable styles = g.sheet().styles;
        g.sheet().equalRules(range, List.of(new SheetModel.EqualRule("\"Error\"", styles.dxf(0xF8CBAD, null)),
                new SheetModel.EqualRule("\"Warning\"", styles.dxf(0xFFE699, null))));
    }
}
