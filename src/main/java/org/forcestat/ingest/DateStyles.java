package org.forcestat.ingest;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Which cell styles of an .xlsx show their number as a date (an Excel date is a number with a date format). */
public final class DateStyles {
    private DateStyles() {
    }

    /** For each cell style index, whether it shows a date; empty when the workbook has no styles part. */
    public static boolean[] of(StylesTable styles) {
        int n = styles == null ? 0 : styles.getNumCellStyles();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            XSSFCellStyle s = styles.getStyleAt(i);
            out[i] = s != null && s.getDataFormatString() != null
                    && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        }
        return out;
    }
}
