package org.forcestat.format.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The parts every SpreadsheetML package holds around its sheets, as forcestat's writers write them:
 * the content types, relationships, the workbook part and zip entries. The summary ({@link BookModel})
 * and the streamed record sample ({@code samples/CallRecordsWorkbook}) both write through these, so
 * the package's frame is written in one place.
 */
public final class PackageParts {
    public static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** The SpreadsheetML namespace. */
    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Relationship types (and the {@code r:} namespace). */
    public static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The namespace of a relationships part. */
    public static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "application/vnd.openxmlformats-officedocument.";
    public static final String WORKBOOK_TYPE = OFFICE + "spreadsheetml.sheet.main+xml";
    public static final String WORKSHEET_TYPE = OFFICE + "spreadsheetml.worksheet+xml";
    public static final String STYLES_TYPE = OFFICE + "spreadsheetml.styles+xml";
    public static final String SHARED_STRINGS_TYPE = OFFICE + "spreadsheetml.sharedStrings+xml";
    public static final String CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";
    public static final String APP_TYPE = OFFICE + "extended-properties+xml";
    public static final String DRAWING_TYPE = OFFICE + "drawing+xml";
    public static final String CHART_TYPE = OFFICE + "drawingml.chart+xml";
    public static final String TABLE_TYPE = OFFICE + "spreadsheetml.table+xml";

    private PackageParts() {
    }

    /** Starts {@code [Content_Types].xml}: the defaults for .rels and .xml; add {@link #override}s and close with {@link #endTypes}. */
    public static StringBuilder contentTypes() {
        return new StringBuilder(XML_HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    }

    /** The content type of one part, such as {@code /xl/workbook.xml}. */
    public static void override(StringBuilder b, String part, String type) {
        b.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    public static String endTypes(StringBuilder b) {
        return b.append("</Types>").toString();
    }

    /** One relationship of type {@code type} (a name under {@link #REL}, such as {@code worksheet}). */
    public static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    /** A relationships part holding {@code rels}. */
    public static String rels(List<String> rels) {
        return XML_HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">" + String.join("", rels) + "</Relationships>";
    }

    /**
     * Starts {@code xl/workbook.xml} with its sheets, named in order and related as {@code rId1},
     * {@code rId2} ...; the caller may add defined names, then appends {@code </workbook>}.
     */
    public static StringBuilder workbook(List<String> sheetNames, int activeTab) {
        StringBuilder b = new StringBuilder(XML_HEAD).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL)
                .append("\"><workbookPr/><bookViews><workbookView activeTab=\"").append(activeTab).append("\"/></bookViews><sheets>");
        for (int i = 0; i < sheetNames.size(); i++) {
            Cells.escape(b.append("<sheet name=\""), sheetNames.get(i)).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return b.append("</sheets>");
    }

    /** A zip entry for a part; {@code time} fixes its date (for files that must come out the same each time), or null for now. */
    public static ZipEntry entry(String name, FileTime time) {
        ZipEntry e = new ZipEntry(name);
        if (time != null) {
            e.setLastModifiedTime(time);
        }
        return e;
    }

    /** Writes a whole part. */
    public static void put(ZipOutputStream zip, String name, String xml, FileTime time) throws IOException {
        zip.putNextEntry(entry(name, time));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
