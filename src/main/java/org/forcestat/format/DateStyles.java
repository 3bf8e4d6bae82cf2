package org.forcestat.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.forcestat.format.SaxBridge;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an .xlsx show their number as a date (an Excel date is a number with a date
 * format), read from the styles part: each {@code <cellXfs>} entry's number format, looked up among
 * the workbook's own {@code <numFmts>} and then Excel's built-in ones, as POI's StylesTable does.
 */
public final class DateStyles {
    private DateStyles() {
    }

    /** For each cell style index, whether it shows a date. */
    public static boolean[] of(InputStream styles) throws IOException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> formats = new ArrayList<>();
        try {
            SaxBridge.parse(styles, new DefaultHandler() {
                private boolean inCellXfs;

                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if ("numFmt".equals(local)) {
                        Integer id = number(a.getValue("numFmtId"));
                        if (id != null && a.getValue("formatCode") != null) {
                            custom.put(id, a.getValue("formatCode"));
                        }
                    } else if ("cellXfs".equals(local)) {
                        inCellXfs = true;
                    } else if ("xf".equals(local) && inCellXfs) {
                        Integer id = number(a.getValue("numFmtId"));
                        formats.add(id == null ? 0 : id);
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    if ("cellXfs".equals(local)) {
                        inCellXfs = false;
                    }
                }
            });
        } catch (SAXException e) {
            throw new IOException("the styles cannot be read: " + e.getMessage(), e);
        }
        boolean[] out = new boolean[formats.size()];
        for (int i = 0; i < out.length; i++) {
            // POI keeps format ids as shorts; so does this lookup, so both read a file alike.
            short id = (short) (int) formats.get(i);
            String f = custom.get((int) id);
            if (f == null) {
                f = BuiltinFormats.getBuiltinFormat(id);
            }
            out[i] = f != null && DateUtil.isADateFormat(id, f);
        }
        return out;
    }

    private static Integer number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
