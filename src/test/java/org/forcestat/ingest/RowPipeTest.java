package org.forcestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RowPipeTest {
    private static SheetRow row(int n) {
        return new SheetRow(n, List.of(Cell.number(0, n, false, null)));
    }

    @Test
    void everyRowArrivesOnceInOrderOnAnotherThreadBeforeFinishReturns() throws IOException {
        List<Integer> seen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int n = RowPipe.BATCH * RowPipe.WAITING * 3 + 7;
        try (RowPipe pipe = new RowPipe(r -> {
            seen.add(r.rowNumber());
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
            }
        })) {
            for (int i = 0; i < n; i++) {
                pipe.row(row(i));
            }
            pipe.finish();
        }
        assertEquals(n, seen.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, seen.get(i));
        }
        assertNotEquals(Thread.currentThread(), threads.get(0));
    }

    @Test
    void theProcessorsFailureIsRethrownToTheReader() throws IOException {
        IllegalArgumentException boom = new IllegalArgumentException("bad row 700");
        try (RowPipe pipe = new RowPipe(r -> {
            if (r.rowNumber() == 700) {
                throw boom;
            }
        })) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> {
                for (int i = 0; i < 100_000; i++) {
                    pipe.row(row(i));
                }
                pipe.finish();
            });
            assertSame(boom, e);
        }
    }

    @Test
    void closingWithoutFinishingStopsTheHelperAndDropsTheRest() throws IOException {
        AtomicInteger handled = new AtomicInteger();
        RowPipe pipe = new RowPipe(r -> handled.incrementAndGet());
        for (int i = 0; i < RowPipe.BATCH * 4; i++) {
            pipe.row(row(i));
        }
        pipe.close();
        int after = handled.get();
        assertTrue(after <= RowPipe.BATCH * 4, "no more rows than were sent: " + after);
        pipe.close();
        assertEquals(after, handled.get());
    }
}
