package org.forcestat.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads for work a read can hand to the other core: a file's fingerprint, inflating a
 * sheet's XML ahead of the parser. Cached, so an idle run holds no thread for long.
 */
final class Background {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "read-helper-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Background() {
    }

    /** Runs an I/O task on a helper thread. */
    static <T> Future<T> submit(Callable<T> task) {
        return POOL.submit(task);
    }

    /** The task's result; its IOException (or RuntimeException) is rethrown here, with its cause kept. */
    static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new InterruptedIOException("interrupted while waiting for a helper thread");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /**
     * What a helper thread's failure becomes on the thread that waited for it: an I/O failure is an
     * IOException (the helper's own kept as the cause, so its type still tells what went wrong);
     * other unchecked failures are rethrown as they are.
     */
    static IOException failure(Throwable t) {
        if (t instanceof IOException io) {
            return new IOException(io.getMessage(), io);
        }
        if (t instanceof UncheckedIOException u) {
            return new IOException(u.getMessage(), u.getCause());
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
