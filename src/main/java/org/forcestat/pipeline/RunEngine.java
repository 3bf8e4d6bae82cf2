package org.forcestat.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.forcestat.ingest.FileCopies;
import org.forcestat.ingest.HeaderMatcher;
import org.forcestat.ingest.InputDiscovery;
import org.forcestat.ingest.InputProperties;
import org.forcestat.ingest.OverlapCheck;
import org.forcestat.ingest.RepeatedCalls;
import org.forcestat.ingest.WorkbookReader;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;
import org.forcestat.output.AtomicOutput;
import org.forcestat.stats.RunInfo;
import org.forcestat.stats.Summary;
import org.forcestat.stats.SummaryCalculator;
import org.forcestat.threat.StatsEvidence;
import org.forcestat.threat.ThreatAssessment;
import org.forcestat.threat.ThreatAssessor;
import org.forcestat.threat.ThreatResult;
import org.forcestat.validate.PlanCheck;
import org.forcestat.validate.Suppressions;
import org.forcestat.validate.ValidateEngine;

/**
 * The {@code run} job without the command line: discover inputs, read them in parallel into
 * partial aggregates, merge, compute, and write the summary workbook atomically.
 */
public final class RunEngine {
    private static final Logger LOG = LogManager.getLogger(RunEngine.class);

    /** Writes a summary to a path. */
    @FunctionalInterface
    public interface SummaryWriter {
        void write(Summary summary, List<ThreatAssessment> threats, Path target) throws IOException;
    }

    /** What a run produced: the summary file, the figures, and the exit code of SPEC §7. */
    public record Result(Path summaryFile, Summary summary, int exitCode) {
    }

    private final SummaryWriter writer;
    private final Function<InputProperties, WorkbookReader> readers;
    private final WorkbookReader.Progress listener;

    public RunEngine(SummaryWriter writer) {
        this(writer, WorkbookReader::new);
    }

    /** An engine whose file reader is made by {@code readers} (watch mode passes one that caches). */
    public RunEngine(SummaryWriter writer, Function<InputProperties, WorkbookReader> readers) {
        this(writer, readers, WorkbookReader.Progress.NONE);
    }

    /**
     * An engine that also tells {@code listener} the rows read so far of each file, as the console's
     * progress line shows them (the window's progress bar); the listener is called on reader threads.
     */
    public RunEngine(SummaryWriter writer, Function<InputProperties, WorkbookReader> readers,
                     WorkbookReader.Progress listener) {
        this.writer = writer;
        this.readers = readers;
        this.listener = listener;
    }

    public Result run(RunSettings s, String toolVersion, List<String> options) throws IOException {
        HeapWatch heap = HeapWatch.start();
        try {
            Files.createDirectories(s.outDir());
            AtomicOutput.removeStaleTemps(s.outDir());
            InputProperties props = InputProperties.load(s.inputs());
            List<InputDiscovery.Candidate> found = InputDiscovery.discover(s.inputs(), s.outDir());
            nothingToRead(s.inputs(), found);
            HeaderMatcher matcher = new HeaderMatcher(props.headerSynonyms());
            Partial merged;
            try (ReadProgress progress = ReadProgress.forConsole(listener)) {
                merged = readAll(found, readers.apply(props), new ValidateEngine(matcher), s.threads(), progress);
            }
            props.findings().forEach(merged::addFinding);
            nothingOfAKnownKind(s.inputs(), merged.sources());
            org.forcestat.ingest.NotCounted.findings(merged.sources(), merged.findings()).forEach(merged::addFinding);
            OverlapCheck.report(merged);
            org.forcestat.ingest.FileVersions.keepOne(merged);
            org.forcestat.ingest.SavingsSummaries.remove(merged);
            PlanCheck.check(merged.finance()).forEach(merged::addFinding);
            Suppressions suppressions = Suppressions.of(props.values());
            // one MERGED_CATEGORY finding a category, one MAPPING_NOT_FOUND a line, one OTHER_DATA_NOT_READ a
            // data set, for the run, not one a file (police.uk: three files a month)
            merged.replaceFindings(org.forcestat.ingest.RunFindings.collapse(suppressions.apply(merged.findings())));
            LOG.debug("inputs read and checked");
            LocalDateTime now = LocalDateTime.now();
            RunInfo info = new RunInfo(s.forceName(), s.marking(), now, toolVersion, options,
                    s.inputs().get(0).toAbsolutePath().normalize().toString());
            Summary computed = SummaryCalculator.compute(merged, info, s.from(), s.to());
            ThreatResult threats = ThreatAssessor.run(merged.threats(), props.values(), props.fileName(),
                    StatsEvidence.from(computed));
            Summary summary = SummaryCalculator.withFindings(computed, suppressions.apply(threats.findings()));
            LOG.debug("statistics computed; writing the summary");
            // Unique to the millisecond plus a reserved counter: two runs at once never share a name.
            Path target = AtomicOutput.writeUnique(s.outDir(), "forcestat-summary-", now, ".xlsx",
                    tmp -> writer.write(summary, threats.ranked(), tmp));
            logHeap(heap);
            return new Result(target, summary, exitCode(summary));
        } finally {
            heap.stop();
        }
    }

    /**
     * Refuses a run with no file to read (an empty folder, or only documents): an empty summary would
     * say nothing, and its example threat register could pass for the force's own.
     */
    private static void nothingToRead(List<Path> inputs, List<InputDiscovery.Candidate> found) {
        if (found.stream().anyMatch(c -> !c.skipped())) {
            return;
        }
        List<String> skipped = found.stream().filter(c -> !InputDiscovery.OWN_FILE.equals(c.skipReason()))
                .map(c -> c.path().getFileName() + " (" + c.skipReason() + ")").toList();
        throw new NothingToSummarise(inputs, skipped);
    }

    /**
     * Refuses a run whose workbooks were all read but none holds a sheet of a kind forcestat reads: its
     * summary would be as empty as an empty folder's, with the example threat register. Each file is
     * named with why it was not read as any kind. An unreadable file keeps its own exit code (2).
     */
    private static void nothingOfAKnownKind(List<Path> inputs, List<SourceInfo> sources) {
        boolean anyRead = false;
        for (SourceInfo src : sources) {
            if (src.status() == SourceInfo.Status.UNREADABLE
                    || src.status() == SourceInfo.Status.READ && org.forcestat.ingest.NotCounted.counts(src)) {
                return;
            }
            anyRead |= src.status() == SourceInfo.Status.READ;
        }
        if (!anyRead) {
            return;
        }
        List<String> why = sources.stream().filter(src -> src.status() == SourceInfo.Status.READ)
                .map(src -> src.file() + ": " + org.forcestat.ingest.NotCounted.why(src)).toList();
        throw NothingToSummarise.noKnownKind(inputs, why);
    }

    static int exitCode(Summary summary) {
        boolean unreadable = summary.sources().stream().anyMatch(src -> src.status() == SourceInfo.Status.UNREADABLE);
        if (unreadable) {
            return ExitCodes.UNREADABLE_INPUTS;
        }
        boolean errors = summary.findings().stream().anyMatch(f -> !f.suppressed() && f.severity() == Severity.ERROR);
        return errors ? ExitCodes.VALIDATION_ERRORS : ExitCodes.OK;
    }

    private static void logHeap(HeapWatch heap) {
        LOG.debug("peak heap: {} MB in use at most, {} MB live after a collection at most (max {} MB)",
                heap.peakBytes() >> 20, heap.liveBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * Each file's name as the repeated-sheet and repeated-record findings give it: its own name, or, where two
     * files of the run share one (police.uk's month downloaded twice into two folders), with as many of its
     * folders as tell them apart ("again/2024-01/2024-01-kent-street.csv"), not "X repeats ... of X".
     */
    static Map<Path, String> shownNames(List<Path> files) {
        Map<Path, String> out = new HashMap<>();
        for (int depth = 1; depth <= 4 && out.size() < files.size(); depth++) {
            Map<String, Integer> count = new HashMap<>();
            for (Path f : files) {
                count.merge(tail(f, depth), 1, Integer::sum);
            }
            for (Path f : files) {
                String t = tail(f, depth);
                if (!out.containsKey(f) && (count.get(t) == 1 || depth == 4)) {
                    out.put(f, t);
                }
            }
        }
        return out;
    }

    private static String tail(Path f, int depth) {
        int n = f.getNameCount();
        return f.subpath(Math.max(0, n - depth), n).toString().replace('\\', '/');
    }

    private static Finding repeatedSheet(String file, String sheet, String earlier) {
        return Finding.of(Severity.ERROR, RuleId.DUPLICATE_SHEET).at(file, sheet, "").seen("a copy of " + earlier)
                .expected("each sheet's data once")
                .message(file + ", sheet '" + sheet + "': the sheet holds exactly what " + earlier
                        + " holds, cell for cell, so only that sheet was counted; adding both would count every row "
                        + "twice. Remove the copy from the folder.");
    }

    private static Partial readAll(List<InputDiscovery.Candidate> found, WorkbookReader reader,
                                   ValidateEngine validation, int threads, ReadProgress progress) throws IOException {
        Partial merged = new Partial();
        List<Path> toRead = new ArrayList<>();
        for (InputDiscovery.Candidate c : found) {
            String name = c.path().getFileName().toString();
            if (!c.skipped()) {
                toRead.add(c.path());
            } else if (c.unsupported()) {
                merged.addFinding(Finding.of(Severity.ERROR, RuleId.FILE_UNSUPPORTED).at(name, "", "")
                        .expected(".xlsx, .xlsm, .xls or .csv")
                        .message("The file " + name + " is " + c.skipReason() + ". The other files were still processed."));
                merged.addSource(new SourceInfo(name, "", 0, null, SourceInfo.Status.UNREADABLE, List.of()));
                LOG.warn("skipped {}: {}", name, c.skipReason());
            } else if (c.reported()) {
                merged.addFinding(Finding.of(Severity.WARNING, c.rule()).at(name, "", "")
                        .expected("a workbook file in the folder")
                        .message("The entry " + name + " was skipped: it is " + c.skipReason() + ". The other files were still "
                                + "processed."));
                merged.addSource(new SourceInfo(name, "", 0, null, SourceInfo.Status.SKIPPED, List.of()));
                LOG.warn("skipped {}: {}", name, c.skipReason());
            } else if (InputDiscovery.OWN_FILE.equals(c.skipReason())) {
                LOG.debug("passed over {}: {}", name, c.skipReason());
            } else {
                LOG.info("skipped {}: {}", name, c.skipReason());
            }
        }
        if (toRead.isEmpty()) {
            LOG.warn("no workbooks to read in the input folder");
            return merged;
        }
        WorkbookReader.prepareFingerprints(toRead);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, toRead.size()), r -> {
            Thread t = new Thread(r, "reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Path, FileCopies.Copy> copyOf = FileCopies.find(toRead, reader::fingerprint, pool);
            List<Path> originals = toRead.stream().filter(p -> !copyOf.containsKey(p)).toList();
            // One file has no other file to repeat calls of: its calls' keys are not kept.
            WorkbookReader first = originals.size() == 1 ? reader.alone() : reader;
            List<Future<Partial>> parts = new ArrayList<>();
            for (Path p : originals) {
                parts.add(pool.submit(() -> {
                    Partial part = validation.read(first, p, progress, Set.of());
                    progress.done(p.getFileName().toString());
                    return part;
                }));
            }
            // Merged in file order, so the output does not depend on which thread finished first.
            Map<Path, String> shown = shownNames(originals);
            Map<Long, String> sheetsSeen = new HashMap<>();
            RepeatedCalls callsSeen = new RepeatedCalls();
            RepeatedCalls crimesSeen = new RepeatedCalls(RepeatedCalls.Records.CRIMES);
            for (int i = 0; i < parts.size(); i++) {
                try {
                    Path file = originals.get(i);
                    Partial part = parts.get(i).get();
                    // A sheet repeating a sheet of an earlier file (a workbook saved again under another
                    // name) is not added twice: the file is read again without it.
                    List<Finding> repeats = new ArrayList<>();
                    Set<String> skip = new LinkedHashSet<>();
                    part.sheetPrints().forEach((sheet, print) -> {
                        String earlier = sheetsSeen.get(print);
                        if (earlier != null) {
                            skip.add(sheet);
                            repeats.add(repeatedSheet(shown.get(file), sheet, earlier));
                        }
                    });
                    if (!skip.isEmpty()) {
                        part = validation.read(reader, file, progress, skip);
                    }
                    String name = shown.get(file);
                    part.sheetPrints().forEach((sheet, print) -> sheetsSeen.putIfAbsent(print,
                            name + ", sheet '" + sheet + "'"));
                    // Calls and crime records an earlier file already counted (the same export again, its CSV,
                    // an overlapping export) are not added twice: the file is read again without them.
                    RepeatedCalls.Skip repeated = RepeatedCalls.Skip.and(callsSeen.next(name, part.callKeys().get()),
                            crimesSeen.next(name, part.crimeKeys().get()));
                    if (repeated != null) {
                        LOG.debug("{} repeats {} records of earlier files; reading it again without them", name,
                                repeated.size());
                        part = validation.read(reader, file, progress, skip, repeated);
                        repeats.addAll(repeated.findings());
                    }
                    part.callKeys().take();
                    part.crimeKeys().take();
                    merged.merge(part);
                    repeats.forEach(merged::addFinding);
                } catch (ArithmeticException e) {
                    throw new IllegalStateException("the counts of " + originals.get(i).getFileName()
                            + " are too large to add up (over 9 x 10^18)", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("reading " + originals.get(i).getFileName() + " failed unexpectedly",
                            e.getCause());
                }
            }
            FileCopies.report(copyOf, merged);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading inputs", e);
        } finally {
            pool.shutdownNow();
        }
        return merged;
    }
}
