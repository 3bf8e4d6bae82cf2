package org.forcestat.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.cli.Main;
import org.forcestat.ingest.RealisticFolders;

/**
 * The before/after proof of issue 19: runs the real command line on an input folder and writes
 * every row of the summary's Metrics sheet as one tab-separated line
 * ({@code id, label, value, number format, formula, unit, period, source}), read back with POI as an
 * outside reader sees it (cached values). {@link MetricsSnapshotTest} compares those lines with the
 * ones committed under {@code src/test/resources/metrics-snapshot/}, which were generated from the
 * code before the metric redesign.
 *
 * <p>Regenerate a snapshot only when a figure changes for a reason (a reading fix of issue 16, say),
 * and give that reason in the commit message: {@code mvn -B -o test -Dtest='MetricsSnapshotTest'
 * -Dforcestat.snapshot.update=true} (the 827,000-row file: see {@link RecordsSnapshotTest}), or run
 * this class's {@code main} with the case names.
 */
public final class MetricsSnapshot {
    /** Where the committed snapshots are, relative to the project folder (the tests' working folder). */
    public static final Path DIR = Path.of("src/test/resources/metrics-snapshot");
    /** Set to {@code true} to write the snapshots from the current code instead of comparing with them. */
    public static final String UPDATE = "forcestat.snapshot.update";
    /** The real police.uk month (SPEC §2.2's layout as downloaded); the case is skipped where it is missing. */
    public static final Path POLICE_UK = Path.of("/work/shared/realbooks/policeuk/2018-10-kent-street.csv");

    private MetricsSnapshot() {
    }

    /** Set to a comma-separated list of case names to run only those (all when unset). */
    public static final String ONLY = "forcestat.snapshot.cases";

    /**
     * Every case of the unit-speed test: the samples, each realistic folder, the police.uk month; or
     * those named in {@value #ONLY}.
     */
    public static List<String> cases() {
        List<String> c = new ArrayList<>();
        c.add("samples");
        c.addAll(RealisticFolders.NAMES);
        c.add("policeuk-kent-2018-10");
        String only = System.getProperty(ONLY, "");
        if (!only.isBlank()) {
            List<String> wanted = List.of(only.split(","));
            c.removeIf(n -> !wanted.contains(n));
        }
        return c;
    }

    /** Writes case {@code name}'s inputs into {@code in}; false when they are not on this machine. */
    static boolean inputs(String name, Path in) throws Exception {
        Files.createDirectories(in);
        switch (name) {
            case "samples" -> {
                try (Stream<Path> s = Files.list(Path.of("samples"))) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                        Files.copy(p, in.resolve(p.getFileName()));
                    }
                }
            }
            case "policeuk-kent-2018-10" -> {
                if (!Files.isRegularFile(POLICE_UK)) {
                    return false;
                }
                Files.copy(POLICE_UK, in.resolve(POLICE_UK.getFileName()));
            }
            case "records-827000" -> run(in, "samples", "--records", in.toString(), "--quiet");
            default -> RealisticFolders.write(name, in);
        }
        return true;
    }

    /** Runs {@code forcestat run} on {@code in} into {@code work/out} and returns the Metrics sheet's lines. */
    static List<String> metricsOf(Path in, Path work) throws Exception {
        Path out = work.resolve("out");
        String printed = run(in, "run", in.toString(), "-o", out.toString(), "--quiet");
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")
                    && p.toString().endsWith(".xlsx")).sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no summary written; printed:\n" + printed));
        }
        return lines(summary, in);
    }

    private static String run(Path in, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        if (code != 0 && code != 1) {
            throw new AssertionError("forcestat " + String.join(" ", args) + " exited " + code + "\n" + o + e);
        }
        return o + "\n" + e;
    }

    /** The Metrics sheet, one line a row after the header; the input folder's path is replaced by {@code IN}. */
    static List<String> lines(Path summary, Path in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream s = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sh = wb.getSheet("Metrics");
            if (sh == null) {
                throw new AssertionError("no Metrics sheet in " + summary);
            }
            for (Row r : sh) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                String value = value(r.getCell(2));
                String format = r.getCell(2) == null ? "" : r.getCell(2).getCellStyle().getDataFormatString();
                String formula = r.getCell(2) != null && r.getCell(2).getCellType() == CellType.FORMULA
                        ? "=" + r.getCell(2).getCellFormula() : "";
                String line = String.join("\t", text(r.getCell(0)), text(r.getCell(1)), value, format, formula,
                        text(r.getCell(3)), text(r.getCell(4)), text(r.getCell(5)));
                lines.add(line.replace(in.toString(), "IN").replace('\n', ' '));
            }
        }
        return lines;
    }

    private static String text(Cell c) {
        return c == null ? "" : c.toString();
    }

    private static String value(Cell c) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.NUMERIC ? Double.toString(c.getNumericCellValue()) : c.toString();
    }

    /** The committed snapshot of a case, or null when there is none. */
    static List<String> committed(String name) throws IOException {
        Path f = DIR.resolve(name + ".tsv");
        return Files.isRegularFile(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : null;
    }

    static void save(String name, List<String> lines) throws IOException {
        Files.createDirectories(DIR);
        Files.write(DIR.resolve(name + ".tsv"), lines, StandardCharsets.UTF_8);
    }

    /**
     * The differences, keyed by metric id: {@code - committed} and {@code + now} lines, empty when the
     * two are the same (order included).
     */
    static String diff(List<String> before, List<String> now) {
        Map<String, String> a = byId(before);
        Map<String, String> b = byId(now);
        StringBuilder d = new StringBuilder();
        a.forEach((id, line) -> {
            if (!line.equals(b.get(id))) {
                d.append("- ").append(line).append('\n');
                if (b.containsKey(id)) {
                    d.append("+ ").append(b.get(id)).append('\n');
                }
            }
        });
        b.forEach((id, line) -> {
            if (!a.containsKey(id)) {
                d.append("+ ").append(line).append('\n');
            }
        });
        if (d.length() == 0 && !before.equals(now)) {
            d.append("same rows in a different order:\n- ").append(ids(before)).append("\n+ ").append(ids(now));
        }
        return d.toString();
    }

    private static Map<String, String> byId(List<String> lines) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : lines) {
            String id = l.substring(0, Math.max(0, l.indexOf('\t')));
            String key = id;
            for (int n = 2; m.containsKey(key); n++) {
                key = id + "#" + n;
            }
            m.put(key, l);
        }
        return m;
    }

    private static String ids(List<String> lines) {
        return String.join(" ", lines.stream().map(l -> l.substring(0, Math.max(0, l.indexOf('\t')))).toList());
    }

    /** Regenerates the named cases' snapshots (all unit-speed cases when none is named). */
    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 ? cases() : List.of(args);
        for (String name : names) {
            Path work = Files.createTempDirectory("forcestat-snapshot-" + name);
            try {
                Path in = work.resolve("in");
                if (!inputs(name, in)) {
                    System.out.println(name + ": inputs not on this machine, skipped");
                    continue;
                }
                List<String> lines = metricsOf(in, work);
                save(name, lines);
                System.out.println(name + ": " + lines.size() + " rows written");
            } finally {
                deleteTree(work);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
