package org.forcestat.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.InputDiscovery;
import org.forcestat.ingest.InputProperties;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.forcestat.output.AtomicOutput;
import org.forcestat.pipeline.RunEngine;

/**
 * The {@code watch} job without the command line. It polls the folder (file-system events are
 * unreliable on network shares); a file counts once its size and modified time are the same on two
 * polls in a row; whenever the set of settled inputs changes it rebuilds the summary through
 * {@link RunEngine}, reading only new or changed files, and refreshes {@code latest.xlsx}. Files that
 * could not be read are retried on later polls. "Unchanged" is {@link Stamp}. Inputs are only ever opened for reading.
 */
public final class WatchEngine {
    private static final Logger LOG = LogManager.getLogger(WatchEngine.class);
    /** After this many polls with files still changing, build from the settled ones anyway. */
    static final int MAX_WAIT_POLLS = 30;
    public static final String LATEST = "latest.xlsx";

    /** The options of one {@code watch}. */
    public record Settings(Path folder, Path outDir, Duration interval, boolean once, String forceName,
                           String marking, LocalDate from, LocalDate to, int threads) {
        public Settings {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(outDir, "outDir");
            if (interval == null || interval.toMillis() < 10) {
                throw new IllegalArgumentException("--interval must be at least 10ms");
            }
            if (folder.toAbsolutePath().normalize().equals(outDir.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("the output folder must not be the watched folder: use -o with another folder");
            }
        }
    }

    /**
     * What "unchanged" means: a file's size and modified time, and where the system keeps them its
     * change time (ctime, which any write sets, even one that puts the modified time back) and its
     * identity (inode), so a rewrite that keeps the size and time, or a file replaced by another of
     * the same size and time, is still noticed. Network shares and Windows give only size and time.
     */
    record Stamp(long size, long modified, long changed, Object key) {
        static Stamp of(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return new Stamp(a.size(), a.lastModifiedTime().toMillis(), changeTime(p), a.fileKey());
            } catch (IOException e) {
                return null;
            }
        }

        /** The inode change time in nanoseconds where the file system has one, else 0. */
        private static long changeTime(Path p) {
            try {
                Object t = Files.getAttribute(p, "unix:ctime");
                return t instanceof FileTime f ? f.to(TimeUnit.NANOSECONDS) : 0;
            } catch (UnsupportedOperationException | IllegalArgumentException | IOException | SecurityException e) {
                return 0;
            }
        }
    }

    private record Cached(Stamp stamp, Partial partial) {
    }

    private final Settings settings;
    private final RunEngine.SummaryWriter writer;
    private final PrintWriter out;
    private final String version;
    private final List<String> options;

    private volatile Map<Path, Stamp> allowed = Map.of();
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Path, Stamp> failed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean stopped;
    private volatile RunEngine.Result last;
    private volatile int builds;
    private Stamp propertiesStamp;
    private Path latestPending;

    public WatchEngine(Settings settings, RunEngine.SummaryWriter writer, PrintWriter out, String version,
                       List<String> options) {
        this.settings = settings;
        this.writer = writer;
        this.out = out;
        this.version = version;
        this.options = List.copyOf(options);
    }

    /** Polls until {@link #stop()} (or, with {@code --once}, until one settled build); returns its exit code. */
    public int run() throws IOException {
        int exit = ExitCodes.OK;
        Map<Path, Stamp> previous = null;
        Map<Path, Stamp> built = null;
        int waiting = 0;
        Files.createDirectories(settings.outDir());
        LOG.info("watching {} every {} ms; summaries go to {}", settings.folder().toAbsolutePath(),
                settings.interval().toMillis(), settings.outDir().toAbsolutePath());
        try {
            while (!stopped) {
                Map<Path, Stamp> now = scan();
                if (previous != null) {
                    Map<Path, Stamp> settled = new TreeMap<>();
                    for (Map.Entry<Path, Stamp> e : now.entrySet()) {
                        if (e.getValue().equals(previous.get(e.getKey()))) {
                            settled.put(e.getKey(), e.getValue());
                        }
                    }
                    boolean quiet = settled.size() == now.size();
                    if (!quiet && waiting++ == 0) {
                        LOG.info("waiting for {} file(s) to stop changing", now.size() - settled.size());
                    }
                    if (quiet || waiting >= MAX_WAIT_POLLS) {
                        waiting = 0;
                        boolean recovered = retryFailed(settled);
                        if (!settled.equals(built) || recovered) {
                            try {
                                exit = build(settled);
                                built = settled;
                            } catch (org.forcestat.stats.NoDataInPeriod e) {
                                if (settings.once() || stopped) {
                                    throw e;
                                }
                                // files for the period may yet arrive: say so once, and wait for the inputs to change
                                LOG.warn("no summary written: {}", e.getMessage());
                                built = settled;
                            } catch (IOException e) {
                                if (settings.once() || stopped) {
                                    throw e;
                                }
                                // A full disk or a dropped network drive: keep watching and try again.
                                LOG.debug("build failed", e);
                                LOG.warn("could not write the summary ({}); trying again at the next poll", e.getMessage());
                            }
                        }
                        if (settings.once()) {
                            return exit;
                        }
                    }
                }
                refreshLatest();
                previous = now;
                sleep();
            }
            return exit;
        } finally {
            finished.countDown();
        }
    }

    /** Asks the loop to end after the current step; a build in progress is finished. */
    public void stop() {
        stopped = true;
        stopSignal.countDown();
    }

    /** Waits for the loop to end, at most {@code timeout}; true if it ended. */
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many times a file was actually opened and read (cache hits are not reads). */
    public int reads(String fileName) {
        AtomicInteger n = reads.get(fileName);
        return n == null ? 0 : n.get();
    }

    public Map<String, Integer> readCounts() {
        Map<String, Integer> m = new TreeMap<>();
        reads.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** The latest build's result, or null before the first. */
    public RunEngine.Result lastResult() {
        return last;
    }

    public int builds() {
        return builds;
    }

    private Map<Path, Stamp> scan() throws IOException {
        Map<Path, Stamp> m = new LinkedHashMap<>();
        if (!Files.isDirectory(settings.folder())) {
            LOG.warn("the folder {} is not there (network drive disconnected?); trying again", settings.folder());
            return m;
        }
        for (InputDiscovery.Candidate c : InputDiscovery.discover(List.of(settings.folder()), settings.outDir())) {
            if (!c.skipped() || c.unsupported()) {
                Stamp s = Stamp.of(c.path());
                if (s != null) {
                    m.put(c.path().toAbsolutePath().normalize(), s);
                }
            }
        }
        Path props = settings.folder().resolve(InputProperties.FILE).toAbsolutePath().normalize();
        Stamp ps = Stamp.of(props);
        if (ps != null) {
            m.put(props, ps);
        }
        return m;
    }

    private int build(Map<Path, Stamp> settled) throws IOException {
        Path props = settings.folder().resolve(InputProperties.FILE).toAbsolutePath().normalize();
        Stamp ps = settled.get(props);
        if (!Objects.equals(ps, propertiesStamp)) {
            cache.clear(); // header mappings may have changed: read everything again
            propertiesStamp = ps;
        }
        cache.keySet().retainAll(settled.keySet());
        failed.keySet().retainAll(settled.keySet());
        allowed = Map.copyOf(settled);
        RunSettings rs = new RunSettings(List.of(settings.folder()), settings.outDir(), settings.forceName(),
                settings.marking(), settings.from(), settings.to(), settings.threads());
        RunEngine.Result r;
        try {
            r = new RunEngine(writer, settings -> new StableFileReader(settings, this)).run(rs, version, options);
        } catch (NothingToSummarise e) {
            if (settings.once()) {
                throw e;
            }
            // an empty drop folder is normal between deliveries: say so once, write nothing, keep watching
            out.printf("Waiting: %s%n", e.getMessage().replace("No summary was written.", "No summary yet."));
            out.flush();
            return ExitCodes.OK;
        }
        last = r;
        builds++;
        out.printf("Summary written to %s%n%s%n", Printable.of(r.summaryFile().toAbsolutePath().toString()),
                Closing.line(r.summary()));
        out.flush();
        for (Finding f : r.summary().findings()) {
            if (f.severity() == Severity.ERROR && f.rule().startsWith("FILE_")
                    && reported.add(f.file() + "|" + f.rule() + "|" + settled.get(settings.folder().resolve(f.file())
                            .toAbsolutePath().normalize()))) {
                LOG.warn("{}", Closing.errorLine(f));
            }
        }
        latestPending = r.summaryFile();
        refreshLatest();
        return r.exitCode();
    }

    /** Reads again the settled files that could not be read; true if one now can. */
    private boolean retryFailed(Map<Path, Stamp> settled) {
        if (failed.isEmpty()) {
            return false;
        }
        allowed = Map.copyOf(settled);
        InputProperties props;
        try {
            props = InputProperties.load(List.of(settings.folder()));
        } catch (IOException e) {
            return false;
        }
        StableFileReader reader = new StableFileReader(props, this);
        boolean recovered = false;
        for (Map.Entry<Path, Stamp> e : new HashMap<>(failed).entrySet()) {
            if (e.getValue().equals(settled.get(e.getKey()))) {
                reader.read(e.getKey());
                if (!failed.containsKey(e.getKey())) {
                    LOG.info("{} can be read now", e.getKey().getFileName());
                    recovered = true;
                }
            }
        }
        return recovered;
    }

    private void refreshLatest() {
        Path summary = latestPending;
        if (summary == null) {
            return;
        }
        Path latest = settings.outDir().resolve(LATEST);
        try {
            AtomicOutput.write(latest, tmp -> Files.copy(summary, tmp, StandardCopyOption.REPLACE_EXISTING));
            latestPending = null;
            LOG.info("{} now holds {}", LATEST, summary.getFileName());
        } catch (IOException e) {
            LOG.debug("cannot replace {}", latest, e);
            if (reported.add("latest|" + summary)) {
                LOG.warn("{} could not be replaced (is it open in Excel, or read-only?); the new summary is {}. "
                        + "Close {} and it will be refreshed at the next poll.", LATEST, summary.getFileName(), LATEST);
            }
        }
    }

    private void sleep() {
        try {
            stopSignal.await(settings.interval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            stop();
        }
    }

    Stamp allowedStamp(Path file) {
        Stamp wanted = allowed.get(file);
        return wanted != null && wanted.equals(Stamp.of(file)) ? wanted : null;
    }

    Partial cached(Path file, Stamp stamp) {
        Cached c = cache.get(file);
        return c != null && c.stamp().equals(stamp) ? c.partial() : null;
    }

    void countRead(Path file) {
        reads.computeIfAbsent(file.getFileName().toString(), k -> new AtomicInteger()).incrementAndGet();
        LOG.debug("reading {}", file.getFileName());
    }

    void remember(Path file, Stamp stamp, Partial p, boolean readable) {
        if (readable && stamp.equals(Stamp.of(file))) {
            cache.put(file, new Cached(stamp, p));
            failed.remove(file);
        } else {
            cache.remove(file);
            failed.put(file, stamp);
        }
    }
}
