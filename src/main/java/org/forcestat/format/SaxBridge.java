package org.forcestat.format;

import java.io.IOException;
import java.io.InputStream;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Feeds a package part (styles, workbook, relationships) to a SAX {@link ContentHandler} through
 * {@link XmlPull}; a part that is not UTF-8 is transcoded first ({@link Utf8Xml}). Elements arrive
 * with an empty namespace URI and their local name (also given as the qualified name); attributes
 * by their names as written.
 */
public final class SaxBridge {
    private SaxBridge() {
    }

    /** Parses the whole part into {@code handler}; a broken or unsafe part is a SAXParseException. */
    public static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
        InputStream in = Utf8Xml.of(part);
        XmlPull xml = new XmlPull(in);
        PullAttributes attributes = new PullAttributes(xml);
        Utf8Buffer text = new Utf8Buffer();
        try {
            handler.startDocument();
            int ev;
            while ((ev = xml.next()) != XmlPull.EOF) {
                if (ev == XmlPull.START) {
                    String local = xml.localName();
                    handler.startElement("", local, local, attributes);
                } else if (ev == XmlPull.END) {
                    String local = xml.localName();
                    handler.endElement("", local, local);
                } else if (xml.depth() > 0) {
                    // Text outside the root element (line ends after the declaration) is not content.
                    text.clear();
                    xml.readText(text);
                    char[] chars = text.toString().toCharArray();
                    handler.characters(chars, 0, chars.length);
                }
            }
            handler.endDocument();
        } catch (XmlPull.SAXParseExceptionIO e) {
            throw (SAXParseException) e.getCause();
        }
    }

    /** The current start tag's attributes, read from the pull reader's buffer. */
    private static final class PullAttributes implements Attributes {
        private final XmlPull xml;

        PullAttributes(XmlPull xml) {
            this.xml = xml;
        }

        private String value(int i) {
            try {
                return xml.attrValue(i);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        @Override
        public int getLength() {
            return xml.attrCount();
        }

        @Override
        public String getURI(int index) {
            return "";
        }

        @Override
        public String getLocalName(int index) {
            String q = getQName(index);
            return q == null ? null : q.substring(q.indexOf(':') + 1);
        }

        @Override
        public String getQName(int index) {
            return index >= 0 && index < xml.attrCount() ? xml.attrName(index) : null;
        }

        @Override
        public String getType(int index) {
            return index >= 0 && index < xml.attrCount() ? "CDATA" : null;
        }

        @Override
        public String getValue(int index) {
            return index >= 0 && index < xml.attrCount() ? value(index) : null;
        }

        @Override
        public int getIndex(String uri, String localName) {
            for (int i = 0; i < xml.attrCount(); i++) {
                if (localName.equals(getLocalName(i))) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getIndex(String qName) {
            for (int i = 0; i < xml.attrCount(); i++) {
                if (xml.attrNameIs(i, qName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String getType(String uri, String localName) {
            return getType(getIndex(uri, localName));
        }

        @Override
        public String getType(String qName) {
            return getType(getIndex(qName));
        }

        @Override
        public String getValue(String uri, String localName) {
            return getValue(getIndex(uri, localName));
        }

        @Override
        public String getValue(String qName) {
            return getValue(getIndex(qName));
        }
    }
}
