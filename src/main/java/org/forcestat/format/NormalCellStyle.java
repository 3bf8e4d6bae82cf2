package org.forcestat.format;

import javax.xml.namespace.QName;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;

/**
 * Names a POI workbook's base cell format "Normal", as Excel's own files do. POI writes no cell
 * styles at all, and openpyxl then warns that the workbook "contains no default style"; used for
 * the templates, the samples and the annotated copy.
 */
public final class NormalCellStyle {
    private NormalCellStyle() {
    }

    /**
     * Adds {@code <cellStyles><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>} unless
     * the workbook has cell styles already (a user's workbook keeps its own). The schema classes POI
     * ships have no type for the element, so it is built with a cursor; POI adds the fonts, formats
     * and the rest on saving, each in its place in the schema.
     */
    public static void add(XSSFWorkbook workbook) {
        try (XmlCursor c = workbook.getStylesSource().getCTStylesheet().newCursor()) {
            if (c.toChild(XSSFRelation.NS_SPREADSHEETML, "cellStyles")) {
                return;
            }
            c.toEndToken();
            c.beginElement(new QName(XSSFRelation.NS_SPREADSHEETML, "cellStyles"));
            c.insertAttributeWithValue("count", "1");
            c.beginElement(new QName(XSSFRelation.NS_SPREADSHEETML, "cellStyle"));
            c.insertAttributeWithValue("name", "Normal");
            c.insertAttributeWithValue("xfId", "0");
            c.insertAttributeWithValue("builtinId", "0");
        }
    }
}
