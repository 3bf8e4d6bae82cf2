package org.forcestat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the input files of a run: the workbooks in a folder (not its output folder, Excel's
 * {@code ~$} owner files, temp files or hidden files), or the files named on the command line.
 */
public final class InputDiscovery {
    /** A file found, and whether (and why) it is skipped. {@code unsupported} files get an error finding. */
    public record Candidate(Path path, String skipReason, boolean unsupported) {
        public boolean skipped() {
            return skipReason != null;
        }
    }

    private InputDiscovery() {
    }

    public static List<Candidate> discover(List<Path> inputs, Path outDir) throws IOException {
        List<Candidate> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    for (Path p : s.sorted().toList()) {
                        if (Files.isDirectory(p) || isSameFile(p, outDir)) {
                            continue;
                        }
                        out.add(classify(p));
                    }
                }
            } else {
                out.add(classify(in));
            }
        }
        return out;
    }

    private static boolean isSameFile(Path p, Path outDir) {
        try {
            return outDir != null && Files.exists(outDir) && Files.isSameFile(p, outDir);
        } catch (IOException e) {
            return false;
        }
    }

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
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".csv")) {
            return new Candidate(p, null, false);
        }
        if (lower.endsWith(".xlsb") || lower.endsWith(".ods")) {
            return new Candidate(p, "not supported: open it in Excel and save it as .xlsx", true);
        }
        return new Candidate(p, "not a workbook", false);
    }
}
