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
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.forcestat.model.Finding;
import org.forcestat.model.Kind;
import org.forcestat.model.Partial;
import org.forcestat.model.Severity;
import org.forcestat.model.SheetInfo;
import org.forcestat.model.SourceInfo;

/**
 * Reads one input file into a {@link Partial}: every sheet streamed, classified and counted. A file
 * that cannot be read becomes one error finding; nothing escapes as an exception.
 */
public class WorkbookReader {
    private static final Logger LOG = LogManager.getLogger(WorkbookReader.class);

    static {
        InputLimits.apply();
    }

    private final HeaderMatcher matcher;

    public WorkbookReader(HeaderMatcher matcher) {
        this.matcher = matcher;
    }

    public Partial read(Path file) {
        Partial p = new Partial();
        String name = file.getFileName().toString();
        String sha;
        long size;
        java.time.Instant modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
            sha = sha256(file);
        } catch (IOException e) {
            LOG.debug("cannot open " + name, e);
            p.addFinding(FailureExplainer.explain(file, e));
            p.addSource(new SourceInfo(name, "", 0, null, "unreadable", List.of()));
            return p;
        }
        List<SheetInfo> sheets = new ArrayList<>();
        String status = "read";
        try (WorkbookSource src = open(file)) {
            for (SheetMeta meta : src.sheets()) {
                SheetContext ctx = new SheetContext(name, meta.name(), src.date1904(), p);
                SheetProcessor proc = new SheetProcessor(ctx, matcher);
                src.stream(meta, proc);
                proc.finish();
                if (proc.kind() == Kind.UNRECOGNISED) {
                    p.addFinding(new Finding(Severity.INFO, "SHEET_UNRECOGNISED", name, meta.name(), "", "", "",
                            "Sheet '" + meta.name() + "' has no header row forcestat recognises in its first "
                                    + SheetProcessor.HEADER_SEARCH_ROWS + " rows; it was not counted. "
                                    + "See the README for the headers of each kind."));
                }
                sheets.add(new SheetInfo(meta.name(), proc.kind(), meta.hidden(), proc.headerRow(),
                        ctx.rowsRead(), ctx.rowsRejected(), proc.formulaCells()));
                LOG.debug("{} / {}: {} ({} rows read)", name, meta.name(), proc.kind(), ctx.rowsRead());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read " + name, e);
            status = "unreadable";
            p.addFinding(FailureExplainer.explain(file, e));
        }
        p.addSource(new SourceInfo(name, sha, size, modified, status, sheets));
        return p;
    }

    private static WorkbookSource open(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
            return new XlsxSource(file);
        }
        throw new IOException("this type of file is not supported; save it as .xlsx");
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
