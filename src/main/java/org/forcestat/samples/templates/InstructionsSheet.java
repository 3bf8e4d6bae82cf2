package org.forcestat.samples.templates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.forcestat.model.Text;

/**
 * Writes a template's Instructions sheet: what the file is for, how to fill it in, each column
 * (what to enter, what forcestat does with it, the example row's value), what forcestat makes of
 * the file, and the drop-down lists, each under a workbook name the data sheet's validation uses.
 *
 * <p>Field names are written with their column letter ("A: Date"), never alone in a cell: a bare
 * "Total budget" next to its description would make {@code run} read this sheet as a facts block.
 */
final class InstructionsSheet {
    private static final int[] WIDTHS = {26, 52, 52, 20};
    /** Characters per line of the four columns merged, for estimating a wrapped paragraph's height. */
    private static final int FULL_WIDTH = java.util.Arrays.stream(WIDTHS).sum();
    private static final float LINE_POINTS = 13f;

    private final Template t;
    private final XSSFSheet sheet;
    private final TemplateStyles styles;
    private int next;

    private InstructionsSheet(Template t, XSSFSheet sheet, TemplateStyles styles) {
        this.t = t;
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(Template t, XSSFSheet sheet, TemplateStyles styles) {
        new InstructionsSheet(t, sheet, styles).write();
    }

    private void write() {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        text(next++, 0, t.title() + ": instructions", styles.title);
        text(next++, 0, "A forcestat input template (" + t.file() + "). Fill in the '" + t.sheet()
                + "' sheet; this sheet explains it.", styles.note);
        section("What this file is for");
        t.purpose().forEach(this::paragraph);
        section("How to fill it in");
        howTo().forEach(this::paragraph);
        section(t.facts() ? "The facts (column A of '" + t.sheet() + "', values in column B)"
                : "The columns (row 1 of '" + t.sheet() + "')");
        columnTable();
        section("What forcestat does with it");
        t.processing().forEach(this::paragraph);
        lists();
        sheet.setDisplayGridlines(false);
        sheet.setRepeatingRows(null);
    }

    private List<String> howTo() {
        List<String> steps = new ArrayList<>();
        if (t.facts()) {
            steps.add("1. Type each figure in column B beside its label. Keep the labels in column A as they are: "
                    + "forcestat finds each figure by its label.");
            steps.add("2. The values already in column B are an example (a sample force's figures, listed below): "
                    + "overwrite every one of them. A value left in is read as yours.");
        } else {
            steps.add("1. Type your data into the '" + t.sheet() + "' sheet from row 2 down, one row per line of "
                    + "data. Keep the header row (row 1) as it is: forcestat finds the columns by these names. "
                    + "Select a header cell to see what its column wants.");
            steps.add("2. Row 2 is an EXAMPLE row, with valid values (shown in the table below): type your first "
                    + "row over it, or delete the row. If you leave it in, forcestat counts it like any other row.");
        }
        steps.add("3. Cells with a drop-down arrow take a value from a list (the lists are at the bottom of this "
                + "sheet). Dates are dd/mm/yyyy; amounts are in pounds, as plain numbers.");
        steps.add("4. Save the file as .xlsx (you may rename it) in the folder forcestat reads, workbooks/ by default, "
                + "and run: java -jar forcestat.jar run. Any problem is listed on the summary's Validation sheet "
                + "with its file, sheet and cell.");
        return steps;
    }

    private void columnTable() {
        Row head = sheet.createRow(next++);
        String[] heads = {t.facts() ? "Cell: label" : "Column: header", "What to enter", "What forcestat does with it",
            t.facts() ? "Example value (column B)" : "Example (row 2)"};
        for (int c = 0; c < heads.length; c++) {
            text(head.getRowNum(), c, heads[c], styles.tableHead);
        }
        List<Column> cols = t.columns();
        for (int i = 0; i < cols.size(); i++) {
            Column col = cols.get(i);
            String where = t.facts() ? "A" + (2 + i) : Template.letter(i);
            int r = next++;
            text(r, 0, where + ": " + col.header(), styles.wrap);
            text(r, 1, col.enter(), styles.wrap);
            text(r, 2, col.use(), styles.wrap);
            text(r, 3, show(col), styles.wrap);
            int lines = Math.max(lines(col.enter(), WIDTHS[1]), lines(col.use(), WIDTHS[2]));
            lines = Math.max(lines, lines(where + ": " + col.header(), WIDTHS[0]));
            sheet.getRow(r).setHeightInPoints(lines * LINE_POINTS + 2);
        }
    }

    /** The drop-down lists used, side by side, each named for the data sheet's validations. */
    private void lists() {
        Set<DropDown> used = new LinkedHashSet<>();
        t.columns().forEach(c -> {
            if (c.list() != null) {
                used.add(c.list());
            }
        });
        if (used.isEmpty()) {
            return;
        }
        section("Drop-down lists");
        paragraph("The drop-downs in '" + t.sheet() + "' take their values from the cells below, which are the names "
                + "forcestat uses. forcestat also reads common other spellings (P1 for Immediate, Red for At risk ...); "
                + "a value it does not know is listed on the Validation sheet.");
        int head = next++;
        int col = 0;
        int longest = 0;
        for (DropDown d : used) {
            text(head, col, d.title(), styles.tableHead);
            List<?> items = d.items();
            for (int i = 0; i < items.size(); i++) {
                Row row = row(head + 1 + i);
                Cell cell = row.createCell(col);
                if (items.get(i) instanceof Integer n) {
                    cell.setCellValue(n);
                } else {
                    cell.setCellValue(items.get(i).toString());
                }
                cell.setCellStyle(styles.data(Format.TEXT));
            }
            Name name = sheet.getWorkbook().createName();
            name.setNameName(d.rangeName());
            String column = CellReference.convertNumToColString(col);
            name.setRefersToFormula("'" + TemplateBook.INSTRUCTIONS + "'!$" + column + "$" + (head + 2) + ":$"
                    + column + "$" + (head + 1 + items.size()));
            longest = Math.max(longest, items.size());
            col++;
        }
        next = head + 1 + longest;
    }

    private static String show(Column col) {
        Object v = col.example();
        if (v == null) {
            return "(blank)";
        }
        return switch (col.format()) {
            case DATE -> ((LocalDate) v).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case DATE_TIME -> ((LocalDateTime) v).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
            case MONTH -> Text.month(YearMonth.from((LocalDate) v));
            case COUNT -> String.format(Locale.UK, "%,d", ((Number) v).longValue());
            case POUNDS -> String.format(Locale.UK, "£%,d", ((Number) v).longValue());
            default -> v.toString();
        };
    }

    private void section(String title) {
        next++;
        text(next++, 0, title, styles.section);
    }

    /** A wrapped paragraph across the four columns, its height estimated (POI cannot measure text). */
    private void paragraph(String text) {
        int r = next++;
        text(r, 0, text, styles.wrap);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
        sheet.getRow(r).setHeightInPoints(lines(text, FULL_WIDTH) * LINE_POINTS + 2);
    }

    private static int lines(String text, int width) {
        // A column-width unit is one Calibri 11 digit; Arial 10 text fits about 1.1 letters in it on
        // average, less where long words wrap early, so this errs towards a row too tall, never cut off.
        return Math.max(1, (int) Math.ceil(text.length() / (width * 1.1)));
    }

    private void text(int r, int c, String value, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }
}
