package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * An input stream read ahead on a {@link Background} thread: for a sheet part, that thread
 * inflates the zip entry while the parser works on what came before, so a read uses both cores.
 * At most {@link #CHUNKS} chunks wait, so memory stays bounded whatever the part's size.
 *
 * <p>This stream owns the source: closing it stops the helper and closes the source on the
 * helper's thread before {@link #close()} returns, so the zip file can be closed safely after.
 */
final class ReadAhead extends InputStream {
    static final int CHUNK = 1 << 16;
    static final int CHUNKS = 8;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
    private final Future<Void> helper;
    private volatile boolean closed;
    private byte[] chunk = new byte[0];
    private int at;
    private boolean ended;

    private ReadAhead(InputStream source) {
        helper = Background.submit(() -> {
            try (source) {
                while (!closed) {
                    byte[] b = new byte[CHUNK];
                    int n = source.readNBytes(b, 0, CHUNK);
                    if (n > 0) {
                        put(n < CHUNK ? Arrays.copyOf(b, n) : b);
                    }
                    if (n < CHUNK) {
                        break;
                    }
                }
                put(END);
            } catch (Throwable e) {
                // Handed to the reader whatever it is, or the reader would wait for ever.
                put(e);
            }
            return null;
        });
    }

    /** Reads {@code source} ahead on another thread. */
    static InputStream of(InputStream source) {
        return new ReadAhead(source);
    }

    /** Waits for room in the queue, giving up once this stream is closed. */
    private void put(Object item) {
        try {
            while (!closed && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                // the reader is busy; wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes sure a chunk with bytes left is current; false at the end of the stream. */
    private boolean fill() throws IOException {
        while (at == chunk.length) {
            if (ended) {
                return false;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            if (item == END) {
                ended = true;
                return false;
            }
            if (item instanceof Throwable t) {
                ended = true;
                throw Background.failure(t);
            }
            chunk = (byte[]) item;
            at = 0;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return fill() ? chunk[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        Background.await(helper);
    }
}
