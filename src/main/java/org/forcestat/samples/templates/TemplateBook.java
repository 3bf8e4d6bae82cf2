package org.forcestat.samples.templates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds one template workbook: the data sheet (header row with input messages, the example row,
 * column formats, drop-downs and other data validation, frozen header, sized columns, print set-up)
 * followed by the {@value #INSTRUCTIONS} sheet, which also holds the drop-downs' lists. Rows are
 * 0-based in code; messages show A1 references.
 */
final class TemplateBook {
    static final String INSTRUCTIONS = "Instructions";
    /** The data sheet's example row, 0-based: the row under the header (row 2 in Excel). */
    static final int EXAMPLE_ROW = 1;
    /**
     * The last row (0-based) the drop-downs and checks cover: row 10,000 in Excel. A whole-column range
     * (to row 1,048,576) made ExcelJS take 40-90 s and 2.6 GB per template; a year's calls per row
     * belong in a system export, not a typed template.
     */
    static final int LAST_ROW = 9_999;
    private static final String FIRST_DATE = "DATE(1990,1,1)";
    private static final String LAST_DATE = "DATE(2099,12,31)";

    private TemplateBook() {
    }

    /** The template as a workbook ready to write; the caller closes it. */
    static XSSFWorkbook build(Template t) {
        XSSFWorkbook wb = new XSSFWorkbook();
        TemplateStyles styles = new TemplateStyles(wb);
        XSSFSheet data = wb.createSheet(t.sheet());
        XSSFSheet instructions = wb.createSheet(INSTRUCTIONS);
        InstructionsSheet.write(t, instructions, styles);
        if (t.facts()) {
            writeFacts(t, data, styles);
        } else {
            writeColumns(t, data, styles);
        }
        for (XSSFSheet sheet : List.of(data, instructions)) {
            sheet.getPrintSetup().setLandscape(sheet == data);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getFooter().setLeft("&F");
            sheet.getFooter().setRight("Page &P of &N");
        }
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        var core = wb.getProperties().getCoreProperties();
        core.setTitle(t.title() + " (forcestat template)");
        core.setCreator("forcestat templates");
        core.setDescription("A blank input workbook for forcestat: fill in the '" + t.sheet()
                + "' sheet; the Instructions sheet says how.");
        wb.getProperties().getExtendedProperties().setApplication("forcestat");
        return wb;
    }

    private static void writeColumns(Template t, XSSFSheet sheet, TemplateStyles styles) {
        XSSFDataValidationHelper dv = new XSSFDataValidationHelper(sheet);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(30);
        Row example = sheet.createRow(EXAMPLE_ROW);
        List<Column> cols = t.columns();
        for (int c = 0; c < cols.size(); c++) {
            Column col = cols.get(c);
            Cell h = header.createCell(c);
            h.setCellValue(col.header());
            h.setCellStyle(col.format().isNumber() ? styles.headerRight : styles.header);
            prompt(sheet, dv, new CellRangeAddressList(0, 0, c, c), col);
            sheet.setColumnWidth(c, col.width() * 256 + 200);
            sheet.setDefaultColumnStyle(c, styles.data(col.format()));
            Cell e = example.createCell(c);
            e.setCellStyle(styles.data(col.format()));
            setValue(e, col.example());
            guard(sheet, dv, new CellRangeAddressList(EXAMPLE_ROW, LAST_ROW, c, c), col, false);
        }
        sheet.createFreezePane(1, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /** Facts: a title, then one row per fact: label in A, value in B (the example value). */
    private static void writeFacts(Template t, XSSFSheet sheet, TemplateStyles styles) {
        XSSFDataValidationHelper dv = new XSSFDataValidationHelper(sheet);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(t.title());
        title.setCellStyle(styles.title);
        int width = 12;
        for (int i = 0; i < t.columns().size(); i++) {
            Column fact = t.columns().get(i);
            Row row = sheet.createRow(1 + i);
            Cell label = row.createCell(0);
            label.setCellValue(fact.header());
            label.setCellStyle(styles.label);
            Cell value = row.createCell(1);
            value.setCellStyle(styles.data(fact.format()));
            setValue(value, fact.example());
            guard(sheet, dv, new CellRangeAddressList(1 + i, 1 + i, 1, 1), fact, true);
            width = Math.max(width, fact.header().length());
        }
        sheet.setColumnWidth(0, width * 256 + 600);
        sheet.setColumnWidth(1, 22 * 256);
    }

    private static void setValue(Cell cell, Object value) {
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDateTime d) {
            cell.setCellValue(d);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        }
    }

    /** An input message with no restriction: what to enter, shown when the header cell is selected. */
    private static void prompt(XSSFSheet sheet, XSSFDataValidationHelper dv, CellRangeAddressList where, Column col) {
        DataValidation v = dv.createValidation(
                new XSSFDataValidationConstraint(ValidationType.ANY, OperatorType.BETWEEN, ""), where);
        v.createPromptBox(title(col.header()), col.enter());
        v.setShowPromptBox(true);
        sheet.addValidationData(v);
    }

    /**
     * The data validation of a column's cells: its drop-down, or a check that a count is a whole
     * number, an amount a number, a date a date. {@code withPrompt} also shows what to enter.
     */
    private static void guard(XSSFSheet sheet, XSSFDataValidationHelper dv, CellRangeAddressList where, Column col,
                              boolean withPrompt) {
        DataValidationConstraint constraint;
        String error;
        if (col.list() != null) {
            constraint = dv.createFormulaListConstraint(col.list().rangeName());
            error = col.list().strict()
                    ? "Pick a value from the list: " + col.enter()
                    : "That is not one of the listed values. forcestat knows some other spellings, but a value it "
                            + "does not know is reported on the Validation sheet. Keep it anyway?";
        } else {
            switch (col.format()) {
                case COUNT -> {
                    constraint = dv.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                    error = "Enter a whole number, 0 or more.";
                }
                case POUNDS -> {
                    constraint = dv.createDecimalConstraint(OperatorType.BETWEEN, "-1000000000000", "1000000000000");
                    error = "Enter an amount in pounds as a number, e.g. 1032000 (no text).";
                }
                case DATE, MONTH -> {
                    constraint = dv.createDateConstraint(OperatorType.BETWEEN, FIRST_DATE, LAST_DATE, null);
                    error = "Enter a date such as 01/04/2014 (or a month such as May 2016).";
                }
                case DATE_TIME -> {
                    constraint = dv.createDecimalConstraint(OperatorType.BETWEEN, FIRST_DATE, LAST_DATE + "+0.99999");
                    error = "Enter a date and time such as 01/04/2014 13:05.";
                }
                default -> {
                    if (withPrompt) {
                        prompt(sheet, dv, where, col);
                    }
                    return;
                }
            }
        }
        DataValidation v = dv.createValidation(constraint, where);
        if (col.list() != null) {
            // POI's flag is inverted in the file: suppress=true writes showDropDown="false", i.e. the arrow shows.
            v.setSuppressDropDownArrow(true);
        }
        v.setErrorStyle(col.list() != null && !col.list().strict()
                ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
        v.createErrorBox(title(col.header()), error.length() <= Column.MAX_MESSAGE ? error
                : error.substring(0, Column.MAX_MESSAGE - 1) + "\u2026");
        v.setShowErrorBox(true);
        if (withPrompt) {
            v.createPromptBox(title(col.header()), col.enter());
            v.setShowPromptBox(true);
        }
        sheet.addValidationData(v);
    }

    /** Excel allows at most 32 characters in a message title. */
    private static String title(String header) {
        return header.length() <= 32 ? header : header.substring(0, 31) + "\u2026";
    }
}
