package org.forcestat.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.samples.CallRecordsWorkbook;

/**
 * The read benchmark of issue 3, run by {@code mvn -B -Pbench verify} (not part of the test
 * suite). Generates the 827,000-row call record file once per string form into
 * {@code target/bench/}, then for each form, each in a fresh JVM so start-up counts as it does for
 * a user: (a) the bare pass — inflate the sheet XML and SAX-parse it with the JDK parser, nothing
 * else; (b) {@code java -Xmx256m -jar target/forcestat.jar run} end to end, with wall time, rows per
 * second, peak heap (from the run's own --verbose line) and peak RSS (from /usr/bin/time); (c) the
 * same run on a folder holding four copies of the file; for the shared-strings form, (d) for
 * reference, the bare pass with the shared-strings part parsed first. Each is run
 * {@code -Dbench.repeat} times (default 7) and the best kept, as other work on the machine only
 * ever slows a run down; the bare pass and the run alternate, and the median ratio of those
 * back-to-back pairs is given too.
 * Heap: the most in use at once (just before a collection) and the most still live after one.
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
    record Run(double wall, double cpu, long rssKb, long heapMb, long liveMb, double inner) {
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
        for (boolean shared : new boolean[] {false, true}) {
            String form = shared ? "shared (Excel)" : "inline";
            Path one = target.resolve("bench").resolve(shared ? "shared" : "inline");
            Path four = target.resolve("bench").resolve(shared ? "shared-x4" : "inline-x4");
            Path file = one.resolve(CallRecordsWorkbook.FILE);
            if (!Files.isRegularFile(file)) {
                System.out.println("generating " + file);
                CallRecordsWorkbook.write(one, shared);
            }
            Files.createDirectories(four);
            for (int i = 1; i <= 4; i++) {
                Path copy = four.resolve("copy-" + i + "-" + CallRecordsWorkbook.FILE);
                if (!Files.exists(copy)) {
                    Files.copy(file, copy);
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
                runs.add(time(runCommand(one)));
            }
            Run bare = best(bares);
            Run run = best(runs);
            StringBuilder pairs = new StringBuilder();
            for (int i = 0; i < repeat; i++) {
                pairs.append(String.format(" %.2f/%.2f", runs.get(i).wall(), bares.get(i).wall()));
            }
            List<Run> runs4 = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                runs4.add(time(runCommand(four)));
            }
            Run run4 = best(runs4);
            lines.add(row(form, "bare SAX pass (JVM)", bare, ROWS));
            lines.add(String.format("%-15s %-28s %8.2f", form, "bare SAX pass (in JVM)", bare.inner()));
            lines.add(row(form, "run end to end", run, ROWS));
            lines.add(row(form, "run, 4 copies", run4, 4 * ROWS));
            lines.add(String.format("%-15s %-28s %8.2fx (target <= 2.0x)", form, "run / bare, best of each",
                    run.wall() / bare.wall()));
            lines.add(String.format("%-15s %-28s %8.2fx (pairs run back to back)", form, "run / bare, median pair",
                    medianRatio(runs, bares)));
            lines.add(String.format("%-15s %-28s %s", form, "each pair, run/bare s", pairs.toString().trim()));
            if (shared) {
                lines.add(row(form, "bare pass + strings (JVM)", best(withStrings), ROWS));
                lines.add(String.format("%-15s %-28s %8.2fx (reference, not the target)", form,
                        "run / (bare + strings), median", medianRatio(runs, withStrings)));
            }
            lines.add(String.format("%-15s %-28s %8.2fx (target <= 4.4x)", form, "4 copies / 1", run4.wall() / run.wall()));
        }
        lines.add(String.format("(%d cores, best of %d, load average at the end %s)",
                Runtime.getRuntime().availableProcessors(), repeat, loadAverage()));
        System.out.println();
        lines.forEach(System.out::println);
        Files.write(target.resolve("bench").resolve("results.txt"), lines, StandardCharsets.UTF_8);
    }

    private List<String> barePass(Path file, boolean withStrings) {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-cp", classpath, BarePass.class.getName(),
                file.toString()));
        if (withStrings) {
            cmd.add("--with-strings");
        }
        return cmd;
    }

    /** The median of run / reference over the back-to-back pairs. */
    private static double medianRatio(List<Run> runs, List<Run> references) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ratios.add(runs.get(i).wall() / references.get(i).wall());
        }
        ratios.sort(null);
        int n = ratios.size();
        return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
    }

    private List<String> runCommand(Path dir) {
        return List.of("java", "-Xmx256m", "-jar", jar.toString(), "run", dir.toString(), "-o",
                target.resolve("bench").resolve("out").toString(), "--verbose");
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
                bare.find() ? Double.parseDouble(bare.group(1)) : -1);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
