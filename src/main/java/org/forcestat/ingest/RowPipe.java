package org.forcestat.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Hands a sheet's rows, in batches and in order, to a {@link Background} thread that passes them
 * on to the sheet's processor: rows are parsed on one core while they are checked and counted on
 * the other. At most {@link #WAITING} batches wait, so memory stays bounded.
 *
 * <p>Use it in try-with-resources and call {@link #finish()} after the last row: it waits until
 * every row has been handled and rethrows the processor's failure, if any. Closing without
 * finishing (the parser failed) stops the helper and drops what was left.
 */
final class RowPipe implements RowHandler, AutoCloseable {
    static final int BATCH = 512;
    static final int WAITING = 8;
    private static final List<SheetRow> END = List.of();

    private final BlockingQueue<List<SheetRow>> queue = new ArrayBlockingQueue<>(WAITING);
    private final Future<Void> helper;
    private volatile Throwable failed;
    private volatile boolean dropping;
    private List<SheetRow> batch = new ArrayList<>(BATCH);
    private boolean ended;
    /** Told the number of rows handed over so far, at each batch: the read's progress. */
    private final LongConsumer sent;
    private long rows;

    RowPipe(RowHandler target) {
        this(target, n -> { });
    }

    /**
     * With {@code sent} told the rows handed over so far after each batch: on the rows' path, a count
     * tested on every row for a rare progress line was a branch the JIT first saw taken after
     * compiling the parser's loop, and compiled that loop again.
     */
    RowPipe(RowHandler target, LongConsumer sent) {
        this.sent = sent;
        helper = Background.submit(() -> {
            while (true) {
                List<SheetRow> rows = queue.take();
                if (rows == END) {
                    return null;
                }
                if (failed != null || dropping) {
                    continue;
                }
                try {
                    target.ahead(rows);
                    for (SheetRow r : rows) {
                        target.row(r);
                    }
                } catch (Throwable t) {
                    failed = t;
                }
            }
        });
    }

    @Override
    public void row(SheetRow row) {
        if (failed != null) {
            rethrow();
        }
        batch.add(row);
        if (batch.size() == BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
            rows += BATCH;
            sent.accept(rows);
        }
    }

    /** Waits until every row has been handled; the processor's failure is rethrown here. */
    void finish() throws IOException {
        if (!batch.isEmpty()) {
            rows += batch.size();
            send(batch);
            batch = new ArrayList<>(0);
            sent.accept(rows);
        }
        end();
        if (failed != null) {
            rethrow();
        }
    }

    private void end() throws IOException {
        if (!ended) {
            ended = true;
            send(END);
            Background.await(helper);
        }
    }

    private void rethrow() {
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failed);
    }

    private void send(List<SheetRow> rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading"));
        }
    }

    /** Stops the helper if {@link #finish()} was not reached; rows not yet handled are dropped. */
    @Override
    public void close() throws IOException {
        if (!ended) {
            dropping = true;
            queue.clear();
            boolean interrupted = Thread.interrupted();
            try {
                end();
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
