package org.forcestat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class XmlTextTest {
    @Test
    void escapesMarkupAndQuotesAndDropsWhatXmlCannotHold() {
        assertEquals("a&lt;b&gt;c&amp;d&quot;e'f\tg\nh&#13;ij",
                XmlText.escape(new StringBuilder(), "a<b>c&d\"e'f\tg\nh\ri\u0001\u001f\uFFFEj").toString());
    }

    @Test
    void keepsOtherTextAsItIs() {
        assertEquals("Kent £1,234 – “ok” é 😀", XmlText.escape(new StringBuilder(), "Kent £1,234 – “ok” é 😀").toString());
    }
}
