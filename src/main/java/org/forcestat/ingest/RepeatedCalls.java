package org.forcestat.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forcestat.model.CallKeys;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/**
 * Calls that one file repeats from an earlier file of the run (SPEC §4.1: a duplicate is never
 * added): the same export saved again, its CSV, or two exports whose periods overlap. Files are
 * compared in the run's order by their {@link CallKeys}: a call whose ID was already counted on the
 * same day is a repeat; without an ID column, a row equal in received minute and every field is one,
 * but only where such rows are at least half of both files' calls over the days they share, so that
 * two districts' calls that happen to look alike are still added. One warning per pair of files.
 * The same machinery serves one-row-per-crime records ({@link Records#CRIMES}): keyed by crime
 * reference or police.uk Crime ID on the crime's date (its month's 1st for a month-only date), else
 * by the whole row.
 */
public final class RepeatedCalls {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Records records;
    private final List<String> names = new ArrayList<>();
    private final List<CallKeys> earlier = new ArrayList<>();

    /** The kinds of one-row-per-record files compared, each with its rule and words. */
    public enum Records {
        CALLS(RuleId.DUPLICATE_CALLS, "call", "calls", "the same call IDs on the same days",
                "the same received time and every field"),
        CRIMES(RuleId.DUPLICATE_CRIMES, "crime record", "crime records",
                "the same crime references on the same dates or months", "the same date and every field");

        private final RuleId rule;
        private final String one;
        private final String many;
        private final String byId;
        private final String byRow;

        Records(RuleId rule, String one, String many, String byId, String byRow) {
            this.rule = rule;
            this.one = one;
            this.many = many;
            this.byId = byId;
            this.byRow = byRow;
        }
    }

    /** Compares files' calls. */
    public RepeatedCalls() {
        this(Records.CALLS);
    }

    /** Compares files' records of this kind. */
    public RepeatedCalls(Records records) {
        this.records = records;
    }

    /**
     * The calls of the next file (in run order) that repeat an earlier file's, or null when none does;
     * the file's keys are remembered for the files after it.
     */
    public Skip next(String name, CallKeys keys) {
        Skip skip = null;
        if (!keys.isEmpty() && !earlier.isEmpty()) {
            Match ids = match(keys.ids(), false);
            Match rows = match(keys.rows(), true);
            if (ids.any() || rows.any()) {
                skip = new Skip(records, name, List.copyOf(names), ids, rows);
            }
        }
        names.add(name);
        earlier.add(keys);
        return skip;
    }

    /** The positions of {@code mine} (sorted) that repeat a key of an earlier file, with that file. */
    private Match match(long[] mine, boolean rowsOnly) {
        int[] owner = null;
        for (int f = 0; f < earlier.size(); f++) {
            long[] theirs = rowsOnly ? earlier.get(f).rows() : earlier.get(f).ids();
            if (theirs.length == 0 || mine.length == 0) {
                continue;
            }
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < mine.length && j < theirs.length) {
                if (mine[i] < theirs[j]) {
                    i++;
                } else if (mine[i] > theirs[j]) {
                    j++;
                } else {
                    long k = mine[i];
                    int runEnd = j;
                    while (runEnd < theirs.length && theirs[runEnd] == k) {
                        runEnd++;
                    }
                    // A call is repeated as often as the earlier file has it: multisets, not sets.
                    int left = runEnd - j;
                    for (; i < mine.length && mine[i] == k; i++) {
                        if (left > 0 && (owner == null || owner[i] < 0)) {
                            if (owner == null) {
                                owner = new int[mine.length];
                                Arrays.fill(owner, -1);
                            }
                            owner[i] = f;
                            left--;
                            n++;
                        }
                    }
                    j = runEnd;
                }
            }
            if (n > 0 && rowsOnly && !mostOfTheirShared(mine, theirs, owner, f, n)) {
                for (int p = 0; p < mine.length; p++) {
                    if (owner[p] == f) {
                        owner[p] = -1;
                    }
                }
            }
        }
        return new Match(mine, owner);
    }

    /**
     * Whether the {@code n} rows matched with file {@code f} are at least half of the calls of each
     * file on the days both have: a whole-row match is evidence of a repeated export only in bulk.
     */
    private static boolean mostOfTheirShared(long[] mine, long[] theirs, int[] owner, int f, int n) {
        LocalDate from = max(CallKeys.day(mine[0]), CallKeys.day(theirs[0]));
        LocalDate to = min(CallKeys.day(mine[mine.length - 1]), CallKeys.day(theirs[theirs.length - 1]));
        long lo = CallKeys.firstOf(from);
        long hi = CallKeys.firstOf(to.plusDays(1));
        long shared = Math.min(between(mine, lo, hi), between(theirs, lo, hi));
        return 2L * n >= shared;
    }

    private static long between(long[] keys, long lo, long hi) {
        return lowerBound(keys, hi) - lowerBound(keys, lo);
    }

    private static int lowerBound(long[] a, long k) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Match(long[] keys, int[] owner) {
        boolean any() {
            return owner != null && Arrays.stream(owner).anyMatch(o -> o >= 0);
        }
    }

    /**
     * The repeated calls of one file, to be left out when it is read again: each key as often as it
     * is repeated, with the earlier file it was counted from. Used for one read, on one thread.
     */
    public static final class Skip {
        private final Records records;
        /** The other kind's records of the same file to leave out (see {@link #and}); may be null. */
        private Skip other;
        private final String file;
        private final List<String> earlierFiles;
        private final long[] keys;
        private final int[] owners;
        /** Keys by ID are {@code keys[0, idCount)}, keys by row the rest; each part sorted. */
        private final int idCount;
        private final boolean[] used;
        private final long[] count;
        private final LocalDate[] first;
        private final LocalDate[] last;
        private final boolean[] idEvidence;

        private Skip(Records records, String file, List<String> earlierFiles, Match ids, Match rows) {
            this.records = records;
            this.file = file;
            this.earlierFiles = earlierFiles;
            int n = size(ids) + size(rows);
            keys = new long[n];
            owners = new int[n];
            used = new boolean[n];
            idCount = fill(ids, 0);
            fill(rows, idCount);
            count = new long[earlierFiles.size()];
            first = new LocalDate[earlierFiles.size()];
            last = new LocalDate[earlierFiles.size()];
            idEvidence = new boolean[earlierFiles.size()];
        }

        private static int size(Match m) {
            return m.owner() == null ? 0 : (int) Arrays.stream(m.owner()).filter(o -> o >= 0).count();
        }

        /** Ids first, then rows; each part sorted, as its keys are. */
        private int fill(Match m, int at) {
            if (m.owner() != null) {
                for (int p = 0; p < m.keys().length; p++) {
                    if (m.owner()[p] >= 0) {
                        keys[at] = m.keys()[p];
                        owners[at] = m.owner()[p];
                        at++;
                    }
                }
            }
            return at;
        }

        /** The number of records to leave out (of both kinds, with {@link #and}). */
        public int size() {
            return keys.length + (other == null ? 0 : other.size());
        }

        /**
         * One file's records of both kinds to leave out, as one: {@code a} with {@code b} (another kind)
         * beside it; either may be null, and null when both are.
         */
        public static Skip and(Skip a, Skip b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            if (a.records == b.records || a.other != null || b.other != null) {
                throw new IllegalArgumentException("one skip of each kind of record");
            }
            a.other = b;
            return a;
        }

        /** The part of this that leaves out records of this kind, or null. */
        Skip of(Records kind) {
            return records == kind ? this : other != null && other.records == kind ? other : null;
        }

        /** True (and the call is noted as left out) when a call with this key by ID is one to leave out. */
        boolean takeId(long key) {
            return take(key, true);
        }

        /** As {@link #takeId}, for a call without an ID, keyed by its whole row. */
        boolean takeRow(long key) {
            return take(key, false);
        }

        private boolean take(long key, boolean id) {
            int end = id ? idCount : keys.length;
            int lo = id ? 0 : idCount;
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int p = lo; p < end && keys[p] == key; p++) {
                if (!used[p]) {
                    used[p] = true;
                    int f = owners[p];
                    LocalDate d = CallKeys.day(key);
                    count[f]++;
                    first[f] = first[f] == null || d.isBefore(first[f]) ? d : first[f];
                    last[f] = last[f] == null || d.isAfter(last[f]) ? d : last[f];
                    idEvidence[f] |= id;
                    return true;
                }
            }
            return false;
        }

        /**
         * One warning per earlier file whose records this file repeated, naming both, with how many and
         * their dates (calls) or months (crimes); with {@link #and}, the other kind's warnings after.
         */
        public List<Finding> findings() {
            List<Finding> out = new ArrayList<>();
            for (int f = 0; f < count.length; f++) {
                if (count[f] == 0) {
                    continue;
                }
                String earlier = earlierFiles.get(f);
                String noun = count[f] == 1 ? records.one : records.many;
                out.add(Finding.of(Severity.WARNING, records.rule).at(file, "", "")
                        .seen(String.format("%,d %s also in %s", count[f], noun, earlier))
                        .expected("each " + records.one + " once")
                        .message(String.format("%s repeats %,d %s of %s (%s, %s), so %s counted once, from %s. "
                                        + "Remove the repeated rows or the file if they were exported twice.",
                                file, count[f], noun, earlier, idEvidence[f] ? records.byId : records.byRow,
                                span(first[f], last[f]), count[f] == 1 ? "it was" : "they were", earlier)));
            }
            if (other != null) {
                out.addAll(other.findings());
            }
            return out;
        }

        /** The dates of the repeated calls, or the months of the repeated crimes. */
        private String span(LocalDate from, LocalDate to) {
            if (records == Records.CRIMES) {
                YearMonth a = YearMonth.from(from);
                YearMonth b = YearMonth.from(to);
                return a.equals(b) ? "in " + Text.month(a) : "in " + Text.month(a) + " to " + Text.month(b);
            }
            return from.equals(to) ? "on " + from.format(UK) : "received " + from.format(UK) + " to " + to.format(UK);
        }
    }
}
