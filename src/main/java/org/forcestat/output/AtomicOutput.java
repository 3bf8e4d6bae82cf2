package org.forcestat.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes a file under a temporary name in its target folder and moves it into place in one step,
 * so a reader never sees a half-written summary and a killed run leaves no file under the final name.
 *
 * <p>Each temp file {@code .forcestat-tmp-NAME.tmp} has a companion {@code ….tmp.lock} that the
 * writing process holds an OS file lock on until the temp is moved or removed. The lock sits on a
 * separate file because on POSIX systems closing <em>any</em> handle of a file drops the process's
 * locks on it, and the summary writer opens and closes the temp itself. A run starting in the folder
 * removes temps whose lock it can take (their writer was killed) and leaves live ones alone. On
 * shutdown (Ctrl-C) writes in flight get a few seconds to finish, then their temps are removed.
 */
public final class AtomicOutput {
    private static final Logger LOG = LogManager.getLogger(AtomicOutput.class);
    static final String TMP_PREFIX = ".forcestat-tmp-";
    static final String TMP_SUFFIX = ".tmp";
    static final String LOCK_SUFFIX = ".lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** A lock file with no temp is left by a run killed between the two creations; only old ones are removed. */
    private static final Duration ORPHAN_LOCK_AGE = Duration.ofMinutes(10);
    private static final long SHUTDOWN_GRACE_MS = 3000;

    /** Temps being written by this JVM: never touched by its own cleanup (in-process locks cannot tell). */
    private static final Set<Reservation> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean shuttingDown;
    private static boolean hookInstalled;

    /** Writes the content of a file to the path it is given. */
    @FunctionalInterface
    public interface Writer {
        void write(Path tmp) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Writes {@code target}, replacing it if it exists (e.g. {@code latest.xlsx}). */
    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Reservation r = null;
        for (int i = 0; r == null; i++) {
            r = Reservation.take(dir, target.getFileName() + "." + ProcessHandle.current().pid() + "-" + i);
        }
        complete(r, target, writer, true);
    }

    /**
     * Writes a new file {@code PREFIX-yyyyMMdd-HHmmss-SSS[-n].xlsx} in {@code dir} whose name no other
     * run (in this or another process) can take at the same time, and returns its path.
     */
    public static Path writeUnique(Path dir, String prefix, LocalDateTime time, String extension, Writer writer)
            throws IOException {
        Files.createDirectories(dir);
        String stamp = prefix + STAMP.format(time);
        for (int i = 1; ; i++) {
            Path target = dir.resolve(stamp + (i == 1 ? "" : "-" + i) + extension);
            if (Files.exists(target)) {
                continue;
            }
            Reservation r = Reservation.take(dir, target.getFileName().toString());
            if (r == null) {
                continue;
            }
            if (Files.exists(target)) {
                r.abandon();
                continue;
            }
            complete(r, target, writer, false);
            return target;
        }
    }

    private static void complete(Reservation r, Path target, Writer writer, boolean replace) throws IOException {
        try {
            writer.write(r.tmp);
            if (shuttingDown) {
                throw new IOException("stopped before " + target.getFileName() + " was written; nothing was left half-written");
            }
            try {
                Files.move(r.tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                if (replace) {
                    Files.move(r.tmp, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(r.tmp, target);
                }
            }
        } finally {
            r.abandon();
        }
    }

    /**
     * Removes temp files left in {@code dir} by killed runs: only those whose lock can be taken, so a
     * live run's temp (in this or another process) is never removed. Returns how many were removed.
     */
    public static int removeStaleTemps(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.filter(p -> p.getFileName().toString().startsWith(TMP_PREFIX)).sorted().toList();
        } catch (IOException e) {
            LOG.debug("cannot list {} for stale temp files", dir, e);
            return 0;
        }
        Set<Path> live = new java.util.HashSet<>();
        LIVE.forEach(r -> {
            live.add(r.tmp);
            live.add(r.lockFile);
        });
        int removed = 0;
        for (Path p : names) {
            String n = p.getFileName().toString();
            if (live.contains(p)) {
                continue;
            }
            try {
                if (n.endsWith(TMP_SUFFIX)) {
                    removed += removeIfDead(p, lockOf(p)) ? 1 : 0;
                } else if (n.endsWith(TMP_SUFFIX + LOCK_SUFFIX)) {
                    Path tmp = dir.resolve(n.substring(0, n.length() - LOCK_SUFFIX.length()));
                    if (!Files.exists(tmp) && Files.getLastModifiedTime(p).toInstant()
                            .isBefore(Instant.now().minus(ORPHAN_LOCK_AGE))) {
                        removeIfDead(tmp, p);
                    }
                }
            } catch (IOException e) {
                LOG.debug("cannot check {}", p, e);
            }
        }
        if (removed > 0) {
            LOG.info("removed {} unfinished temp file(s) left in {} by an earlier run that was stopped", removed, dir);
        }
        return removed;
    }

    private static boolean removeIfDead(Path tmp, Path lockFile) throws IOException {
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                return false;
            }
            if (lock == null) {
                return false;
            }
            try {
                boolean gone = Files.deleteIfExists(tmp);
                Files.deleteIfExists(lockFile);
                return gone;
            } finally {
                lock.release();
            }
        }
    }

    static Path lockOf(Path tmp) {
        return tmp.resolveSibling(tmp.getFileName() + LOCK_SUFFIX);
    }

    /** True while some write of this JVM is in progress (for tests and the shutdown hook). */
    public static boolean writing() {
        return !LIVE.isEmpty();
    }

    private static synchronized void installHook() {
        if (hookInstalled) {
            return;
        }
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::onShutdown, "forcestat-output-cleanup"));
    }

    /** Gives writes in flight a moment to finish, then removes what is left: never a half file under its name. */
    private static void onShutdown() {
        long end = System.currentTimeMillis() + SHUTDOWN_GRACE_MS;
        while (!LIVE.isEmpty() && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                break;
            }
        }
        shuttingDown = true;
        for (Reservation r : new ArrayList<>(LIVE)) {
            r.abandon();
        }
    }

    /** A temp file and its held lock: the right to write one target. */
    private static final class Reservation {
        final Path tmp;
        final Path lockFile;
        private final FileChannel channel;
        private final FileLock lock;
        private boolean done;

        private Reservation(Path tmp, Path lockFile, FileChannel channel, FileLock lock) {
            this.tmp = tmp;
            this.lockFile = lockFile;
            this.channel = channel;
            this.lock = lock;
        }

        /** Locks, then creates, the temp for {@code name}; null if someone else holds it. */
        static Reservation take(Path dir, String name) throws IOException {
            if (shuttingDown) {
                throw new IOException("forcestat is stopping; no new output is started");
            }
            installHook();
            Path tmp = dir.resolve(TMP_PREFIX + name + TMP_SUFFIX);
            Path lockFile = lockOf(tmp);
            synchronized (LIVE) {
                for (Reservation r : LIVE) {
                    if (r.tmp.equals(tmp)) {
                        return null;
                    }
                }
                FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException | IOException e) {
                    lock = null;
                }
                if (lock == null) {
                    ch.close();
                    return null;
                }
                try {
                    // A temp left here is dead: we hold its lock.
                    Files.deleteIfExists(tmp);
                    Files.createFile(tmp);
                } catch (FileAlreadyExistsException e) {
                    lock.release();
                    ch.close();
                    return null;
                }
                Reservation r = new Reservation(tmp, lockFile, ch, lock);
                LIVE.add(r);
                return r;
            }
        }

        /** Removes the temp (if not moved) and the lock file, and lets go of the lock. */
        synchronized void abandon() {
            if (done) {
                return;
            }
            done = true;
            try {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                LOG.debug("cannot remove {}", tmp, e);
            } finally {
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    LOG.debug("cannot release {}", lockFile, e);
                }
                LIVE.remove(this);
            }
        }
    }
}
