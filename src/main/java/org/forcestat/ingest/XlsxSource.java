package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the sheets of an .xlsx/.xlsm file with a SAX parser, keeping raw values. The package is
 * opened with {@link PackageAccess#READ} and reverted on close: POI's read/write open rewrites the
 * file on close, and inputs must stay byte-identical.
 */
public final class XlsxSource implements WorkbookSource {
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<SheetMeta> sheets = new ArrayList<>();
    private final List<String> relIds = new ArrayList<>();
    private boolean date1904;
    private StylesTable styles;
    private SharedStrings strings;
    private boolean[] dateStyle;

    public XlsxSource(Path file) throws IOException {
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException("not a readable .xlsx file: " + e.getMessage(), e);
        }
        try {
            reader = new XSSFReader(pkg);
            readWorkbookPart();
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw new IOException("the workbook structure cannot be read: " + e.getMessage(), e);
        }
    }

    private void readWorkbookPart() throws IOException, SAXException, InvalidFormatException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if ("workbookPr".equals(local)) {
                    String v = a.getValue("date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(local)) {
                    String state = a.getValue("state");
                    sheets.add(new SheetMeta(a.getValue("name"), sheets.size(),
                            state != null && !"visible".equals(state)));
                    String rid = null;
                    for (int i = 0; i < a.getLength(); i++) {
                        if ("id".equals(a.getLocalName(i)) && a.getURI(i).contains("relationships")) {
                            rid = a.getValue(i);
                        }
                    }
                    relIds.add(rid);
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            xml.parse(new InputSource(in));
        }
    }

    @Override
    public List<SheetMeta> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    private void loadShared() throws IOException {
        if (strings != null) {
            return;
        }
        try {
            styles = reader.getStylesTable();
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException("the styles cannot be read: " + e.getMessage(), e);
        }
        // Styles first: the shared strings are then inflated on a helper thread (ReadAhead), and the
        // package is never read by two threads at once.
        try {
            InputStream part = sharedStringsPart();
            try (InputStream sst = part == null ? null : ReadAhead.of(part)) {
                strings = SharedStrings.read(sst);
            }
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException("the shared strings cannot be read: " + e.getMessage(), e);
        }
        dateStyle = DateStyles.of(styles);
    }

    private InputStream sharedStringsPart() throws IOException, InvalidFormatException {
        var parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        return parts.isEmpty() ? null : parts.get(0).getInputStream();
    }

    @Override
    public void stream(SheetMeta sheet, RowHandler handler) throws IOException {
        loadShared();
        try (InputStream raw = ReadAhead.of(reader.getSheet(relIds.get(sheet.index())))) {
            PushbackInputStream in = new PushbackInputStream(raw, HEAD);
            if (isUtf8(in)) {
                SheetPullReader.read(new XmlPull(in), strings, dateStyle, handler);
            } else {
                // Not UTF-8: the bridge hands the part to the JDK parser.
                SaxBridge.parse(in, new SheetXmlHandler(strings, dateStyle, handler));
            }
        } catch (XmlPull.SAXParseExceptionIO e) {
            throw new IOException("sheet '" + sheet.name() + "' cannot be read: " + e.getMessage(), e.getCause());
        } catch (SAXException | InvalidFormatException e) {
            throw new IOException("sheet '" + sheet.name() + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** Bytes looked at for a byte-order mark or an XML declaration naming the encoding. */
    static final int HEAD = 256;

    /**
     * True when a part is UTF-8 (as Excel always writes), read by {@link XmlPull}; another encoding
     * is left to the JDK's SAX parser. The bytes looked at are pushed back.
     */
    static boolean isUtf8(PushbackInputStream in) throws IOException {
        byte[] head = new byte[HEAD];
        int n = in.readNBytes(head, 0, HEAD);
        in.unread(head, 0, n);
        return XmlPull.isUtf8(head, n);
    }

    @Override
    public void close() throws IOException {
        // READ access: revert discards any in-memory change and never writes to the file.
        pkg.revert();
        if (strings != null) {
            strings.close();
        }
    }
}
