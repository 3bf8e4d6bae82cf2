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

    /**
     * True when a suppression's cell ({@code F14}, a range {@code K6:K20}, a column {@code K}, or
     * {@code *}) covers a finding's place (a cell, or a whole column given as its letters).
     */
    static boolean covers(String entry, String cell) {
        if (entry.equals("*") || entry.equalsIgnoreCase(cell)) {
            return true;
        }
        int colon = entry.indexOf(':');
        if (colon < 0 || cell == null || cell.isEmpty()) {
            return false;
        }
        int[] a = parse(entry.substring(0, colon));
        int[] b = parse(entry.substring(colon + 1));
        int[] c = parse(cell.toUpperCase(Locale.ROOT));
        if (a == null || b == null || c == null) {
            return false;
        }
        boolean inCols = c[0] >= Math.min(a[0], b[0]) && c[0] <= Math.max(a[0], b[0]);
        if (c[1] < 0) {
            // A finding about a whole column is covered by a range of whole columns only.
            return inCols && a[1] < 0 && b[1] < 0;
        }
        boolean inRows = a[1] < 0 || b[1] < 0 || c[1] >= Math.min(a[1], b[1]) && c[1] <= Math.max(a[1], b[1]);
        return inCols && inRows;
    }

    /** "K12" as {column, row} (0-based column, 1-based row; row -1 for a bare column), or null. */
    private static int[] parse(String a1) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Z]{1,3})(\\d*)$").matcher(a1.trim());
        if (!m.matches()) {
            return null;
        }
        int col = 0;
        for (char ch : m.group(1).toCharArray()) {
            col = col * 26 + (ch - 'A' + 1);
        }
        return new int[] {col - 1, m.group(2).isEmpty() ? -1 : Integer.parseInt(m.group(2))};
    }

    public Finding apply(Finding f) {
        if (f.suppressed()) {
            return f;
        }
        for (Entry e : entries) {
            if (e.rule().equalsIgnoreCase(f.rule()) && (e.file() == null || e.file().equalsIgnoreCase(f.file()))
                    && e.sheet().equalsIgnoreCase(f.sheet())
                    && covers(e.cell(), f.cell())) {
                return f.suppress(e.reason());
            }
        }
        return f;
    }
}
