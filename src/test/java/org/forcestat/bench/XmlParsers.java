package org.forcestat.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.forcestat.format.Utf8Buffer;
import org.forcestat.format.XmlPull;

/**
 * The XML parser decision of issue 19 (docs/decisions/xml-parser.md): one bare pass over the first
 * worksheet of an .xlsx with each parser, doing what any sheet reader must and nothing more: each
 * {@code <row>}'s r, each {@code <c>}'s r, t and s attributes, and the text of each {@code <v>},
 * {@code <f>} and inline {@code <t>} (as bytes or chars, not strings, where the parser allows).
 * All three give the same counts, printed so the benchmark can check they agree.
 *
 * <p>{@code PARSER FILE} with PARSER one of {@code xmlpull} (format.XmlPull, forcestat's own),
 * {@code aalto} (com.fasterxml:aalto-xml, as fastexcel uses it) or {@code woodstox}
 * (com.fasterxml.woodstox:woodstox-core), each StAX parser made by its class name so this compiles
 * without them (they are on the classpath only under {@code -Pbench}).
 */
final class XmlParsers {
    static final String AALTO = "com.fasterxml.aalto.stax.InputFactoryImpl";
    static final String WOODSTOX = "com.ctc.wstx.stax.WstxInputFactory";

    private XmlParsers() {
    }

    /**
     * What a pass saw: rows, cells, the characters (bytes for XmlPull) of values, formulas and inline
     * text, and a sum over the attributes read (row numbers, columns, styles, types).
     */
    record Counts(long rows, long cells, long text, long attributes) {
    }

    static Counts xmlPull(InputStream in) throws Exception {
        XmlPull x = new XmlPull(in);
        Utf8Buffer text = new Utf8Buffer();
        long rows = 0;
        long cells = 0;
        long chars = 0;
        long sum = 0;
        boolean keep = false;
        int ev;
        while ((ev = x.next()) != XmlPull.EOF) {
            if (ev == XmlPull.START) {
                int n = x.nameLength();
                if (n == 3 && x.nameIs("row")) {
                    rows++;
                    for (int i = 0; i < x.attrCount(); i++) {
                        if (x.attrNameIs(i, 'r')) {
                            sum += x.attrInt(i);
                        }
                    }
                } else if (n == 1 && x.nameByte(0) == 'c') {
                    cells++;
                    for (int i = 0; i < x.attrCount(); i++) {
                        if (x.attrNameIs(i, 'r')) {
                            sum += x.attrColumn(i);
                        } else if (x.attrNameIs(i, 's')) {
                            sum += x.attrInt(i);
                        } else if (x.attrNameIs(i, 't')) {
                            sum += x.attrValueIs(i, "s") ? 1 : 2;
                        }
                    }
                }
                keep = n == 1 && (x.nameByte(0) == 'v' || x.nameByte(0) == 'f' || x.nameByte(0) == 't');
            } else if (ev == XmlPull.TEXT) {
                if (keep) {
                    text.clear();
                    x.readText(text);
                    chars += text.length();
                }
            } else {
                keep = false;
            }
        }
        return new Counts(rows, cells, chars, sum);
    }

    static Counts stax(XMLInputFactory f, InputStream in) throws Exception {
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader x = f.createXMLStreamReader(in);
        long rows = 0;
        long cells = 0;
        long chars = 0;
        long sum = 0;
        boolean keep = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                int n = name.length();
                if (n == 3 && name.equals("row")) {
                    rows++;
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        if (x.getAttributeLocalName(i).equals("r")) {
                            sum += Integer.parseInt(x.getAttributeValue(i));
                        }
                    }
                } else if (n == 1 && name.charAt(0) == 'c') {
                    cells++;
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        String a = x.getAttributeLocalName(i);
                        if (a.equals("r")) {
                            sum += column(x.getAttributeValue(i));
                        } else if (a.equals("s")) {
                            sum += Integer.parseInt(x.getAttributeValue(i));
                        } else if (a.equals("t")) {
                            sum += x.getAttributeValue(i).equals("s") ? 1 : 2;
                        }
                    }
                }
                keep = n == 1 && (name.charAt(0) == 'v' || name.charAt(0) == 'f' || name.charAt(0) == 't');
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (keep) {
                    // The characters in the parser's own buffer, as XmlPull's bytes are: no String made.
                    chars += x.getTextLength();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                keep = false;
            }
        }
        x.close();
        return new Counts(rows, cells, chars, sum);
    }

    /** The 0-based column of an A1 reference. */
    private static int column(String a1) {
        int c = 0;
        for (int i = 0; i < a1.length() && a1.charAt(i) >= 'A'; i++) {
            c = c * 26 + a1.charAt(i) - 'A' + 1;
        }
        return c - 1;
    }

    static Counts pass(String parser, Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile());
                InputStream in = new BufferedInputStream(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")),
                        1 << 16)) {
            return switch (parser) {
                case "xmlpull" -> xmlPull(in);
                case "aalto" -> stax(factory(AALTO), in);
                case "woodstox" -> stax(factory(WOODSTOX), in);
                default -> throw new IllegalArgumentException(parser);
            };
        }
    }

    private static XMLInputFactory factory(String className) throws Exception {
        return (XMLInputFactory) Class.forName(className).getDeclaredConstructor().newInstance();
    }

    /** Times one pass in this (fresh) JVM: prints the counts and "rows in S s" as {@link BarePass} does. */
    public static void main(String[] args) throws Exception {
        long t = System.nanoTime();
        Counts c = pass(args[0], Path.of(args[1]));
        System.out.printf("%s: %,d cells, %,d text, %,d attributes, %,d rows in %.2f s%n", args[0], c.cells(),
                c.text(), c.attributes(), c.rows(), (System.nanoTime() - t) / 1e9);
    }
}
