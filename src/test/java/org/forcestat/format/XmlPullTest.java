package org.forcestat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.forcestat.format.Utf8Buffer;
import org.forcestat.format.XmlPull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.xml.sax.SAXParseException;

@Execution(ExecutionMode.CONCURRENT)
class XmlPullTest {

    /** Every event as text: "<name a=v ...>", "</name>", "text", for comparing whole documents. */
    private static List<String> events(InputStream in) throws IOException {
        XmlPull x = new XmlPull(in);
        List<String> out = new ArrayList<>();
        Utf8Buffer text = new Utf8Buffer();
        int ev;
        while ((ev = x.next()) != XmlPull.EOF) {
            switch (ev) {
                case XmlPull.START -> {
                    StringBuilder b = new StringBuilder("<").append(name(x));
                    for (int i = 0; i < x.attrCount(); i++) {
                        b.append(' ').append(i).append('=').append(x.attrValue(i));
                    }
                    out.add(b.append('>').toString());
                }
                case XmlPull.END -> out.add("</" + name(x) + ">");
                default -> {
                    text.clear();
                    x.readText(text);
                    out.add(text.toString());
                }
            }
        }
        return out;
    }

    private static String name(XmlPull x) {
        byte[] b = new byte[x.nameLength()];
        for (int i = 0; i < b.length; i++) {
            b[i] = x.nameByte(i);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static List<String> events(String xml) throws IOException {
        return events(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Hands over one byte per read, so every token is split across buffer refills. */
    private static InputStream trickle(String xml) {
        return new FilterInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void elementsAttributesEntitiesCdataAndPrefixesAreReadAsXmlDefinesThem() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<!-- a comment with <tags> -->"
                + "<x:worksheet xmlns:x=\"urn:x\"><x:row r='2' spans=\"1:3\">"
                + "<x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>Fish &amp; chips &lt;3 &#233;&#x1F600; caf\u00e9</x:t></x:is></x:c>"
                + "<x:c r=\"C2\"/><?pi ignored?><x:v><![CDATA[a <b> & c]]></x:v>"
                + "<x:t>line one\r\nline two\rthree</x:t>"
                + "<x:c a=\"&quot;q&quot; &apos;s&apos;\tand\ntab\"></x:c >"
                + "</x:row></x:worksheet>";
        List<String> expected = List.of("\n", "<worksheet 0=urn:x>", "<row 0=2 1=1:3>", "<c 0=B2 1=inlineStr>",
                "<is>", "<t>", "Fish & chips <3 \u00e9\uD83D\uDE00 caf\u00e9", "</t>", "</is>", "</c>",
                "<c 0=C2>", "</c>", "<v>", "a <b> & c", "</v>", "<t>", "line one\nline two\nthree", "</t>",
                "<c 0=\"q\" 's' and tab>", "</c>", "</row>", "</worksheet>");
        assertEquals(expected, events(xml));
        // The same document handed over a byte at a time splits every tag, entity and CDATA end.
        assertEquals(expected, events(trickle(xml)));
    }

    @Test
    void textLongerThanTheBufferIsReadWhole() throws IOException {
        StringBuilder big = new StringBuilder();
        Random r = new Random(7);
        while (big.length() < 300_000) {
            big.append((char) ('a' + r.nextInt(26)));
            if (r.nextInt(50) == 0) {
                big.append("&amp;\u00e9");
            }
        }
        String text = big.toString();
        List<String> events = events("<t x=\"" + "v".repeat(100_000) + "\">" + text + "</t>");
        assertEquals(3, events.size());
        assertEquals(100_006, events.get(0).length());
        assertEquals(text.replace("&amp;", "&"), events.get(1));
    }

    @Test
    void aDoctypeIsRefusedAsTheJdkParserRefusesItSoNothingIsExpanded() {
        IOException e = assertThrows(IOException.class, () -> events("<?xml version=\"1.0\"?><!DOCTYPE lolz ["
                + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><worksheet>&lol2;</worksheet>"));
        SAXParseException cause = assertInstanceOf(SAXParseException.class, e.getCause());
        assertTrue(cause.getMessage().contains("DOCTYPE"), cause.getMessage());
        IOException undeclared = assertThrows(IOException.class, () -> events("<a>&secret;</a>"));
        assertTrue(undeclared.getCause().getMessage().contains("entity \"secret\""), undeclared.getMessage());
    }

    @Test
    void brokenDocumentsAreErrorsNotSilentlyShortReads() {
        for (String bad : new String[] {"<a><b></a></b>", "<a><b>text", "<a x=\"1></a>", "<a x=1></a>", "<a>&amp</a>",
                "<a>&#xZZ;</a>", "</a>", "<a><b></bb></a>", "<a <b>", "<a>x</a ", "", "<?xml version=\"1.0\"?>\n"}) {
            IOException e = assertThrows(IOException.class, () -> events(bad), bad);
            assertInstanceOf(SAXParseException.class, e.getCause(), bad);
        }
    }

    @Test
    void onlyUtf8PartsAreTakenTheRestGoToSax() {
        assertTrue(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a/>"));
        assertTrue(utf8("<?xml version='1.0' encoding='utf-8'?><a/>"));
        assertTrue(utf8("<?xml version=\"1.0\"?><a/>"));
        assertTrue(utf8("<a/>"));
        assertTrue(utf8("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>"));
        assertFalse(utf8("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a/>"));
        assertFalse(utf8("<?xml version=\"1.0\" encoding = \"ISO-8859-1\"?><a/>"));
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".getBytes(StandardCharsets.UTF_16);
        assertFalse(XmlPull.isUtf8(utf16, utf16.length));
        byte[] utf16le = "<a/>".getBytes(StandardCharsets.UTF_16LE);
        assertFalse(XmlPull.isUtf8(utf16le, utf16le.length));
    }

    private static boolean utf8(String head) {
        byte[] b = head.getBytes(StandardCharsets.UTF_8);
        return XmlPull.isUtf8(b, b.length);
    }

    @Test
    void decimalsReadFromBytesAreTheDoublesJavaParses() {
        Random r = new Random(20141231);
        Utf8Buffer b = new Utf8Buffer();
        int fast = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = switch (i % 4) {
                case 0 -> Double.toString(r.nextDouble() * 50_000);
                case 1 -> Long.toString(r.nextLong() % 10_000_000_000_000_000L);
                case 2 -> (r.nextBoolean() ? "-" : "") + r.nextInt(100_000) + "." + String.format("%011d", r.nextInt(1_000_000_000));
                default -> String.valueOf(41730 + r.nextInt(800)) + "." + Long.toString(Math.abs(r.nextLong()) % 100_000_000_000L);
            };
            b.clear();
            byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
            b.add(bytes, 0, bytes.length);
            double d = b.decimal();
            if (!Double.isNaN(d)) {
                fast++;
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(d), s);
            }
        }
        assertTrue(fast > 150_000, "most plain decimals take the fast path: " + fast);
        for (String s : new String[] {"41730.00027777778", "0.1", "-0", "-0.0", "5.", ".5", "007", "9007199254740991"}) {
            b.clear();
            b.add(s.getBytes(StandardCharsets.US_ASCII), 0, s.length());
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(b.decimal()), s);
        }
        for (String s : new String[] {"1E+20", "1.5e-7", "", "-", ".", "1.2.3", " 1", "9007199254740993", "NaN",
                "0." + "0".repeat(22) + "1"}) {
            b.clear();
            b.add(s.getBytes(StandardCharsets.US_ASCII), 0, s.length());
            assertTrue(Double.isNaN(b.decimal()), s + " is left to Double.parseDouble");
        }
    }
}
