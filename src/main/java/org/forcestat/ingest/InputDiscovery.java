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

    /**
     * How many levels of subfolders below a folder given are read: {@code FOLDER/police-uk/2015-07/x.csv}
     * is two. A folder deeper than this is not read, and a {@code FOLDER_NOT_READ} warning names it.
     */
    public static final int MAX_DEPTH = 3;

    public static List<Candidate> discover(List<Path> inputs, Path outDir) throws IOException {
        List<Candidate> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                walk(in, listed(in), new Top(in, in.toRealPath()), 0, outDir, out);
            } else {
                Candidate odd = notRegular(in, Files.readAttributes(in, BasicFileAttributes.class));
                out.add(odd != null ? odd : classify(in));
            }
        }
        return out;
    }

    /**
     * The files of {@code dir} in name order, each subfolder's files where its name falls (police.uk's
     * {@code 2015-07/}, {@code 2015-08/} month folders read in month order). Passed over without a
     * finding: the output folder, hidden folders and forcestat's earlier output folders. Not read, with a
     * warning naming the folder and its workbooks: a folder deeper than {@link #MAX_DEPTH}, a link to a folder,
     * and a folder of workbooks beside workbooks of {@code dir}'s own that is not named as a period (raw/,
     * old/, archive/: other versions of them, which would be counted twice).
     */
    private static void walk(Path dir, List<Path> entries, Top top, int depth, Path outDir, List<Candidate> out)
            throws IOException {
        boolean ownBooks = holdsWorkbooks(entries);
        for (Path p : entries) {
            if (isSameFile(p, outDir)) {
                continue;
            }
            BasicFileAttributes own;
            try {
                own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue; // deleted while the folder was listed
            }
            if (own.isDirectory()) {
                String why = passedOver(p);
                if (why != null) {
                    LOG.debug("passed over the folder {}: {}", top.name(p), why);
                    continue;
                }
                if (depth >= MAX_DEPTH) {
                    folderNotRead(p, top, "more than " + MAX_DEPTH + " folders below the folder given", out);
                    continue;
                }
                List<Path> inner = listed(p);
                if (ownBooks && !PERIOD_NAME.matcher(p.getFileName().toString()).matches() && holdsWorkbooks(inner)) {
                    folderNotRead(p, top, "beside workbooks of its own in " + (depth == 0 ? "the folder given"
                            : top.name(dir)) + " and not named as a period (such as 2015-07), so it is taken as "
                            + "other versions of them (an archive, old or raw copies) that would be counted twice", out);
                } else {
                    walk(p, inner, top, depth + 1, outDir, out);
                }
                continue;
            }
            if (own.isSymbolicLink() && Files.isDirectory(p)) {
                folderNotRead(p, top, "a link (shortcut) to a folder, which is not followed", out);
                continue;
            }
            Candidate c = inFolder(p, own, top.real());
            if (c != null) {
                out.add(c);
            }
        }
    }

    /**
     * A folder named as a period: police.uk's month folders (2015-07), a year (2016), a financial year
     * (2015-16, FY2015_16), a month (Jul 2015, July-2015) or a quarter (Q1 2016).
     */
    private static final java.util.regex.Pattern PERIOD_NAME = java.util.regex.Pattern.compile(
            "(?i)(fy ?)?((19|20)\\d{2}([-_ .]?\\d{1,4})?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-_ ]?"
                    + "(19|20)?\\d{2}|q[1-4]([-_ ]?(fy ?)?(19|20)?\\d{2}([-_ /]?\\d{2})?)?)");

    /** The folder's entries in name order, listed once for deciding whether to read it and for reading it. */
    private static List<Path> listed(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** Whether any of these entries is a workbook file (not a folder, nor a file forcestat passes over). */
    private static boolean holdsWorkbooks(List<Path> entries) {
        for (Path p : entries) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !classify(p).skipped()) {
                return true;
            }
        }
        return false;
    }

    /** A folder given: as given (to name its subfolders) and its real path (links must stay inside it). */
    private record Top(Path given, Path real) {
        String name(Path p) {
            return given.relativize(p).toString().replace('\\', '/');
        }
    }

    private static final org.apache.logging.log4j.Logger LOG =
            org.apache.logging.log4j.LogManager.getLogger(InputDiscovery.class);

    /**
     * Why a subfolder is passed over without a word, or null to read it: a hidden folder ({@code .git}),
     * or one of forcestat's output folders (it holds a summary, {@code latest.xlsx} or forcestat's log),
     * such as {@code out/} of an earlier run written elsewhere with {@code -o}.
     */
    private static String passedOver(Path dir) throws IOException {
        String n = dir.getFileName().toString();
        if (n.startsWith(".")) {
            return "a hidden folder";
        }
        try (Stream<Path> s = Files.list(dir)) {
            boolean output = s.map(x -> x.getFileName().toString().toLowerCase(Locale.ROOT)).anyMatch(x ->
                    x.startsWith("forcestat-summary-") || x.equals("latest.xlsx") || x.equals("forcestat.log"));
            return output ? "an output folder of forcestat (it holds summaries or forcestat's log)" : null;
        } catch (java.nio.file.AccessDeniedException e) {
            return null; // listing it again in walk reports nothing either: left to the caller's IOException
        }
    }

    /** A subfolder that is not read: a warning naming it and how many workbooks it holds, if it holds any. */
    private static void folderNotRead(Path dir, Top top, String why, List<Candidate> out) {
        long books = 0;
        try (Stream<Path> s = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            books = s.limit(100_000).filter(Files::isRegularFile).filter(x -> !classify(x).skipped()).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("could not count the workbooks in {}: {}", dir, e.getMessage());
        }
        String where = top.name(dir);
        if (books == 0) {
            LOG.debug("passed over the folder {}: {}, holding no workbook", where, why);
            return;
        }
        out.add(new Candidate(dir, "the folder " + where + ", " + why + ", so the " + books + " workbook file(s) in it "
                + "were not read. If they belong in the summary, move them into the folder given, or name the "
                + "folder on the command line too (forcestat run FOLDER FOLDER/" + where + ")", false,
                RuleId.FOLDER_NOT_READ));
    }

    /** What a file in a folder is (a folder, or a link to one, is the caller's). */
    private static Candidate inFolder(Path p, BasicFileAttributes own, Path folder) throws IOException {
        if (!own.isSymbolicLink()) {
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
