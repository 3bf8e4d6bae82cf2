package org.forcestat.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.samples.CallRecordsWorkbook;

/**
 * The read benchmark of issue 3, run by {@code mvn -B -Pbench verify} (not part of the test
 * suite). Generates the 827,000-row call record file once per string form into
 * {@code target/bench/}, then for each form, each in a fresh JVM so start-up counts as it does for
 * a user: (a) the bare pass — inflate the sheet XML and SAX-parse it with the JDK parser, nothing
 * else; (b) {@code java -Xmx256m -jar target/forcestat.jar run} end to end, with wall time, rows per
 * second, peak heap (from the run's own --verbose line) and peak RSS (from /usr/bin/time); (c) the
 * same run on a folder of four districts' files of that size and shape (distinct calls, so none is
 * found to be a copy or to repeat another's calls: its calls.total must be four times one file's);
 * for the shared-strings form, (d) for
 * reference, the bare pass with the shared-strings part parsed first. Each is run
 * {@code -Dbench.repeat} times (default 7) and the best kept, as other work on the machine only
 * ever slows a run down; the bare pass and the run alternate, and the median ratio of those
 * back-to-back pairs is given too.
 * Heap: the most in use at once (just before a collection) and the most still live after one.
 *
 * <p>Issue 19 adds: (e) a generated police.uk street-level month for all forces
 * ({@link PoliceUkMonth}, 358,147 rows, 77 MB) run end to end the same way, its crime and ASB
 * totals checked against what the generator wrote; (f) the XML parser decision: a bare pass over
 * the sheet with forcestat's XmlPull, aalto-xml and woodstox ({@link XmlParsers}), each in a fresh
 * JVM, best of the repeats and the median of the ratios to XmlPull. The table is printed and
 * written to {@code target/bench/results.txt} and {@code target/bench/read.md};
 * {@code -Dbench.only=xlsx,csv,xml} runs only the sections named.
 */
public final class ReadBenchmark {
    private static final long ROWS = 827_000;
    private static final Pattern PEAK_HEAP = Pattern.compile("peak heap: (\\d+) MB in use at most, (\\d+) MB live");
    private static final Pattern BARE = Pattern.compile("rows in ([0-9.]+) s");

    private final Path target;
    private final Path jar;
    private final String classpath;
    private final int repeat;

    private ReadBenchmark(Path target, int repeat) {
        this.target = target;
        this.jar = target.resolve("forcestat.jar");
        this.classpath = target.resolve("test-classes") + File.pathSeparator + target.resolve("classes");
        this.repeat = repeat;
    }

    /** What one timed process did. */
    record Run(double wall, double cpu, long rssKb, long heapMb, long liveMb, double inner, String output) {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        int repeat = Integer.getInteger("bench.repeat", 7);
        new ReadBenchmark(target, repeat).runAll();
    }

    private void runAll() throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the package phase first");
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-15s %-28s %8s %8s %10s %9s %9s %9s", "strings", "measure", "wall s", "cpu s",
                "rows/s", "heap MB", "live MB", "RSS MB"));
        String only = System.getProperty("bench.only", "xlsx,csv,xml");
        for (boolean shared : only.contains("xlsx") ? new boolean[] {false, true} : new boolean[0]) {
            String form = shared ? "shared (Excel)" : "inline";
            Path one = target.resolve("bench").resolve(shared ? "shared" : "inline");
            Path four = target.resolve("bench").resolve(shared ? "shared-4districts" : "inline-4districts");
            Path file = one.resolve(CallRecordsWorkbook.FILE);
            if (!Files.isRegularFile(file)) {
                System.out.println("generating " + file);
                CallRecordsWorkbook.write(one, shared);
            }
            // Four districts, not four copies: copies are found by their bytes and read once, which
            // would measure nothing. District 1's file is the single file itself, in another folder.
            Files.createDirectories(four);
            for (int d = 0; d < 4; d++) {
                Path district = four.resolve("district-" + (d + 1) + "-" + CallRecordsWorkbook.FILE);
                if (Files.isRegularFile(district)) {
                    continue;
                }
                System.out.println("generating " + district);
                if (d == 0) {
                    Files.copy(file, district);
                } else {
                    CallRecordsWorkbook.writeDistrict(district, shared, d);
                }
            }
            // The bare pass and the run alternate, so a slow spell of the machine affects both alike;
            // the ratio is given for the best of each and as the median of the back-to-back pairs.
            // With shared strings, a bare pass that also parses the strings part runs beside them, for
            // reference only: the target is the sheet alone.
            List<Run> bares = new ArrayList<>();
            List<Run> withStrings = new ArrayList<>();
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                bares.add(time(barePass(file, false)));
                if (shared) {
                    withStrings.add(time(barePass(file, true)));
                }
                runs.add(time(runCommand(one, "out")));
            }
            Run bare = best(bares);
            Run run = best(runs);
            StringBuilder pairs = new StringBuilder();
            StringBuilder cpuPairs = new StringBuilder();
            for (int i = 0; i < repeat; i++) {
                pairs.append(String.format(" %.2f/%.2f", runs.get(i).wall(), bares.get(i).wall()));
                cpuPairs.append(String.format(" %.2f/%.2f", runs.get(i).cpu(), bares.get(i).cpu()));
            }
            List<Run> runs4 = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                runs4.add(time(runCommand(four, "out-4districts")));
            }
            Run run4 = best(runs4);
            double total = callsTotal("out");
            double total4 = callsTotal("out-4districts");
            if (total4 != 4 * total) {
                throw new IllegalStateException("four districts counted " + total4 + " calls, not 4 x " + total
                        + ": a file was taken for a copy or its calls for repeats");
            }
            lines.add(row(form, "bare SAX pass (JVM)", bare, ROWS));
            lines.add(String.format("%-15s %-28s %8.2f", form, "bare SAX pass (in JVM)", bare.inner()));
            lines.add(row(form, "run end to end", run, ROWS));
            lines.add(row(form, "run, 4 districts", run4, 4 * ROWS));
            lines.add(String.format("%-15s %-28s %8.2fx (target <= 2.0x)", form, "run / bare, best of each",
                    run.wall() / bare.wall()));
            lines.add(String.format("%-15s %-28s %8.2fx (pairs run back to back)", form, "run / bare, median pair",
                    medianRatio(runs, bares)));
            lines.add(String.format("%-15s %-28s %s", form, "each pair, run/bare s", pairs.toString().trim()));
            // CPU time (user + system) is what a busy machine cannot hide: on a shared 2-core machine the
            // wall time of each process stretches with the others' load, its CPU time much less.
            if (runs.get(0).cpu() >= 0) {
                lines.add(String.format("%-15s %-28s %8.2fx (median pair; run %.2f s, bare %.2f s, medians)", form,
                        "run / bare, CPU", medianRatio(runs, bares, Run::cpu), median(runs, Run::cpu),
                        median(bares, Run::cpu)));
                lines.add(String.format("%-15s %-28s %s", form, "each pair, run/bare CPU s", cpuPairs.toString().trim()));
            }
            if (shared) {
                lines.add(row(form, "bare pass + strings (JVM)", best(withStrings), ROWS));
                lines.add(String.format("%-15s %-28s %8.2fx (reference, not the target)", form,
                        "run / (bare + strings), median", medianRatio(runs, withStrings)));
            }
            lines.add(String.format("%-15s %-28s %8.2fx (target <= 4.4x; CPU %.2fx, medians; calls.total %,.0f = 4 x %,.0f)",
                    form, "4 districts / 1", run4.wall() / run.wall(), median(runs4, Run::cpu) / median(runs, Run::cpu),
                    total4, total));
        }
        if (only.contains("csv")) {
            csvSection(lines);
        }
        if (only.contains("xml")) {
            xmlParserSection(lines);
        }
        lines.add(String.format("(%d cores, best of %d, load average at the end %s)",
                Runtime.getRuntime().availableProcessors(), repeat, loadAverage()));
        System.out.println();
        lines.forEach(System.out::println);
        Files.createDirectories(target.resolve("bench"));
        Files.write(target.resolve("bench").resolve("results.txt"), lines, StandardCharsets.UTF_8);
        List<String> md = new ArrayList<>(List.of("# Read benchmark (`mvn -B -Pbench verify`)", "",
                "Made by `org.forcestat.bench.ReadBenchmark`; what each line measures is in its class comment and "
                        + "in docs/performance.md.", "", "```"));
        md.addAll(lines);
        md.add("```");
        Files.write(target.resolve("bench").resolve("read.md"), md, StandardCharsets.UTF_8);
    }

    /**
     * (e) One police.uk month for all forces, end to end, best of the repeats and the medians of wall
     * and CPU time, alternating with the floor (the same command on the file's header and first row:
     * JVM start, reading, the summary); its crime and ASB totals must be what the generator wrote,
     * and the five figures police.uk's merged groups cannot give must not be 0.
     */
    private void csvSection(List<String> lines) throws Exception {
        Path dir = target.resolve("bench").resolve("policeuk");
        Path counts = target.resolve("bench").resolve("policeuk-counts.txt");
        if (!Files.isRegularFile(dir.resolve(PoliceUkMonth.FILE)) || !Files.isRegularFile(counts)) {
            System.out.println("generating " + dir.resolve(PoliceUkMonth.FILE));
            PoliceUkMonth.Counts c = PoliceUkMonth.write(dir);
            Files.writeString(counts, c.crimes() + " " + c.asb());
        }
        String[] want = Files.readString(counts).trim().split(" ");
        // The floor: the same command on the file's header and first row (JVM start, reading, the summary).
        Path oneDir = target.resolve("bench").resolve("policeuk-one");
        Path one = oneDir.resolve(PoliceUkMonth.FILE);
        if (!Files.isRegularFile(one)) {
            Files.createDirectories(oneDir);
            try (java.io.BufferedReader r = Files.newBufferedReader(dir.resolve(PoliceUkMonth.FILE), StandardCharsets.UTF_8)) {
                Files.writeString(one, r.readLine() + "\n" + r.readLine() + "\n", StandardCharsets.UTF_8);
            }
        }
        List<Run> runs = new ArrayList<>();
        List<Run> floor = new ArrayList<>();
        Path out = target.resolve("bench").resolve("out-csv");
        for (int i = 0; i < repeat; i++) {
            runs.add(time(List.of("java", "-Xmx256m", "-jar", jar.toString(), "run", dir.toString(), "-o",
                    out.toString(), "--verbose")));
            floor.add(time(List.of("java", "-Xmx256m", "-jar", jar.toString(), "run", oneDir.toString(), "-o",
                    target.resolve("bench").resolve("out-csv-one").toString(), "--verbose")));
        }
        Map<String, Object> metrics = metrics(latestSummary(out));
        List<String> wrong = new ArrayList<>();
        check(metrics, "crimes.total", Double.parseDouble(want[0]), wrong);
        check(metrics, "asb.total", Double.parseDouble(want[1]), wrong);
        for (String c : List.of("violence", "sexual_offences", "dwelling_burglary", "tfmv", "tomv")) {
            Object v = metrics.get("crimes." + c + ".total");
            if (v instanceof Double d && d == 0) {
                wrong.add("crimes." + c + ".total is 0, not 'not in these inputs'");
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("the police.uk month read wrong: " + wrong);
        }
        Run best = best(runs);
        lines.add(row("police.uk CSV", "run end to end (77 MB)", best, PoliceUkMonth.ROWS));
        lines.add(row("police.uk CSV", "one-row file (the floor)", best(floor), 1));
        StringBuilder each = new StringBuilder();
        runs.forEach(r -> each.append(String.format(" %.2f/%.2f", r.wall(), r.cpu())));
        lines.add(String.format("%-15s %-28s %s (target <= 1.5 s; crimes %s, ASB %s as generated)", "police.uk CSV",
                "each run, wall/cpu s", each.toString().trim(), want[0], want[1]));
        double wall = median(runs, Run::wall);
        double cpu = median(runs, Run::cpu);
        double floorWall = median(floor, Run::wall);
        double floorCpu = median(floor, Run::cpu);
        lines.add(String.format("%-15s %-28s wall %.2f s, cpu %.2f s; floor wall %.2f s, cpu %.2f s; above the floor "
                + "wall %.2f s, cpu %.2f s", "police.uk CSV", "medians", wall, cpu, floorWall, floorCpu,
                wall - floorWall, cpu - floorCpu));
    }

    /** The median of one figure of the runs. */
    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static void check(Map<String, Object> metrics, String id, double want, List<String> wrong) {
        Object got = metrics.get(id);
        if (!(got instanceof Double d) || d != want) {
            wrong.add(id + " is " + got + ", not " + want);
        }
    }

    /** The Metrics sheet's values by id (column A, values in column C), numbers as Double, else text. */
    static Map<String, Object> metrics(Path summary) throws IOException {
        Map<String, Object> m = new HashMap<>();
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet("Metrics")) {
                Cell id = r.getCell(0);
                Cell v = r.getCell(2);
                if (r.getRowNum() == 0 || id == null || v == null || id.getCellType() != CellType.STRING) {
                    continue;
                }
                boolean number = v.getCellType() == CellType.NUMERIC || v.getCellType() == CellType.FORMULA
                        && v.getCachedFormulaResultType() == CellType.NUMERIC;
                m.put(id.getStringCellValue(), number ? (Object) v.getNumericCellValue() : v.toString());
            }
        }
        return m;
    }

    private static Path latestSummary(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("forcestat-summary-")).sorted()
                    .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no summary in " + out));
        }
    }

    /**
     * (f) The XML parser decision: the same bare pass over the call records sheet with XmlPull,
     * aalto-xml and woodstox, each in a fresh JVM, in turn; their counts must agree.
     */
    private void xmlParserSection(List<String> lines) throws Exception {
        String parsersCp;
        try {
            parsersCp = jarOf(XmlParsers.AALTO) + File.pathSeparator + jarOf(XmlParsers.WOODSTOX) + File.pathSeparator
                    + jarOf("org.codehaus.stax2.XMLStreamReader2");
        } catch (ClassNotFoundException e) {
            lines.add("(XML parsers: aalto-xml and woodstox are not on the class path; they are under -Pbench)");
            return;
        }
        String[] parsers = {"xmlpull", "aalto", "woodstox"};
        for (boolean shared : new boolean[] {false, true}) {
            String form = shared ? "shared (Excel)" : "inline";
            Path one = target.resolve("bench").resolve(shared ? "shared" : "inline");
            Path file = one.resolve(CallRecordsWorkbook.FILE);
            if (!Files.isRegularFile(file)) {
                System.out.println("generating " + file);
                CallRecordsWorkbook.write(one, shared);
            }
            Map<String, List<Run>> runs = new HashMap<>();
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < repeat; i++) {
                for (String p : parsers) {
                    Run r = time(List.of("java", "-Xmx256m", "-cp", classpath + File.pathSeparator + parsersCp,
                            XmlParsers.class.getName(), p, file.toString()));
                    runs.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
                    String counts = r.output().trim();
                    seen.put(p, counts.substring(counts.indexOf(':') + 1, counts.indexOf(" in ")));
                }
            }
            if (new java.util.HashSet<>(seen.values()).size() != 1) {
                throw new IllegalStateException("the parsers disagree on " + file + ": " + seen);
            }
            for (String p : parsers) {
                lines.add(row(form, "sheet pass, " + p, best(runs.get(p)), ROWS));
                if (!p.equals("xmlpull")) {
                    lines.add(String.format("%-15s %-28s %8.2fx (median pair)", form, p + " / xmlpull",
                            medianRatio(runs.get(p), runs.get("xmlpull"))));
                }
            }
        }
    }

    /** The jar a class is loaded from, for a child JVM's class path. */
    private static String jarOf(String className) throws ClassNotFoundException {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> barePass(Path file, boolean withStrings) {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-cp", classpath, BarePass.class.getName(),
                file.toString()));
        if (withStrings) {
            cmd.add("--with-strings");
        }
        return cmd;
    }

    /** The median of run / reference wall times over the back-to-back pairs. */
    private static double medianRatio(List<Run> runs, List<Run> references) {
        return medianRatio(runs, references, Run::wall);
    }

    /** The median of run / reference over the back-to-back pairs, of the figure {@code of}. */
    private static double medianRatio(List<Run> runs, List<Run> references, java.util.function.ToDoubleFunction<Run> of) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ratios.add(of.applyAsDouble(runs.get(i)) / of.applyAsDouble(references.get(i)));
        }
        return median(ratios);
    }

    /** The median of the figure {@code of} over the runs. */
    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private List<String> runCommand(Path dir, String out) {
        return List.of("java", "-Xmx256m", "-jar", jar.toString(), "run", dir.toString(), "-o",
                target.resolve("bench").resolve(out).toString(), "--verbose");
    }

    /** calls.total of the latest summary in {@code target/bench/<out>}. */
    private double callsTotal(String out) throws IOException {
        Object v = metrics(latestSummary(target.resolve("bench").resolve(out))).get("calls.total");
        if (!(v instanceof Double d)) {
            throw new IllegalStateException("no calls.total in the summary of " + out + ": " + v);
        }
        return d;
    }

    private static String row(String form, String what, Run r, long rows) {
        return String.format("%-15s %-28s %8.2f %8.2f %,10.0f %9s %9s %9d", form, what, r.wall(), r.cpu(), rows / r.wall(),
                r.heapMb() < 0 ? "-" : Long.toString(r.heapMb()), r.liveMb() < 0 ? "-" : Long.toString(r.liveMb()),
                r.rssKb() / 1024);
    }

    private static Run best(List<Run> runs) {
        Run best = null;
        for (Run r : runs) {
            if (best == null || r.wall() < best.wall()) {
                best = r;
            }
        }
        return best;
    }

    /** Runs a command under /usr/bin/time (when there is one) and reads its figures. */
    private Run time(List<String> command) throws IOException, InterruptedException {
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        List<String> cmd = new ArrayList<>();
        Path timeOut = Files.createTempFile("forcestat-bench-", ".time");
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-o", timeOut.toString(), "-f", "%e %U %S %M"));
        }
        cmd.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (rc != 0) {
            throw new IllegalStateException("exit " + rc + " from " + command + ":\n" + out);
        }
        double cpu = -1;
        long rss = -1;
        if (gnuTime) {
            String[] f = Files.readString(timeOut).trim().split("\\s+");
            wall = Double.parseDouble(f[0]);
            cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
            rss = Long.parseLong(f[3]);
        }
        Files.deleteIfExists(timeOut);
        Matcher heap = PEAK_HEAP.matcher(out);
        Matcher bare = BARE.matcher(out);
        boolean h = heap.find();
        return new Run(wall, cpu, rss, h ? Long.parseLong(heap.group(1)) : -1, h ? Long.parseLong(heap.group(2)) : -1,
                bare.find() ? Double.parseDouble(bare.group(1)) : -1, out);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
