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
