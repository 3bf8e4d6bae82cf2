package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SharedStringsTest {
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
        }
    }
}
