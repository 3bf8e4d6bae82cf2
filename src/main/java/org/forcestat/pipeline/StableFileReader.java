package org.forcestat.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.forcestat.ingest.InputProperties;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;
import org.forcestat.pipeline.WatchEngine;

/**
 * The reader {@link WatchEngine} gives each rebuild: it reads only files whose size and modified time
 * were stable across two polls, and hands back the cached partial of a file it has already read with
 * the same size and time, so an unchanged file is read once however often the summary is rebuilt.
 * Partials merge by copying values, so a cached one can be merged again and again.
 */
final class StableFileReader extends WorkbookReader {
    private static final Logger LOG = LogManager.getLogger(StableFileReader.class);
    private final WatchEngine engine;

    StableFileReader(InputProperties settings, WatchEngine engine) {
        super(settings);
        this.engine = engine;
    }

    @Override
    public Partial read(Path file, Progress progress, java.util.Set<String> skip, Listener listener) {
        if (!skip.isEmpty()) {
            // a second read without the sheets another file repeats: never cached
            return super.read(file, progress, skip, listener);
        }
        Path key = file.toAbsolutePath().normalize();
        WatchEngine.Stamp wanted = engine.allowedStamp(key);
        if (wanted == null) {
            return inProgress(file);
        }
        Partial cached = engine.cached(key, wanted);
        if (cached != null) {
            LOG.debug("{} is unchanged since it was read; that read is used again", file.getFileName());
            return cached;
        }
        engine.countRead(key);
        Partial p = super.read(file, progress, skip, listener);
        boolean readable = p.sources().stream().allMatch(s -> s.status() == SourceInfo.Status.READ);
        engine.remember(key, wanted, p, readable);
        return p;
    }

    /** A settled file's fingerprint, from its cached read when there is one; null for a file still changing. */
    @Override
    public String fingerprint(Path file) {
        Path key = file.toAbsolutePath().normalize();
        WatchEngine.Stamp wanted = engine.allowedStamp(key);
        if (wanted == null) {
            return null;
        }
        Partial cached = engine.cached(key, wanted);
        if (cached != null && cached.sources().size() == 1 && !cached.sources().get(0).sha256().isEmpty()) {
            return cached.sources().get(0).sha256();
        }
        return super.fingerprint(file);
    }

    private static Partial inProgress(Path file) {
        String name = file.getFileName().toString();
        Partial p = new Partial();
        p.addFinding(Finding.of(Severity.INFO, RuleId.FILE_IN_PROGRESS).at(name, "", "")
                .message("The file " + name + " was still changing (being copied or saved), so it is not in this summary; "
                        + "watch reads it once it has stopped changing."));
        p.addSource(new SourceInfo(name, "", 0, null, SourceInfo.Status.SKIPPED, List.of()));
        return p;
    }
}
