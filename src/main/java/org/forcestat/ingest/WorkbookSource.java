package org.forcestat.ingest;

import java.io.IOException;
import java.util.List;

/** A readable workbook (xlsx, xls, csv) whose sheets are streamed row by row. */
public interface WorkbookSource extends AutoCloseable {
    List<SheetMeta> sheets();

    /** True when the workbook counts dates from 1904 (old Mac Excel). */
    boolean date1904();

    /** Streams every row of the sheet to the handler, in order. */
    void stream(SheetMeta sheet, RowHandler handler) throws IOException;

    @Override
    void close() throws IOException;
}
