package org.forcestat.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses and creates the output folder of {@code run} and {@code watch}: {@code -o OUTDIR}, else
 * {@code FOLDER/out}. A folder that cannot be created or written is a usage error that says to use
 * {@code -o} — the usual case is a read-only shared input folder.
 */
public final class OutputFolder {
    /** The folder cannot be created or written; the message says why and what to do. */
    public static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private OutputFolder() {
    }

    /**
     * What the output folder held before a run, so that a refused run (nothing to summarise, a period with
     * no data: exit 64) can leave nothing behind: the folders it created, or else the log lines it added.
     * A user who mistyped a folder name found an {@code out} folder and a log there, as if something had run.
     */
    public static final class Before {
        private final Path created;
        private final Path dir;
        private final long logBytes;

        private Before(Path dir) {
            this.dir = dir;
            Path top = null;
            for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
                top = p;
            }
            this.created = top;
            Path log = dir.resolve(LOG);
            long size = -1;
            try {
                size = Files.isRegularFile(log) ? Files.size(log) : -1;
            } catch (IOException e) {
                // unreadable: treated as absent, so a refused run only ever removes what it can
            }
            this.logBytes = size;
        }

        /**
         * Takes away what the run added: the folders it created, with everything in them (only the run's log
         * and temporary files can be there), or, in a folder that was there, the log it started or the
         * lines it added to one. Call it after the log file is closed. Best effort: what cannot be removed stays.
         */
        public void undo() {
            try {
                if (created != null) {
                    deleteTree(created);
                    return;
                }
                Path log = dir.resolve(LOG);
                if (logBytes < 0) {
                    Files.deleteIfExists(log);
                } else if (Files.isRegularFile(log) && Files.size(log) > logBytes) {
                    try (var ch = java.nio.channels.FileChannel.open(log, java.nio.file.StandardOpenOption.WRITE)) {
                        ch.truncate(logBytes);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a log left behind is harmless
            }
        }

        private static void deleteTree(Path top) throws IOException {
            try (var paths = Files.walk(top)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The run's log file in the output folder (the rolling appender's current file). */
    private static final String LOG = "forcestat.log";

    /** What {@code out} holds now, before a run writes to it (see {@link Before#undo}). */
    public static Before before(Path out) {
        return new Before(out.toAbsolutePath().normalize());
    }

    /** {@code explicit} if given, else {@code out} beside (or inside) the first input. */
    public static Path choose(Path explicit, Path firstInput) {
        if (explicit != null) {
            return explicit;
        }
        Path base = Files.isDirectory(firstInput) ? firstInput : firstInput.toAbsolutePath().getParent();
        return base.resolve("out");
    }

    /** Creates the folder, or explains why it cannot be used (the command line shows it as a usage error, exit 64). */
    public static Path prepare(Path out, boolean explicit) {
        Path abs = out.toAbsolutePath().normalize();
        String advice = explicit ? "; name a folder you can write to with -o OUTDIR"
                : " (is the input folder read-only, e.g. on a shared drive?); write the summary elsewhere with "
                        + "-o OUTDIR, for example -o \"" + Path.of(System.getProperty("user.home"), "forcestat-out") + "\"";
        try {
            Files.createDirectories(abs);
        } catch (IOException | SecurityException e) {
            throw new Unusable("cannot create the output folder " + abs + advice);
        }
        if (!Files.isDirectory(abs) || !Files.isWritable(abs)) {
            throw new Unusable("cannot write to the output folder " + abs + advice);
        }
        return abs;
    }
}
