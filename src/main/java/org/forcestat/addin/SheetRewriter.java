package org.forcestat.addin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Rewrites one of forcestat's own worksheet parts so it can sit in the user's package: style indexes
 * shifted past the user's styles ({@code c/@s}, {@code row/@s}, {@code col/@style}, {@code cfRule/@dxfId})
 * and shared strings written inline ({@code t="inlineStr"}), so the user's shared-strings table is not
 * touched. Streams the part: a sheet of any size goes through a small buffer.
 */
final class SheetRewriter {
    private final IntUnaryOperator cellStyle;
    private final IntUnaryOperator dxf;
    private final List<String> strings;

    /**
     * @param cellStyle maps forcestat's cell format index to its index in the merged style table
     * @param dxf maps forcestat's differential format index likewise
     * @param strings forcestat's shared strings, each as the inner XML of its {@code <si>}
     */
    SheetRewriter(IntUnaryOperator cellStyle, IntUnaryOperator dxf, List<String> strings) {
        this.cellStyle = cellStyle;
        this.dxf = dxf;
        this.strings = strings;
    }

    void rewrite(InputStream in, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            XMLStreamReader r = reader(in);
            w.write(org.forcestat.format.xlsx.PackageParts.XML_HEAD);
            boolean sharedCell = false;
            boolean inSharedValue = false;
            StringBuilder value = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (sharedCell && name.equals("v")) {
                            inSharedValue = true;
                            value.setLength(0);
                            continue;
                        }
                        boolean shared = name.equals("c") && "s".equals(r.getAttributeValue(null, "t"));
                        startTag(r, w, name, shared);
                        sharedCell = shared;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (inSharedValue) {
                            inSharedValue = false;
                            w.write("<is>");
                            w.write(strings.get(Integer.parseInt(value.toString().trim())));
                            w.write("</is>");
                            continue;
                        }
                        if (r.getLocalName().equals("c")) {
                            sharedCell = false;
                        }
                        w.write("</");
                        w.write(qname(r));
                        w.write('>');
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inSharedValue) {
                            value.append(r.getText());
                        } else {
                            escape(w, r.getText());
                        }
                    }
                    default -> {
                        // comments and processing instructions are not kept; forcestat writes none
                    }
                }
            }
            r.close();
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("cannot rewrite forcestat's sheet: " + e.getMessage(), e);
        }
        w.flush();
    }

    /** Each {@code <si>} of a shared-strings part, as its inner XML. */
    static List<String> strings(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            XMLStreamReader r = reader(in);
            java.io.StringWriter buf = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("si")) {
                        buf = new java.io.StringWriter();
                    } else if (buf != null) {
                        buf.write('<');
                        buf.write(r.getLocalName());
                        writeAttributes(r, buf, r.getLocalName(), false, null, null);
                        buf.write('>');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && buf != null) {
                    if (r.getLocalName().equals("si")) {
                        out.add(buf.toString());
                        buf = null;
                    } else {
                        buf.write("</" + r.getLocalName() + ">");
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) && buf != null) {
                    escape(buf, r.getText());
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("cannot read forcestat's shared strings: " + e.getMessage(), e);
        }
        return out;
    }

    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(in, "UTF-8");
    }

    private void startTag(XMLStreamReader r, Writer w, String name, boolean shared) throws IOException {
        w.write('<');
        w.write(qname(r));
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            w.write(p == null || p.isEmpty() ? " xmlns=\"" : " xmlns:" + p + "=\"");
            escape(w, r.getNamespaceURI(i));
            w.write('"');
        }
        writeAttributes(r, w, name, shared, cellStyle, dxf);
        w.write('>');
    }

    private static void writeAttributes(XMLStreamReader r, Writer w, String element, boolean shared,
            IntUnaryOperator cellStyle, IntUnaryOperator dxf) throws IOException {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String p = r.getAttributePrefix(i);
            String name = r.getAttributeLocalName(i);
            String value = r.getAttributeValue(i);
            boolean plain = p == null || p.isEmpty();
            if (plain && cellStyle != null) {
                if ((name.equals("s") && (element.equals("c") || element.equals("row")))
                        || (name.equals("style") && element.equals("col"))) {
                    value = Integer.toString(cellStyle.applyAsInt(Integer.parseInt(value)));
                } else if (name.equals("dxfId")) {
                    value = Integer.toString(dxf.applyAsInt(Integer.parseInt(value)));
                } else if (shared && name.equals("t")) {
                    value = "inlineStr";
                }
            }
            w.write(' ');
            w.write(plain ? name : p + ":" + name);
            w.write("=\"");
            escape(w, value);
            w.write('"');
        }
    }

    private static String qname(XMLStreamReader r) {
        String p = r.getPrefix();
        return p == null || p.isEmpty() ? r.getLocalName() : p + ":" + r.getLocalName();
    }

    /** Writes {@code s} escaped by the format layer's one escaper. */
    private static void escape(Writer w, String s) throws IOException {
        w.append(org.forcestat.format.XmlText.escape(new StringBuilder(s.length() + 8), s));
    }
}
