package org.forcestat.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.InputLimits;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.format.NormalCellStyle;
import org.forcestat.output.AtomicOutput;

/**
 * Writes {@code NAME.checked.xlsx}: a copy of an input with each flagged cell highlighted (red for
 * errors, amber for warnings), a comment holding its findings, and a Findings sheet whose rows link
 * to the cells. The input is only ever read, as a stream, into memory (POI's read/write open would
 * rewrite it on close, and a read-only package cannot be saved elsewhere); the copy is a new file.
 */
public final class Annotator {
    /** Beyond this size the whole workbook would not fit in memory comfortably: no copy is written. */
    static final long MAX_BYTES = 40L * 1024 * 1024;
    private static final String SHEET = "Findings";

    private Annotator() {
    }

    /** Where the copy of {@code input} goes: beside it, or in {@code dir} when given. */
    public static Path target(Path input, Path dir) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = name.toLowerCase(Locale.ROOT).endsWith(".xlsm") ? ".xlsm" : ".xlsx";
        Path folder = dir != null ? dir : input.toAbsolutePath().getParent();
        return folder.resolve(base + ".checked" + ext);
    }

    /**
     * Why no annotated copy of {@code input} can be made, in words that finish "No annotated copy
     * was written: ..."; null when one can.
     */
    public static String cannotAnnotate(Path input) throws IOException {
        String n = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!n.endsWith(".xlsx") && !n.endsWith(".xlsm")) {
            return "annotated copies are made of .xlsx and .xlsm workbooks only (save it as .xlsx in Excel to get one)";
        }
        if (Files.size(input) > MAX_BYTES) {
            return String.format("it is %,d MB, and a copy is made by loading the whole workbook, which is kept "
                    + "to files of up to %d MB", Files.size(input) >> 20, MAX_BYTES >> 20);
        }
        return null;
    }

    /** Writes the annotated copy and returns its path; null when {@link #cannotAnnotate} says why not. */
    public static Path annotate(Path input, List<Finding> findings, Path dir) throws IOException {
        if (cannotAnnotate(input) != null) {
            return null;
        }
        Path target = target(input, dir);
        if (target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            throw new IOException("the annotated copy would overwrite " + input);
        }
        XSSFWorkbook wb;
        InputLimits.apply();
        try (InputStream in = Files.newInputStream(input, StandardOpenOption.READ)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            mark(wb, findings);
            NormalCellStyle.add(wb);
            try {
                AtomicOutput.write(target, tmp -> {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        wb.write(out);
                    }
                });
            } catch (IOException e) {
                throw new NotWritten(notWritten(target, e), e);
            }
        }
        return target;
    }

    /** The annotated copy could not be written; its message says why and what to do, in the user's words. */
    public static final class NotWritten extends IOException {
        private static final long serialVersionUID = 1L;

        NotWritten(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Why the copy {@code target} could not be written, finishing "No annotated copy was written: ...":
     * a read-only folder (or one the user may not write to) is named with the way out (-o DIR); the
     * file names forcestat works with while writing (a temporary file, a lock) are never shown.
     */
    static String notWritten(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? "" : e.getMessage();
        boolean readOnly = e instanceof java.nio.file.AccessDeniedException
                || reason.toLowerCase(Locale.ROOT).contains("read-only")
                || reason.toLowerCase(Locale.ROOT).contains("permission denied")
                || Files.isDirectory(folder) && !Files.isWritable(folder);
        if (readOnly) {
            return "the folder " + folder + " is read-only, so " + target.getFileName() + " could not be written "
                    + "there. Write the copy to a folder you can save in: validate --annotate -o DIR";
        }
        return target.getFileName() + " could not be written in " + folder + " (" + reason + "). Write the copy "
                + "elsewhere with -o DIR";
    }

    private static void mark(XSSFWorkbook wb, List<Finding> findings) {
        CreationHelper help = wb.getCreationHelper();
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.sheet().isEmpty() && f.cell().matches("[A-Z]{1,3}[0-9]+") && wb.getSheet(f.sheet()) != null) {
                byCell.computeIfAbsent(f.sheet() + "!" + f.cell(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        Map<String, XSSFCellStyle> styles = new HashMap<>();
        Map<Sheet, Drawing<?>> drawings = new HashMap<>();
        // A font on the whole text makes POI write it as a run (<r><rPr/><t>..</t></r>), as Excel does;
        // ExcelJS reads a comment whose text has no run as empty.
        XSSFFont noteFont = wb.createFont();
        noteFont.setFontName("Tahoma");
        noteFont.setFontHeightInPoints((short) 9);
        for (List<Finding> list : byCell.values()) {
            Finding first = list.get(0);
            Sheet sh = wb.getSheet(first.sheet());
            CellReference ref = new CellReference(first.cell());
            Row row = sh.getRow(ref.getRow()) != null ? sh.getRow(ref.getRow()) : sh.createRow(ref.getRow());
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol())
                    : row.createCell(ref.getCol());
            boolean error = list.stream().anyMatch(f -> !f.suppressed() && f.severity() == Severity.ERROR);
            boolean open = list.stream().anyMatch(f -> !f.suppressed());
            if (open) {
                XSSFCellStyle base = (XSSFCellStyle) cell.getCellStyle();
                String key = base.getIndex() + (error ? "E" : "W");
                XSSFCellStyle st = styles.computeIfAbsent(key, k -> {
                    XSSFCellStyle s = wb.createCellStyle();
                    s.cloneStyleFrom(base);
                    s.setFillForegroundColor((error ? IndexedColors.ROSE : IndexedColors.LIGHT_YELLOW).getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return s;
                });
                cell.setCellStyle(st);
            }
            StringBuilder text = new StringBuilder();
            for (Finding f : list) {
                text.append(text.length() > 0 ? "\n\n" : "").append(f.severity().label()).append(": ").append(ruleName(f.rule()))
                        .append(f.suppressed() ? " (suppressed: " + f.suppressedReason() + ")" : "").append(": ")
                        .append(f.message());
            }
            if (cell.getCellComment() != null) {
                // the author's own note is kept above the findings; an old forcestat note (a checked
                // copy checked again) is replaced, not repeated
                if (!"forcestat".equals(cell.getCellComment().getAuthor())) {
                    text.insert(0, cell.getCellComment().getString().getString() + "\n\n");
                }
                cell.removeCellComment();
            }
            Drawing<?> d = drawings.computeIfAbsent(sh, Sheet::createDrawingPatriarch);
            ClientAnchor anchor = help.createClientAnchor();
            // POI files a new comment under its anchor's top-left cell: anchored on the cell itself, it
            // can never collide with the comment of a neighbour (one comment per cell, all findings in it)
            anchor.setCol1(ref.getCol());
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 8);
            Comment c = d.createCellComment(anchor);
            RichTextString rich = help.createRichTextString(text.toString());
            rich.applyFont(noteFont);
            c.setString(rich);
            c.setAuthor("forcestat");
            cell.setCellComment(c);
        }
        findingsSheet(wb, findings);
    }

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(ShortRange.ID, "Total stops short"),
            Map.entry(TypedTotal.ID, "Number typed over a formula"),
            Map.entry(InconsistentFormula.ID, "Formula unlike its neighbours"),
            Map.entry(FormulaAmongNumbers.ID, "Formula among typed figures"),
            Map.entry(MissingFormula.ID, "Formula missing from a block"),
            Map.entry(ConstantInFormula.ID, "Number written into a formula"),
            Map.entry(BlankReference.ID, "Formula uses an empty cell"),
            Map.entry(ExternalLink.ID, "Link to another workbook"),
            Map.entry(HiddenInput.ID, "Hidden figures in a total"),
            Map.entry(NumberAsText.ID, "Number stored as text"),
            Map.entry(ErrorValue.ID, "Error value"),
            Map.entry(Circular.ID, "Circular reference"),
            Map.entry(CrossFooting.ID, "Total does not add up"),
            Map.entry(PlanCheck.ID, "Plan short of the savings required"),
            Map.entry(RuleId.AUDIT_INCOMPLETE.id(), "Audit not complete"),
            Map.entry(RuleId.AUDIT_CHECKED_COPY.id(), "Annotated copy"));

    /** A rule in plain English for the annotated copy ("Total stops short", "Header nearly matches a known one"). */
    public static String ruleName(String rule) {
        // the audit rules' own short names; a data check's words from model/RuleWords, never a bare id
        return NAMES.getOrDefault(rule, org.forcestat.model.RuleWords.of(rule));
    }

    private static void findingsSheet(XSSFWorkbook wb, List<Finding> findings) {
        String name = SHEET;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            name = SHEET + " " + i;
        }
        Sheet sh = wb.createSheet(name);
        String[] heads = {"Severity", "Rule", "Sheet", "Cell", "Seen", "Expected", "Message", "Suppressed"};
        Row h = sh.createRow(0);
        XSSFCellStyle head = wb.createCellStyle();
        org.apache.poi.xssf.usermodel.XSSFFont bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        head.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        XSSFCellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        for (int i = 0; i < heads.length; i++) {
            h.createCell(i).setCellValue(heads[i]);
            h.getCell(i).setCellStyle(head);
        }
        CreationHelper help = wb.getCreationHelper();
        int r = 1;
        for (Finding f : findings) {
            Row row = sh.createRow(r++);
            String[] v = {f.severity().label(), ruleName(f.rule()), f.sheet(), f.cell(), f.seen(), f.expected(),
                f.message(), f.suppressed() ? f.suppressedReason() : ""};
            for (int i = 0; i < v.length; i++) {
                // Text from inputs is written as text cells, never as formulas.
                row.createCell(i).setCellValue(v[i]);
                row.getCell(i).setCellStyle(wrap);
            }
            if (!f.sheet().isEmpty() && f.cell().matches("[A-Z]{1,3}[0-9]+") && wb.getSheet(f.sheet()) != null) {
                Hyperlink link = help.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + f.sheet().replace("'", "''") + "'!" + f.cell());
                row.getCell(3).setHyperlink(link);
            }
        }
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, r - 1), 0, heads.length - 1));
        int[] widths = {9, 24, 14, 7, 16, 18, 70, 18};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, widths[i] * 256);
        }
        // printable: landscape, one page wide, the header row on every page
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.setFitToPage(true);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        sh.getHeader().setCenter("forcestat findings");
        sh.getFooter().setCenter("Page &P of &N");
        wb.setActiveSheet(wb.getSheetIndex(sh));
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(i == wb.getSheetIndex(sh));
        }
    }
}
