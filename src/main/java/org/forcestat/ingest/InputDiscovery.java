package org.forcestat.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.forcestat.model.RuleId;

/**
 * Finds the input files of a run: the workbooks in a folder (not its output folder, Excel's
 * {@code ~$} owner files, temp files or hidden files), or the files named on the command line.
 *
 * <p>Only regular files are ever opened: a FIFO named {@code x.csv} would block the first read for
 * ever, and a device or socket is no workbook, so they are skipped with a warning without being
 * opened. A symbolic link in the folder is followed only to a file inside the folder (a link to
 * {@code /etc/passwd} or to another folder's files is not read, and a warning says so), and a link
 * that loops on itself is named as such.
 */
public final class InputDiscovery {
    /**
     * A file found, and whether (and why) it is skipped. {@code unsupported} files get an error finding;
     * files skipped with a {@code rule} get a warning finding under it; others are only logged.
     */
    public record Candidate(Path path, String skipReason, boolean unsupported, RuleId rule) {
        public Candidate(Path path, String skipReason, boolean unsupported) {
            this(path, skipReason, unsupported, unsupported ? RuleId.FILE_UNSUPPORTED : null);
        }

        public boolean skipped() {
            return skipReason != null;
        }

        /** True when skipping it deserves a finding (an error when {@link #unsupported}, else a warning). */
        public boolean reported() {
            return rule != null;
        }
    }

    private InputDiscovery() {
    }

    public static List<Candidate> discover(List<Path> inputs, Path outDir) throws IOException {
        List<Candidate> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                Path folder = in.toRealPath();
                try (Stream<Path> s = Files.list(in)) {
                    for (Path p : s.sorted().toList()) {
                        Candidate c = inFolder(p, folder);
                        if (c == null || isSameFile(p, outDir)) {
                            continue;
                        }
                        out.add(c);
                    }
                }
            } else {
                Candidate odd = notRegular(in, Files.readAttributes(in, BasicFileAttributes.class));
                out.add(odd != null ? odd : classify(in));
            }
        }
        return out;
    }

    /** What a folder entry is: null for a folder (or a link to one), which is not looked into. */
    private static Candidate inFolder(Path p, Path folder) throws IOException {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null; // deleted while the folder was listed
        }
        if (!own.isSymbolicLink()) {
            if (own.isDirectory()) {
                return null;
            }
            Candidate odd = notRegular(p, own);
            return odd != null ? odd : classify(p);
        }
        Candidate byName = classify(p);
        if (byName.skipped()) {
            return byName;
        }
        Path target;
        try {
            target = p.toRealPath();
        } catch (FileSystemException e) {
            if (isLoop(p, e)) {
                return new Candidate(p, "a symbolic link that loops (it leads back to itself), so there is no file to "
                        + "read; delete the link or point it at the workbook", false, RuleId.FILE_LINK_LOOP);
            }
            return new Candidate(p, "a symbolic link to a file that is not there (" + e.getClass().getSimpleName()
                    + "); delete the link or copy the workbook into the folder", false, RuleId.FILE_LINK_BROKEN);
        }
        if (!target.startsWith(folder)) {
            return new Candidate(p, "a symbolic link to " + target + ", outside the folder, so it was not followed: "
                    + "forcestat reads only the files in the folder. Copy the workbook into the folder if it belongs "
                    + "in the summary", false, RuleId.FILE_LINK_OUTSIDE);
        }
        BasicFileAttributes real = Files.readAttributes(target, BasicFileAttributes.class);
        if (real.isDirectory()) {
            return null;
        }
        Candidate odd = notRegular(p, real);
        return odd != null ? odd : classify(p);
    }

    /** A FIFO, device or socket: never opened (reading a FIFO waits for a writer for ever). */
    private static Candidate notRegular(Path p, BasicFileAttributes a) {
        if (a.isRegularFile() || a.isDirectory()) {
            return null;
        }
        return new Candidate(p, "not a regular file (a named pipe, device or socket), so it was not opened; only "
                + "workbook files are read", false, RuleId.FILE_NOT_REGULAR);
    }

    /** True when resolving a link failed because it loops (ELOOP), not because its target is missing. */
    private static boolean isLoop(Path link, FileSystemException e) {
        String why = String.valueOf(e.getReason()) + " " + e.getMessage();
        if (why.toLowerCase(Locale.ROOT).contains("levels of symbolic links") || why.contains("ELOOP")) {
            return true;
        }
        // Walk the chain: a loop revisits a link it has seen.
        java.util.Set<Path> seen = new java.util.HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!seen.add(at) || seen.size() > 40) {
                    return true;
                }
                Path next = Files.readSymbolicLink(at);
                at = (next.isAbsolute() ? next : at.resolveSibling(next)).normalize();
            }
        } catch (IOException x) {
            return false;
        }
        return false;
    }

    private static boolean isSameFile(Path p, Path outDir) {
        try {
            return outDir != null && Files.exists(outDir) && Files.isSameFile(p, outDir);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why the product's own files are passed over (README.md and other notes, forcestat.properties,
     * forcestat's log): said only with --verbose, never as "skipped ...: not a workbook" on every run.
     */
    public static final String OWN_FILE = "one of forcestat's own files (settings, notes or log), not an input";

    static Candidate classify(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        if (n.startsWith("~$")) {
            return new Candidate(p, "an Excel owner (lock) file, left while someone has the workbook open", false);
        }
        if (n.startsWith(".") || lower.endsWith(".tmp") || lower.endsWith("~") || lower.endsWith(".part")
                || lower.endsWith(".crdownload")) {
            return new Candidate(p, "a temporary or hidden file", false);
        }
        if (lower.startsWith("forcestat-summary-") || lower.endsWith(".checked.xlsx")) {
            return new Candidate(p, "an output of forcestat", false);
        }
        if (lower.endsWith(".md") || lower.equals("forcestat.properties") || lower.equals("forcestat.log")
                || lower.matches("forcestat\\.log\\.\\d+(\\.gz)?")) {
            return new Candidate(p, OWN_FILE, false);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".csv")) {
            return new Candidate(p, null, false);
        }
        if (lower.endsWith(".xlsb") || lower.endsWith(".ods")) {
            return new Candidate(p, "not supported: open it in Excel and save it as .xlsx", true);
        }
        return new Candidate(p, "not a workbook", false);
    }
}
