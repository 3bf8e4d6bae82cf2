package org.forcestat.samples.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank input templates of {@code forcestat templates} (SPEC §7), one workbook per kind
 * of {@link Templates#all()}. A file that already exists may hold an analyst's data, so it is
 * replaced only when asked; each file is written under a temporary name and moved into place.
 */
public final class TemplateWriter {
    private TemplateWriter() {
    }

    /** The template files that already exist in {@code dir}, in catalogue order. */
    public static List<Path> existing(Path dir) {
        List<Path> found = new ArrayList<>();
        for (Template t : Templates.all()) {
            Path p = dir.resolve(t.file());
            if (Files.exists(p)) {
                found.add(p);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Writes every template into {@code dir}, creating it if needed.
     *
     * @param replace replace template files that already exist; when false and any exists, nothing
     *                is written and a {@link FileAlreadyExistsException} names the first
     * @return the files written, in catalogue order
     */
    public static List<Path> writeAll(Path dir, boolean replace) throws IOException {
        if (!replace) {
            List<Path> clash = existing(dir);
            if (!clash.isEmpty()) {
                throw new FileAlreadyExistsException(clash.get(0).toString(), null,
                        clash.size() + " template file(s) already exist");
            }
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Template t : Templates.all()) {
            written.add(write(t, dir.resolve(t.file()), replace));
        }
        return List.copyOf(written);
    }

    /** Writes one template to {@code file} through a temporary file in the same folder. */
    public static Path write(Template t, Path file, boolean replace) throws IOException {
        Path temp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".tmp");
        try (XSSFWorkbook wb = TemplateBook.build(t)) {
            try (OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            }
            if (replace) {
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // Without REPLACE_EXISTING the move fails if the file appeared meanwhile (an atomic
                // rename would silently replace it on Linux).
                Files.move(temp, file);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }
}
