package org.forcestat.addin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The small XML parts of a package (workbook, relationships, content types, styles) as DOM trees.
 * Parsed without namespace processing, so every prefix and namespace declaration the user's program
 * wrote is kept as it was; elements are matched by their local name, whatever prefix they carry.
 */
final class Xml {
    private Xml() {
    }

    static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static byte[] bytes(Document d) throws IOException {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.STANDALONE, "yes");
            d.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** The element's name without its prefix. */
    static String local(Node n) {
        String name = n.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The element's prefix with its colon ({@code "x:"}), or "" when it has none. */
    static String prefix(Node n) {
        String name = n.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? "" : name.substring(0, colon + 1);
    }

    /** Child elements of {@code parent} with the given local name, in document order. */
    static List<Element> children(Node parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local(e).equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    /** All child elements of {@code parent}, in document order. */
    static List<Element> elements(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Node parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The prefix (without colon) the root binds to {@code uri}, or null. */
    static String prefixFor(Element root, String uri) {
        var attrs = root.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (a.getNodeName().startsWith("xmlns:") && uri.equals(a.getNodeValue())) {
                return a.getNodeName().substring(6);
            }
        }
        return null;
    }

    /**
     * A deep copy of {@code source} (from another document) into {@code target}, each element renamed
     * with {@code prefix} so it lands in the target's SpreadsheetML namespace however the target spells it.
     */
    static Node copy(Document target, Node source, String prefix) {
        if (source instanceof Element e) {
            Element out = target.createElement(prefix + local(e));
            var attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                if (!a.getNodeName().startsWith("xmlns")) {
                    out.setAttribute(a.getNodeName(), a.getNodeValue());
                }
            }
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                out.appendChild(copy(target, c, prefix));
            }
            return out;
        }
        return target.importNode(source, false);
    }

    /**
     * Inserts {@code child} into {@code parent} before the first existing child whose local name comes
     * later in {@code order} (the schema's sequence), or at the end.
     */
    static void insertInOrder(Element parent, Element child, List<String> order) {
        int rank = order.indexOf(local(child));
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && order.indexOf(local(e)) > rank) {
                parent.insertBefore(child, e);
                return;
            }
        }
        parent.appendChild(child);
    }
}
