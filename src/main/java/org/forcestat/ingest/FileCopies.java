package org.forcestat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.forcestat.model.Finding;
import org.forcestat.model.Partial;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.SourceInfo;

/**
 * Finds input files whose bytes equal an earlier file's (SPEC §4.1: "calls - Copy.xlsx" beside
 * "calls.xlsx"), so that each is read once and never added up twice. Only files that share their
 * size with another can be copies, so only those are fingerprinted (SHA-256) before reading: a
 * folder of distinct files costs one {@code size} call each.
 */
public final class FileCopies {
    /** How a file's bytes are fingerprinted; null when the file cannot be read (it is then read, and reported, as usual). */
    @FunctionalInterface
    public interface Fingerprint {
        String of(Path file);
    }

    /** A file whose bytes equal those of {@code original}, an earlier file of the run. */
    public record Copy(Path original, String sha256) {
    }

    private FileCopies() {
    }

    /**
     * The copies among {@code files}, each with the file it copies (of equal files, the one with the shortest name).
     * each with the file it copies. Fingerprints are taken on {@code pool}.
     */
    public static Map<Path, Copy> find(List<Path> files, Fingerprint fingerprint, ExecutorService pool)
            throws InterruptedException {
        Map<Long, List<Path>> bySize = new LinkedHashMap<>();
        for (Path p : files) {
            try {
                bySize.computeIfAbsent(Files.size(p), k -> new ArrayList<>()).add(p);
            } catch (IOException e) {
                // Cannot be sized: it is read, and its problem reported, like any other file.
            }
        }
        Map<Path, Future<String>> digests = new LinkedHashMap<>();
        for (List<Path> same : bySize.values()) {
            if (same.size() > 1) {
                for (Path p : same) {
                    digests.put(p, pool.submit(() -> fingerprint.of(p)));
                }
            }
        }
        // Of equal files the original is the one with the shortest name ("calls.xlsx", not "calls - Copy.xlsx").
        Map<String, List<Path>> bySha = new LinkedHashMap<>();
        for (Path p : files) {
            Future<String> f = digests.get(p);
            String sha;
            try {
                sha = f == null ? null : f.get();
            } catch (ExecutionException e) {
                sha = null;
            }
            if (sha != null) {
                bySha.computeIfAbsent(sha, k -> new ArrayList<>()).add(p);
            }
        }
        Map<Path, Copy> copies = new LinkedHashMap<>();
        bySha.forEach((sha, same) -> {
            Path original = same.stream().min(Comparator.comparingInt((Path p) -> name(p).length())
                    .thenComparing(FileCopies::name)).orElseThrow();
            for (Path p : same) {
                if (!p.equals(original)) {
                    copies.put(p, new Copy(original, sha));
                }
            }
        });
        return copies;
    }

    /**
     * Adds to {@code merged} one warning per original naming its copies, and a Sources entry
     * ("duplicate") for each copy, which was not read.
     */
    public static void report(Map<Path, Copy> copies, Partial merged) {
        Map<Path, List<Path>> byOriginal = new LinkedHashMap<>();
        copies.forEach((copy, c) -> byOriginal.computeIfAbsent(c.original(), k -> new ArrayList<>()).add(copy));
        byOriginal.forEach((original, list) -> {
            String name = name(original);
            List<String> names = list.stream().map(FileCopies::name).toList();
            String shown = String.join(", ", names.subList(0, Math.min(5, names.size())))
                    + (names.size() > 5 ? String.format(" and %,d more", names.size() - 5) : "");
            merged.addFinding(Finding.of(Severity.WARNING, RuleId.DUPLICATE_FILE).at(names.get(0), "", "")
                    .seen(String.format("%,d cop%s of %s", names.size(), names.size() == 1 ? "y" : "ies", name))
                    .expected("each file once")
                    .message(String.format("%s %s the same bytes as %s (SHA-256 %s...), so %s read once, "
                            + "as %s, and not counted again. Delete the cop%s from the folder.", shown,
                            names.size() == 1 ? "has" : "have", name, copies.get(list.get(0)).sha256().substring(0, 12),
                            names.size() == 1 ? "the two were" : "they were all", name,
                            names.size() == 1 ? "y" : "ies")));
        });
        copies.forEach((copy, c) -> {
            long size = 0;
            Instant modified = null;
            try {
                size = Files.size(copy);
                modified = Files.getLastModifiedTime(copy).toInstant();
            } catch (IOException e) {
                // listed without them
            }
            merged.addSource(new SourceInfo(name(copy), c.sha256(), size, modified, SourceInfo.Status.DUPLICATE, List.of()));
        });
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
