package org.forcestat.format;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.forcestat.format.XlsxPackage;

/**
 * The limits on unzipping an input, set once and on purpose: a zip bomb (a small file that
 * inflates to gigabytes) is refused, but a genuine 1,048,576-row sheet still fits. {@link XlsxPackage}
 * applies them to what ingest and the audit read; {@link #apply()} hands them to POI for the
 * workbooks it opens whole (the annotated copy of {@code validate --annotate}).
 */
public final class InputLimits {
    /** An entry may not inflate more than 100 times its compressed size (POI's own default, stated here). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** No single part may inflate beyond 2 GB; a full sheet of per-call records is a few hundred MB. */
    public static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;
    /**
     * Parts that inflate to less than this are not ratio-checked: repetitive XML compresses far better
     * than 100 to 1, and Excel writes such parts itself. A styles part at Excel's own limit of 64,000
     * cell formats is about 5 MB that deflates to some 20 KB (a ratio near 250); a 64 MB part, whatever
     * its ratio, is read in well under a second and streamed, so it cannot exhaust memory.
     */
    public static final long GRACE_ENTRY_SIZE = 64L * 1024 * 1024;
    /**
     * A workbook with more parts than this is refused. Excel limits sheets only by memory, and a sheet
     * may bring several parts (its XML, relationships, drawing, comments, table): 200,000 leaves room
     * for 10,000 sheets with everything, while a zip of millions of tiny entries is still refused.
     */
    public static final long MAX_FILE_COUNT = 200_000;

    private static volatile boolean applied;

    private InputLimits() {
    }

    /** Sets POI's zip limits; safe to call more than once. */
    public static synchronized void apply() {
        if (applied) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setGraceEntrySize(GRACE_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
        applied = true;
    }
}
