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
 * JDK parser, doing nothing else but counting rows.
 */
final class BarePass {
    private BarePass() {
    }

    /** Rows seen in {@code xl/worksheets/sheet1.xml}. */
    static long rows(Path xlsx) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        long[] rows = {0};
        try (ZipFile zip = new ZipFile(xlsx.toFile());
             InputStream in = new BufferedInputStream(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")), 1 << 16)) {
            f.newSAXParser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (local.length() == 3 && "row".equals(local)) {
                        rows[0]++;
                    }
                }
            });
        }
        return rows[0];
    }

    /** Times one pass (the first, as in a fresh JVM), or {@code args[1]} passes. */
    public static void main(String[] args) throws Exception {
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int i = 0; i < passes; i++) {
            long t = System.nanoTime();
            long n = rows(Path.of(args[0]));
            System.out.printf("bare pass: %,d rows in %.2f s%n", n, (System.nanoTime() - t) / 1e9);
        }
    }
}
