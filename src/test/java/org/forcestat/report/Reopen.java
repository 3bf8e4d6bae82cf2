package org.forcestat.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.xlsx.BookModel;

/** Writes a workbook model to bytes and opens it with POI, as an outside reader would. */
final class Reopen {
    private Reopen() {
    }

    static XSSFWorkbook withPoi(BookModel book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
