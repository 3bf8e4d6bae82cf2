package org.forcestat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The validate benchmark of issue 18, run by {@code mvn -B -Paudit-bench verify} (not part of the
 * test suite). Runs {@code target/forcestat.sh validate --format csv FILE}, the launcher a user runs (so
 * with its JVM options and its class-data archive, docs/decisions/0007-validate-start-up.md; the
 * archive goes to {@code target/bench/cds}, written afresh by one first run that is reported apart), or
 * with {@code -Daudit.launcher=false} plain {@code java -jar target/forcestat.jar validate --format csv FILE}
 * as {@code audit_score.py} runs it, over every workbook of the development set ({@code -Daudit.dev}, default
 * {@code /work/shared/realbooks/custodes-dev}) and the Reinhart–Rogoff workbook ({@code -Daudit.rr}),
 * each {@code -Daudit.repeat} times (default 3). Wall time is taken around the child; peak RSS is the
 * child's {@code VmHWM} and CPU its {@code utime+stime}, read from {@code /proc/<pid>} every few
 * milliseconds while it runs (the last reading before it exits). A workbook's time is the median of
 * its runs; the set's figure is the median (and max) of those. Prints the table and writes it to
 * {@code target/bench/audit.md}.
 */
public final class AuditBenchmark {
    private static final long TICKS = 100;

    /** One child process: wall seconds, CPU seconds (-1 when unknown), peak RSS in KB (-1 when unknown), exit code. */
    record Run(double wall, double cpu, long rssKb, int exit) {
    }

    private final Path jar;
    private final int repeat;
    /** The launcher script beside the jar, or null to run {@code java -jar}. */
    private final Path launcher;
    private final Path cache;

    private AuditBenchmark(Path jar, int repeat, Path launcher, Path cache) {
        this.jar = jar;
        this.repeat = repeat;
        this.launcher = launcher;
        this.cache = cache;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        Path jar = target.resolve("forcestat.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the package phase first");
        }
        Path dev = Path.of(System.getProperty("audit.dev", "/work/shared/realbooks/custodes-dev"));
        Path rr = Path.of(System.getProperty("audit.rr",
                "/work/shared/realbooks/excelint/Public_debt-ratios_advanced.xlsx"));
        int repeat = Integer.getInteger("audit.repeat", 3);
        Path launcher = target.resolve("forcestat.sh");
        if (!Boolean.parseBoolean(System.getProperty("audit.launcher", "true"))) {
            launcher = null;
        } else if (!Files.isRegularFile(launcher)) {
            throw new IllegalStateException(launcher + " is missing: run the package phase first");
        }
        Path cache = target.resolve("bench").resolve("cds").toAbsolutePath();
        List<String> lines = new AuditBenchmark(jar, repeat, launcher, cache).measure(dev, rr);
        Path out = target.resolve("bench").resolve("audit.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("written to " + out);
    }

    private List<String> measure(Path dev, Path rr) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# validate benchmark (" + java.time.Instant.now().toString().substring(0, 16) + "Z, "
                + repeat + " runs per workbook, load average " + loadAverage() + ")");
        lines.add("");
        lines.add(launcher != null
                ? "Command: `forcestat.sh validate --format csv FILE` (the launcher's JVM options and class-data archive)."
                : "Command: `java -jar forcestat.jar validate --format csv FILE` (no JVM options, as audit_score.py runs it).");
        lines.add("");
        lines.add("| workbook | median s | best s | cpu s | peak RSS MB | exit |");
        lines.add("|---|---:|---:|---:|---:|---:|");
        List<Path> books = new ArrayList<>();
        if (Files.isDirectory(dev)) {
            try (Stream<Path> s = Files.list(dev)) {
                s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.xlsx?$"))
                        .sorted().forEach(books::add);
            }
        }
        Path first = books.isEmpty() ? rr : books.get(0);
        if (launcher != null && Files.isRegularFile(first)) {
            // The archive is written by the first run of the launcher; start from none, so that run is measured too.
            deleteArchives();
            Run r = run(first);
            // (its java is a child of the shell, not exec'd, so /proc shows the shell's CPU and RSS only)
            lines.add(String.format(Locale.ROOT, "First run (writes the class-data archive), %s: %.2f s wall, "
                    + "exit %d.", first.getFileName(), r.wall(), r.exit()));
            lines.add("");
            System.out.println(lines.get(lines.size() - 2));
        }
        List<Double> medians = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        long devRss = 0;
        for (Path b : books) {
            Summary s = summary(b);
            medians.add(s.median);
            cpus.add(s.cpu);
            devRss = Math.max(devRss, s.rssKb);
            lines.add(s.row(b.getFileName().toString()));
            System.out.println(lines.get(lines.size() - 1));
        }
        Summary rrs = Files.isRegularFile(rr) ? summary(rr) : null;
        if (rrs != null) {
            lines.add(rrs.row(rr.getFileName() + " (Reinhart–Rogoff)"));
            System.out.println(lines.get(lines.size() - 1));
        }
        lines.add("");
        if (!medians.isEmpty()) {
            double[] m = medians.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] c = cpus.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            lines.add(String.format(Locale.ROOT,
                    "Development set (%d workbooks): median %.2f s per workbook, max %.2f s, median CPU %.2f s, "
                            + "peak RSS %d MB (target: median <= 0.6 s).", m.length, median(m), m[m.length - 1],
                    median(c), devRss >> 10));
        }
        if (rrs != null) {
            lines.add(String.format(Locale.ROOT,
                    "Reinhart–Rogoff: median %.2f s, best %.2f s, CPU %.2f s, peak RSS %d MB (target: <= 1.5 s, "
                            + "<= 256 MB).", rrs.median, rrs.best, rrs.cpu, rrs.rssKb >> 10));
        }
        lines.forEach(l -> {
            if (l.startsWith("Development") || l.startsWith("Reinhart")) {
                System.out.println(l);
            }
        });
        return lines;
    }

    private record Summary(double median, double best, double cpu, long rssKb, int exit) {
        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %d |", name, median, best,
                    cpu < 0 ? "?" : String.format(Locale.ROOT, "%.2f", cpu), rssKb < 0 ? "?" : Long.toString(rssKb >> 10),
                    exit);
        }
    }

    private Summary summary(Path book) throws Exception {
        double[] walls = new double[repeat];
        double[] cpus = new double[repeat];
        long rss = -1;
        int exit = 0;
        for (int i = 0; i < repeat; i++) {
            Run r = run(book);
            walls[i] = r.wall();
            cpus[i] = r.cpu();
            rss = Math.max(rss, r.rssKb());
            exit = r.exit();
        }
        double[] sorted = walls.clone();
        Arrays.sort(sorted);
        double[] c = cpus.clone();
        Arrays.sort(c);
        return new Summary(median(sorted), sorted[0], median(c), rss, exit);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void deleteArchives() throws IOException {
        Path dir = cache.resolve("forcestat");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * One {@code forcestat.sh validate --format csv FILE} (the launcher execs java, so the child is the JVM), or
     * {@code java -jar forcestat.jar validate --format csv FILE} as audit_score.py runs it; output discarded.
     */
    private Run run(Path book) throws IOException, InterruptedException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        List<String> cmd = new ArrayList<>();
        if (launcher != null) {
            cmd.addAll(List.of("/bin/sh", launcher.toString()));
        } else {
            cmd.addAll(List.of(javaHome.resolve("bin").resolve("java").toString(), "-jar", jar.toString()));
        }
        cmd.addAll(List.of("validate", "--format", "csv", book.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        // the launcher finds java on the PATH: this one; and keeps its archive under target/bench
        pb.environment().merge("PATH", javaHome.resolve("bin").toString(), (old, bin) -> bin + java.io.File.pathSeparator + old);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().remove("FORCESTAT_CDS");
        long t0 = System.nanoTime();
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
        long rss = -1;
        double cpu = -1;
        while (p.isAlive()) {
            long hwm = vmHwm(status);
            double c = cpu(stat);
            if (hwm > 0) {
                rss = Math.max(rss, hwm);
            }
            if (c >= 0) {
                cpu = Math.max(cpu, c);
            }
            p.waitFor(5, TimeUnit.MILLISECONDS);
        }
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        return new Run(wall, cpu, rss, exit);
    }

    private static long vmHwm(Path status) {
        try {
            for (String l : Files.readAllLines(status)) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just exited
        }
        return -1;
    }

    /** utime + stime of the process in seconds, from /proc/pid/stat (fields 14 and 15). */
    private static double cpu(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
