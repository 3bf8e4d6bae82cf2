package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.SheetInfo;
import org.forcestat.model.SourceInfo;

/**
 * Reads one input file into a {@link Partial}: every sheet streamed, classified and counted. A file
 * that cannot be read becomes one error finding; nothing escapes as an exception.
 */
public class WorkbookReader {
    private static final Logger LOG = LogManager.getLogger(WorkbookReader.class);

    /**
     * Told how many rows of a file have been read so far, after each batch of {@value RowPipe#BATCH}
     * rows a sheet's reader hands on: often, so a listener that prints keeps its own pace.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, rows) -> { };

        void rows(String file, long rows);
    }

    /**
     * Listens to the same pass as ingest (the formula audit does): it sees the open workbook, then
     * each sheet's rows, hidden rows and columns and shared formulas, on the reading thread, in order.
     */
    public interface Listener {
        /** The workbook is open and about to be read. */
        default void opened(WorkbookSource source) throws IOException {
        }

        /** The handler for one sheet's rows, or null to leave the sheet alone. */
        RowHandler sheet(SheetMeta sheet);
    }

    /** Passes rows to the sheet's own handler and to a listener's; the audit's extra events to the listener. */
    private record Both(RowHandler first, RowHandler listener) implements RowHandler {
        @Override
        public void row(SheetRow row) {
            listener.row(row);
            first.row(row);
        }

        @Override
        public void hiddenRow(int row) {
            listener.hiddenRow(row);
        }

        @Override
        public void hiddenColumns(int fromCol, int toCol) {
            listener.hiddenColumns(fromCol, toCol);
        }

        @Override
        public void sharedFormula(int col, String index) {
            listener.sharedFormula(col, index);
        }
    }

    private final HeaderMatcher matcher;
    private final InputProperties settings;
    /** Whether each call's key is kept for {@link RepeatedCalls} (8 bytes a call): not when no other file is read. */
    private final boolean recordKeys;

    public WorkbookReader(HeaderMatcher matcher) {
        this(matcher, InputProperties.NONE);
    }

    /** A reader using the header synonyms and forced kinds of {@code forcestat.properties}. */
    public WorkbookReader(InputProperties settings) {
        this(new HeaderMatcher(settings.synonyms(), settings.valueMap()), settings);
    }

    private WorkbookReader(HeaderMatcher matcher, InputProperties settings) {
        this(matcher, settings, true);
    }

    private WorkbookReader(HeaderMatcher matcher, InputProperties settings, boolean recordKeys) {
        this.matcher = matcher;
        this.settings = settings;
        this.recordKeys = recordKeys;
    }

    /**
     * This reader for a run that reads one file: it keeps no keys of calls or crime records, which are
     * only compared with other files' ({@link RepeatedCalls}); a year of 827,000 calls held 14 MB of
     * them while it was read, and sorting a police.uk month's 358,147 was a tenth of a second at its end. A subclass (watch's, which caches each file's read for later runs with more files) is
     * given back as it is.
     */
    public WorkbookReader alone() {
        return getClass() == WorkbookReader.class ? new WorkbookReader(matcher, settings, false) : this;
    }

    public Partial read(Path file) {
        return read(file, Progress.NONE);
    }

    /** Reads one file, reporting rows read to {@code progress} as it goes. */
    public Partial read(Path file, Progress progress) {
        return read(file, progress, java.util.Set.of());
    }

    /**
     * Reads one file without the sheets named in {@code skip} (sheets that repeat a sheet of another
     * file, found by the run after a first read): they are listed, but nothing of them is counted.
     */
    public Partial read(Path file, Progress progress, java.util.Set<String> skip) {
        return read(file, progress, skip, null);
    }

    /**
     * Reads one file as {@link #read(Path, Progress, java.util.Set)} does, with {@code listener} (may be
     * null) listening to the same pass: each sheet is parsed once for both.
     */
    public Partial read(Path file, Progress progress, java.util.Set<String> skip, Listener listener) {
        return read(file, progress, skip, listener, null);
    }

    /**
     * Reads one file as {@link #read(Path, Progress, java.util.Set, Listener)} does, leaving out the calls
     * of {@code repeated} (may be null), which an earlier file of the run already counted.
     */
    public Partial read(Path file, Progress progress, java.util.Set<String> skip, Listener listener,
                        RepeatedCalls.Skip repeated) {
        Partial p = new Partial();
        String name = file.getFileName().toString();
        if (skip.isEmpty() && repeated == null) {
            LOG.info("reading {}", name);
        } else {
            // Read again without what an earlier file holds: the console said "reading" once already.
            LOG.debug("reading {} again, without what earlier files hold", name);
        }
        long size;
        java.time.Instant modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return unreadable(file, e);
        }
        // The fingerprint is taken on another core while the sheets are read: a cold SHA-256 of a
        // 27 MB file was half a second of a one-core read.
        Future<String> sha = Background.submit(() -> sha256(file));
        List<SheetInfo> sheets = new ArrayList<>();
        SourceInfo.Status status = SourceInfo.Status.READ;
        try (WorkbookSource src = open(file)) {
            long[] rows = {0};
            if (listener != null) {
                listener.opened(src);
            }
            SheetCopies copies = new SheetCopies(name, p);
            for (SheetMeta meta : src.sheets()) {
                if (skip.contains(meta.name())) {
                    sheets.add(new SheetInfo(meta.name(), Kind.UNRECOGNISED, meta.hidden(), 0, 0, 0));
                    RowHandler only = listener == null ? null : listener.sheet(meta);
                    if (only != null) {
                        // not counted, but its formulas are still audited
                        src.stream(meta, only);
                    }
                    continue;
                }
                // Each sheet is counted on its own, and added to the file's counts only if it repeats no other sheet.
                Partial sheetPart = new Partial();
                SheetContext ctx = new SheetContext(name, meta.name(), src.date1904(), sheetPart);
                ctx.leaveOut(repeated);
                if (!recordKeys) {
                    ctx.noRecordKeys();
                }
                SheetProcessor proc = new SheetProcessor(ctx, matcher, settings.forcedFor(name, meta.name()));
                SheetGuard guard = new SheetGuard(ctx, proc);
                // Rows are parsed on this thread and checked and counted on another core (RowPipe).
                long before = rows[0];
                try (RowPipe pipe = new RowPipe(guard, sent -> {
                    rows[0] = before + sent;
                    progress.rows(name, rows[0]);
                })) {
                    RowHandler also = listener == null ? null : listener.sheet(meta);
                    RowHandler handler = also == null ? pipe : new Both(pipe, also);
                    if (src instanceof CsvSource csv) {
                        // The CSV leaves unmade the values of columns no check reads, once the sheet's reader says which.
                        csv.stream(meta, handler, ctx::unread);
                    } else {
                        src.stream(meta, handler);
                    }
                    pipe.finish();
                }
                proc.finish();
                copies.add(meta.name(), proc.kind(), ctx.rowsRead(), guard.content(), sheetPart);
                // A sheet named Instructions (forcestat's templates have one) is notes for people, not data.
                boolean instructions = meta.name().equalsIgnoreCase("Instructions");
                if (proc.kind() == Kind.UNRECOGNISED && !proc.reportedMissingColumn() && !instructions && !proc.saidWhyNotCounted()) {
                    p.addFinding(Finding.of(Severity.INFO, RuleId.SHEET_UNRECOGNISED).at(name, meta.name(), "").message(
                            "Sheet '" + meta.name() + "' has no header row forcestat recognises in its first "
                                    + SheetProcessor.HEADER_SEARCH_ROWS + " rows; it was not counted. "
                                    + "See the README for the headers of each kind."));
                }
                sheets.add(new SheetInfo(meta.name(), proc.kind(), meta.hidden(), proc.headerRow(),
                        ctx.rowsRead(), ctx.rowsRejected(), proc.formulaCells(), proc.near()));
                LOG.debug("{} / {}: {} ({} rows read, {} total rows not counted)", name, meta.name(), proc.kind(),
                        ctx.rowsRead(), proc.totalRows());
            }
            // Asked after the read: a CSV decides its charset as it reads (at its first byte that is not ASCII).
            if (src instanceof CsvSource csv && csv.encodingFinding() != null) {
                p.addFinding(csv.encodingFinding());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read " + name, e);
            status = SourceInfo.Status.UNREADABLE;
            // Nothing of a file that cannot be read to its end is counted: half a file's rows would
            // be a wrong figure, not a smaller one. The finding says what is wrong with it.
            p = new Partial();
            p.addFinding(FailureExplainer.explain(file, e));
        }
        String digest;
        try {
            digest = Background.await(sha);
        } catch (IOException e) {
            return unreadable(file, e);
        }
        p.addSource(new SourceInfo(name, digest, size, modified, status, sheets));
        p.calls().attribute(name);
        return p;
    }

    private static Partial unreadable(Path file, IOException e) {
        LOG.debug("cannot open " + file.getFileName(), e);
        Partial p = new Partial();
        p.addFinding(FailureExplainer.explain(file, e));
        p.addSource(new SourceInfo(file.getFileName().toString(), "", 0, null, SourceInfo.Status.UNREADABLE, List.of()));
        return p;
    }

    /**
     * Opens a file by what its bytes are, not only by its name: an .xls saved under an .xlsx name (or
     * the reverse) is still read. CSV has no signature, so it goes by its extension.
     */
    static WorkbookSource open(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            if (Files.size(file) == 0) {
                // A CSV of no bytes has not even a header row (Excel writes one for an empty table): a copy or an
                // export cut short, said as FILE_EMPTY like an empty .xlsx, not as a sheet of an unknown kind.
                throw new IOException("the file is empty (0 bytes)");
            }
            return new CsvSource(file);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2 && (n.endsWith(".xls") || n.endsWith(".xlsx") || n.endsWith(".xlsm"))) {
            return new XlsSource(file);
        }
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls")) {
            return new XlsxSource(file);
        }
        throw new IOException("this type of file is not supported: open it in Excel and save it as .xlsx");
    }

    /**
     * The fingerprint that tells a copy of a file from another file ({@link FileCopies}): the SHA-256
     * of its bytes, or null when it cannot be read.
     */
    public String fingerprint(Path file) {
        try {
            return sha256(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Inputs from this size on have their digest made ready before they are read ({@link #prepareFingerprints}). */
    private static final long LARGE_INPUT = 16L << 20;

    /**
     * Gets the SHA-256 code compiled before a large input is read. The JDK's digest runs as slow Java
     * until the JIT's second compiler has compiled it to the processor's SHA instructions, and during a
     * large read that compiler is busy with the rows' code for most of the run: a police.uk month's 77 MB
     * took 0.14-0.38 s of CPU to fingerprint, 0.07 s after one megabyte of zeros was digested first on
     * another core while the run started (docs/performance.md). Nothing is done for small inputs.
     */
    public static void prepareFingerprints(List<Path> files) {
        long largest = 0;
        for (Path f : files) {
            try {
                largest = Math.max(largest, Files.size(f));
            } catch (IOException e) {
                // reported when it is read
            }
        }
        if (largest < LARGE_INPUT) {
            return;
        }
        Background.submit(() -> {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 16; i++) {
                md.update(zeros, 0, zeros.length);
            }
            return md.digest();
        });
    }

    /** SHA-256 of the file's bytes, read through once. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // digesting
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
