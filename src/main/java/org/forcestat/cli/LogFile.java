package org.forcestat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TreeMap;
import org.apache.logging.log4j.Level;

/**
 * {@code forcestat.log} as {@link PlainLog} writes it: the lines and the rolling of the log4j file
 * appender that {@link Logging} configures ({@code %d{yyyy-MM-dd HH:mm:ss} %-5level [%t] %c{1} - %msg%n%throwable},
 * UTF-8, appended to; past 5 MB it becomes {@code forcestat-N.log}, at most three of them, the newest
 * with the highest number). {@code PlainLogTest} checks the lines and the rolling against log4j-core's.
 */
final class LogFile implements AutoCloseable {
    /** log4j's SizeBasedTriggeringPolicy of "5 MB". */
    static final long ROLL_AT = 5L * 1024 * 1024;
    private static final int MAX_ARCHIVES = 3;

    private final Path dir;
    private final Path file;
    private final long rollAt;
    private OutputStream out;
    private long size;

    private LogFile(Path dir, long rollAt) throws IOException {
        this.dir = dir;
        this.file = dir.resolve("forcestat.log");
        this.rollAt = rollAt;
        open();
    }

    /** Opens (creating it, as log4j does when the appender starts) {@code dir/forcestat.log} to append to. */
    static LogFile open(Path dir) throws IOException {
        return new LogFile(dir, ROLL_AT);
    }

    /** The same, rolling past {@code rollAt} bytes instead of 5 MB (tests). */
    static LogFile open(Path dir, long rollAt) throws IOException {
        return new LogFile(dir, rollAt);
    }

    private void open() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    /** Writes one event's line (and its stack trace), rolling the file first when it is past the size. */
    synchronized void write(long millis, Level level, String thread, String logger, String msg, Throwable t)
            throws IOException {
        if (size > rollAt) {
            roll();
        }
        byte[] b = line(millis, level, thread, logger, msg, t).getBytes(StandardCharsets.UTF_8);
        out.write(b);
        size += b.length;
    }

    /** {@code %d{yyyy-MM-dd HH:mm:ss} %-5level [%t] %c{1} - MSG%n%throwable}. */
    static String line(long millis, Level level, String thread, String logger, String msg, Throwable t) {
        LocalDateTime d = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault());
        StringBuilder s = new StringBuilder(96 + msg.length());
        pad(s, d.getYear(), 4).append('-');
        pad(s, d.getMonthValue(), 2).append('-');
        pad(s, d.getDayOfMonth(), 2).append(' ');
        pad(s, d.getHour(), 2).append(':');
        pad(s, d.getMinute(), 2).append(':');
        pad(s, d.getSecond(), 2).append(' ');
        level(s, level).append(" [").append(thread).append("] ").append(shortName(logger)).append(" - ")
                .append(PlainLog.printable(msg)).append(System.lineSeparator());
        return trace(s, t).toString();
    }

    /** {@code %-5level}. */
    static StringBuilder level(StringBuilder s, Level level) {
        String name = level.name();
        s.append(name);
        for (int i = name.length(); i < 5; i++) {
            s.append(' ');
        }
        return s;
    }

    /** {@code %c{1}}: the logger name after its last dot. */
    static String shortName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    /** {@code %throwable}: as {@link Throwable#printStackTrace()}, which log4j 2.26 renders the same. */
    static StringBuilder trace(StringBuilder s, Throwable t) {
        if (t != null) {
            StringWriter w = new StringWriter();
            t.printStackTrace(new PrintWriter(w));
            s.append(w);
        }
        return s;
    }

    static StringBuilder pad(StringBuilder s, int value, int width) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < width; i++) {
            s.append('0');
        }
        return s.append(v);
    }

    /**
     * log4j's DefaultRolloverStrategy with {@code max="3"} (the highest number is the newest): with
     * three archives, the oldest (-1) is deleted and the others move down one; the current file then
     * becomes the next number, and a new one is started.
     */
    private void roll() throws IOException {
        out.close();
        TreeMap<Integer, Path> archives = new TreeMap<>();
        for (int i = 1; i <= MAX_ARCHIVES; i++) {
            Path p = archive(i);
            if (Files.exists(p)) {
                archives.put(i, p);
            }
        }
        boolean rename = !archives.isEmpty() && archives.lastKey() >= MAX_ARCHIVES;
        while (archives.size() >= MAX_ARCHIVES) {
            Files.delete(archives.pollFirstEntry().getValue());
            rename = true;
        }
        int next = archives.isEmpty() ? 1 : archives.lastKey() < MAX_ARCHIVES ? archives.lastKey() + 1 : MAX_ARCHIVES;
        if (rename) {
            for (var e : archives.entrySet()) {
                Files.move(e.getValue(), archive(e.getKey() - 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, archive(next), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    private Path archive(int i) {
        return dir.resolve("forcestat-" + i + ".log");
    }

    /** The folder the file is in. */
    Path dir() {
        return dir;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
