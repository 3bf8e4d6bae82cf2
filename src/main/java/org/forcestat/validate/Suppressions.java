package org.forcestat.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.forcestat.ingest.InputProperties;
import org.forcestat.model.Finding;

/**
 * Findings the user has accepted, from {@code forcestat.properties} in the input folder:
 * {@code suppress.AUDIT_TYPED_TOTAL.Savings!F14 = agreed one-off} or, for one file only,
 * {@code suppress.AUDIT_TYPED_TOTAL.csr.xlsx/Savings!F14 = ...}. A cell of {@code *} covers the
 * whole sheet. Suppressed findings stay in every report, marked with their reason; they do not
 * count towards the exit code. (In a .properties key a space in a sheet name is written "\ ".)
 */
public final class Suppressions {
    private record Entry(String rule, String file, String sheet, String cell, String reason) {
    }

    private final List<Entry> entries;

    private Suppressions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    /** The suppressions in {@code folder/forcestat.properties}; none when the file is absent. */
    public static Suppressions load(Path folder) throws IOException {
        return folder == null ? none() : of(InputProperties.load(List.of(folder)).values());
    }

    public static Suppressions of(Properties p) {
        List<Entry> out = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("suppress.")) {
                continue;
            }
            String rest = key.substring("suppress.".length());
            int dot = rest.indexOf('.');
            int bang = rest.lastIndexOf('!');
            if (dot <= 0 || bang < dot) {
                continue;
            }
            String rule = rest.substring(0, dot);
            String where = rest.substring(dot + 1, bang);
            String file = null;
            int slash = where.indexOf('/');
            if (slash >= 0) {
                file = where.substring(0, slash);
                where = where.substring(slash + 1);
            }
            String sheet = where.replaceAll("^'|'$", "");
            String cell = rest.substring(bang + 1).replace("$", "").toUpperCase(Locale.ROOT);
            String reason = p.getProperty(key).trim();
            out.add(new Entry(rule, file, sheet, cell, reason.isEmpty() ? "suppressed in forcestat.properties" : reason));
        }
        return new Suppressions(out);
    }

    public Suppressions plus(Suppressions other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new Suppressions(all);
    }

    /** The findings with those that match an entry marked suppressed. */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(apply(f));
        }
        return out;
    }

    public Finding apply(Finding f) {
        if (f.suppressed()) {
            return f;
        }
        for (Entry e : entries) {
            if (e.rule().equalsIgnoreCase(f.rule()) && (e.file() == null || e.file().equalsIgnoreCase(f.file()))
                    && e.sheet().equalsIgnoreCase(f.sheet())
                    && (e.cell().equals("*") || e.cell().equalsIgnoreCase(f.cell()))) {
                return f.suppress(e.reason());
            }
        }
        return f;
    }
}
