package org.forcestat.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The floor for any reader (issue 3): inflate the first worksheet's XML and SAX-parse it with the
 * JDK parser, doing nothing else but counting rows. With {@code --with-strings} the shared-strings
 * part is parsed the same way first: a reference for a file as Excel saves it, whose text any
 * reader must take from that part (not the target, which is the sheet alone).
 */
final class BarePass {
    private BarePass() {
    }

    /** Rows seen in {@code xl/worksheets/sheet1.xml}, after parsing the shared strings if asked. */
    static long rows(Path xlsx, boolean withStrings) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            if (withStrings) {
                count(zip, "xl/sharedStrings.xml", "si");
            }
            return count(zip, "xl/worksheets/sheet1.xml", "row");
        }
    }

    /** How many {@code element} elements the part holds. */
    private static long count(ZipFile zip, String part, String element) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        long[] n = {0};
        try (InputStream in = new BufferedInputStream(zip.getInputStream(zip.getEntry(part)), 1 << 16)) {
            f.newSAXParser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (local.equals(element)) {
                        n[0]++;
                    }
                }
            });
        }
        return n[0];
    }

    /** Times one pass (the first, as in a fresh JVM): {@code FILE [--with-strings] [PASSES]}. */
    public static void main(String[] args) throws Exception {
        boolean withStrings = args.length > 1 && args[1].equals("--with-strings");
        int next = withStrings ? 2 : 1;
        int passes = args.length > next ? Integer.parseInt(args[next]) : 1;
        for (int i = 0; i < passes; i++) {
            long t = System.nanoTime();
            long n = rows(Path.of(args[0]), withStrings);
            System.out.printf("bare pass: %,d rows in %.2f s%n", n, (System.nanoTime() - t) / 1e9);
        }
    }
}
