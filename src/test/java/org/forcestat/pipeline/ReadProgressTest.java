package org.forcestat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.forcestat.pipeline.ReadProgress;
import org.junit.jupiter.api.Test;

class ReadProgressTest {
    @Test
    void nothingIsPrintedWhenStderrIsNotATerminal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ReadProgress p = new ReadProgress(new PrintStream(err, true, StandardCharsets.UTF_8), false)) {
            p.rows("calls.xlsx", 16_384);
            p.done("calls.xlsx");
        }
        assertEquals(0, err.size());
    }

    @Test
    void aTerminalGetsRowsPerFileAboutOnceASecondOnOneLineThenItIsCleared() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ReadProgress p = new ReadProgress(new PrintStream(err, true, StandardCharsets.UTF_8), true)) {
            p.rows("calls.xlsx", 16_384);
            assertEquals(0, err.size(), "not before a second has passed");
            Thread.sleep(1_050);
            p.rows("calls.xlsx", 32_768);
            p.rows("calls.xlsx", 49_152);
            String shown = err.toString(StandardCharsets.UTF_8);
            assertEquals("\rreading calls.xlsx 32,768 rows", shown);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).endsWith("\r"), "the line is wiped at the end");
    }
}
