package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.EventWorkbookBuilder;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.model.HSSFFormulaParser;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Streams the sheets of an old-style .xls (BIFF8) file with POI's HSSF event API into the same
 * {@link SheetRow}s as {@link XlsxSource}: raw values, date formats from
 * {@link FormatTrackingHSSFListener}, formula text and cached results, the 1904 flag and hidden
 * sheets. The file system is opened read-only, so the input is never written.
 */
public final class XlsSource implements WorkbookSource {
    /** The workbook stream's name: Excel 97 and later write "Workbook", some other writers "WORKBOOK" or "Book". */
    static final List<String> WORKBOOK_STREAMS = List.of("Workbook", "WORKBOOK", "BOOK", "Book");
    /** The BOF record's version in BIFF5/7 files (Excel 5.0 and 95); BIFF8 has {@link BOFRecord#VERSION}. */
    private static final int BIFF5_VERSION = 0x0500;
    private final POIFSFileSystem fs;
    private final List<SheetMeta> sheets = new ArrayList<>();
    /** Sheet (workbook order) of each worksheet substream, in the order the substreams appear. */
    private final List<Integer> streamOrder = new ArrayList<>();
    private boolean date1904;

    public XlsSource(Path file) throws IOException {
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a readable .xls file: " + e.getMessage(), e);
        }
        try {
            readGlobals();
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw new IOException("the workbook structure cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads only the workbook globals (sheet names, visibility, date system), then stops. */
    private void readGlobals() throws IOException {
        List<BoundSheetRecord> bound = new ArrayList<>();
        AbortableHSSFListener l = new AbortableHSSFListener() {
            @Override
            public short abortableProcessRecord(Record r) {
                if (r instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKBOOK
                        && bof.getVersion() == BIFF5_VERSION) {
                    // Excel 5.0/95 lays its records out differently: read as BIFF8 they would be garbage.
                    throw new OldExcelFormatException("an Excel 5.0/95 (BIFF5) workbook");
                }
                if (r instanceof BoundSheetRecord b) {
                    bound.add(b);
                } else if (r instanceof DateWindow1904Record d) {
                    date1904 = d.getWindowing() == 1;
                } else if (r instanceof EOFRecord) {
                    return 1;
                }
                return 0;
            }
        };
        HSSFRequest req = new HSSFRequest();
        req.addListenerForAllRecords(l);
        try (InputStream in = fs.createDocumentInputStream(workbookEntry())) {
            new HSSFEventFactory().abortableProcessEvents(req, in);
        } catch (HSSFUserException e) {
            throw new IOException(e);
        }
        if (bound.isEmpty()) {
            // Every workbook Excel writes has a sheet: a stream without one is not a workbook's.
            throw new IOException("no sheet is listed in the workbook stream");
        }
        for (BoundSheetRecord b : bound) {
            sheets.add(new SheetMeta(b.getSheetname(), sheets.size(), b.isHidden() || b.isVeryHidden()));
        }
        for (BoundSheetRecord b : BoundSheetRecord.orderByBofPosition(bound)) {
            streamOrder.add(bound.indexOf(b));
        }
    }

    private String workbookEntry() {
        for (String n : WORKBOOK_STREAMS) {
            if (fs.getRoot().hasEntry(n)) {
                return n;
            }
        }
        return "Workbook";
    }

    @Override
    public List<SheetMeta> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void stream(SheetMeta sheet, RowHandler handler) throws IOException {
        SheetListener l = new SheetListener(sheet.index(), handler);
        HSSFRequest req = new HSSFRequest();
        req.addListenerForAllRecords(l.formats);
        try (InputStream in = fs.createDocumentInputStream(workbookEntry())) {
            new HSSFEventFactory().processEvents(req, in);
        } catch (RuntimeException e) {
            throw new IOException("sheet '" + sheet.name() + "' cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        fs.close();
    }

    /** Collects the cells of one sheet's substream into rows; records of other sheets are ignored. */
    private final class SheetListener implements HSSFListener {
        private final int wanted;
        private final RowHandler out;
        final FormatTrackingHSSFListener formats;
        private final EventWorkbookBuilder.SheetRecordCollectingListener stub;
        private final List<Cell> cells = new ArrayList<>();
        private SSTRecord sst;
        private int depth;
        private int substream = -1;
        private boolean inWanted;
        private int row = -1;
        private FormulaRecord pendingString;

        SheetListener(int wanted, RowHandler out) {
            this.wanted = wanted;
            this.out = out;
            this.stub = new EventWorkbookBuilder.SheetRecordCollectingListener(this);
            this.formats = new FormatTrackingHSSFListener(stub);
        }

        @Override
        public void processRecord(Record r) {
            if (r instanceof BOFRecord bof) {
                if (depth == 0 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                    substream++;
                    inWanted = substream < streamOrder.size() && streamOrder.get(substream) == wanted;
                }
                depth++;
                return;
            }
            if (r instanceof EOFRecord) {
                depth--;
                if (depth == 0 && inWanted) {
                    flush();
                    inWanted = false;
                }
                return;
            }
            if (r instanceof SSTRecord s) {
                sst = s;
                return;
            }
            if (!inWanted || depth != 1) {
                return;
            }
            if (r instanceof StringRecord s && pendingString != null) {
                add(pendingString, Cell.text(pendingString.getColumn(), s.getString(), formula(pendingString)));
                pendingString = null;
                return;
            }
            if (r instanceof CellValueRecordInterface cv) {
                Cell c = cell(r, cv);
                if (c != null) {
                    add(cv, c);
                }
            }
        }

        private Cell cell(Record r, CellValueRecordInterface cv) {
            int col = cv.getColumn();
            if (r instanceof NumberRecord n) {
                return Cell.number(col, n.getValue(), isDate(n), null);
            }
            if (r instanceof LabelSSTRecord l) {
                return Cell.text(col, sst == null ? "" : sst.getString(l.getSSTIndex()).getString(), null);
            }
            if (r instanceof LabelRecord l) {
                return Cell.text(col, l.getValue(), null);
            }
            if (r instanceof BoolErrRecord b) {
                return b.isBoolean()
                        ? new Cell(col, Cell.Type.BOOLEAN, b.getBooleanValue() ? 1 : 0, null, false, null)
                        : new Cell(col, Cell.Type.ERROR, Double.NaN, FormulaError.forInt(b.getErrorValue()).getString(),
                                false, null);
            }
            if (r instanceof FormulaRecord f) {
                String text = formula(f);
                int type = f.getCachedResultType();
                if (type == CellType.STRING.getCode()) {
                    pendingString = f;
                    return null;
                }
                if (type == CellType.BOOLEAN.getCode()) {
                    return new Cell(col, Cell.Type.BOOLEAN, f.getCachedBooleanValue() ? 1 : 0, null, false, text);
                }
                if (type == CellType.ERROR.getCode()) {
                    return new Cell(col, Cell.Type.ERROR, Double.NaN,
                            FormulaError.forInt(f.getCachedErrorValue()).getString(), false, text);
                }
                return Cell.number(col, f.getValue(), isDate(f), text);
            }
            return null;
        }

        private boolean isDate(CellValueRecordInterface cv) {
            int idx = formats.getFormatIndex(cv);
            String fmt = formats.getFormatString(cv);
            return fmt != null && DateUtil.isADateFormat(idx, fmt);
        }

        private String formula(FormulaRecord f) {
            try {
                return HSSFFormulaParser.toFormulaString(stub.getStubHSSFWorkbook(), f.getParsedExpression());
            } catch (RuntimeException e) {
                // A formula POI cannot render is still a formula; the audit sees it as one.
                return "?";
            }
        }

        private void add(CellValueRecordInterface cv, Cell c) {
            if (cv.getRow() != row) {
                flush();
                row = cv.getRow();
            }
            cells.add(c);
        }

        private void flush() {
            if (row >= 0 && !cells.isEmpty()) {
                cells.sort((a, b) -> Integer.compare(a.col(), b.col()));
                out.row(new SheetRow(row, cells));
            }
            cells.clear();
        }
    }
}
