package org.forcestat.window;

/** A Writer that hands on each completed line (a watch's output, to the window). */
final class LineWriter extends java.io.Writer {
    private final java.util.function.Consumer<String> sink;
    private final StringBuilder pending = new StringBuilder();

    LineWriter(java.util.function.Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c == '\n') {
                sink.accept(pending.toString());
                pending.setLength(0);
            } else if (c != '\r') {
                pending.append(c);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
