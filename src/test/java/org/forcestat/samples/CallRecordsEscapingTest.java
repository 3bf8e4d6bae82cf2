package org.forcestat.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The call-records sample writes its strings through the format layer's one XML escaper: a value with a quote,
 * a less-than, an ampersand and a control character reads back from the written XML with the first three
 * intact; the control character, which XML 1.0 cannot hold, is dropped instead of making the part unreadable.
 */
class CallRecordsEscapingTest {
    private static final String VALUE = "Smith \"Jr\" <A&B> \u0001end";
    private static final String READ_BACK = "Smith \"Jr\" <A&B> end";

    private static String text(String xml) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return d.getElementsByTagName("t").item(0).getTextContent();
    }

    @Test
    void anInlineStringRoundTrips() throws Exception {
        StringBuilder b = new StringBuilder();
        new CallRecordsWorkbook.Inline().cell(b, 2, 7, VALUE);
        assertEquals(READ_BACK, text("<row>" + b + "</row>"));
        assertEquals("<c r=\"C7\" t=\"inlineStr\"><is><t>Smith &quot;Jr&quot; &lt;A&amp;B&gt; end</t></is></c>",
                b.toString());
    }

    @Test
    void aSharedStringRoundTrips() throws Exception {
        StringWriter table = new StringWriter();
        CallRecordsWorkbook.SharedTable shared = new CallRecordsWorkbook.SharedTable(table);
        StringBuilder b = new StringBuilder();
        shared.cell(b, 0, 2, VALUE);
        shared.close();
        assertEquals("<c r=\"A2\" t=\"s\"><v>0</v></c>", b.toString());
        assertEquals(READ_BACK, text("<sst>" + table + "</sst>"));
    }
}
