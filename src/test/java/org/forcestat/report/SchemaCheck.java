package org.forcestat.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Checks each SpreadsheetML and DrawingML part of one or more workbooks against the ECMA-376 schemas and
 * prints one line per part: "valid" or its first errors. Run by {@link SchemaValidTest} in a JVM
 * whose class path starts with poi-ooxml-full (the complete schemas); exit status 1 if any part
 * is invalid.
 */
public final class SchemaCheck {
    private SchemaCheck() {
    }

    public static void main(String[] args) throws IOException, XmlException {
        boolean allValid = true;
        for (String file : args) {
            // one file: "part valid"; several: "file: part valid"
            String prefix = args.length > 1 ? file + ": " : "";
            try (ZipFile zip = new ZipFile(file)) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    String xml;
                    try (InputStream in = zip.getInputStream(e)) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    XmlObject doc = parse(e.getName(), xml);
                    if (doc == null) {
                        continue;
                    }
                    List<XmlError> errors = new ArrayList<>();
                    boolean valid = doc.validate(new XmlOptions().setErrorListener(errors));
                    allValid &= valid;
                    System.out.println(prefix + e.getName() + (valid ? " valid"
                            : " INVALID " + errors.subList(0, Math.min(3, errors.size()))));
                }
            }
        }
        System.exit(allValid ? 0 : 1);
    }

    private static XmlObject parse(String name, String xml) throws XmlException {
        if (name.startsWith("xl/worksheets/sheet")) {
            return WorksheetDocument.Factory.parse(xml);
        } else if (name.equals("xl/workbook.xml")) {
            return WorkbookDocument.Factory.parse(xml);
        } else if (name.equals("xl/styles.xml")) {
            return StyleSheetDocument.Factory.parse(xml);
        } else if (name.equals("xl/sharedStrings.xml")) {
            // Excel writes xml:space="preserve" on <t> itself, but the schema leaves the attribute out.
            return SstDocument.Factory.parse(xml.replace(" xml:space=\"preserve\"", ""));
        } else if (name.startsWith("xl/tables/")) {
            return TableDocument.Factory.parse(xml);
        } else if (name.startsWith("xl/drawings/drawing")) {
            return WsDrDocument.Factory.parse(xml);
        } else if (name.startsWith("xl/comments")) {
            return CommentsDocument.Factory.parse(xml);
        } else if (name.startsWith("xl/charts/")) {
            return ChartSpaceDocument.Factory.parse(xml);
        }
        return null;
    }
}
