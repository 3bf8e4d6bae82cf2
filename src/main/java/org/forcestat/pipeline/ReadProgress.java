package org.forcestat.pipeline;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.forcestat.ingest.WorkbookReader;

/**
 * Progress of long reads on stderr, when stderr is a terminal (SPEC §7): about once a second, the
 * rows read so far of each file still being read, on one line that is rewritten. Silent otherwise,
 * so logs and pipes get no progress noise.
 */
final class ReadProgress implements WorkbookReader.Progress, AutoCloseable {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final Map<String, Long> reading = new ConcurrentSkipListMap<>();
    private long lastPrint = System.nanoTime();
    private int lastLength;

    ReadProgress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Progress to stderr if it is a terminal, else none. */
    static ReadProgress forConsole() {
        return new ReadProgress(System.err, System.console() != null);
    }

    @Override
    public void rows(String file, long rows) {
        if (!enabled) {
            return;
        }
        reading.put(file, rows);
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastPrint < INTERVAL_NANOS) {
                return;
            }
            lastPrint = now;
            StringBuilder b = new StringBuilder("reading");
            reading.forEach((f, n) -> b.append(String.format(" %s %,d rows;", f, n)));
            b.setLength(b.length() - 1);
            print(Printable.of(b.toString()));
        }
    }

    /** A file is finished: it leaves the progress line. */
    void done(String file) {
        reading.remove(file);
    }

    private void print(String line) {
        int pad = Math.max(0, lastLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastLength = line.length();
    }

    @Override
    public synchronized void close() {
        if (enabled && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }
}
