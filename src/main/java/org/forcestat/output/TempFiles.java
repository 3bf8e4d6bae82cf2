package org.forcestat.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Temporary files that never outlive their process. */
public final class TempFiles {
    private TempFiles() {
    }

    /**
     * A new file in the temp folder, open for reading and writing, that goes with its last handle
     * even if the process is killed: it is opened with DELETE_ON_CLOSE, which on Linux and macOS
     * removes the name at once (the open channel, and any mapping of it, keep the data) and on
     * Windows has the system delete the file when the process lets go of it.
     */
    public static FileChannel deleteOnClose(String prefix, String suffix) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        try {
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
