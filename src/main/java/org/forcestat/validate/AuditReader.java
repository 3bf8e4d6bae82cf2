package org.forcestat.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.forcestat.ingest.Cell;
import org.forcestat.ingest.RowHandler;
import org.forcestat.ingest.SheetMeta;
import org.forcestat.ingest.SheetRow;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.ingest.WorkbookSource;
import org.forcestat.ingest.XlsxSource;

/**
 * Builds the {@link AuditWorkbook} of one file. For .xlsx/.xlsm it listens to ingest's own pass
 * ({@link WorkbookReader.Listener}): each sheet is parsed once, for the data checks and the audit
 * alike. It keeps every formula cell, error cell and hidden row and column, plus all value cells
 * while the sheet has at most {@value #SMALL_SHEET} of them. For a bigger sheet, a second pass
 * ({@link #finish}) keeps only the value cells inside the box that its own formulas and the
 * references into it cover, widened by {@value #MARGIN} rows and columns (enough to see that a range
 * stops short), or all of them for a sheet to cross-foot. Whole-column references (B:B) do not widen
 * the box. At most {@value #MAX_CELLS} cells, of them at most {@value #MAX_FORMULAS} formulas, are
 * kept per file; beyond that the sheet is marked incomplete. Excel stores a block of copied formulas
 * once, on its first cell ({@code <f t="shared" si="0" ref="D5:K5">}); the other cells' formulas are
 * rebuilt here by moving the first cell's, as Excel does. .xls files are read with POI's HSSF.
 * The input is never written.
 */
public final class AuditReader implements WorkbookReader.Listener {
    static final int SMALL_SHEET = 50_000;
    static final int MARGIN = 1_000;
    static final int MAX_CELLS = 600_000;
    /**
     * Formula cells kept per file. Each holds its parsed formula (about 1 KB in all): 300,000 of them,
     * a data sheet with a formula on every row, did not fit in a 256 MB heap.
     */
    static final int MAX_FORMULAS = 100_000;
    /**
     * Heap per formula and per cell kept that the caps allow for: the caps above fit a 256 MB heap;
     * a smaller heap (java -Xmx64m) keeps fewer, so a big workbook is checked in part and the sheet
     * says so, rather than running out of memory.
     */
    static final long HEAP_PER_FORMULA = 2_500;
    static final long HEAP_PER_CELL = 420;

    /** The most formulas and cells kept per file, in a heap of {@code maxHeap} bytes. */
    static int[] caps(long maxHeap) {
        return new int[] {(int) Math.min(MAX_FORMULAS, maxHeap / HEAP_PER_FORMULA),
            (int) Math.min(MAX_CELLS, maxHeap / HEAP_PER_CELL)};
    }
    private static final Logger LOG = LogManager.getLogger(AuditReader.class);

    /** Ends the second pass over a sheet once it is below the box of cells it keeps. */
    private static final class PastTheBox extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final PastTheBox INSTANCE = new PastTheBox();

        private PastTheBox() {
            super("past the cells the audit keeps", null, false, false);
        }
    }

    private record Master(int row, int col, Formula formula) {
    }

    private final Path file;
    private final AuditWorkbook wb;
    /** Sheets whose value cells were dropped in the pass (too many), with how to read them again. */
    private final Map<AuditSheet, SheetMeta> big = new LinkedHashMap<>();
    private boolean listening;
    /** True once a reader has shown this listener the file (a cached read, as watch's, does not). */
    private boolean opened;
    private RuntimeException failure;
    private int kept;
    private int formulas;
    private final int maxFormulas = caps(Runtime.getRuntime().maxMemory())[0];
    private final int maxCells = caps(Runtime.getRuntime().maxMemory())[1];

    /** Sheets to keep whole, for {@link #read(Path)}. */
    private final Set<String> keepWhole;

    /** A reader for one file, to be handed to {@link WorkbookReader#read(Path, WorkbookReader.Progress, Set, WorkbookReader.Listener)}. */
    public AuditReader(Path file) {
        this.file = file;
        this.wb = new AuditWorkbook(file.getFileName().toString());
        this.keepWhole = Set.of();
    }

    /** A reader of whole files on their own ({@link #read(Path)}), keeping whole the sheets named in {@code keepWhole}. */
    public AuditReader(Set<String> keepWhole) {
        this.file = null;
        this.wb = null;
        this.keepWhole = Set.copyOf(keepWhole);
    }

    /** Reads a file on its own, without ingest's checks. */
    public AuditWorkbook read(Path file) throws IOException {
        return read(file, keepWhole);
    }

    /** Reads a file on its own (without ingest's checks), keeping whole the sheets named in {@code keepWhole}. */
    public static AuditWorkbook read(Path file, Set<String> keepWhole) throws IOException {
        AuditReader r = new AuditReader(file);
        if (!xls(file)) {
            try (XlsxSource src = new XlsxSource(file)) {
                r.opened(src);
                for (SheetMeta m : src.sheets()) {
                    src.stream(m, r.sheet(m));
                }
            }
        }
        return r.finish(keepWhole);
    }

    private static boolean xls(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    @Override
    public void opened(WorkbookSource source) {
        opened = true;
        if (source instanceof XlsxSource x) {
            listening = true;
            List<String> links = x.externalLinkTargets();
            for (int i = 0; i < links.size(); i++) {
                wb.externalBook(Integer.toString(i + 1), links.get(i));
            }
        }
    }

    @Override
    public RowHandler sheet(SheetMeta meta) {
        if (!listening) {
            return null;
        }
        AuditSheet s = new AuditSheet(meta.name(), meta.index(), meta.hidden());
        wb.add(s);
        return new Collector(s, null);
    }

    /**
     * The workbook as the audit sees it, once the file has been read: sheets named in {@code keepWhole}
     * (finance sheets, to cross-foot) show amounts as money and are kept whole, within the caps.
     * Reads again only the big sheets whose value cells were dropped. An .xls file is read here.
     */
    public AuditWorkbook finish(Set<String> keepWhole) throws IOException {
        if (failure != null) {
            throw new IOException("the workbook cannot be read: " + failure.getMessage(), failure);
        }
        if (!opened && file != null && !xls(file)) {
            // the reader did not read the file this time (watch hands back an unchanged file's
            // earlier read): the audit reads it on its own
            return read(file, keepWhole);
        }
        if (!listening) {
            return xls(file) ? readXls(file, keepWhole) : wb;
        }
        for (AuditSheet s : wb.sheets()) {
            s.money(keepWhole.contains(s.name()));
        }
        if (big.isEmpty()) {
            return wb;
        }
        try (XlsxSource src = new XlsxSource(file)) {
            for (Map.Entry<AuditSheet, SheetMeta> b : big.entrySet()) {
                AuditSheet s = b.getKey();
                int[] box = keepWhole.contains(s.name()) ? new int[] {0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE}
                        : box(wb, s);
                if (box == null) {
                    continue;
                }
                LOG.debug("{} / {}: keeping cells of {}", wb.file(), s.name(), java.util.Arrays.toString(box));
                try {
                    src.stream(b.getValue(), new Collector(s, box));
                } catch (PastTheBox done) {
                    // the rest of the sheet lies below every cell the formulas use
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("the workbook cannot be read: " + e.getMessage(), e);
        }
        return wb;
    }

    /** One sheet's rows as they are read: cells turned into {@link AuditCell}s and kept. */
    private class Collector implements RowHandler {
        private final AuditSheet s;
        /** For a second pass: the rows and columns (r1, c1, r2, c2) whose value cells are kept; null in the first. */
        private final int[] box;
        private final Map<String, Master> shared = new HashMap<>();
        private int[] sharedCols = new int[8];
        private String[] sharedIds = new String[8];
        private int sharedCount;
        private boolean dropped;

        Collector(AuditSheet s, int[] box) {
            this.s = s;
            this.box = box;
        }

        @Override
        public void row(SheetRow r) {
            if (failure != null) {
                return;
            }
            try {
                int row = r.rowNumber();
                if (box != null && row > box[2]) {
                    // Rows come in order (the file format requires it): nothing further is kept.
                    throw PastTheBox.INSTANCE;
                }
                for (Cell c : r.cells()) {
                    if (box != null) {
                        AuditCell a = convert(row, c, c.formula() == null ? null : formula(row, c));
                        if (a != null && !a.isFormula() && row >= box[0] && c.col() >= box[1] && c.col() <= box[3]) {
                            keep(s, a);
                        }
                    } else if (c.formula() != null || c.type() == Cell.Type.ERROR || !dropped) {
                        AuditCell a = convert(row, c, c.formula() == null ? null : formula(row, c));
                        if (a != null) {
                            cell(a);
                        }
                    }
                }
            } catch (PastTheBox e) {
                throw e;
            } catch (RuntimeException e) {
                // an audit that fails must not make ingest call the file unreadable: finish() reports it
                LOG.debug("audit of " + wb.file() + " failed", e);
                failure = e;
            } finally {
                sharedCount = 0;
            }
        }

        private void cell(AuditCell c) {
            if (c.isFormula() || c.type() == AuditCell.Type.ERROR) {
                keep(s, c);
            } else if (!dropped) {
                keep(s, c);
                if (s.size() > SMALL_SHEET) {
                    kept -= s.size();
                    s.dropValues();
                    kept += s.size();
                    dropped = true;
                    big.put(s, metaOf(s));
                }
            }
        }

        @Override
        public void hiddenRow(int row) {
            if (box == null) {
                s.hiddenRows().set(row);
            }
        }

        @Override
        public void hiddenColumns(int fromCol, int toCol) {
            if (box == null && fromCol >= 0 && fromCol <= toCol) {
                s.hiddenCols().set(fromCol, Math.min(toCol, FormulaLexer.MAX_COL) + 1);
            }
        }

        @Override
        public void sharedFormula(int col, String index) {
            if (sharedCount == sharedCols.length) {
                sharedCols = java.util.Arrays.copyOf(sharedCols, 2 * sharedCount);
                sharedIds = java.util.Arrays.copyOf(sharedIds, 2 * sharedCount);
            }
            sharedCols[sharedCount] = col;
            sharedIds[sharedCount++] = index;
        }

        /** The cell's formula as written, a shared one moved from its block's first cell; null for none. */
        private Formula formula(int row, Cell c) {
            String text = c.formula();
            String index = null;
            for (int i = 0; i < sharedCount; i++) {
                if (sharedCols[i] == c.col()) {
                    index = sharedIds[i];
                }
            }
            if (index != null) {
                if (!text.isEmpty()) {
                    Formula f = Formula.parse(text);
                    // worked out once for the whole block: its copies share it
                    f.r1c1(row, c.col());
                    shared.put(index, new Master(row, c.col(), f));
                    return f;
                }
                Master m = shared.get(index);
                if (m != null) {
                    return m.formula().movedTo(m.row(), m.col(), row, c.col());
                }
            }
            // An empty <f/> outside a shared block is a cell inside an array formula's range.
            return text.isEmpty() ? null : Formula.parse(text);
        }
    }

    /** The sheet's entry as listed in the file, for reading it again. */
    private SheetMeta metaOf(AuditSheet s) {
        return new SheetMeta(s.name(), s.index(), s.hidden());
    }

    /** The audit's cell for an ingest cell; null for an empty one. */
    private static AuditCell convert(int row, Cell c, Formula f) {
        int col = c.col();
        return switch (c.type()) {
            case NUMBER -> new AuditCell(row, col, c.dateFormatted() ? AuditCell.Type.DATE : AuditCell.Type.NUMBER,
                    c.number(), null, f);
            case TEXT -> new AuditCell(row, col, AuditCell.Type.TEXT, Double.NaN, c.text(), f);
            case BOOLEAN -> new AuditCell(row, col, AuditCell.Type.BOOLEAN, c.number(), null, f);
            case ERROR -> new AuditCell(row, col, AuditCell.Type.ERROR, Double.NaN, c.text(), f);
            case BLANK -> f == null ? null : new AuditCell(row, col, AuditCell.Type.BLANK, Double.NaN, "", f);
        };
    }

    /**
     * An Excel 97-2003 workbook, read with POI's HSSF model (which holds the whole file: .xls files
     * are at most 65,536 rows by 256 columns, and the file is refused before reading when it is
     * bigger than {@link #MAX_XLS_BYTES}). Formulas come as POI renders them, cached results as
     * saved; hidden rows, columns and sheets as set.
     */
    private AuditWorkbook readXls(Path file, Set<String> keepWhole) throws IOException {
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
                            keep(s, a);
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

    private void keep(AuditSheet s, AuditCell c) {
        if (c.isFormula() && formulas >= maxFormulas) {
            if (s.complete()) {
                s.incomplete();
                wb.note("Sheet '" + s.name() + "' has more formulas than the audit checks in one file ("
                        + String.format("%,d", maxFormulas) + "); the formulas after the first "
                        + String.format("%,d", maxFormulas) + " were not checked.");
            }
            return;
        }
        if (kept >= maxCells) {
            if (s.complete()) {
                s.incomplete();
                wb.note("Sheet '" + s.name() + "' has more cells near formulas than the audit keeps ("
                        + String.format("%,d", maxCells) + "); checks that look for empty cells were skipped there.");
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
}
