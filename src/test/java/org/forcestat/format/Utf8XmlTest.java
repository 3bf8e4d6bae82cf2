package org.forcestat.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8XmlTest {
    private static String through(byte[] bytes) throws IOException {
        try (InputStream in = Utf8Xml.of(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void utf8PassesThroughByteForByte() throws IOException {
        byte[] b = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>caf\u00e9</a>".getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Utf8Xml.of(new ByteArrayInputStream(b))) {
            assertArrayEquals(b, in.readAllBytes());
        }
    }

    @Test
    void otherEncodingsComeOutAsTheSameCharactersInUtf8() throws IOException {
        // a long part crosses the transcoder's 8,192-character buffer, with a surrogate pair at every 7th place
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            body.append(i % 7 == 0 ? "\uD83D\uDE00" : "\u00e9");
        }
        String text = "<a>" + body + "</a>";
        String u16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + text;
        assertEquals(u16, through(u16.getBytes(StandardCharsets.UTF_16)), "big-endian with a mark");
        assertEquals(u16, through(u16.getBytes(StandardCharsets.UTF_16LE)), "little-endian by its zero bytes");
        assertEquals(u16, through(u16.getBytes(StandardCharsets.UTF_16BE)), "big-endian by its zero bytes");
        String cp = "<?xml version='1.0' encoding='windows-1252'?><a>\u20ac5 caf\u00e9</a>";
        assertEquals(cp, through(cp.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void anEncodingJavaDoesNotKnowIsNamedInTheError() {
        byte[] b = "<?xml version=\"1.0\" encoding=\"x-klingon\"?><a/>".getBytes(StandardCharsets.US_ASCII);
        IOException e = assertThrows(IOException.class, () -> through(b));
        assertTrue(e.getMessage().contains("x-klingon"), e.getMessage());
    }
}
