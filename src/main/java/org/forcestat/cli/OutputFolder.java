package org.forcestat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses and creates the output folder of {@code run} and {@code watch}: {@code -o OUTDIR}, else
 * {@code FOLDER/out}. A folder that cannot be created or written is a usage error that says to use
 * {@code -o} — the usual case is a read-only shared input folder.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /** {@code explicit} if given, else {@code out} beside (or inside) the first input. */
    static Path choose(Path explicit, Path firstInput) {
        if (explicit != null) {
            return explicit;
        }
        Path base = Files.isDirectory(firstInput) ? firstInput : firstInput.toAbsolutePath().getParent();
        return base.resolve("out");
    }

    /** Creates the folder, or explains (exit 64) why it cannot be used. */
    static Path prepare(Path out, boolean explicit) {
        Path abs = out.toAbsolutePath().normalize();
        String advice = explicit ? "; name a folder you can write to with -o OUTDIR"
                : " (is the input folder read-only, e.g. on a shared drive?); write the summary elsewhere with "
                        + "-o OUTDIR, for example -o \"" + Path.of(System.getProperty("user.home"), "forcestat-out") + "\"";
        try {
            Files.createDirectories(abs);
        } catch (IOException | SecurityException e) {
            throw new UserException("cannot create the output folder " + abs + advice);
        }
        if (!Files.isDirectory(abs) || !Files.isWritable(abs)) {
            throw new UserException("cannot write to the output folder " + abs + advice);
        }
        return abs;
    }
}
