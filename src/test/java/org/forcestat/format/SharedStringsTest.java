package org.forcestat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.forcestat.format.SharedStrings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class SharedStringsTest {
    @TempDir
    Path dir;

    private static SharedStrings parse(String body) throws Exception {
        String xml = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + body + "</sst>";
        return SharedStrings.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void richTextRunsAreJoinedAndPhoneticGuidesLeftOut() throws Exception {
        try (SharedStrings s = parse("<si><t>Immediate</t></si><si><r><t>Crime </t></r><r><t>report</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>xx</t></rPh></si><si><t xml:space=\"preserve\"> £61m </t></si>")) {
            assertEquals(3, s.size());
            assertEquals("Immediate", s.get(0));
            assertEquals("Crime report", s.get(1));
            assertEquals(" £61m ", s.get(2));
        }
    }

    /** Spills a table, says what its last string is, and waits to be killed. */
    static final class SpillAndWait {
        public static void main(String[] args) throws Exception {
            int n = SharedStrings.IN_HEAP_LIMIT + 10;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append("<si><t>STORM-").append(i).append("</t></si>");
            }
            SharedStrings s = parse(b.toString());
            System.out.println("spilled " + s.get(n - 1));
            System.out.flush();
            Thread.sleep(120_000);
            s.close();
        }
    }

    @Tag("slow")
    @Test
    void aSpilledTableLeavesNoFileBehindWhenTheRunIsKilled() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                SpillAndWait.class.getName()).redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("spilled STORM-" + (SharedStrings.IN_HEAP_LIMIT + 9), line);
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "kill -9 leaves no spill file");
        }
    }

    @Test
    void aTableLargerThanTheHeapLimitIsSpilledAndReadBackExactly() throws Exception {
        int n = SharedStrings.IN_HEAP_LIMIT * 2 + 7;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<si><t>STORM-").append(i).append(i % 3 == 0 ? "-é" : "").append("</t></si>");
        }
        try (SharedStrings s = parse(b.toString())) {
            assertEquals(n, s.size());
            assertEquals("STORM-0-é", s.get(0));
            assertEquals("STORM-49999", s.get(49_999));
            assertEquals("STORM-50000", s.get(50_000));
            assertEquals("STORM-" + (n - 1) + ((n - 1) % 3 == 0 ? "-é" : ""), s.get(n - 1));
            assertThrows(IllegalArgumentException.class, () -> s.get(n));
            // Indexes that share a cache slot take turns in it and still read back right.
            int other = SharedStrings.CACHE_SLOTS;
            for (int k = 0; k < 3; k++) {
                assertEquals("STORM-0-é", s.get(0));
                assertEquals("STORM-" + other + (other % 3 == 0 ? "-é" : ""), s.get(other));
            }
            assertEquals(s.get(7), s.get(7));
        }
    }

    /** One shared string in one of the forms writers use, chosen at random. */
    private static String randomSi(Random r) {
        String[] words = {"Immediate", "KC-20140401-0001", "Crime & disorder", "a < b", "£61m", "line\r\nbreak",
            "x".repeat(70_000), "", " spaced ", "é\u4e2d\ud83d\ude00", "]]", "tab\there"};
        String w = words[r.nextInt(words.length)];
        String esc = w.replace("&", "&amp;").replace("<", "&lt;");
        return switch (r.nextInt(9)) {
            case 0 -> "<si><t>" + esc + "</t></si>";
            case 1 -> "<si><t xml:space=\"preserve\">" + esc + "</t></si>";
            case 2 -> "<si><r><rPr><b/></rPr><t>" + esc + "</t></r><r><t>!</t></r></si>";
            case 3 -> "<si><t>" + esc + "</t><rPh sb=\"0\" eb=\"1\"><t>guide</t></rPh><phoneticPr fontId=\"1\"/></si>";
            case 4 -> "<si/>";
            case 5 -> "<si><t/></si>";
            case 6 -> "<x:si><x:t>" + esc + "</x:t></x:si>";
            case 7 -> "<si>\n  <t>" + esc + "</t>\n</si>";
            default -> "<si><t><![CDATA[" + w.replace("]]", "] ]") + "]]></t></si>";
        };
    }

    /** The strings as the JDK's own parser reads them: each si's t text, outside phonetic guides. */
    private static List<String> bySax(byte[] xml) throws Exception {
        List<String> out = new ArrayList<>();
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
            private StringBuilder text;
            private boolean inT;
            private boolean inRph;

            @Override
            public void startElement(String uri, String local, String q, Attributes a) {
                switch (local) {
                    case "si" -> text = new StringBuilder();
                    case "rPh" -> inRph = true;
                    case "t" -> inT = !inRph;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inT) {
                    text.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String local, String q) {
                switch (local) {
                    case "si" -> out.add(text.toString());
                    case "rPh" -> inRph = false;
                    case "t" -> inT = false;
                    default -> { }
                }
            }
        });
        return out;
    }

    @Test
    void everyFormOfSharedStringReadsAsTheJdkParserReadsIt() throws Exception {
        Random r = new Random(42);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 3_000; i++) {
            b.append(randomSi(r));
        }
        byte[] xml = b.append("</sst>").toString().getBytes(StandardCharsets.UTF_8);
        List<String> expected = bySax(xml);
        assertEquals(3_000, expected.size());
        // Whole reads, and reads that hand over a few bytes at a time (every buffer boundary).
        for (boolean trickle : new boolean[] {false, true}) {
            InputStream in = new ByteArrayInputStream(xml);
            if (trickle) {
                in = new FilterInputStream(in) {
                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        return super.read(buf, off, Math.min(len, 1 + r.nextInt(13)));
                    }
                };
            }
            try (SharedStrings s = SharedStrings.read(in)) {
                assertEquals(expected.size(), s.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i), s.get(i), "string " + i + (trickle ? " (trickled)" : ""));
                }
            }
        }
    }

    @Test
    void aTableCutOffInsideAPlainStringIsAnError() {
        byte[] cut = ("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>KC-2014")
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> SharedStrings.read(new ByteArrayInputStream(cut)).close());
    }
}
