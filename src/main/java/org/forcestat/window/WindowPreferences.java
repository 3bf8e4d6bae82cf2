package org.forcestat.window;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The window's folders, remembered between runs in a small properties file in the user's home
 * ({@code .forcestat/window.properties}): a plain file IT staff can see and delete, unlike
 * java.util.prefs, which on Windows writes to the registry. The first time, the folder to read is
 * {@code workbooks/} beside the jar; the output folder is always {@code out} inside it unless chosen.
 */
public final class WindowPreferences {
    private static final Logger LOG = LogManager.getLogger(WindowPreferences.class);
    static final String INPUT = "input";
    static final String OUTPUT = "output";

    private final Path file;
    private final Path defaultInput;

    /** Preferences kept in {@code file}, with {@code defaultInput} until a folder is chosen. */
    public WindowPreferences(Path file, Path defaultInput) {
        this.file = file;
        this.defaultInput = defaultInput;
    }

    /** The user's preferences, with {@code workbooks/} beside the jar as the first folder. */
    public static WindowPreferences forUser() {
        return new WindowPreferences(Path.of(System.getProperty("user.home"), ".forcestat", "window.properties"),
                besideJar().resolve("workbooks"));
    }

    /** The folder holding the running jar (the working folder when run from classes, as in development). */
    static Path besideJar() {
        try {
            Path code = Path.of(WindowPreferences.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code) && code.getParent() != null) {
                return code.getParent();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            LOG.debug("cannot tell where the jar is", e);
        }
        return Path.of("").toAbsolutePath();
    }

    /** The folder to read: the remembered one if it still exists, else the default. */
    public Path input() {
        Path p = stored(INPUT);
        return p != null && Files.isDirectory(p) ? p : defaultInput.toAbsolutePath().normalize();
    }

    /** The output folder: the remembered one, else {@code out} inside {@code input}. */
    public Path output(Path input) {
        Path p = stored(OUTPUT);
        return p != null ? p : defaultOutput(input);
    }

    /** {@code out} inside the input folder, as the command line's default. */
    public static Path defaultOutput(Path input) {
        return input.resolve("out");
    }

    /**
     * Remembers both folders; an output folder that is just the default for its input is not stored,
     * so choosing another input folder moves the output with it.
     */
    public void save(Path input, Path output) {
        Properties p = new Properties();
        p.setProperty(INPUT, input.toAbsolutePath().normalize().toString());
        if (!output.toAbsolutePath().normalize().equals(defaultOutput(input).toAbsolutePath().normalize())) {
            p.setProperty(OUTPUT, output.toAbsolutePath().normalize().toString());
        }
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "forcestat window: the folders last used");
            }
        } catch (IOException e) {
            // Nothing the user needs to act on: the folders are simply asked again next time.
            LOG.debug("cannot remember the folders in {}", file, e);
        }
    }

    private Path stored(String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? null : Path.of(v.trim());
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("cannot read {}", file, e);
            return null;
        }
    }
}
