package org.forcestat.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.forcestat.format.SaxBridge;
import org.forcestat.format.SharedStrings;
import org.forcestat.format.XlsxPackage;
import org.xml.sax.SAXException;

/**
 * Reads an .xlsx file into an {@link AuditWorkbook} without ever holding a big data sheet.
 * Pass one streams every sheet and keeps its formula cells, error cells and hidden rows and
 * columns, plus all value cells while the sheet has at most {@value #SMALL_SHEET} of them. For a
 * bigger sheet, pass two keeps only the value cells inside the box that its own formulas and the
 * references into it cover, widened by {@value #MARGIN} rows and columns (enough to see that a
 * range stops short). Whole-column references (B:B) do not widen the box. At most
 * {@value #MAX_CELLS} cells, of them at most {@value #MAX_FORMULAS} formulas, are kept per file;
 * beyond that the sheet is marked incomplete.
 * The package is opened read-only ({@link XlsxPackage}): the input is never written.
 */
public final class AuditReader {
    static final int SMALL_SHEET = 50_000;
    static final int MARGIN = 1_000;
    static final int MAX_CELLS = 600_000;
    /**
     * Formula cells kept per file. Each holds its parsed formula (about 1 KB in all): 300,000 of them,
     * a data sheet with a formula on every row, did not fit in a 256 MB heap.
     */
    static final int MAX_FORMULAS = 100_000;
    private static final Logger LOG = LogManager.getLogger(AuditReader.class);

    /** Ends the second pass over a sheet once it is below the box of cells it keeps. */
    private static final class PastTheBox extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final PastTheBox INSTANCE = new PastTheBox();

        private PastTheBox() {
            super("past the cells the audit keeps", null, false, false);
        }
    }

    private final Set<String> keepWhole;
    private int kept;
    private int formulas;

    /** @param keepWhole names of sheets to keep entirely (finance sheets for cross-footing), still within the cap */
    public AuditReader(Set<String> keepWhole) {
        this.keepWhole = Set.copyOf(keepWhole);
    }

    public AuditWorkbook read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xls")) {
            return readXls(file);
        }
        AuditWorkbook wb = new AuditWorkbook(file.getFileName().toString());
        SharedStrings strings = null;
        XlsxPackage pkg = new XlsxPackage(file);
        try {
            // The shared strings as ingest keeps them: a large table spilled to a file, not on the heap.
            try (InputStream sst = pkg.sharedStrings()) {
                strings = SharedStrings.read(sst);
            }
            boolean[] dates = pkg.dateStyles();
            List<XlsxPackage.Sheet> entries = pkg.sheets();
            List<String> links = pkg.externalLinkTargets();
            for (int i = 0; i < links.size(); i++) {
                wb.externalBook(Integer.toString(i + 1), links.get(i));
            }
            Map<AuditSheet, XlsxPackage.Sheet> big = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                XlsxPackage.Sheet e = entries.get(i);
                AuditSheet s = new AuditSheet(e.name(), i, e.hidden());
                wb.add(s);
                boolean whole = keepWhole.contains(e.name());
                s.money(whole);
                boolean[] dropped = {false};
                scan(pkg, strings, dates, e, s, c -> {
                    if (c.isFormula() || c.type() == AuditCell.Type.ERROR) {
                        keep(s, c, wb);
                    } else if (!dropped[0]) {
                        keep(s, c, wb);
                        if (!whole && s.size() > SMALL_SHEET) {
                            kept -= s.size();
                            s.dropValues();
                            kept += s.size();
                            dropped[0] = true;
                        }
                    }
                });
                if (dropped[0]) {
                    big.put(s, e);
                }
            }
            for (Map.Entry<AuditSheet, XlsxPackage.Sheet> b : big.entrySet()) {
                int[] box = box(wb, b.getKey());
                if (box == null) {
                    continue;
                }
                AuditSheet s = b.getKey();
                LOG.debug("{} / {}: keeping cells of {}", wb.file(), s.name(), java.util.Arrays.toString(box));
                try {
                    scan(pkg, strings, dates, b.getValue(), s, c -> {
                        if (c.row() > box[2]) {
                            // Rows come in order (the file format requires it): nothing further is kept.
                            throw PastTheBox.INSTANCE;
                        }
                        if (!c.isFormula() && c.row() >= box[0] && c.col() >= box[1] && c.col() <= box[3]) {
                            keep(s, c, wb);
                        }
                    });
                } catch (PastTheBox done) {
                    // the rest of the sheet lies below every cell the formulas use
                }
            }
            return wb;
        } catch (SAXException | RuntimeException e) {
            throw new IOException("the workbook cannot be read: " + e.getMessage(), e);
        } finally {
            try {
                pkg.close();
            } finally {
                if (strings != null) {
                    strings.close();
                }
            }
        }
    }

    /**
     * An Excel 97-2003 workbook, read with POI's HSSF model (which holds the whole file: .xls files
     * are at most 65,536 rows by 256 columns, and the file is refused before reading when it is
     * bigger than {@link #MAX_XLS_BYTES}). Formulas come as POI renders them, cached results as
     * saved; hidden rows, columns and sheets as set.
     */
    private AuditWorkbook readXls(Path file) throws IOException {
        AuditWorkbook wb = new AuditWorkbook(file.getFileName().toString());
        if (java.nio.file.Files.size(file) > MAX_XLS_BYTES) {
            wb.note("The .xls file is larger than the audit reads (" + (MAX_XLS_BYTES >> 20)
                    + " MB); its formulas were not checked. Save it as .xlsx to have them checked.");
            return wb;
        }
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook x = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
                java.nio.file.Files.newInputStream(file))) {
            for (int i = 0; i < x.getNumberOfSheets(); i++) {
                org.apache.poi.ss.usermodel.Sheet sh = x.getSheetAt(i);
                AuditSheet s = new AuditSheet(sh.getSheetName(), i, x.isSheetHidden(i) || x.isSheetVeryHidden(i));
                s.money(keepWhole.contains(sh.getSheetName()));
                wb.add(s);
                int lastCol = 0;
                for (org.apache.poi.ss.usermodel.Row row : sh) {
                    if (row.getZeroHeight()) {
                        s.hiddenRows().set(row.getRowNum());
                    }
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        lastCol = Math.max(lastCol, c.getColumnIndex());
                        AuditCell a = xlsCell(c);
                        if (a != null) {
                            keep(s, a, wb);
                        }
                    }
                }
                for (int c = 0; c <= lastCol; c++) {
                    if (sh.isColumnHidden(c)) {
                        s.hiddenCols().set(c);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("the workbook cannot be read: " + e.getMessage(), e);
        }
        return wb;
    }

    /** Beyond this size an .xls is not audited (HSSF holds the whole file, several times its size). */
    static final long MAX_XLS_BYTES = 16L << 20;

    private static AuditCell xlsCell(org.apache.poi.ss.usermodel.Cell c) {
        org.apache.poi.ss.usermodel.CellType t = c.getCellType();
        Formula f = null;
        if (t == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            String text;
            try {
                text = c.getCellFormula();
            } catch (RuntimeException e) {
                text = "#REF!";
            }
            f = Formula.parse(text);
            t = c.getCachedFormulaResultType();
        }
        int r = c.getRowIndex();
        int col = c.getColumnIndex();
        switch (t) {
            case NUMERIC:
                boolean date = org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c);
                return new AuditCell(r, col, date ? AuditCell.Type.DATE : AuditCell.Type.NUMBER,
                        c.getNumericCellValue(), "", f);
            case STRING:
                return new AuditCell(r, col, AuditCell.Type.TEXT, Double.NaN, c.getStringCellValue(), f);
            case BOOLEAN:
                return new AuditCell(r, col, AuditCell.Type.BOOLEAN, c.getBooleanCellValue() ? 1 : 0, "", f);
            case ERROR:
                return new AuditCell(r, col, AuditCell.Type.ERROR, Double.NaN,
                        org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString(), f);
            default:
                return f == null ? null : new AuditCell(r, col, AuditCell.Type.BLANK, Double.NaN, "", f);
        }
    }

    private void keep(AuditSheet s, AuditCell c, AuditWorkbook wb) {
        if (c.isFormula() && formulas >= MAX_FORMULAS) {
            if (s.complete()) {
                s.incomplete();
                wb.note("Sheet '" + s.name() + "' has more formulas than the audit checks in one file ("
                        + String.format("%,d", MAX_FORMULAS) + "); the formulas after the first "
                        + String.format("%,d", MAX_FORMULAS) + " were not checked.");
            }
            return;
        }
        if (kept >= MAX_CELLS) {
            if (s.complete()) {
                s.incomplete();
                wb.note("Sheet '" + s.name() + "' has more cells near formulas than the audit keeps ("
                        + String.format("%,d", MAX_CELLS) + "); checks that look for empty cells were skipped there.");
            }
            return;
        }
        int before = s.size();
        s.put(c);
        kept += s.size() - before;
        if (c.isFormula()) {
            formulas++;
        }
    }

    /** Rows and columns (r1, c1, r2, c2) of the sheet that formulas use, widened by the margin; null if none. */
    private static int[] box(AuditWorkbook wb, AuditSheet target) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (AuditCell f : target.formulas()) {
            grow(b, f.row(), f.col(), f.row(), f.col());
        }
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                for (Formula.Ref r : f.formula().refs()) {
                    if (!r.wholeColumns() && !r.wholeRows() && wb.target(s, r) == target) {
                        grow(b, r.r1(), r.c1(), r.r2(), r.c2());
                    }
                }
            }
        }
        if (b[2] < 0) {
            return null;
        }
        return new int[] {Math.max(0, b[0] - MARGIN), Math.max(0, b[1] - MARGIN), b[2] + MARGIN, b[3] + MARGIN};
    }

    private static void grow(int[] b, int r1, int c1, int r2, int c2) {
        b[0] = Math.min(b[0], r1);
        b[1] = Math.min(b[1], c1);
        b[2] = Math.max(b[2], r2);
        b[3] = Math.max(b[3], c2);
    }

    private interface CellHandler {
        void cell(AuditCell c);
    }

    private static void scan(XlsxPackage pkg, SharedStrings strings, boolean[] dates, XlsxPackage.Sheet sheet,
                             AuditSheet s, CellHandler handler) throws IOException, SAXException {
        SheetScanner scanner = new SheetScanner(strings::get, dates, new SheetScanner.Sink() {
            @Override
            public void cell(AuditCell cell) {
                handler.cell(cell);
            }

            @Override
            public void hiddenRow(int row) {
                s.hiddenRows().set(row);
            }

            @Override
            public void hiddenColumns(int fromCol, int toCol) {
                s.hiddenCols().set(fromCol, Math.min(toCol, FormulaLexer.MAX_COL) + 1);
            }
        });
        try (InputStream in = sheet.part() == null ? null : pkg.part(sheet.part())) {
            if (in == null) {
                throw new IOException("sheet '" + sheet.name() + "' is missing from the file");
            }
            SaxBridge.parse(in, scanner);
        }
    }
}
